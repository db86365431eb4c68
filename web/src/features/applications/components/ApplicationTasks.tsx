import { type FormEvent, useId, useRef, useState } from "react";
import { createTaskRequest, type Task, taskKindLabels, taskKinds } from "../../../../../contract/tasks.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useFocusFirstError } from "../../../ui/use-focus-first-error.ts";
import { useCreateTask } from "../application-detail-queries.ts";
import { TaskItem } from "./TaskItem.tsx";
import "../tasks.css";

const labels = { title: "New task", kind: "Kind", dueOn: "Due on" };

function AddTaskForm({ applicationId }: { applicationId: string }) {
  const id = useId();
  const create = useCreateTask();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const element = event.currentTarget;
    const data = new FormData(element);
    const dueOn = String(data.get("dueOn") ?? "");
    const checked = createTaskRequest.safeParse({
      title: String(data.get("title") ?? ""),
      kind: String(data.get("kind") ?? "other"),
      dueOn: dueOn || null,
      applicationId,
    });
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
    setErrors(noErrors);
    create.mutate(checked.data, {
      onSuccess: () => {
        element.reset();
        element.querySelector<HTMLInputElement>("input[name=title]")?.focus();
      },
      onError: (error) => setErrors(errorsFromError(error, labels)),
    });
  }

  return (
    <form ref={form} className="form add-task-form" noValidate onSubmit={submit} aria-label="Add a task">
      <TextField
        label={labels.title}
        name="title"
        autoComplete="off"
        placeholder="e.g. Send a thank-you note to Sam"
        error={errors.fields.title}
      />
      <div className="form-columns">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{labels.kind}</label>
          <select id={`${id}-kind`} name="kind" defaultValue="other">
            {taskKinds.map((kind) => (
              <option key={kind} value={kind}>
                {taskKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <TextField label={labels.dueOn} name="dueOn" type="date" error={errors.fields.dueOn} />
      </div>
      <FormAlert message={errors.message} />
      <SubmitButton pending={create.isPending} pendingLabel="Adding…" variant="secondary">
        Add task
      </SubmitButton>
    </form>
  );
}

/** The application's tasks: open ones first (soonest due first), then the done ones. */
export function ApplicationTasks({ applicationId, tasks }: { applicationId: string; tasks: Task[] }) {
  const open = tasks.filter((task) => !task.done).sort((a, b) => (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999"));
  const done = tasks.filter((task) => task.done);
  return (
    <>
      {tasks.length === 0 ? <p className="quiet-text">No tasks. Add one if there's something to remember.</p> : null}
      {open.length ? (
        <ul className="task-list">
          {open.map((task) => (
            <TaskItem key={task.id} task={task} allowDelete />
          ))}
        </ul>
      ) : null}
      {done.length ? (
        <details className="done-tasks">
          <summary>Done ({done.length})</summary>
          <ul className="task-list">
            {done.map((task) => (
              <TaskItem key={task.id} task={task} allowDelete />
            ))}
          </ul>
        </details>
      ) : null}
      <AddTaskForm applicationId={applicationId} />
    </>
  );
}
