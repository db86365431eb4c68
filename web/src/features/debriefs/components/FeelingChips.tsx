import { type KeyboardEvent, useId, useRef, useState } from "react";
import {
  type FeelingWord,
  feelingWordLabels,
  feelingWords,
  maxOwnFeelings,
  ownFeelingMaxLength,
} from "../../../../../contract/debriefs.ts";

interface FeelingChipsProps {
  feelings: FeelingWord[];
  ownFeelings: string[];
  onChange: (next: { feelings: FeelingWord[]; ownFeelings: string[] }) => void;
  error?: string | undefined;
}

/** The listed feeling words as toggles, and the person's own words, added one at a time. */
export function FeelingChips({ feelings, ownFeelings, onChange, error }: FeelingChipsProps) {
  const id = useId();
  const [word, setWord] = useState("");
  const [note, setNote] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const full = ownFeelings.length >= maxOwnFeelings;

  const toggle = (feeling: FeelingWord, on: boolean) => {
    // Kept in the list's order, so a draft compares equal however the words were ticked.
    const next = feelingWords.filter((other) => (other === feeling ? on : feelings.includes(other)));
    onChange({ feelings: next, ownFeelings });
  };

  const add = () => {
    const typed = word.trim().replace(/\s+/g, " ");
    if (!typed) return;
    const listed = feelingWords.find(
      (feeling) => feeling === typed.toLowerCase() || feelingWordLabels[feeling].toLowerCase() === typed.toLowerCase(),
    );
    setWord("");
    if (listed) {
      // A word that is already on the list is ticked there rather than added twice.
      if (!feelings.includes(listed)) toggle(listed, true);
      setNote(`“${feelingWordLabels[listed]}” is on the list; it's ticked.`);
      return;
    }
    if (ownFeelings.some((own) => own.toLowerCase() === typed.toLowerCase())) {
      setNote(`“${typed}” is already there.`);
      return;
    }
    if (full) return;
    onChange({ feelings, ownFeelings: [...ownFeelings, typed.slice(0, ownFeelingMaxLength)] });
    setNote(`Added “${typed}”.`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the word; it must not send the whole debrief.
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  };

  return (
    <fieldset className="fieldset feeling-chips" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Feeling words</legend>
      <p className="field-hint">Tick any that fit, or none.</p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <ul className="feeling-list">
        {feelingWords.map((feeling) => (
          <li key={feeling}>
            <label className="feeling-chip">
              <input
                type="checkbox"
                checked={feelings.includes(feeling)}
                onChange={(event) => toggle(feeling, event.currentTarget.checked)}
              />
              <span>{feelingWordLabels[feeling]}</span>
            </label>
          </li>
        ))}
      </ul>
      {ownFeelings.length ? (
        <ul className="feeling-list" aria-label="Your own words">
          {ownFeelings.map((own) => (
            <li key={own} className="feeling-chip feeling-chip-own">
              <span>{own}</span>
              <button
                type="button"
                className="feeling-chip-remove"
                aria-label={`Remove “${own}”`}
                onClick={() => {
                  onChange({ feelings, ownFeelings: ownFeelings.filter((other) => other !== own) });
                  setNote(`Removed “${own}”.`);
                  // The button is gone; focus goes where the next word would be typed.
                  input.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field own-feeling">
        <label htmlFor={`${id}-own`}>Add your own</label>
        <div className="inline-row">
          <input
            ref={input}
            id={`${id}-own`}
            value={word}
            maxLength={ownFeelingMaxLength}
            disabled={full}
            autoComplete="off"
            enterKeyHint="done"
            aria-describedby={`${id}-own-hint`}
            onChange={(event) => setWord(event.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="button button-secondary" disabled={full} onClick={add}>
            Add
          </button>
        </div>
        <p id={`${id}-own-hint`} className="field-hint">
          {full
            ? `That's ${maxOwnFeelings} of your own, the most one debrief keeps. Remove one to add another.`
            : `A word or two, up to ${ownFeelingMaxLength} characters.`}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {note}
        </p>
      </div>
    </fieldset>
  );
}
