import { useId, useRef, useState } from "react";
import { copyText } from "../lib/copy-text.ts";

interface CopyFieldProps {
  label: string;
  value: string;
}

/** A read-only value with a Copy button, for secrets and links that are shown only once. */
export function CopyField({ label, value }: CopyFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function copy() {
    try {
      await copyText(value);
      setStatus("Copied to the clipboard.");
    } catch {
      input.current?.select();
      setStatus("Couldn't copy automatically. The text is selected: press Ctrl+C (or ⌘C) to copy it.");
    }
  }

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input
          ref={input}
          id={id}
          className="mono"
          readOnly
          value={value}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button-secondary" onClick={copy}>
          Copy
        </button>
      </div>
      <div className="status-message" aria-live="polite">
        {status ? <p>{status}</p> : null}
      </div>
    </div>
  );
}
