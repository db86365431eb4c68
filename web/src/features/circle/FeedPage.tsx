import { Link } from "react-router";
import { type FeedItem, shareItemTypeLabels } from "../../../../contract/circle.ts";
import { formatDate } from "../../lib/format-date.ts";
import { LoadMoreButton } from "../../ui/LoadMoreButton.tsx";
import { Markdown } from "../../ui/Markdown.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RetryAlert } from "../../ui/RetryAlert.tsx";
import { CircleTabs } from "./components/CircleTabs.tsx";
import { MembershipList } from "./components/MembershipList.tsx";
import { useFeed } from "./shared-queries.ts";
import "./circle.css";

/** /circle — "Shared with me": what the people whose circles I am in chose to share, newest first. */
export function FeedPage() {
  const feed = useFeed();
  const items = feed.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="page circle-page">
      <CircleTabs />
      <PageTitle>Shared with me</PageTitle>
      {feed.isError ? <RetryAlert message="Couldn't load what was shared with you." onRetry={feed.refetch} /> : null}
      {feed.isPending ? <p>Loading…</p> : null}
      {feed.data && items.length === 0 ? <EmptyFeed /> : null}
      {items.length > 0 ? (
        <ul className="feed-list">
          {items.map((item) => (
            <FeedCard key={item.shareId} item={item} />
          ))}
        </ul>
      ) : null}
      <LoadMoreButton list={feed} label="Show older" loadingLabel="Loading…" className="load-more" />
      <MembershipList />
    </div>
  );
}

function EmptyFeed() {
  return (
    <div className="card circle-empty">
      <h2>Nothing shared with you yet</h2>
      <p>
        A support circle is a few people someone trusts during a job search: a friend, a mentor, a coach. When someone
        invites you into theirs, what they choose to share shows up here, and you can reply to it.
      </p>
      <p>
        You can have a circle of your own too. Nothing is shared until you pick it.{" "}
        <Link to="/circle/mine">Invite someone to your circle</Link>
      </p>
    </div>
  );
}

function FeedCard({ item }: { item: FeedItem }) {
  const replies = item.replyCount === 1 ? "1 reply" : `${item.replyCount} replies`;
  return (
    <li className="card feed-card">
      <p className="item-meta">
        {item.seeker.name} shared {article(shareItemTypeLabels[item.itemType])} · {formatDate(item.sharedAt)}
      </p>
      <h2 className="feed-title">
        <Link to={`/circle/shared/${encodeURIComponent(item.shareId)}`}>{item.title}</Link>
      </h2>
      {item.note ? (
        <blockquote className="share-note">
          <Markdown source={item.note} />
        </blockquote>
      ) : null}
      {item.excerpt ? <p className="feed-excerpt">{item.excerpt}</p> : null}
      <p className="item-meta">{item.replyCount ? replies : "No replies yet"}</p>
    </li>
  );
}

/** "a debrief", "an application": the type label as it reads inside a sentence. */
export function article(label: string): string {
  const lower = label.toLowerCase();
  return /^[aeiou]/.test(lower) ? `an ${lower}` : `a ${lower}`;
}
