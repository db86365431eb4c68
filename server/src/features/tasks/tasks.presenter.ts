import type { Task } from "../../../../contract/tasks.ts";
import type { TaskView } from "./tasks.repo.ts";

export function presentTask(row: TaskView): Task {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    dueOn: row.due_on,
    done: row.done_at !== null,
    doneAt: row.done_at,
    notes: row.notes,
    applicationId: row.application_id,
    interviewId: row.interview_id,
    roleTitle: row.role_title,
    companyName: row.company_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
