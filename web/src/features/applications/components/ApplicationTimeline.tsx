import { Link } from "react-router";
import { stageLabels } from "../../../../../contract/applications.ts";
import { interviewFormatLabels, interviewKindLabels } from "../../../../../contract/interviews.ts";
import type { TimelineEvent } from "../../../../../contract/pipeline.ts";
import { taskKindLabels } from "../../../../../contract/tasks.ts";
import { formatDateTime } from "../../../lib/format-date.ts";
import { SentMessageText } from "../../messages/components/SentMessageText.tsx";

const kindLabel: Record<TimelineEvent["type"], string> = {
  stage_change: "Stage",
  interview: "Interview",
  task: "Task",
  note: "Note",
  message: "Message",
};

/**
 * A note's first line as plain text, shortened: the timeline points at notes, the notes log
 * shows them in full. Link syntax keeps only its text; emphasis marks are dropped.
 */
function firstLine(body: string): string {
  const line = (body.trim().split("\n")[0] ?? "")
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, "$1")
    .replace(/[*_`#>]+/g, "")
    .trim();
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}

function EventText({ event }: { event: TimelineEvent }) {
  switch (event.type) {
    case "stage_change":
      return event.fromStage ? (
        <>
          Moved from {stageLabels[event.fromStage]} to <strong>{stageLabels[event.toStage]}</strong>
        </>
      ) : (
        <>
          Added as <strong>{stageLabels[event.toStage]}</strong>
        </>
      );
    case "interview":
      return (
        <>
          <Link to={`/interviews/${encodeURIComponent(event.id)}`}>{event.roundName}</Link> (
          {interviewKindLabels[event.kind]}, {interviewFormatLabels[event.format]})
        </>
      );
    case "task":
      return (
        <>
          {taskKindLabels[event.kind]}: {event.title}
          {event.doneAt ? " (done)" : ""}
        </>
      );
    case "note":
      return <>{firstLine(event.body)}</>;
    case "message":
      return <SentMessageText event={event} />;
  }
}

/** Everything that happened to the application, newest first, as a plain dated list. */
export function ApplicationTimeline({ events }: { events: TimelineEvent[] }) {
  if (!events.length) return <p className="quiet-text">Nothing has happened here yet.</p>;
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={`${event.type}-${event.id}`} className={`timeline-item timeline-${event.type}`}>
          <time dateTime={event.at} className="timeline-when">
            {formatDateTime(event.at)}
          </time>
          <p className="timeline-what">
            <span className="timeline-kind">{kindLabel[event.type]}</span> <EventText event={event} />
          </p>
        </li>
      ))}
    </ol>
  );
}
