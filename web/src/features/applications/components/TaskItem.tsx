import { useEffect, useId, useRef, useState } from "react";
import "../application-page.css";
import "../tasks.css";
import { Link } from "react-router";
import { type Task, taskKindLabels } from "../../../../../contract/tasks.ts";
import { useDeleteTask, useUpdateTask } from "../application-detail-queries.ts";
import { TaskEditForm } from "./TaskEditForm.tsx";
import { dueText } from "./task-due.ts";

interface TaskItemProps {
  task: Task;
  /** On lists that mix applications (Today), say which application the task belongs to. */
  showApplication?: boolean;
  allowDelete?: boolean;
  /** Told after the server saved a tick or untick. */
  onToggled?: (task: Task, done: boolean) => void;
}

/** One task: a checkbox to mark it done (or not), what it is, and when it's due. */
export function TaskItem({ task, showApplication, allowDelete, onToggled }: TaskItemProps) {
  const id = useId();
  const update = useUpdateTask();
  const remove = useDeleteTask();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    // Back to where the person was once the form closes: the Edit button of this task.
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  const due = dueText(task.dueOn, task.done);
  // The tick shows at once, from the change event itself: the mutation's own pending state
  // arrives a moment later, and a controlled checkbox would flick back in between. It is let go
  // once the save has settled (the lists have refetched by then, or it failed and shows what is stored).
  const [ticked, setTicked] = useState<boolean | null>(null);
  const checked = ticked ?? task.done;

  if (editing) {
    return (
      <li className="task-item">
        <TaskEditForm
          task={task}
          onDone={() => {
            returnFocus.current = true;
            setEditing(false);
          }}
        />
      </li>
    );
  }

  return (
    <li className="task-item" data-done={checked || undefined}>
      <input
        id={`${id}-done`}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-meta`}
        onChange={(event) => {
          const done = event.currentTarget.checked;
          if (update.isPending || ticked !== null) return;
          setTicked(done);
          update.mutate(
            { id: task.id, done },
            { onSuccess: (saved) => onToggled?.(saved, done), onSettled: () => setTicked(null) },
          );
        }}
      />
      <div className="task-main">
        <label htmlFor={`${id}-done`} className="task-title">
          {task.title}
        </label>
        <p id={`${id}-meta`} className="item-meta">
          {taskKindLabels[task.kind]} · <span className={due.overdue ? "overdue" : undefined}>{due.text}</span>
          {checked ? " · Done" : ""}
          {showApplication && task.applicationId ? (
            <>
              {" · "}
              <Link to={`/applications/${encodeURIComponent(task.applicationId)}`}>
                {task.roleTitle ?? "Application"}
                {task.companyName ? ` at ${task.companyName}` : ""}
              </Link>
            </>
          ) : null}
        </p>
        {update.isError ? <p className="field-error">Couldn't save that change. Try again.</p> : null}
        {remove.isError ? <p className="field-error">Couldn't delete the task. Try again.</p> : null}
      </div>
      {allowDelete ? (
        <button ref={editButton} type="button" className="button button-quiet" onClick={() => setEditing(true)}>
          Edit<span className="visually-hidden"> task {task.title}</span>
        </button>
      ) : null}
      {allowDelete ? (
        <button
          type="button"
          className="button button-quiet"
          aria-disabled={remove.isPending || undefined}
          onClick={() => !remove.isPending && remove.mutate(task.id)}
        >
          Delete<span className="visually-hidden"> task {task.title}</span>
        </button>
      ) : null}
    </li>
  );
}
