import { outboxKindLabels, outboxStatusLabels } from "../../../../../contract/outbox.ts";
import type { TimelineEvent } from "../../../../../contract/pipeline.ts";

/** A message on the application's timeline: what it was, to whom, and where it stands. */
export function SentMessageText({ event }: { event: Extract<TimelineEvent, { type: "message" }> }) {
  return (
    <>
      {outboxKindLabels[event.kind]} to {event.toName || event.toAddress}: “{event.subject}”{" "}
      <span className={`message-status message-status-${event.status}`}>
        ({outboxStatusLabels[event.status].toLowerCase()})
      </span>
    </>
  );
}
