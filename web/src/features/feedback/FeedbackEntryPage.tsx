import { type FormEvent, useId, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { type FeedbackEntry, type FeedbackTheme, feedbackSourceLabels } from "../../../../contract/feedback.ts";
import { formatLongDay } from "../../lib/format-date.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import {
  useCreateTheme,
  useDeleteFeedbackEntry,
  useFeedbackEntry,
  useFeedbackThemes,
  useReplaceItems,
} from "./feedback-queries.ts";
import "./feedback.css";

/** /feedback/:id — one piece of feedback, split into items tagged with themes. */
export function FeedbackEntryPage() {
  const { id = "" } = useParams();
  const entry = useFeedbackEntry(id);
  if (entry.isPending || entry.isError) {
    return (
      <RecordUnavailable
        error={entry.error}
        title="Feedback"
        loadingText="Loading the feedback…"
        back={{ to: "/feedback", label: "Go to all feedback" }}
      />
    );
  }
  return <EntryView key={entry.data.id} entry={entry.data} />;
}

function EntryView({ entry }: { entry: FeedbackEntry }) {
  const who = entry.anonymous ? "Anonymous" : entry.fromName || "Someone";
  const navigate = useNavigate();
  const remove = useDeleteFeedbackEntry();
  const texts: [string, string][] = [
    ["What went well", entry.wentWell],
    ["What to change", entry.toChange],
    ["Advice for similar roles", entry.advice],
    ["Three things to keep", entry.keep.join("\n")],
    ["Three things to change", entry.change.join("\n")],
    ["Notes", entry.body],
  ];
  return (
    <div className="page page-narrow feedback-page">
      <p className="breadcrumb">
        <Link to="/feedback">All feedback</Link>
      </p>
      <PageTitle documentTitle={`Feedback from ${who}`}>Feedback from {who}</PageTitle>
      <p className="lead">
        {feedbackSourceLabels[entry.source]} · {formatLongDay(new Date(entry.receivedAt))}
        {entry.fromRole ? ` · ${entry.fromRole}` : ""}
        {entry.roleTitle ? ` · ${entry.roleTitle}${entry.companyName ? ` at ${entry.companyName}` : ""}` : ""}
      </p>
      <section className="card" aria-labelledby="entry-text">
        <h2 id="entry-text">What they said</h2>
        {texts
          .filter(([, text]) => text)
          .map(([label, text]) => (
            <div key={label}>
              <h3>{label}</h3>
              <p className="feedback-text">{text}</p>
            </div>
          ))}
      </section>
      <section className="card" aria-labelledby="entry-items">
        <h2 id="entry-items">Items and themes</h2>
        <ItemsEditor entry={entry} />
      </section>
      <section className="card" aria-labelledby="entry-delete">
        <h2 id="entry-delete">Delete</h2>
        <button
          type="button"
          className="button button-danger"
          onClick={() => remove.mutate(entry.id, { onSuccess: () => navigate("/feedback") })}
        >
          Delete this feedback
        </button>
      </section>
    </div>
  );
}

interface Draft {
  key: number;
  /** The saved item's id, kept so links to it (action items) survive a re-save. */
  id?: string;
  text: string;
  themeId: string | null;
}

let nextKey = 1;

function ItemsEditor({ entry }: { entry: FeedbackEntry }) {
  const themes = useFeedbackThemes();
  const createTheme = useCreateTheme();
  const save = useReplaceItems(entry.id);
  const id = useId();
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    entry.items.length > 0
      ? entry.items.map((item) => ({ key: nextKey++, id: item.id, text: item.text, themeId: item.themeId }))
      : [{ key: nextKey++, text: "", themeId: null }],
  );
  const [newTheme, setNewTheme] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const themeList: FeedbackTheme[] = themes.data?.themes ?? [];

  const update = (key: number, change: Partial<Draft>) =>
    setDrafts((current) => current.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)));

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const kept = drafts.filter((draft) => draft.text.trim());
    save.mutate(
      { items: kept.map(({ id, text, themeId }) => (id ? { id, text, themeId } : { text, themeId })) },
      {
        onSuccess: (saved) => {
          // New items now have ids: remember them, so the next save keeps them.
          setDrafts(kept.map((draft, index) => ({ ...draft, id: saved.items[index]?.id ?? draft.id })));
          setStatus("Items saved.");
        },
      },
    );
  }

  function addTheme(name: string) {
    if (!name.trim()) return;
    createTheme.mutate(name.trim(), { onSuccess: () => setNewTheme("") });
  }

  return (
    <>
      <form className="form feedback-form" onSubmit={submit} noValidate>
        <FormAlert message={save.error?.message} />
        {drafts.map((draft, index) => (
          <div key={draft.key} className="feedback-item-row">
            <div className="field field-wide">
              <label htmlFor={`${id}-text-${draft.key}`}>Item {index + 1}</label>
              <textarea
                id={`${id}-text-${draft.key}`}
                rows={2}
                value={draft.text}
                onChange={(event) => update(draft.key, { text: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-theme-${draft.key}`}>Theme of item {index + 1}</label>
              <select
                id={`${id}-theme-${draft.key}`}
                value={draft.themeId ?? ""}
                onChange={(event) => update(draft.key, { themeId: event.target.value || null })}
              >
                <option value="">No theme</option>
                {themeList.map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.name}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setDrafts((current) => current.filter((other) => other.key !== draft.key))}
            >
              Remove item {index + 1}
            </button>
          </div>
        ))}
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setDrafts((current) => [...current, { key: nextKey++, text: "", themeId: null }])}
          >
            Add an item
          </button>
          <SubmitButton pending={save.isPending} pendingLabel="Saving…">
            Save items
          </SubmitButton>
        </div>
        <div className="status-message" aria-live="polite">
          {status ? <p>{status}</p> : null}
        </div>
      </form>
      <h3 className="feedback-themes-heading">Themes</h3>
      {themes.data && themes.data.suggestions.length > 0 ? (
        <div className="button-row">
          {themes.data.suggestions.map((name) => (
            <button key={name} type="button" className="button button-secondary" onClick={() => addTheme(name)}>
              Add “{name}”
            </button>
          ))}
        </div>
      ) : null}
      <form
        className="inline-row"
        onSubmit={(event) => {
          event.preventDefault();
          addTheme(newTheme);
        }}
      >
        <label htmlFor={`${id}-new-theme`} className="visually-hidden">
          A theme of your own
        </label>
        <input
          id={`${id}-new-theme`}
          type="text"
          placeholder="A theme of your own"
          value={newTheme}
          onChange={(event) => setNewTheme(event.target.value)}
        />
        <button type="submit" className="button button-secondary">
          Add theme
        </button>
      </form>
      <FormAlert message={createTheme.error?.message} />
    </>
  );
}
