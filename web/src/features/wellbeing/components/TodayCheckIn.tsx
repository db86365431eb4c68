import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import type { CheckIn } from "../../../../../contract/wellbeing.ts";
import { feelingWord } from "../check-in-words.ts";
import { localDay, useCheckIns, useSaveCheckIn } from "../wellbeing-queries.ts";
import { type MoodChoice, MoodGrid } from "./MoodGrid.tsx";

/**
 * Today's check-in on the home screen, in two taps (a square, then Save). Once done it shrinks
 * to one calm line, "Today: Content", with a way to change it. Skipping it is always fine.
 */
export function TodayCheckIn() {
  const today = localDay();
  const checkIns = useCheckIns(today, today);
  const [changing, setChanging] = useState(false);
  if (checkIns.isPending || checkIns.isError) return null;
  const todays = checkIns.data.find((entry) => entry.day === today);

  if (todays && !changing) {
    return (
      <section className="card today-check-in today-check-in-done" aria-labelledby="today-check-in">
        <h2 id="today-check-in" className="visually-hidden">
          Check-in
        </h2>
        <p className="today-line">
          <span>
            Today: <strong>{feelingWord(todays.pleasantness, todays.energy)}</strong>
            {todays.note ? <span className="field-hint"> · {todays.note}</span> : null}
          </span>
          <button type="button" className="button button-quiet" onClick={() => setChanging(true)}>
            Change<span className="visually-hidden"> today's check-in</span>
          </button>
        </p>
      </section>
    );
  }
  return <QuickCheckIn key={today} day={today} existing={todays} onSaved={() => setChanging(false)} />;
}

function QuickCheckIn({ day, existing, onSaved }: { day: string; existing?: CheckIn; onSaved: () => void }) {
  const save = useSaveCheckIn();
  const [choice, setChoice] = useState<MoodChoice | null>(
    existing ? { pleasantness: existing.pleasantness, energy: existing.energy } : null,
  );
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice) {
      setError("Pick a square first, or skip it today.");
      return;
    }
    setError(null);
    try {
      // The note is kept when only the square changes here (the full page edits it).
      await save.mutateAsync({ day, body: { ...choice, note: existing?.note ?? "" } });
      onSaved();
    } catch {
      setError("Couldn't save your check-in. Try again.");
    }
  }

  return (
    <form className="card today-check-in" onSubmit={submit} noValidate aria-labelledby="today-check-in">
      <h2 id="today-check-in">How are you feeling?</h2>
      <p className="field-hint">Optional and private: pick a square, then save.</p>
      <MoodGrid
        compact
        legend={<span className="visually-hidden">How you feel right now</span>}
        choice={choice}
        onChoose={(picked) => {
          setChoice(picked);
          setError(null);
        }}
      />
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <div className="today-check-in-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {choice ? `Save: ${feelingWord(choice.pleasantness, choice.energy)}` : "Save check-in"}
        </button>
        <Link to="/journal/check-in">Add a note or see past days</Link>
      </div>
    </form>
  );
}
