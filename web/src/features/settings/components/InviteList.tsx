import { useRef, useState } from "react";
import type { InviteInfo } from "../../../../../contract/admin.ts";
import { formatDate } from "../../../lib/format-date.ts";
import { ConfirmDialog } from "../../../ui/ConfirmDialog.tsx";
import { useRevokeInvite } from "../admin-queries.ts";
import { inviteStatus, inviteStatusLabels } from "../invite-status.ts";

function whoFor(invite: InviteInfo): string {
  return invite.email ?? (invite.note || "Anyone with the link");
}

function datesText(invite: InviteInfo, status: ReturnType<typeof inviteStatus>): string {
  const created = `Created ${formatDate(invite.createdAt)}`;
  if (status === "used" && invite.usedAt) return `${created} · Used ${formatDate(invite.usedAt)}`;
  return `${created} · ${status === "expired" ? "Expired" : "Expires"} ${formatDate(invite.expiresAt)}`;
}

/** Every invite with its status; open ones can be revoked, finished ones cleared away. */
export function InviteList({ invites, afterRemove }: { invites: InviteInfo[]; afterRemove: () => void }) {
  const revoke = useRevokeInvite();
  const focusListAfterClose = useRef(false);
  const [revoking, setRevoking] = useState<InviteInfo | null>(null);

  const close = () => {
    setRevoking(null);
    revoke.reset();
  };
  const revokingOpen = revoking !== null && inviteStatus(revoking) === "open";

  return (
    <>
      {/* The dialog stays mounted when the last item goes, so it can close and hand back focus. */}
      {invites.length === 0 ? <p>You haven't created any invites.</p> : null}
      <ul className="item-list">
        {invites.map((invite) => {
          const status = inviteStatus(invite);
          const action = status === "open" ? "Revoke" : "Remove";
          return (
            <li key={invite.id} className="item">
              <div className="item-main">
                <p className="item-title">
                  {whoFor(invite)}
                  <span className={`badge badge-${status}`}>{inviteStatusLabels[status]}</span>
                </p>
                {invite.email && invite.note ? <p className="item-meta">{invite.note}</p> : null}
                <p className="item-meta">{datesText(invite, status)}</p>
              </div>
              <button type="button" className="button button-secondary" onClick={() => setRevoking(invite)}>
                {action}
                <span className="visually-hidden"> invite for {whoFor(invite)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={revoking !== null}
        title={revokingOpen ? "Revoke this invite?" : "Remove this invite from the list?"}
        confirmLabel={revokingOpen ? "Revoke invite" : "Remove invite"}
        pending={revoke.isPending}
        error={revoke.error?.message}
        onCancel={close}
        onClosed={() => {
          if (focusListAfterClose.current) afterRemove();
          focusListAfterClose.current = false;
        }}
        onConfirm={() => {
          if (revoking)
            revoke.mutate(revoking.id, {
              onSuccess: () => {
                // The button that opened the dialog is gone; send focus to the list instead.
                focusListAfterClose.current = true;
                close();
              },
            });
        }}
      >
        <p>
          {revokingOpen
            ? "The link stops working straight away. Anyone who already signed up with an invite keeps their account."
            : "This only tidies the list. Nobody's account changes."}
        </p>
      </ConfirmDialog>
    </>
  );
}
