import { type KeyboardEvent, useId, useRef, useState } from "react";
import type { RoleFamilyChoices } from "../use-role-family-choices.ts";

interface RoleFamilyPickerProps {
  legend: string;
  hint?: string;
  error?: string | undefined;
  choices: RoleFamilyChoices;
}

/**
 * Checkboxes for the kinds of roles someone is looking for, with a field to add their own.
 * Used in onboarding and in settings, so both save the same list the same way.
 */
export function RoleFamilyPicker({ legend, hint, error, choices }: RoleFamilyPickerProps) {
  const id = useId();
  const addInput = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState("");
  const [addError, setAddError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");

  function add() {
    const problem = choices.add(draft);
    setAddError(problem);
    if (problem) return;
    setAnnouncement(`Added “${draft.trim()}”.`);
    setDraft("");
  }

  function onAddKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter here means "add this one", not "submit the whole form".
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  }

  return (
    <fieldset className="fieldset" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <ul className="choice-list">
        {choices.options.map((name, index) => (
          <li key={name} className="choice">
            <input
              type="checkbox"
              id={`${id}-option-${index}`}
              checked={choices.isSelected(name)}
              onChange={() => choices.toggle(name)}
            />
            <label htmlFor={`${id}-option-${index}`}>{name}</label>
            {choices.isOwn(name) ? (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  choices.remove(name);
                  setAnnouncement(`Removed “${name}”.`);
                  addInput.current?.focus();
                }}
              >
                Remove<span className="visually-hidden"> {name}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="field add-field" data-invalid={addError ? "" : undefined}>
        <label htmlFor={`${id}-add`}>Add another kind of role</label>
        {addError ? (
          <p id={`${id}-add-error`} className="field-error">
            {addError}
          </p>
        ) : null}
        <div className="inline-row">
          <input
            ref={addInput}
            id={`${id}-add`}
            value={draft}
            maxLength={200}
            autoComplete="off"
            aria-invalid={addError ? true : undefined}
            aria-describedby={addError ? `${id}-add-error` : undefined}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onAddKeyDown}
          />
          <button type="button" className="button button-secondary" onClick={add}>
            Add
          </button>
        </div>
      </div>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </fieldset>
  );
}
