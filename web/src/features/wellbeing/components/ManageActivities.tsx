import { type FormEvent, useId, useState } from "react";
import { useActivities, useCreateActivity, useDeleteActivity, useUpdateActivity } from "../wellbeing-queries.ts";

/** The user's own list of activities: add one, archive (keeps its logs) or delete it. */
export function ManageActivities() {
  const id = useId();
  const activities = useActivities();
  const create = useCreateActivity();
  const update = useUpdateActivity();
  const remove = useDeleteActivity();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError("Give it a name.");
      return;
    }
    setError(null);
    try {
      await create.mutateAsync(name.trim());
      setName("");
    } catch {
      setError("That name is already in your list.");
    }
  }
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>My activities</h2>
      <form onSubmit={submit} noValidate className="add-activity">
        <label className="field" htmlFor={`${id}-name`}>
          <span>New activity</span>
          <input id={`${id}-name`} value={name} maxLength={80} onChange={(event) => setName(event.target.value)} />
        </label>
        {error ? (
          <p role="alert" className="field-error">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button button-secondary" disabled={create.isPending}>
          Add activity
        </button>
      </form>
      <ul className="manage-activities">
        {(activities.data ?? []).map((activity) => (
          <li key={activity.id}>
            <span>
              {activity.name}
              {activity.archived ? <span className="field-hint"> (archived)</span> : null}
            </span>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={`${activity.archived ? "Restore" : "Archive"} ${activity.name}`}
              onClick={() => update.mutate({ id: activity.id, body: { archived: !activity.archived } })}
            >
              {activity.archived ? "Restore" : "Archive"}
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={`Delete ${activity.name} and its logs`}
              onClick={() => {
                if (window.confirm(`Delete "${activity.name}" and its logs? Archive keeps them.`))
                  remove.mutate(activity.id);
              }}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
