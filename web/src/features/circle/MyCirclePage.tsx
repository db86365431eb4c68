import { PageTitle } from "../../ui/PageTitle.tsx";
import { RetryAlert } from "../../ui/RetryAlert.tsx";
import { useCircleOverview } from "./circle-queries.ts";
import { CircleTabs } from "./components/CircleTabs.tsx";
import { DigestSetting } from "./components/DigestSetting.tsx";
import { InviteForm } from "./components/InviteForm.tsx";
import { MemberList } from "./components/MemberList.tsx";
import { MyShares } from "./components/MyShares.tsx";
import { NewReplies } from "./components/NewReplies.tsx";
import { PendingInvites } from "./components/PendingInvites.tsx";
import { PostList } from "./components/PostList.tsx";
import "./circle.css";

/** /circle/mine — my own circle: who is in it, invites, what I share, and what's new. */
export function MyCirclePage() {
  const overview = useCircleOverview();
  return (
    <div className="page circle-page">
      <CircleTabs />
      <PageTitle>My circle</PageTitle>
      <p className="lead">
        The people who support your search. They see only what you choose to share, one item at a time, and you can
        change that whenever you like.
      </p>
      <NewReplies />
      {overview.isError ? <RetryAlert message="Couldn't load your circle." onRetry={overview.refetch} /> : null}
      {overview.data ? (
        <>
          <section className="card" aria-labelledby="circle-members">
            <h2 id="circle-members">People in your circle</h2>
            <MemberList members={overview.data.members} />
            <PendingInvites invites={overview.data.invites} />
          </section>
          <section className="card" aria-labelledby="circle-invite">
            <h2 id="circle-invite">Invite someone</h2>
            <InviteForm />
          </section>
        </>
      ) : null}
      <MyShares />
      <PostList />
      {overview.data ? <DigestSetting digestEmail={overview.data.digestEmail} /> : null}
    </div>
  );
}
