import { useState } from "react";
import { Link } from "react-router";
import type { Reminder } from "../../../../contract/strengths.ts";
import { localDay, useReminder } from "./strengths-queries.ts";
import "./strengths.css";

const dismissKey = (day: string) => `debrief.remember-dismissed.${day}`;

/**
 * "Now and then", not every day: the card shows on every other local day (even day numbers since
 * 1970-01-01), so it stays a pleasant surprise rather than a fixture. Dismissing hides it for the
 * rest of that day (kept in this browser only).
 */
export function showsRememberOn(day: string): boolean {
  const days = Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
  return days % 2 === 0;
}

function wasDismissed(day: string): boolean {
  try {
    return window.localStorage.getItem(dismissKey(day)) === "1";
  } catch {
    return false;
  }
}

/** The Today page's small "Remember" card: one strength with its evidence, or one recent win. */
export function RememberCard({ day = localDay() }: { day?: string }) {
  const [dismissed, setDismissed] = useState(() => wasDismissed(day));
  const visible = showsRememberOn(day) && !dismissed;
  const reminder = useReminder(day, visible);
  if (!visible || !reminder.data?.reminder) return null;

  function dismiss() {
    try {
      window.localStorage.setItem(dismissKey(day), "1");
    } catch {
      // Private browsing: hidden for this visit only.
    }
    setDismissed(true);
  }

  return (
    <section className="card remember-card" aria-labelledby="today-remember">
      <div className="row-line">
        <h2 id="today-remember">Remember</h2>
        <button type="button" className="button button-quiet" onClick={dismiss}>
          Hide for today
        </button>
      </div>
      <ReminderText reminder={reminder.data.reminder} />
      <p>
        <Link to="/journal/strengths">Your strengths and wins</Link>
      </p>
    </section>
  );
}

export function ReminderText({ reminder }: { reminder: NonNullable<Reminder["reminder"]> }) {
  if (reminder.type === "win") {
    return (
      <p>
        A win of yours: <strong>{reminder.win.title}</strong>{" "}
        <span className="field-hint">({reminder.win.happenedOn})</span>
      </p>
    );
  }
  return (
    <>
      <p>
        One of your strengths: <strong>{reminder.strength.name}</strong>
      </p>
      {reminder.evidence ? (
        reminder.evidence.kind === "feedback_quote" ? (
          <blockquote>{reminder.evidence.text}</blockquote>
        ) : (
          <p className="field-hint">{reminder.evidence.text}</p>
        )
      ) : null}
    </>
  );
}
