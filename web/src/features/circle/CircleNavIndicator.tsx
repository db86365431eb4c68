import { useNotifications } from "./notification-queries.ts";
import "./circle.css";

/**
 * A small dot beside "Circle" in the navigation while something in the circle is unread. No
 * number and no red: it says "there is something", and the words are there for screen readers.
 */
export function CircleNavIndicator() {
  const notifications = useNotifications();
  const unread = notifications.data?.items.filter((item) => !item.read) ?? [];
  if (unread.length === 0 && !notifications.data?.unreadCount) return null;
  const words = unread.some((item) => item.kind === "reply") || unread.length === 0 ? "new replies" : "someone joined";
  return (
    <>
      <span className="nav-dot" aria-hidden="true" />
      <span className="visually-hidden"> ({words})</span>
    </>
  );
}
