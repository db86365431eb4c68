/**
 * The Message-ID a queued message keeps for life: "<outbox-id@host of PUBLIC_URL>". It is
 * fixed before the first attempt, so if a message is sent again (the person retried after an
 * ambiguous failure) mail systems and people can recognise the copy as the same message.
 */
export function messageIdFor(outboxId: string, publicUrl: string): string {
  return `<${outboxId}@${new URL(publicUrl).hostname || "debrief.invalid"}>`;
}
