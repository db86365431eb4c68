import { useEffect, useId, useRef, useState } from "react";

interface SearchFieldProps {
  label: string;
  value: string;
  placeholder?: string;
  /** Called 300 ms after typing stops, and at once on Enter. */
  onSearch: (value: string) => void;
}

const debounceMs = 300;

/**
 * A search input that waits for a pause in typing before asking the server, and follows the
 * URL when it changes from outside (Back, a shared link, "Clear filters").
 */
export function SearchField({ label, value, placeholder, onSearch }: SearchFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const sent = useRef(value);

  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setDraft(value);
  }, [value]);

  useEffect(() => {
    if (draft.trim() === sent.current.trim()) return;
    const timer = setTimeout(() => {
      sent.current = draft.trim();
      onSearch(draft.trim());
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [draft, onSearch]);

  return (
    <div className="field filter-search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder={placeholder}
        autoComplete="off"
        enterKeyHint="search"
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          event.preventDefault();
          sent.current = draft.trim();
          onSearch(draft.trim());
        }}
      />
    </div>
  );
}
