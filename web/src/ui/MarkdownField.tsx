import { type ReactNode, type Ref, useId, useState } from "react";
import { Markdown } from "./Markdown.tsx";
import "./markdown-field.css";

interface MarkdownFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  rows?: number;
  /** Start on the rendered view (for text that is already written) or on the textarea. */
  initialMode?: "write" | "preview";
  /** What the preview says when nothing is written yet. */
  emptyPreview?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
  /** Extra buttons beside Write / Preview, such as "Insert a story template". */
  actions?: ReactNode;
  /** Lets a parent switch to the textarea (e.g. before inserting a template). */
  mode?: "write" | "preview";
  onModeChange?: (mode: "write" | "preview") => void;
  maxLength?: number;
}

/**
 * A Markdown textarea with a Write / Preview switch. The preview goes through Markdown.tsx,
 * the same renderer every other view uses, so what you see here is what you'll see later.
 */
export function MarkdownField(props: MarkdownFieldProps) {
  const { label, name, value, onChange, hint, error, rows = 5, emptyPreview, textareaRef, actions, maxLength } = props;
  const id = useId();
  const [ownMode, setOwnMode] = useState(props.initialMode ?? "write");
  const mode = props.mode ?? ownMode;
  const setMode = (next: "write" | "preview") => {
    setOwnMode(next);
    props.onModeChange?.(next);
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");

  return (
    <div className="field markdown-field" data-invalid={error ? "" : undefined}>
      <div className="markdown-field-head">
        {mode === "write" ? (
          <label htmlFor={id}>{label}</label>
        ) : (
          <span className="markdown-field-label" id={`${id}-label`}>
            {label}
          </span>
        )}
        <div className="markdown-field-tools">
          {actions}
          <button
            type="button"
            className="button button-quiet markdown-mode"
            aria-pressed={mode === "preview"}
            onClick={() => setMode(mode === "preview" ? "write" : "preview")}
          >
            {mode === "preview" ? (
              <>
                Edit<span className="visually-hidden"> {label}</span>
              </>
            ) : (
              <>
                Preview<span className="visually-hidden"> {label}</span>
              </>
            )}
          </button>
        </div>
      </div>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {mode === "write" ? (
        <textarea
          ref={textareaRef}
          id={id}
          name={name}
          rows={rows}
          value={value}
          maxLength={maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      ) : (
        <div className="markdown-preview">
          <Markdown source={value} empty={emptyPreview ?? "Nothing written yet."} />
        </div>
      )}
    </div>
  );
}
