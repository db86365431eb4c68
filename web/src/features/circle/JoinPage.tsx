import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import type { CircleRole, PublicCircleInvite } from "../../../../contract/circle.ts";
import { ApiError } from "../../lib/api.ts";
import { formatDate } from "../../lib/format-date.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { useSessionData } from "../auth/queries.ts";
import { useJoinCircle, usePublicInvite } from "./shared-queries.ts";
import "./circle.css";

const roleWords: Record<CircleRole, string> = {
  friend: "a friend: you'll see what they choose to share with you, and can reply",
  coach:
    "their coach: you'll see what they choose to share with you, can reply, and may see a summary of their pipeline if they allow it",
};

/** What a dead link says: expired, used or withdrawn (410 with the server's words), or unknown. */
function unavailable(error: Error): { title: string; text: string } {
  if (error instanceof ApiError && error.status === 410) {
    return {
      title: error.code === "invite_used" ? "This invite was already used" : "This invite has expired",
      text: error.message,
    };
  }
  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
    return {
      title: "This invite link doesn't work",
      text: "Check that you copied the whole link, or ask for a new one.",
    };
  }
  return { title: "Couldn't open the invite", text: error.message };
}

/**
 * /circle/join?token=… — the page an invite link opens, signed in or not. It says who invited
 * you and as what; signed out it leads to sign-up (carrying the token) or sign-in, and back.
 */
export function JoinPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get("token")?.trim() ?? "";
  const invite = usePublicInvite(token);

  if (!token) return <Unavailable title="This invite link is incomplete" text="It has no invite code in it." />;
  if (invite.isPending) return <PageTitle documentTitle="Join a circle">Opening your invite…</PageTitle>;
  if (invite.isError) return <Unavailable {...unavailable(invite.error)} />;
  return <Invitation token={token} invite={invite.data} />;
}

function Unavailable({ title, text }: { title: string; text: string }) {
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p className="lead">{text}</p>
      <p className="form-footer">
        <Link to="/">Go to Debrief</Link>
      </p>
    </>
  );
}

function Invitation({ token, invite }: { token: string; invite: PublicCircleInvite }) {
  const { user, registration } = useSessionData();
  const location = useLocation();
  const navigate = useNavigate();
  const join = useJoinCircle();
  const name = invite.seekerName;
  const alreadyIn = join.error instanceof ApiError && join.error.status === 409;
  const canRegister = registration.mode !== "closed" || registration.needsOwner;

  return (
    <>
      <PageTitle documentTitle="Join a circle">{`${name} invited you to their support circle`}</PageTitle>
      <p className="lead">
        {name} would like you with them during their job search, as {roleWords[invite.role]}. Nothing else of theirs is
        visible to you, and you can leave at any time.
      </p>
      {user ? (
        <>
          {alreadyIn ? (
            <p className="callout">
              You're already in {name}'s circle. <Link to="/circle">See what they shared</Link>
            </p>
          ) : (
            <FormAlert message={join.error?.message} />
          )}
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              aria-disabled={join.isPending || undefined}
              onClick={() => {
                if (!join.isPending) join.mutate(token, { onSuccess: () => navigate("/circle") });
              }}
            >
              {join.isPending ? "Joining…" : `Join ${name}'s circle`}
            </button>
          </div>
          <p className="form-footer">Signed in as {user.email}. Not you? Sign out first, then open the link again.</p>
        </>
      ) : (
        <>
          <p>To join, create a free account on this Debrief server, or sign in if you have one.</p>
          <div className="button-row">
            {canRegister ? (
              <Link
                className="button button-primary"
                to={`/register?circle=${encodeURIComponent(token)}`}
                state={{ from: location }}
              >
                Create an account
              </Link>
            ) : null}
            <Link className="button button-secondary" to="/sign-in" state={{ from: location }}>
              Sign in
            </Link>
          </div>
        </>
      )}
      <p className="form-footer">This invite works until {formatDate(invite.expiresAt)}.</p>
    </>
  );
}
