import { type FormEvent, useId, useState } from "react";
import { Link } from "react-router";
import type { CheckIn, Comparison } from "../../../../contract/wellbeing.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { ShareButton } from "../circle/ShareButton.tsx";
import { describeCheckIn } from "./check-in-words.ts";
import { MoodGrid } from "./components/MoodGrid.tsx";
import { addDays, localDay, useCheckIns, useComparisons, useSaveCheckIn } from "./wellbeing-queries.ts";
import "./wellbeing.css";

const signed = (value: number | null) => (value === null ? "—" : value > 0 ? `+${value}` : String(value));

/** /journal/check-in — how I feel today, in two taps: a square of the grid, then Save. */
export function CheckInPage() {
  const today = localDay();
  const recent = useCheckIns(addDays(today, -13), today);
  const todays = recent.data?.find((entry) => entry.day === today);
  return (
    <div className="page wellbeing-page">
      <PageTitle>Daily check-in</PageTitle>
      <p className="wellbeing-intro">
        How do you feel right now? Pick the square that fits best, then save. Optional, private, and any answer is fine.
      </p>
      {recent.isPending ? <p>Loading…</p> : <CheckInForm key={today} day={today} existing={todays} />}
      {todays ? <ShareButton itemType="check_in" itemId={todays.id} title={`Check-in, ${today}`} /> : null}
      <RecentCheckIns items={recent.data ?? []} />
      <Comparisons />
      <p>
        <Link to="/journal/balance">Balance: time outside job-seeker mode</Link>
      </p>
    </div>
  );
}

function CheckInForm({ day, existing }: { day: string; existing?: CheckIn }) {
  const id = useId();
  const save = useSaveCheckIn();
  const [choice, setChoice] = useState<{ pleasantness: number; energy: number } | null>(
    existing ? { pleasantness: existing.pleasantness, energy: existing.energy } : null,
  );
  const [note, setNote] = useState(existing?.note ?? "");
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice) {
      setError("Pick a square first.");
      return;
    }
    setError(null);
    try {
      await save.mutateAsync({ day, body: { ...choice, note: note.trim() } });
      setStatus(`Saved: ${describeCheckIn(choice.pleasantness, choice.energy)}.`);
    } catch {
      setError("Couldn't save your check-in. Try again.");
    }
  }

  return (
    <form className="card check-in-form" onSubmit={submit} noValidate>
      <MoodGrid
        legend={
          <>
            How you feel today{" "}
            {existing ? <span className="field-hint">(you checked in already; change it any time)</span> : null}
          </>
        }
        choice={choice}
        onChoose={(picked) => {
          setChoice(picked);
          setStatus(null);
        }}
      />
      <label className="field" htmlFor={`${id}-note`}>
        <span>
          A note <span className="field-hint">(optional)</span>
        </span>
        <input id={`${id}-note`} value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} />
      </label>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        Save check-in
      </button>
      <p role="status" className="field-hint">
        {status}
      </p>
    </form>
  );
}

function RecentCheckIns({ items }: { items: CheckIn[] }) {
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="recent-check-ins">
      <h2 id="recent-check-ins">The last two weeks</h2>
      <ul className="recent-check-ins">
        {items.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.day}</strong> {describeCheckIn(entry.pleasantness, entry.energy)}
            {entry.note ? <span className="field-hint"> · {entry.note}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Comparisons() {
  const comparisons = useComparisons();
  if (!comparisons.data) return null;
  const { items, minimumDaysEachSide } = comparisons.data;
  return (
    <section className="card" aria-labelledby="comparisons">
      <h2 id="comparisons">With and without</h2>
      <p className="field-hint">
        Average pleasantness and energy (−2 … +2) on check-in days with each activity, and without it. Shown once each
        side has at least {minimumDaysEachSide} check-in days. A pattern, not a verdict.
      </p>
      <ul className="comparisons">
        {items.map((item) => (
          <ComparisonRow key={item.factor} item={item} minimum={minimumDaysEachSide} />
        ))}
      </ul>
    </section>
  );
}

function ComparisonRow({ item, minimum }: { item: Comparison; minimum: number }) {
  return (
    <li>
      <strong>{item.label}</strong>
      {item.enoughDays ? (
        <span>
          {" "}
          With: mood {signed(item.with.pleasantness)}, energy {signed(item.with.energy)} ({item.with.days} days) ·
          Without: mood {signed(item.without.pleasantness)}, energy {signed(item.without.energy)} ({item.without.days}{" "}
          days)
        </span>
      ) : (
        <span className="field-hint">
          {" "}
          Needs {minimum} days each side (so far {item.with.days} with, {item.without.days} without).
        </span>
      )}
    </li>
  );
}
