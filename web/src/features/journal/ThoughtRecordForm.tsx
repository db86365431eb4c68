import { type FormEvent, useEffect, useId, useState } from "react";
import {
  type SpiralSuggestion,
  type ThinkingTrapKey,
  type ThoughtRecord,
  type ThoughtRecordMode,
  thinkingTraps,
} from "../../../../contract/journal.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { StatusMessage } from "../../ui/StatusMessage.tsx";
import { useCurrentUser } from "../auth/queries.ts";
import { useRecentApplications } from "../growth/growth-queries.ts";
import { clearDraft, draftKey, readDraft, writeDraft } from "../interviews/draft-storage.ts";
import { useSaveThoughtRecord, useSpiralCheck } from "./journal-queries.ts";

interface MoodDraft {
  name: string;
  before: string;
  after: string;
}

interface Draft {
  mode: ThoughtRecordMode;
  situation: string;
  moods: MoodDraft[];
  thoughts: { text: string; hot: boolean }[];
  evidenceFor: string;
  evidenceAgainst: string;
  balancedThought: string;
  balancedBelief: string;
  traps: string[];
  dismissed: string[];
  reframe: string;
  applicationId: string;
}

const emptyDraft: Draft = {
  mode: "quick",
  situation: "",
  moods: [{ name: "", before: "", after: "" }],
  thoughts: [{ text: "", hot: true }],
  evidenceFor: "",
  evidenceAgainst: "",
  balancedThought: "",
  balancedBelief: "",
  traps: [],
  dismissed: [],
  reframe: "",
  applicationId: "",
};

const numberText = (value: number | null) => (value === null ? "" : String(value));

function fromRecord(record: ThoughtRecord): Draft {
  return {
    mode: record.mode,
    situation: record.situation,
    moods: record.moods.length
      ? record.moods.map((mood) => ({
          name: mood.name,
          before: numberText(mood.before),
          after: numberText(mood.after),
        }))
      : emptyDraft.moods,
    thoughts: record.automaticThoughts.length ? record.automaticThoughts : emptyDraft.thoughts,
    evidenceFor: record.evidenceFor,
    evidenceAgainst: record.evidenceAgainst,
    balancedThought: record.balancedThought,
    balancedBelief: numberText(record.balancedBelief),
    traps: record.thinkingTraps,
    dismissed: [],
    reframe: record.reframe,
    applicationId: record.applicationId ?? "",
  };
}

/** A 0–100 rating from its input, null when blank; undefined when it is not one. */
function rating(text: string): number | null | undefined {
  if (!text.trim()) return null;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 && value <= 100 ? value : undefined;
}

export const trapName = (key: string) => thinkingTraps.find((trap) => trap.key === key)?.name ?? key;

/**
 * A thought record: quick mode (thought → thinking trap → reframe) or the full 7 columns. The
 * draft is kept in this browser as it is typed, until saved. Every field is optional.
 */
