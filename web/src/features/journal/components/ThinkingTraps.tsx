import { type SpiralSuggestion, thinkingTraps } from "../../../../../contract/journal.ts";
import { useSpiralCheck } from "../journal-queries.ts";
import { type ThoughtDraft, thoughtText, trapName, type UpdateDraft } from "../thought-record-draft.ts";

/**
 * The thinking traps of a record: the spiral check's suggestions for the thought as typed (to
 * confirm or set aside; one set aside is not offered again for this record), the traps confirmed,
 * and the whole list with plain definitions to pick from.
 */
export function ThinkingTraps({ id, draft, update }: { id: string; draft: ThoughtDraft; update: UpdateDraft }) {
  const text = thoughtText(draft);
  const spiral = useSpiralCheck(text);
  const pending = text.trim()
    ? (spiral.data?.suggestions ?? []).filter(
        (suggestion) => !draft.traps.includes(suggestion.trap) && !draft.dismissed.includes(suggestion.trap),
      )
    : [];
  const toggleTrap = (trap: string, on: boolean) =>
    update({ traps: on ? [...draft.traps.filter((t) => t !== trap), trap] : draft.traps.filter((t) => t !== trap) });

  return (
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
          {text.trim()
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
