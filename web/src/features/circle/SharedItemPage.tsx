import { useEffect } from "react";
import { Link, useParams } from "react-router";
import { shareItemTypeLabels } from "../../../../contract/circle.ts";
import { formatDate } from "../../lib/format-date.ts";
import { Markdown } from "../../ui/Markdown.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { ReplyThread } from "./components/ReplyThread.tsx";
import { SharedItemView } from "./components/SharedItemView.tsx";
import { useMarkNotificationsRead, useNotifications } from "./notification-queries.ts";
import { useSharedItem } from "./shared-queries.ts";
import "./circle.css";

/** /circle/shared/:shareId — one shared item as the circle sees it now, with its replies. */
export function SharedItemPage() {
  const { shareId = "" } = useParams();
  const shared = useSharedItem(shareId);
  useMarkSeen(shareId, shared.data?.isSeeker === true);

  if (shared.isPending || shared.isError) {
    return (
      <RecordUnavailable
        error={shared.error}
        title="Shared item"
        loadingText="Loading…"
        notFoundTitle="Not available"
        notFoundText="This isn't shared with you, or no longer is. The person who shared it may have stopped sharing it."
        back={{ to: "/circle", label: "Go to your circle" }}
      />
    );
  }

  const { share, seeker, isSeeker, item, replies } = shared.data;
  return (
    <div className="page page-narrow circle-page shared-page">
      <p className="breadcrumb">
        <Link to={isSeeker ? "/circle/mine" : "/circle"}>{isSeeker ? "My circle" : "Shared with me"}</Link>
      </p>
      <article className="card shared-item">
        <p className="item-meta">
          {isSeeker ? "You shared" : `${seeker.name} shared`} this {shareItemTypeLabels[share.itemType].toLowerCase()}{" "}
          {isSeeker && share.audience === "chosen" ? "with chosen people " : ""}on {formatDate(share.createdAt)}
        </p>
        <PageTitle>{share.title}</PageTitle>
        {share.note ? (
          <figure className="share-note-figure">
            <blockquote className="share-note">
              <Markdown source={share.note} />
            </blockquote>
            <figcaption>{isSeeker ? "Your note" : `${seeker.name}'s note`}</figcaption>
          </figure>
        ) : null}
        <SharedItemView item={item} />
      </article>
      <ReplyThread shareId={share.id} replies={replies} />
    </div>
  );
}

/** The seeker opening their item has seen its new replies: the dot in the navigation can go. */
function useMarkSeen(shareId: string, isSeeker: boolean) {
  const notifications = useNotifications();
  const { mutate } = useMarkNotificationsRead();
  const unseen = isSeeker
    ? (notifications.data?.items.filter((item) => !item.read && item.share?.id === shareId).map((item) => item.id) ??
      [])
    : [];
  const key = unseen.join(",");
  useEffect(() => {
    if (key) mutate(key.split(","));
  }, [key, mutate]);
}
