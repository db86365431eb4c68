import { type Command, InvalidArgumentError } from "commander";
import { type OutboxStatus, outboxStatuses } from "../../../contract/outbox.ts";
import type { OperatorOutboxRow } from "../features/outbox/outbox-operator.repo.ts";
import { oneOf } from "./import.command.ts";
import { withServices } from "./with-database.ts";

const wholeNumber = (value: string): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 1000)
    throw new InvalidArgumentError("--limit must be a whole number from 1 to 1000.");
  return number;
};

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One message as a block of lines: what an operator needs to see at a glance. */
function describe(message: OperatorOutboxRow): string {
  const when =
    message.status === "sent"
      ? `sent ${message.sent_at}`
      : message.status === "queued"
        ? `next try ${message.next_attempt_at}`
        : `updated ${message.updated_at}`;
  const lines = [
    `${message.id}  ${message.status.padEnd(9)} ${message.kind}  ${when}  attempts ${message.attempts}`,
    `  from account ${message.user_email} to ${message.to_address}: ${clip(message.subject, 80)}`,
  ];
  if (message.last_error) lines.push(`  last error: ${message.last_error}`);
  return lines.join("\n");
}

/** `debrief outbox` and `debrief outbox retry <id>`: the email outbox, for the server operator. */
export function registerOutboxCommand(program: Command): void {
  const outbox = program
    .command("outbox")
    .description("list recent outgoing email (every account's, or one's), newest first")
    .option("--status <status>", outboxStatuses.join(", "), oneOf<OutboxStatus>(outboxStatuses, "--status"))
    .option("--user <email>", "only this account's messages")
    .option("--limit <n>", "how many to show", wholeNumber, 50)
    .action(async (options: { status?: OutboxStatus; user?: string; limit: number }) => {
      await withServices(async (services) => {
        const messages = await services.outbox.listRecent({
          status: options.status,
          email: options.user,
          limit: options.limit,
        });
        if (messages.length === 0) {
          console.log("No messages.");
          return;
        }
        console.log(messages.map(describe).join("\n"));
      });
    });

  outbox
    .command("retry")
    .description("queue a failed message again (same Message-ID); the running server sends it within seconds")
    .argument("<id>", "the message id, as `debrief outbox` shows it")
    .action(async (id: string) => {
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`"${id}" is not a message id (see \`debrief outbox\`).`);
      await withServices(async (services) => {
        const message = await services.outbox.retryAsOperator(id);
        console.log(`Queued ${message.id} to ${message.to_address} again.`);
      });
    });
}
