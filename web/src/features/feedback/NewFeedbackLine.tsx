import { Link } from "react-router";
import { useUnreadFeedback } from "./feedback-queries.ts";

/** On Today: one line when feedback arrived that hasn't been read yet; nothing otherwise. */
export function NewFeedbackLine() {
  const unread = useUnreadFeedback();
  const count = unread.data?.count ?? 0;
  if (count === 0) return null;
  return (
    <p className="callout">
      <Link to="/feedback">{count === 1 ? "New feedback arrived" : `${count} new pieces of feedback arrived`}</Link>
    </p>
  );
}
