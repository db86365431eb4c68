import type { ReactNode } from "react";
import type { MoodDraft, ThoughtDraft, UpdateDraft } from "../thought-record-draft.ts";
import { Area, MoodInput } from "./record-fields.tsx";

/**
 * The seven columns: situation, moods, automatic thoughts (one hot), then the thinking traps
 * (`traps`), evidence for and against, a balanced thought with how much I believe it, moods re-rated.
 */
export function FullRecordColumns(props: { id: string; draft: ThoughtDraft; update: UpdateDraft; traps: ReactNode }) {
  const { id, draft, update } = props;
  const setMood = (index: number, changes: Partial<MoodDraft>) =>
    update({ moods: draft.moods.map((m, i) => (i === index ? { ...m, ...changes } : m)) });
  return (
    <>
      <Area
        id={`${id}-situation`}
        label="1. Situation"
        hint="Where, when, what happened?"
        value={draft.situation}
        onChange={(situation) => update({ situation })}
      />
      <fieldset className="thought-moods">
        <legend>2. Moods, rated 0–100</legend>
        {draft.moods.map((mood, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are only ever appended, never reordered or removed
          <div className="thought-mood" key={index}>
            <MoodInput label={`Mood ${index + 1}`} value={mood.name} onChange={(name) => setMood(index, { name })} />
            <MoodInput
              label={`Mood ${index + 1}, how strong (0–100)`}
              number
              value={mood.before}
              onChange={(before) => setMood(index, { before })}
            />
          </div>
        ))}
        {draft.moods.length < 10 ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => update({ moods: [...draft.moods, { name: "", before: "", after: "" }] })}
          >
            Add a mood
          </button>
        ) : null}
      </fieldset>
      <AutomaticThoughts id={id} draft={draft} update={update} />
      {props.traps}
      <Area
        id={`${id}-for`}
        label="4. Evidence for the hot thought"
        value={draft.evidenceFor}
        onChange={(evidenceFor) => update({ evidenceFor })}
      />
      <Area
        id={`${id}-against`}
        label="5. Evidence against it"
        value={draft.evidenceAgainst}
        onChange={(evidenceAgainst) => update({ evidenceAgainst })}
      />
      <Area
        id={`${id}-balanced`}
        label="6. A balanced thought"
        value={draft.balancedThought}
        onChange={(balancedThought) => update({ balancedThought })}
      />
      <MoodInput
        label="How much I believe it (0–100)"
        number
        value={draft.balancedBelief}
        onChange={(balancedBelief) => update({ balancedBelief })}
      />
      <fieldset className="thought-moods">
        <legend>7. Moods now, re-rated 0–100</legend>
        {draft.moods.map((mood, index) => (
          <MoodInput
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are only ever appended, never reordered or removed
            key={index}
            label={`${mood.name.trim() || `Mood ${index + 1}`} now (0–100)`}
            number
            value={mood.after}
            onChange={(after) => setMood(index, { after })}
          />
        ))}
      </fieldset>
    </>
  );
}

function AutomaticThoughts({ id, draft, update }: { id: string; draft: ThoughtDraft; update: UpdateDraft }) {
  return (
    <fieldset className="thought-thoughts">
      <legend>3. Automatic thoughts</legend>
      <p className="field-hint">What went through your mind? Mark the one that hits hardest as the hot thought.</p>
      {draft.thoughts.map((thought, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are only ever appended, never reordered or removed
        <div className="thought-line" key={index}>
          <Area
            id={`${id}-thought-${index}`}
            label={`Thought ${index + 1}`}
            value={thought.text}
            rows={2}
            onChange={(text) => update({ thoughts: draft.thoughts.map((t, i) => (i === index ? { ...t, text } : t)) })}
          />
          <label className="thought-hot">
            <input
              type="radio"
              name={`${id}-hot`}
              checked={thought.hot}
              onChange={() => update({ thoughts: draft.thoughts.map((t, i) => ({ ...t, hot: i === index })) })}
            />
            Hot thought
          </label>
        </div>
      ))}
      {draft.thoughts.length < 10 ? (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => update({ thoughts: [...draft.thoughts, { text: "", hot: false }] })}
        >
          Add a thought
        </button>
      ) : null}
    </fieldset>
  );
}
