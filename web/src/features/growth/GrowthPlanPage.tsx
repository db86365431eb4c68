import { type FormEvent, useId, useState } from "react";
import { Link } from "react-router";
import type { ActionItem, ActionItemStatus } from "../../../../contract/growth.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { formatDay } from "../applications/components/ApplicationDetails.tsx";
import { ShareButton } from "../circle/ShareButton.tsx";
import {
  useActionItems,
  useCreateActionItem,
  useDeleteActionItem,
  useFeedbackItems,
  useRecentApplications,
  useUpdateActionItem,
} from "./growth-queries.ts";
import "./growth.css";

const statusLabels: Record<ActionItemStatus, string> = { todo: "To do", doing: "Doing", done: "Done" };
const groups: ActionItemStatus[] = ["doing", "todo", "done"];

/** /growth — the growth plan: small, concrete things to work on, often from feedback. */
export function GrowthPlanPage() {
  const items = useActionItems();
  return (
    <div className="page growth-page">
      <PageTitle>Growth plan</PageTitle>
      <p className="growth-intro">
        A few concrete things to work on, in your own time. Open items are offered as a learning goal when you prepare
        for your next interview.
      </p>
      <ShareButton itemType="growth_plan" itemId={null} title="Growth plan" />
      <NewActionItem />
      {items.isPending ? <p>Loading your plan…</p> : null}
      {items.isError ? <p role="alert">Couldn't load your plan. Try reloading the page.</p> : null}
      {items.data && items.data.length === 0 ? (
        <p className="field-hint">Nothing here yet. Add one thing you'd like to get better at.</p>
      ) : null}
      {items.data
        ? groups.map((status) => {
            const inGroup = items.data.filter((item) => item.status === status);
            if (inGroup.length === 0) return null;
            return (
              <section key={status} className="card" aria-labelledby={`growth-${status}`}>
                <h2 id={`growth-${status}`}>
                  {statusLabels[status]} <span className="field-hint">({inGroup.length})</span>
                </h2>
                <ul className="action-items">
                  {inGroup.map((item) => (
                    <ActionItemRow key={item.id} item={item} />
                  ))}
                </ul>
              </section>
            );
          })
        : null}
    </div>
  );
}

function NewActionItem() {
  const id = useId();
  const create = useCreateActionItem();
  const feedback = useFeedbackItems();
  const [title, setTitle] = useState("");
  const [targetDate, setTargetDate] = useState("");
  const [feedbackItemId, setFeedbackItemId] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError("Give it a short title.");
      return;
    }
    setError(null);
    await create.mutateAsync({
      title: title.trim(),
      targetDate: targetDate || null,
      feedbackItemId: feedbackItemId || null,
    });
    setTitle("");
    setTargetDate("");
    setFeedbackItemId("");
  }

  const feedbackItems = feedback.data ?? [];
  return (
    <form className="card form new-action-item" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add an action item</h2>
      {feedbackItems.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-from`}>From feedback (optional)</label>
          <select
            id={`${id}-from`}
            value={feedbackItemId}
            onChange={(event) => {
              const chosen = event.currentTarget.value;
              setFeedbackItemId(chosen);
              const item = feedbackItems.find((candidate) => candidate.id === chosen);
              if (item && !title.trim()) setTitle(item.text.slice(0, 200));
            }}
          >
            <option value="">None — I'll write it myself</option>
            {feedbackItems.map((item) => (
              <option key={item.id} value={item.id}>
                {item.text.length > 80 ? `${item.text.slice(0, 79)}…` : item.text}
                {item.companyName ? ` (${item.companyName})` : ""}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field" data-invalid={error ? "" : undefined}>
        <label htmlFor={`${id}-what`}>What I want to work on</label>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
        <input
          id={`${id}-what`}
          maxLength={200}
          value={title}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>Target date (optional)</label>
        <input
          id={`${id}-date`}
          type="date"
          value={targetDate}
          onChange={(event) => setTargetDate(event.currentTarget.value)}
        />
      </div>
      {create.isError ? (
        <p className="field-error" role="alert">
          {create.error.message}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" aria-disabled={create.isPending ? "true" : undefined}>
        Add to my plan
      </button>
    </form>
  );
}

function ActionItemRow({ item }: { item: ActionItem }) {
  const id = useId();
  const update = useUpdateActionItem();
  const remove = useDeleteActionItem();
  const [askingWhere, setAskingWhere] = useState(false);

  // Done asks first (optionally) where it paid off, then saves both in one change.
  function changeStatus(status: ActionItemStatus) {
    if (status === "done") setAskingWhere(true);
    else update.mutate({ id: item.id, status });
  }

  return (
    <li className="action-item">
      <div className="action-item-main">
        <p className="action-item-title">{item.title}</p>
        <p className="field-hint">
          {item.targetDate ? <span>Target {formatDay(item.targetDate)}</span> : null}
          {item.feedbackItemText ? (
            <span className="action-item-source">
              {" "}
              From feedback: “{item.feedbackItemText}”{" "}
              {item.feedbackEntryId ? (
                <Link to={`/feedback/${encodeURIComponent(item.feedbackEntryId)}`}>
                  see where it came from<span className="visually-hidden"> ({item.title})</span>
                </Link>
              ) : null}
            </span>
          ) : null}
          {item.status === "done" && item.applicationId ? (
            <span>
              {" "}
              Paid off:{" "}
              <Link to={`/applications/${encodeURIComponent(item.applicationId)}`}>{item.applicationTitle}</Link>
            </span>
          ) : null}
        </p>
      </div>
      <div className="action-item-controls">
        <label htmlFor={`${id}-status`} className="visually-hidden">
          Status of {item.title}
        </label>
        <select
          id={`${id}-status`}
          value={askingWhere ? "done" : item.status}
          onChange={(event) => changeStatus(event.currentTarget.value as ActionItemStatus)}
        >
          {(["todo", "doing", "done"] as const).map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => remove.mutate(item.id)}
          aria-label={`Delete ${item.title}`}
        >
          Delete
        </button>
      </div>
      {askingWhere ? <WherePaidOff item={item} onClose={() => setAskingWhere(false)} /> : null}
    </li>
  );
}

/** Marking done: optionally, the application where it paid off (it becomes a win there). */
function WherePaidOff({ item, onClose }: { item: ActionItem; onClose: () => void }) {
  const id = useId();
  const applications = useRecentApplications();
  const update = useUpdateActionItem();
  const [applicationId, setApplicationId] = useState(item.applicationId ?? "");

  async function save(event: FormEvent) {
    event.preventDefault();
    await update.mutateAsync({ id: item.id, status: "done", ...(applicationId ? { applicationId } : {}) });
    onClose();
  }

  return (
    <form className="form where-paid-off" onSubmit={save}>
      <div className="field">
        <label htmlFor={`${id}-where`}>Well done! Where did it pay off? (optional)</label>
        <select
          id={`${id}-where`}
          value={applicationId}
          onChange={(event) => setApplicationId(event.currentTarget.value)}
        >
          <option value="">Not tied to an application</option>
          {(applications.data ?? []).map((application) => (
            <option key={application.id} value={application.id}>
              {application.companyName
                ? `${application.roleTitle} at ${application.companyName}`
                : application.roleTitle}
            </option>
          ))}
        </select>
      </div>
      <p className="button-row">
        <button type="submit" className="button button-primary button-small">
          Mark done
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          Cancel
        </button>
      </p>
    </form>
  );
}
