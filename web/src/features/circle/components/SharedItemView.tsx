import type { ReactNode } from "react";
import { stageLabels } from "../../../../../contract/applications.ts";
import type { SharedItem } from "../../../../../contract/circle.ts";
import { formatDate, formatDateTime } from "../../../lib/format-date.ts";
import { Markdown } from "../../../ui/Markdown.tsx";
import { DebriefSummaryList } from "../../debriefs/components/InterviewDebrief.tsx";
import { SharedJournalView } from "./SharedJournalView.tsx";
import { Written } from "./Written.tsx";

type Of<Type extends SharedItem["itemType"]> = Extract<SharedItem, { itemType: Type }>;

const aeiouLabels = {
  activities: "Activities",
  environment: "Environment",
  interactions: "Interactions",
  objects: "Objects",
  users: "Users",
} as const;

const actionStatusLabels = { todo: "To do", doing: "Doing", done: "Done" } as const;

function About({ children }: { children: ReactNode }) {
  return <p className="shared-about">{children}</p>;
}

const at = (roleTitle: string, companyName: string | null) =>
  companyName ? `${roleTitle} at ${companyName}` : roleTitle;

/** The shared item as it is now, by type, showing only the fields the server chose to share. */
export function SharedItemView({ item }: { item: SharedItem }) {
  switch (item.itemType) {
    case "application":
      return <ApplicationView item={item} />;
    case "debrief":
      return <DebriefView item={item} />;
    case "soft_landing":
      return (
        <>
          <About>After {at(item.roleTitle, item.companyName)}</About>
          {item.feeling !== null ? <p>How it felt, from 1 (low) to 5 (okay): {item.feeling}</p> : null}
          <Written label="In a few words" text={item.feelingWords} />
          <Written label="What I learned" text={item.whatILearned} />
          <Written label="What I'll do for myself" text={item.planForMe} />
        </>
      );
    case "growth_plan":
      return <GrowthPlanView item={item} />;
    case "post":
      return (
        <>
          {item.applicationTitle ? <About>About {item.applicationTitle}</About> : null}
          <Markdown source={item.body} empty="(No text.)" className="shared-post" />
        </>
      );
    default:
      return <SharedJournalView item={item} />;
  }
}

function ApplicationView({ item }: { item: Of<"application"> }) {
  return (
    <>
      <About>
        {at(item.roleTitle, item.companyName)} · <span className="badge badge-open">{stageLabels[item.stage]}</span>
        {item.appliedOn ? ` · applied ${formatDate(item.appliedOn)}` : null}
      </About>
      {item.timeline.length > 0 ? (
        <>
          <h3>The story so far</h3>
          <ol className="shared-timeline">
            {item.timeline.map((step) => (
              <li key={`${step.stage}-${step.at}`}>
                <strong>{stageLabels[step.stage]}</strong> <span className="field-hint">{formatDate(step.at)}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}

function DebriefView({ item }: { item: Of<"debrief"> }) {
  return (
    <>
      <About>
        {item.roundName} · {at(item.roleTitle, item.companyName)} · {formatDateTime(item.startsAt)}
      </About>
      <DebriefSummaryList summary={{ ...item, createdAt: item.startsAt }} />
      {(Object.keys(aeiouLabels) as (keyof typeof aeiouLabels)[]).map((key) => (
        <Written key={key} label={aeiouLabels[key]} text={item.aeiou[key]} />
      ))}
      <Written label="What I'd do differently" text={item.doDifferently} />
    </>
  );
}

function GrowthPlanView({ item }: { item: Of<"growth_plan"> }) {
  if (item.items.length === 0) return <p>No action items yet.</p>;
  return (
    <ul className="item-list">
      {item.items.map((action) => (
        <li key={action.id} className="item">
          <div className="item-main">
            <p className="item-title">
              {action.title} <span className="badge badge-used">{actionStatusLabels[action.status]}</span>
            </p>
            {action.doneAt ? <p className="item-meta">Done {formatDate(action.doneAt)}</p> : null}
            {!action.doneAt && action.targetDate ? (
              <p className="item-meta">Aiming for {formatDate(action.targetDate)}</p>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
