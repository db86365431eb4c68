import { type KeyboardEvent, useId, useState } from "react";

interface TagInputProps {
  label: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  suggestions?: string[];
  error?: string | undefined;
  max?: number;
}

/** Normalises what was typed into a tag: single spaces, no commas, at most 40 characters. */
function cleanTag(value: string): string {
  return value
    .replace(/[,\s]+/g, " ")
    .trim()
    .slice(0, 40);
}

/**
 * Tags as removable chips plus one input: Enter, a comma or the Add button adds what was typed.
 * Suggestions come from the person's existing tags (a datalist, so the browser filters them).
 */
export function TagInput({ label, tags, onChange, suggestions = [], error, max = 20 }: TagInputProps) {
  const id = useId();
  const [text, setText] = useState("");

  function add(raw = text) {
    const tag = cleanTag(raw);
    setText("");
    if (!tag || tags.some((existing) => existing.toLowerCase() === tag.toLowerCase()) || tags.length >= max) return;
    onChange([...tags, tag]);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add();
    } else if (event.key === "Backspace" && !text && tags.length) {
      onChange(tags.slice(0, -1));
    }
  }

  const remaining = suggestions.filter((tag) => !tags.some((existing) => existing.toLowerCase() === tag.toLowerCase()));

  return (
    <div className="field tag-input" data-invalid={error ? "" : undefined}>
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        Press Enter or type a comma after each tag.
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {tags.length ? (
        <ul className="tag-input-list" aria-label={`${label}: ${tags.length} added`}>
          {tags.map((tag) => (
            <li key={tag} className="tag-input-chip">
              <span>{tag}</span>
              <button
                type="button"
                className="chip-remove"
                onClick={() => onChange(tags.filter((existing) => existing !== tag))}
              >
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">Remove tag {tag}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="inline-row">
        <input
          id={id}
          value={text}
          list={remaining.length ? `${id}-suggestions` : undefined}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
          onChange={(event) => {
            const value = event.currentTarget.value;
            // A pasted "a, b, c" becomes three tags.
            if (value.includes(",")) {
              const parts = value.split(",");
              const last = parts.pop() ?? "";
              const added = parts.map(cleanTag).filter(Boolean);
              const next = [...tags];
              for (const tag of added)
                if (!next.some((existing) => existing.toLowerCase() === tag.toLowerCase())) next.push(tag);
              onChange(next.slice(0, max));
              setText(last);
            } else setText(value);
          }}
          onKeyDown={onKeyDown}
          // A tag typed but not yet added still counts when the person moves on (e.g. to Save).
          onBlur={() => add()}
        />
        <button type="button" className="button button-secondary" onClick={() => add()}>
          Add<span className="visually-hidden"> tag</span>
        </button>
      </div>
      {remaining.length ? (
        <datalist id={`${id}-suggestions`}>
          {remaining.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}
