import { type FormEvent, useId, useState } from "react";
import { type Task, taskKindLabels, taskKinds } from "../../../../../contract/tasks.ts";
import { ApiError } from "../../../lib/api.ts";
import { useUpdateTask } from "../application-detail-queries.ts";

interface TaskEditFormProps {
  task: Task;
  onDone: () => void;
}

/** Edits a task's title, kind and due date in place; Cancel or a save closes it. */
export function TaskEditForm({ task, onDone }: TaskEditFormProps) {
  const id = useId();
  const update = useUpdateTask();
  const [title, setTitle] = useState(task.title);
  const [kind, setKind] = useState<Task["kind"]>(task.kind);
  const [dueOn, setDueOn] = useState(task.dueOn ?? "");

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({ id: task.id, title, kind, dueOn: dueOn || null }, { onSuccess: onDone });
  }

  const fieldError = (path: string) =>
    update.error instanceof ApiError ? update.error.fields.find((field) => field.path === path)?.message : undefined;
  const titleError = fieldError("title");
  const dueError = fieldError("dueOn");

  return (
    <form className="task-edit-form" onSubmit={submit} aria-label={`Edit task ${task.title}`}>
      <div className="field">
        <label htmlFor={`${id}-title`}>Task</label>
        <input
          id={`${id}-title`}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${id}-title-error` : undefined}
          maxLength={300}
          required
        />
        {titleError ? (
          <p id={`${id}-title-error`} className="field-error">
            {titleError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.currentTarget.value as Task["kind"])}>
          {taskKinds.map((value) => (
            <option key={value} value={value}>
              {taskKindLabels[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>Due</label>
        <input
          id={`${id}-due`}
          type="date"
          value={dueOn}
          onChange={(event) => setDueOn(event.currentTarget.value)}
          aria-invalid={dueError ? true : undefined}
          aria-describedby={dueError ? `${id}-due-error` : undefined}
        />
        {dueError ? (
          <p id={`${id}-due-error`} className="field-error">
            {dueError}
          </p>
        ) : null}
      </div>
      {update.isError && !titleError && !dueError ? (
        <p className="field-error" role="alert">
          Couldn't save the task: {update.error.message}
        </p>
      ) : null}
      <div className="task-edit-actions">
        <button type="submit" className="button" aria-disabled={update.isPending || undefined}>
          Save task
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
