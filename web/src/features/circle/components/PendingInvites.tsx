import { type CircleInvite, circleRoleLabels } from "../../../../../contract/circle.ts";
import { formatDate } from "../../../lib/format-date.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { useWithdrawInvite } from "../circle-queries.ts";

/** Invites not yet accepted; withdrawing one makes its link stop working at once. */
export function PendingInvites({ invites }: { invites: CircleInvite[] }) {
  const withdraw = useWithdrawInvite();
  if (invites.length === 0) return null;
  return (
    <>
      <h3 className="circle-subheading">Waiting to join</h3>
      <ul className="item-list">
        {invites.map((invite) => (
          <li key={invite.id} className="item">
            <div className="item-main">
              <p className="item-title">
                {invite.email} <span className="badge badge-open">{circleRoleLabels[invite.role]}</span>
              </p>
              <p className="item-meta">
                Invited {formatDate(invite.createdAt)} · link works until {formatDate(invite.expiresAt)}
              </p>
            </div>
            <button type="button" className="button button-secondary" onClick={() => withdraw.mutate(invite.id)}>
              Withdraw<span className="visually-hidden"> invite for {invite.email}</span>
            </button>
          </li>
        ))}
      </ul>
      <FormAlert message={withdraw.error?.message} />
    </>
  );
}
