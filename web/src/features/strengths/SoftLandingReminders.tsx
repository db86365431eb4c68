import { ReadingLink } from "../reading/ReadingPage.tsx";
import { useReadingSuggestions } from "../reading/reading-queries.ts";
import { ReminderText } from "./RememberCard.tsx";
import { localDay, useReminder } from "./strengths-queries.ts";

/**
 * In the soft landing's "be kind to yourself" step: one of my strengths (or a recent win) and,
 * when there are any, unread self-care pieces from my reading list. Shows nothing when both are empty.
 */
export function SoftLandingReminders() {
  const reminder = useReminder(localDay());
  const reading = useReadingSuggestions("self-care");
  const remembered = reminder.data?.reminder ?? null;
  const items = reading.data ?? [];
  if (!remembered && items.length === 0) return null;
  return (
    <div className="soft-reminders">
      {remembered ? (
        <div>
          <h3>Something to remember</h3>
          <ReminderText reminder={remembered} />
        </div>
      ) : null}
      {items.length > 0 ? (
        <div>
          <h3>From your reading list</h3>
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <ReadingLink item={item} />
                {item.whyItHelped ? <span className="field-hint"> — {item.whyItHelped}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
