import { z } from "zod";
import { singleLine } from "./common.ts";
import { isoDate, longText, pageQuery } from "./fields.ts";

export const taskKinds = ["thank_you", "follow_up", "prepare", "other"] as const;
export const taskKindLabels = {
  thank_you: "Send thank-you",
  follow_up: "Follow up",
  prepare: "Prepare",
  other: "Other",
} as const;

const idField = z.uuid({ message: "must be an id (UUID)" });

const taskFields = {
  title: singleLine(300).pipe(z.string().min(1, "must not be empty")),
  kind: z.enum(taskKinds, { message: "must be thank_you, follow_up, prepare or other" }).default("other"),
  dueOn: isoDate.nullable().optional(),
  applicationId: idField.nullable().optional(),
  interviewId: idField.nullable().optional(),
  notes: longText(5000).optional(),
};

export const createTaskRequest = z.strictObject(taskFields);
export type CreateTaskRequest = z.infer<typeof createTaskRequest>;
export const updateTaskRequest = z.strictObject({
  title: taskFields.title.optional(),
  kind: z.enum(taskKinds, { message: "must be thank_you, follow_up, prepare or other" }).optional(),
  dueOn: taskFields.dueOn,
  notes: taskFields.notes,
  done: z.boolean({ message: "must be true or false" }).optional(),
});
export type UpdateTaskRequest = z.infer<typeof updateTaskRequest>;

export const task = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(taskKinds),
  dueOn: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  notes: z.string(),
  applicationId: z.string().nullable(),
  interviewId: z.string().nullable(),
  /** The application's title and company, for lists that show tasks from everywhere. */
  roleTitle: z.string().nullable(),
  companyName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Task = z.infer<typeof task>;

export const taskListQuery = z.strictObject({
  status: z.enum(["open", "done", "all"], { message: "must be open, done or all" }).default("open"),
  applicationId: idField.optional(),
  dueBefore: isoDate.optional(),
  ...pageQuery,
});
export const taskList = z.object({ items: z.array(task), nextCursor: z.string().nullable() });
