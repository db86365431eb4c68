import { type FormEvent, useId, useState } from "react";
import { localDay, useAddJobSearchTime } from "../wellbeing-queries.ts";

/** Job-search time the app cannot see (searching, networking), added by hand for today. */
export function ManualTimeForm() {
  const id = useId();
  const add = useAddJobSearchTime();
  const [minutes, setMinutes] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = Number(minutes);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > 1440) {
      setError("Minutes: a whole number from 1 to 1440.");
      return;
    }
    setError(null);
    await add.mutateAsync({ day: localDay(), minutes: parsed });
    setMinutes("");
    setStatus(`Added ${parsed} minutes of job search today.`);
  }
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Job-search time the app can't see</h2>
      <label className="field" htmlFor={`${id}-minutes`}>
        <span>Minutes today (searching, networking…)</span>
        <input id={`${id}-minutes`} inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </label>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-secondary" disabled={add.isPending}>
        Add time
      </button>
      <p role="status" className="field-hint">
        {status}
      </p>
    </form>
  );
}
