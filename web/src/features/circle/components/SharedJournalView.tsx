import type { SharedItem } from "../../../../../contract/circle.ts";
import { thinkingTraps } from "../../../../../contract/journal.ts";
import { formatDate } from "../../../lib/format-date.ts";
import { Markdown } from "../../../ui/Markdown.tsx";
import { describeCheckIn } from "../../wellbeing/check-in-words.ts";
import { Written } from "./Written.tsx";

type JournalItem = Extract<SharedItem, { itemType: "thought_record" | "writing_session" | "check_in" }>;

const trapNames = new Map<string, string>(thinkingTraps.map((trap) => [trap.key, trap.name]));

/** The private journal types, shared one by one: a thought record, a writing session, a check-in. */
export function SharedJournalView({ item }: { item: JournalItem }) {
  switch (item.itemType) {
    case "thought_record":
      return <ThoughtRecordView item={item} />;
    case "writing_session":
      return (
        <>
          <p className="shared-about">
            Written {formatDate(item.createdAt)}
            {item.minutes ? `, for about ${item.minutes} minutes` : ""}
          </p>
          <Markdown source={item.body} empty="(Nothing written.)" />
        </>
      );
    case "check_in":
      return (
        <>
          <p className="shared-about">{formatDate(item.day)}</p>
          <p className="shared-feeling">{describeCheckIn(item.pleasantness, item.energy)}</p>
          <Written label="Note" text={item.note} />
        </>
      );
  }
}

function ThoughtRecordView({ item }: { item: Extract<JournalItem, { itemType: "thought_record" }> }) {
  return (
    <>
      <p className="shared-about">Written {formatDate(item.createdAt)}</p>
      <Written label="The situation" text={item.situation} />
      {item.moods.length > 0 ? (
        <div className="shared-written">
          <h3>Moods</h3>
          <ul>
            {item.moods.map((mood) => (
              <li key={mood.name}>
                {mood.name}
                {mood.before !== null ? `: ${mood.before}%` : ""}
                {mood.after !== null ? `, afterwards ${mood.after}%` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {item.automaticThoughts.length > 0 ? (
        <div className="shared-written">
          <h3>Thoughts that came up</h3>
          <ul>
            {item.automaticThoughts.map((thought) => (
              <li key={thought.text}>
                {thought.text}
                {thought.hot ? <span className="field-hint"> (the hot thought)</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Written label="What supports it" text={item.evidenceFor} />
      <Written label="What doesn't" text={item.evidenceAgainst} />
      <Written label="A more balanced thought" text={item.balancedThought} />
      {item.balancedBelief !== null ? <p>How much I believe it: {item.balancedBelief}%</p> : null}
      {item.thinkingTraps.length > 0 ? (
        <div className="shared-written">
          <h3>Thinking traps I noticed</h3>
          <ul className="tag-list">
            {item.thinkingTraps.map((trap) => (
              <li key={trap}>{trapNames.get(trap) ?? trap}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Written label="Reframe" text={item.reframe} />
    </>
  );
}