export function ThoughtRecordForm({ record, onSaved }: { record?: ThoughtRecord; onSaved?: () => void }) {
  const id = useId();
  const user = useCurrentUser();
  const key = draftKey(user.id, `thought-record:${record?.id ?? "new"}`);
  const [draft, setDraft] = useState<Draft>(() => readDraft<Draft>(key) ?? (record ? fromRecord(record) : emptyDraft));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const save = useSaveThoughtRecord(record?.id ?? null);
  const applications = useRecentApplications();

  useEffect(() => {
    if (draft !== emptyDraft) writeDraft(key, draft);
  }, [key, draft]);

  const update = (changes: Partial<Draft>) => {
    setStatus(null);
    setDraft((current) => ({ ...current, ...changes }));
  };
  const thoughtText =
    draft.mode === "quick" ? (draft.thoughts[0]?.text ?? "") : draft.thoughts.map((t) => t.text).join("\n");
  const spiral = useSpiralCheck(thoughtText);
  const pending = thoughtText.trim()
    ? (spiral.data?.suggestions ?? []).filter(
        (suggestion) => !draft.traps.includes(suggestion.trap) && !draft.dismissed.includes(suggestion.trap),
      )
    : [];

  const toggleTrap = (trap: string, on: boolean) =>
    update({ traps: on ? [...draft.traps.filter((t) => t !== trap), trap] : draft.traps.filter((t) => t !== trap) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const moods = draft.moods
      .filter((mood) => mood.name.trim() || mood.before.trim() || mood.after.trim())
      .map((mood) => ({ name: mood.name.trim(), before: rating(mood.before), after: rating(mood.after) }));
    const belief = rating(draft.balancedBelief);
    if (moods.some((mood) => mood.before === undefined || mood.after === undefined) || belief === undefined) {
      setError("Ratings are whole numbers from 0 to 100 (or left blank).");
      return;
    }
    setError(null);
    const thoughts = draft.thoughts.filter((thought) => thought.text.trim());
    const full = draft.mode === "full";
    try {
      await save.mutateAsync({
        mode: draft.mode,
        automaticThoughts: full ? thoughts : thoughts.slice(0, 1).map((t) => ({ text: t.text, hot: true })),
        thinkingTraps: draft.traps as ThinkingTrapKey[],
        reframe: draft.reframe,
        applicationId: draft.applicationId || null,
        situation: draft.situation,
        moods: moods as { name: string; before: number | null; after: number | null }[],
        evidenceFor: draft.evidenceFor,
        evidenceAgainst: draft.evidenceAgainst,
        balancedThought: draft.balancedThought,
        balancedBelief: belief,
      });
      clearDraft(key);
      if (!record) setDraft(emptyDraft);
      setStatus("Saved. Only you can see it.");
      onSaved?.();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Couldn't save. Your draft is kept on this device.");
    }
  }

  const full = draft.mode === "full";
  return (
    <form className="card form thought-record" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <div className="thought-record-head">
        <h2 id={`${id}-title`}>
          {record ? "Edit this record" : full ? "Full thought record" : "Quick thought record"}
        </h2>
        <button type="button" className="button button-quiet" onClick={() => update({ mode: full ? "quick" : "full" })}>
          {full ? "Quick record" : "Full record"}
        </button>
      </div>
      <FormAlert message={error} />
      {full ? (
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
                <MoodInput
                  label={`Mood ${index + 1}`}
                  value={mood.name}
                  onChange={(name) => update({ moods: draft.moods.map((m, i) => (i === index ? { ...m, name } : m)) })}
                />
                <MoodInput
                  label={`Mood ${index + 1}, how strong (0–100)`}
                  number
                  value={mood.before}
                  onChange={(before) =>
                    update({ moods: draft.moods.map((m, i) => (i === index ? { ...m, before } : m)) })
                  }
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
          <fieldset className="thought-thoughts">
            <legend>3. Automatic thoughts</legend>
            <p className="field-hint">
              What went through your mind? Mark the one that hits hardest as the hot thought.
            </p>
            {draft.thoughts.map((thought, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are only ever appended, never reordered or removed
              <div className="thought-line" key={index}>
                <Area
                  id={`${id}-thought-${index}`}
                  label={`Thought ${index + 1}`}
                  value={thought.text}
                  rows={2}
                  onChange={(text) =>
                    update({ thoughts: draft.thoughts.map((t, i) => (i === index ? { ...t, text } : t)) })
                  }
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
        </>
      ) : (
        <Area
          id={`${id}-thought`}
          label="The thought"
          hint="Write it down just as it sounds in your head."
          value={draft.thoughts[0]?.text ?? ""}
          onChange={(text) => update({ thoughts: [{ text, hot: true }, ...draft.thoughts.slice(1)] })}
        />
      )}

      <section className="thought-traps" aria-labelledby={`${id}-traps`}>
        <h3 id={`${id}-traps`}>Thinking traps</h3>
        {pending.length > 0 ? (
          <ul className="trap-suggestions" aria-live="polite">
            {pending.map((suggestion) => (
              <Suggestion
                key={suggestion.trap}
                suggestion={suggestion}
                onConfirm={() => toggleTrap(suggestion.trap, true)}
                onDismiss={() => update({ dismissed: [...draft.dismissed, suggestion.trap] })}
              />
            ))}
          </ul>
        ) : (
          <p className="field-hint">
            {thoughtText.trim()
              ? "No familiar wording noticed. Pick a trap below if one fits."
              : "Suggestions appear as you write the thought."}
          </p>
        )}
        {draft.traps.length > 0 ? (
          <p className="trap-confirmed">You noticed: {draft.traps.map(trapName).join(", ")}</p>
        ) : null}
        <details className="trap-list">
          <summary>All thinking traps</summary>
          <ul>
            {thinkingTraps.map((trap) => (
              <li key={trap.key}>
                <label>
                  <input
                    type="checkbox"
                    checked={draft.traps.includes(trap.key)}
                    onChange={(event) => toggleTrap(trap.key, event.currentTarget.checked)}
                  />
                  <strong>{trap.name}</strong>
                </label>
                <p>{trap.definition}</p>
                <p className="trap-example">For example: “{trap.example}”</p>
              </li>
            ))}
          </ul>
        </details>
      </section>

      {full ? (
        <>
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
                onChange={(after) => update({ moods: draft.moods.map((m, i) => (i === index ? { ...m, after } : m)) })}
              />
            ))}
          </fieldset>
        </>
      ) : (
        <Area
          id={`${id}-reframe`}
          label="A kinder, truer way to put it"
          hint="What would you say to a friend who had this thought?"
          value={draft.reframe}
          onChange={(reframe) => update({ reframe })}
        />
      )}

      {applications.data && applications.data.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-application`}>About an application (optional)</label>
          <select
            id={`${id}-application`}
            value={draft.applicationId}
            onChange={(event) => update({ applicationId: event.currentTarget.value })}
          >
            <option value="">None</option>
            {applications.data.map((application) => (
              <option key={application.id} value={application.id}>
                {application.roleTitle}
                {application.companyName ? ` — ${application.companyName}` : ""}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save"}
        </button>
      </div>
      <p className="field-hint">Your draft is kept on this device until you save.</p>
      <StatusMessage message={status} />
    </form>
  );
}

function Suggestion(props: { suggestion: SpiralSuggestion; onConfirm: () => void; onDismiss: () => void }) {
  const { suggestion } = props;
  return (
    <li className="trap-suggestion">
      <p>
        <strong>Maybe {trapName(suggestion.trap).toLowerCase()}?</strong> {suggestion.explanation}
      </p>
      <div className="button-row">
        <button type="button" className="button button-secondary button-small" onClick={props.onConfirm}>
          Yes, {trapName(suggestion.trap).toLowerCase()}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={props.onDismiss}>
          Not this one
        </button>
      </div>
    </li>
  );
}

function Area(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="field-hint">
          {props.hint}
        </p>
      ) : null}
      <textarea
        id={props.id}
        rows={props.rows ?? 3}
        maxLength={5000}
        value={props.value}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
    </div>
  );
}

function MoodInput(props: { label: string; value: string; number?: boolean; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        value={props.value}
        maxLength={props.number ? 3 : 60}
        {...(props.number ? { type: "number", min: 0, max: 100, step: 1, inputMode: "numeric" as const } : {})}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
    </div>
  );
}
