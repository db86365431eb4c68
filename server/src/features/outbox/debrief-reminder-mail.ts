import type { OutboxDraft } from "../../../../contract/outbox.ts";
import type { DebriefReminder, DebriefReminderSink } from "../debriefs/debrief-reminders.ts";
import type { OutboxService } from "./outbox.service.ts";
import type { SmtpAccountService } from "./smtp-account.service.ts";

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The reminder email: to the person's own address, with a link straight to the debrief form. */
export function debriefReminderDraft(
  reminder: DebriefReminder,
  to: { address: string; name: string },
  publicUrl: string,
): OutboxDraft {
  const at = reminder.companyName ? ` at ${reminder.companyName}` : "";
  const greeting = reminder.displayName ? `Hi ${reminder.displayName},` : "Hi,";
  return {
    kind: "debrief_reminder",
    toAddress: to.address,
    toName: to.name,
    subject: clip(`Debrief your ${reminder.roundName} interview${at}`, 300),
    bodyText: [
      greeting,
      "",
      `How did “${reminder.roundName}” for ${reminder.roleTitle}${at} go? A few minutes now, while it is fresh, ` +
        "are worth more than an hour next week: how it felt, what gave you energy, what you would do differently.",
      "",
      `Debrief it: ${publicUrl}/interviews/${reminder.interviewId}/debrief`,
      "",
      "You asked for one reminder after each interview; this is the only one for this interview. " +
        "You can turn reminders off in Settings → Pipeline.",
    ].join("\n"),
  };
}

/**
 * Where due debrief reminders go: the outbox, from and to the person's own account. A person
 * without an SMTP account is skipped silently — the in-app nudge on Today still shows.
 */
export function debriefReminderSink(
  smtp: SmtpAccountService,
  outbox: OutboxService,
  publicUrl: string,
): DebriefReminderSink {
  return async (reminder) => {
    const owner = { userId: reminder.userId };
    const account = await smtp.get(owner);
    if (!account) return;
    const to = { address: account.from_address, name: account.from_name || reminder.displayName };
    await outbox.enqueue(owner, debriefReminderDraft(reminder, to, publicUrl));
  };
}
