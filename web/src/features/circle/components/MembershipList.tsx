import { useState } from "react";
import { Link } from "react-router";
import { type CircleMembership, circleRoleLabels } from "../../../../../contract/circle.ts";
import { formatDate } from "../../../lib/format-date.ts";
import { ConfirmDialog } from "../../../ui/ConfirmDialog.tsx";
import { useLeaveCircle, useMemberships } from "../shared-queries.ts";

/** The circles I am in, with a way to each coach's pipeline summary and a way out. */
export function MembershipList() {
  const memberships = useMemberships();
  const leave = useLeaveCircle();
  const [leaving, setLeaving] = useState<CircleMembership | null>(null);
  if (!memberships.data?.length) return null;
  const close = () => {
    setLeaving(null);
    leave.reset();
  };
  return (
    <section className="card" aria-labelledby="circles-im-in">
      <h2 id="circles-im-in">Circles you're in</h2>
      <ul className="item-list">
        {memberships.data.map((membership) => (
          <li key={membership.seekerId} className="item">
            <div className="item-main">
              <p className="item-title">{membership.seekerName}'s circle</p>
              <p className="item-meta">
                {circleRoleLabels[membership.role]} · joined {formatDate(membership.joinedAt)}
              </p>
              {membership.role === "coach" && membership.canSeePipeline ? (
                <p className="item-meta">
                  <Link to={`/circle/seekers/${encodeURIComponent(membership.seekerId)}/pipeline`}>
                    {membership.seekerName}'s pipeline summary
                  </Link>
                </p>
              ) : null}
            </div>
            <button type="button" className="button button-secondary" onClick={() => setLeaving(membership)}>
              Leave<span className="visually-hidden"> {membership.seekerName}'s circle</span>
            </button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={leaving !== null}
        title={`Leave ${leaving?.seekerName ?? ""}'s circle?`}
        confirmLabel="Leave circle"
        pending={leave.isPending}
        error={leave.error?.message}
        onCancel={close}
        onConfirm={() => leaving && leave.mutate(leaving.seekerId, { onSuccess: close })}
      >
        <p>You'll stop seeing what they share. They can invite you again later.</p>
      </ConfirmDialog>
    </section>
  );
}
