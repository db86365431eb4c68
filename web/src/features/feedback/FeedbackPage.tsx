import { type FormEvent, useEffect, useId, useState } from "react";
import { Link } from "react-router";
import { type FeedbackEntry, feedbackSourceLabels } from "../../../../contract/feedback.ts";
import { ApiError } from "../../lib/api.ts";
import { formatLongDay } from "../../lib/format-date.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import {
  useCreateFeedbackEntry,
  useFeedbackEntries,
  useMarkFeedbackSeen,
  useRecentApplications,
  useResponseRate,
  useThemeSummary,
} from "./feedback-queries.ts";
import { ThemeActions } from "./ThemeActions.tsx";
import "./feedback.css";

const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)}%`);

/** /feedback — every piece of feedback, newest first; add one; which themes recur. */
export function FeedbackPage() {
  const entries = useFeedbackEntries();
  const markSeen = useMarkFeedbackSeen();
  const seen = markSeen.mutate;
  useEffect(() => {
    if (entries.data?.items.some((entry) => entry.unread)) seen();
  }, [entries.data, seen]);

  return (
    <div className="page page-narrow feedback-page">
      <PageTitle>Feedback</PageTitle>
      <p className="lead">
        Feedback from any channel: answers to your feedback links, email replies, notes from a call. Split each into
        items and tag them to see what repeats.
      </p>
      <ThemesSummary />
      <ResponseRate />
      <section className="card" aria-labelledby="feedback-add">
        <h2 id="feedback-add">Add feedback</h2>
        <AddFeedbackForm />
      </section>
      <section className="card" aria-labelledby="feedback-log">
        <h2 id="feedback-log">Log</h2>
        {entries.isPending ? (
          <p>Loading…</p>
        ) : entries.isError ? (
          <p>{entries.error.message}</p>
        ) : entries.data.items.length === 0 ? (
          <p>No feedback yet. Silence is normal — most candidates never hear back.</p>
        ) : (
          <ul className="item-list">
            {entries.data.items.map((entry) => (
              <EntrySummary key={entry.id} entry={entry} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function EntrySummary({ entry }: { entry: FeedbackEntry }) {
  const who = entry.anonymous ? "Anonymous" : entry.fromName || "Someone";
  const about = entry.roleTitle ? `${entry.roleTitle}${entry.companyName ? ` at ${entry.companyName}` : ""}` : null;
  const texts = [
    ["What went well", entry.wentWell],
    ["What to change", entry.toChange],
    ["Advice", entry.advice],
    ["Keep", entry.keep.join(" · ")],
    ["Change", entry.change.join(" · ")],
    ["Notes", entry.body],
  ].filter(([, text]) => text);
  return (
    <li className="item">
      <div className="item-main">
        <p className="item-title">
          <Link to={`/feedback/${entry.id}`}>
            {who}
            {entry.fromRole ? `, ${entry.fromRole}` : ""}
          </Link>
          {entry.unread ? <span className="badge badge-accent">New</span> : null}
        </p>
        <p className="item-meta">
          {feedbackSourceLabels[entry.source]} · {formatLongDay(new Date(entry.receivedAt))}
          {about ? ` · ${about}` : ""} · {entry.items.length} item{entry.items.length === 1 ? "" : "s"}
        </p>
        {texts.map(([label, text]) => (
          <p key={label} className="feedback-text">
            <strong>{label}:</strong> {text}
          </p>
        ))}
      </div>
    </li>
  );
}

function AddFeedbackForm() {
  const create = useCreateFeedbackEntry();
  const applications = useRecentApplications();
  const id = useId();
  const [applicationId, setApplicationId] = useState("");
  const [source, setSource] = useState<"email" | "call" | "other">("email");
  const [fromName, setFromName] = useState("");
  const [body, setBody] = useState("");
  const [receivedOn, setReceivedOn] = useState(() => new Date().toISOString().slice(0, 10));
  const fieldError = (path: string) =>
    create.error instanceof ApiError ? create.error.fields.find((field) => field.path === path)?.message : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      { source, fromName, body, receivedOn, applicationId: applicationId || null },
      {
        onSuccess: () => {
          setBody("");
          setFromName("");
        },
      },
    );
  }

  return (
    <form className="form feedback-form" onSubmit={submit} noValidate>
      <FormAlert message={create.error?.message} />
      <div className="field">
        <label htmlFor={`${id}-source`}>Where it came from</label>
        <select id={`${id}-source`} value={source} onChange={(event) => setSource(event.target.value as typeof source)}>
          <option value="email">Email reply</option>
          <option value="call">Call notes</option>
          <option value="other">Other</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-application`}>About which application (optional)</label>
        <select
          id={`${id}-application`}
          value={applicationId}
          onChange={(event) => setApplicationId(event.target.value)}
        >
          <option value="">None</option>
          {applications.data?.items.map((application) => (
            <option key={application.id} value={application.id}>
              {application.roleTitle}
              {application.companyName ? ` at ${application.companyName}` : ""}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>From (optional)</label>
        <input id={`${id}-from`} type="text" value={fromName} onChange={(event) => setFromName(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>Received on</label>
        <input
          id={`${id}-date`}
          type="date"
          value={receivedOn}
          aria-invalid={fieldError("receivedOn") ? true : undefined}
          onChange={(event) => setReceivedOn(event.target.value)}
        />
      </div>
      <div className="field field-wide">
        <label htmlFor={`${id}-body`}>The feedback</label>
        <textarea id={`${id}-body`} rows={6} value={body} onChange={(event) => setBody(event.target.value)} />
      </div>
      <SubmitButton pending={create.isPending} pendingLabel="Adding…">
        Add feedback
      </SubmitButton>
    </form>
  );
}

function ThemesSummary() {
  const summary = useThemeSummary();
  if (!summary.data || summary.data.themes.every((theme) => theme.itemCount === 0)) return null;
  return (
    <section className="card" aria-labelledby="feedback-themes">
      <h2 id="feedback-themes">What repeats</h2>
      <ul className="item-list">
        {summary.data.themes
          .filter((theme) => theme.itemCount > 0)
          .map((theme) => (
            <li key={theme.id} className="item">
              <div className="item-main">
                <p className="item-title">{theme.name}</p>
                <p className="item-meta">
                  {theme.itemCount} item{theme.itemCount === 1 ? "" : "s"} · {theme.companyCount} compan
                  {theme.companyCount === 1 ? "y" : "ies"} · {theme.peopleCount}{" "}
                  {theme.peopleCount === 1 ? "person" : "people"}
                </p>
                {theme.quotes.map((quote) => (
                  <blockquote key={quote.itemId} className="feedback-quote">
                    {quote.text}
                    {quote.companyName ? ` — ${quote.companyName}` : ""}
                  </blockquote>
                ))}
                <ThemeActions theme={theme} />
              </div>
            </li>
          ))}
      </ul>
    </section>
  );
}

function ResponseRate() {
  const rate = useResponseRate();
  if (!rate.data || rate.data.overall.asked === 0) return null;
  const { overall, byMonth, benchmark } = rate.data;
  return (
    <section className="card" aria-labelledby="feedback-rate">
      <h2 id="feedback-rate">Your response rate</h2>
      <p>
        {overall.answered} of {overall.asked} feedback requests answered ({percent(overall.rate)}). For comparison:{" "}
        {benchmark.description}
      </p>
      <ul className="item-list">
        {byMonth.map((month) => (
          <li key={month.month} className="item">
            <span>{month.month}</span>
            <span>
              {month.answered} / {month.asked} ({percent(month.rate)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
