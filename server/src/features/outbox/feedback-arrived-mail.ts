import type { OutboxDraft } from "../../../../contract/outbox.ts";
import type { FeedbackArrived } from "../feedback/feedback-link.service.ts";
import type { OutboxService } from "./outbox.service.ts";
import type { SmtpAccountService } from "./smtp-account.service.ts";

/**
 * The notice that feedback came in through a private link: to the person's own address. It
 * carries no word of the feedback itself (that stays in Debrief), only where to read it.
 */
export function feedbackArrivedDraft(
  arrived: FeedbackArrived,
  to: { address: string; name: string },
  publicUrl: string,
): OutboxDraft {
  const greeting = arrived.displayName ? `Hi ${arrived.displayName},` : "Hi,";
  return {
    kind: "feedback_received",
    toAddress: to.address,
    toName: to.name,
    subject: `New feedback on your ${arrived.roleTitle} application`.slice(0, 300),
    bodyText: [
      greeting,
      "",
      `Someone answered your feedback request for ${arrived.roleTitle}. Asking took courage; ` +
        "whatever it says, it is something to grow from.",
      "",
      `Read it in Debrief: ${publicUrl}/feedback`,
    ].join("\n"),
  };
}

/**
 * Queues the notice when the person has an email account; without one the in-app notice on
 * Today is all there is. Errors are logged, never passed back to the interviewer's page.
 */
export function feedbackArrivedNotice(
  smtp: SmtpAccountService,
  outbox: OutboxService,
  publicUrl: string,
  log: (error: unknown) => void,
): (arrived: FeedbackArrived) => Promise<void> {
  return async (arrived) => {
    try {
      const owner = { userId: arrived.userId };
      const account = await smtp.get(owner);
      if (!account) return;
      const to = { address: account.from_address, name: account.from_name || arrived.displayName };
      await outbox.enqueue(owner, feedbackArrivedDraft(arrived, to, publicUrl));
    } catch (error) {
      log(error);
    }
  };
}
