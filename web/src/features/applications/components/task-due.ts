import { formatDay } from "./ApplicationDetails.tsx";

/** Today as YYYY-MM-DD in the viewer's own calendar. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How a task's due date reads: said in words, so it never depends on colour alone. */
export function dueText(dueOn: string | null, done: boolean, today = localToday()): { text: string; overdue: boolean } {
  if (!dueOn) return { text: "No due date", overdue: false };
  if (done) return { text: `Was due ${formatDay(dueOn)}`, overdue: false };
  if (dueOn === today) return { text: "Due today", overdue: false };
  if (dueOn < today) return { text: `Overdue since ${formatDay(dueOn)}`, overdue: true };
  return { text: `Due ${formatDay(dueOn)}`, overdue: false };
}
