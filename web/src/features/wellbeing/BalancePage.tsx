import { type FormEvent, useId, useState } from "react";
import { Link } from "react-router";
import { type FeelingWord, feelingWords } from "../../../../contract/wellbeing.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { BalanceBar, BalanceNote, hours, jobSearchPercent } from "./components/BalanceBar.tsx";
import { ManageActivities } from "./components/ManageActivities.tsx";
import { ManualTimeForm } from "./components/ManualTimeForm.tsx";
import {
  addDays,
  localDay,
  mondayOf,
  useActivities,
  useActivityLogs,
  useBalanceWeek,
  useDeleteLog,
  useLogActivity,
} from "./wellbeing-queries.ts";
import "./wellbeing.css";

/** /journal/balance — life outside job-seeker mode: log an activity in two taps, see the week. */
export function BalancePage() {
  const [weekStart, setWeekStart] = useState(() => mondayOf(localDay()));
  return (
    <div className="page wellbeing-page">
      <PageTitle>Balance</PageTitle>
      <p className="wellbeing-intro">
        You are more than your job search. Log the other things you do — tap one, then Log. Minutes and feelings are
        optional.
      </p>
      <LogActivity />
      <Week weekStart={weekStart} onWeek={setWeekStart} />
      <ManualTimeForm />
      <ManageActivities />
      <p>
        <Link to="/journal/check-in">Daily check-in</Link>
      </p>
    </div>
  );
}

function LogActivity() {
  const id = useId();
  const activities = useActivities();
  const log = useLogActivity();
  const [selected, setSelected] = useState<string | null>(null);
  const [minutes, setMinutes] = useState("");
  const [feelings, setFeelings] = useState<FeelingWord[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const active = (activities.data ?? []).filter((activity) => !activity.archived);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!selected) {
      setError("Pick an activity first.");
      return;
    }
    const parsed = minutes.trim() ? Number(minutes) : null;
    if (parsed !== null && (!Number.isInteger(parsed) || parsed < 1 || parsed > 1440)) {
      setError("Minutes: a whole number from 1 to 1440, or leave it empty.");
      return;
    }
    setError(null);
    try {
      const saved = await log.mutateAsync({ activityId: selected, day: localDay(), minutes: parsed, feelings });
      setStatus(`Logged: ${saved.activityName}.`);
      setSelected(null);
      setMinutes("");
      setFeelings([]);
    } catch {
      setError("Couldn't log that. Try again.");
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Log an activity</h2>
      {activities.data && active.length === 0 ? (
        <p className="field-hint">Add your own activities below (running, volunteering, time with pets…).</p>
      ) : null}
      <div className="activity-buttons">
        {active.map((activity) => (
          <button
            key={activity.id}
            type="button"
            className={`activity-button${selected === activity.id ? " is-selected" : ""}`}
            aria-pressed={selected === activity.id}
            onClick={() => {
              setSelected(activity.id);
              setStatus(null);
            }}
          >
            {activity.name}
          </button>
        ))}
      </div>
      <details className="log-details">
        <summary>Add minutes or how it felt (optional)</summary>
        <label className="field" htmlFor={`${id}-minutes`}>
          <span>Minutes</span>
          <input
            id={`${id}-minutes`}
            inputMode="numeric"
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </label>
        <fieldset className="feelings">
          <legend>It left me feeling</legend>
          {feelingWords.map((word) => (
            <label key={word} className="feeling-choice">
              <input
                type="checkbox"
                checked={feelings.includes(word)}
                onChange={(event) =>
                  setFeelings((current) =>
                    event.target.checked ? [...current, word] : current.filter((item) => item !== word),
                  )
                }
              />{" "}
              {word}
            </label>
          ))}
        </fieldset>
      </details>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={log.isPending || active.length === 0}>
        Log it
      </button>
      <p role="status" className="field-hint">
        {status}
      </p>
    </form>
  );
}

function Week({ weekStart, onWeek }: { weekStart: string; onWeek: (day: string) => void }) {
  const week = useBalanceWeek(weekStart);
  const logs = useActivityLogs(weekStart, addDays(weekStart, 6));
  const deleteLog = useDeleteLog();
  const data = week.data;
  const jobPercent = jobSearchPercent(data);
  return (
    <section className="card" aria-labelledby="balance-week">
      <h2 id="balance-week">Week of {weekStart}</h2>
      <div className="week-nav">
        <button type="button" className="button button-secondary" onClick={() => onWeek(addDays(weekStart, -7))}>
          Previous week
        </button>
        <button type="button" className="button button-secondary" onClick={() => onWeek(addDays(weekStart, 7))}>
          Next week
        </button>
      </div>
      {week.isPending ? <p>Loading…</p> : null}
      {data ? (
        <>
          <BalanceNote week={data} />
          {jobPercent === null ? (
            <p className="field-hint">Nothing counted this week yet.</p>
          ) : (
            <>
              <BalanceBar jobPercent={jobPercent} />
              <p>
                Job search: {hours(data.jobSearchMinutes)} ({jobPercent}%) · Everything else:{" "}
                {hours(data.activityMinutes)} ({100 - jobPercent}%)
              </p>
            </>
          )}
          <details>
            <summary>How job-search time was counted</summary>
            <ul className="balance-sources">
              {data.jobSearchSources.map((source) => (
                <li key={source.key}>
                  {source.label}: {source.count}
                  {source.minutesEach ? ` × ${source.minutesEach} min` : ""} = {hours(source.minutes)}
                </li>
              ))}
            </ul>
          </details>
          <h3>What made me feel capable</h3>
          {data.madeMeFeelCapable.length === 0 ? (
            <p className="field-hint">Nothing marked "capable" this week.</p>
          ) : (
            <ul>
              {data.madeMeFeelCapable.map((entry) => (
                <li key={entry.activityId}>
                  {entry.name} ({entry.times}×)
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {logs.data && logs.data.length > 0 ? (
        <>
          <h3>Logged this week</h3>
          <ul className="week-logs">
            {logs.data.map((entry) => (
              <li key={entry.id}>
                <span>
                  {entry.day} · {entry.activityName}
                  {entry.minutes ? ` · ${hours(entry.minutes)}` : ""}
                  {entry.feelings.length ? ` · ${entry.feelings.join(", ")}` : ""}
                </span>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={`Delete ${entry.activityName} on ${entry.day}`}
                  onClick={() => deleteLog.mutate(entry.id)}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
