import { useEffect, useState } from "react";
import { Link } from "react-router";
import type { CircleNotification } from "../../../../../contract/circle.ts";
import { formatDateTime } from "../../../lib/format-date.ts";
import { useMarkNotificationsRead, useNotifications } from "../notification-queries.ts";

/**
 * What is new in my circle (replies, people who joined), at the top of My circle. Opening the
 * page counts as seeing them: they are marked read at once (so the dot in the navigation goes)
 * but stay listed until the person leaves the page. Nothing is counted or coloured red.
 */
export function NewReplies() {
  const notifications = useNotifications();
  const { mutate } = useMarkNotificationsRead();
  const [shown, setShown] = useState<CircleNotification[]>([]);
  const unread = notifications.data?.items.filter((item) => !item.read) ?? [];
  const unreadKey = unread.map((item) => item.id).join(",");

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the set of unread ids changes
  useEffect(() => {
    if (!unreadKey) return;
    setShown((before) => [...unread.filter((item) => !before.some((old) => old.id === item.id)), ...before]);
    mutate(unreadKey.split(","));
  }, [unreadKey, mutate]);

  if (shown.length === 0) return null;
  return (
    <section className="card new-replies" aria-labelledby="new-replies">
      <h2 id="new-replies">New in your circle</h2>
      <ul className="item-list">
        {shown.map((item) => (
          <li key={item.id} className="item">
            <div className="item-main">
              <p className="item-title">
                <NotificationText item={item} />
              </p>
              <p className="item-meta">{formatDateTime(item.createdAt)}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function NotificationText({ item }: { item: CircleNotification }) {
  if (item.kind === "member_joined" || !item.share) return <span>{item.actor.name} joined your circle</span>;
  return (
    <span>
      {item.actor.name} replied to{" "}
      <Link to={`/circle/shared/${encodeURIComponent(item.share.id)}`}>{item.share.title}</Link>
    </span>
  );
}
