import { useId, useState } from "react";
import { type CircleMember, type CircleRole, circleRoleLabels, circleRoles } from "../../../../../contract/circle.ts";
import { formatDate } from "../../../lib/format-date.ts";
import { ConfirmDialog } from "../../../ui/ConfirmDialog.tsx";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { useRevokeMember, useUpdateMember } from "../circle-queries.ts";

/** The members of my circle: role and pipeline access change as soon as they are picked. */
export function MemberList({ members }: { members: CircleMember[] }) {
  const revoke = useRevokeMember();
  const [revoking, setRevoking] = useState<CircleMember | null>(null);
  const close = () => {
    setRevoking(null);
    revoke.reset();
  };
  return (
    <>
      {members.length === 0 ? (
        <p>No one has joined yet. Invite a friend, a mentor or a coach below: they'll see only what you share.</p>
      ) : null}
      <ul className="item-list">
        {members.map((member) => (
          <MemberRow key={member.id} member={member} onRevoke={() => setRevoking(member)} />
        ))}
      </ul>
      <ConfirmDialog
        open={revoking !== null}
        title={`Remove ${revoking?.name ?? ""} from your circle?`}
        confirmLabel="Remove from circle"
        pending={revoke.isPending}
        error={revoke.error?.message}
        onCancel={close}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: close })}
      >
        <p>
          They stop seeing everything you shared, straight away, on every device. Their replies stay with your items.
          You can invite them again later.
        </p>
      </ConfirmDialog>
    </>
  );
}

function MemberRow({ member, onRevoke }: { member: CircleMember; onRevoke: () => void }) {
  const id = useId();
  const update = useUpdateMember();
  const change = (body: { role?: CircleRole; canSeePipeline?: boolean }) =>
    update.mutate({ memberId: member.id, body });
  return (
    <li className="item member-row">
      <div className="item-main">
        <p className="item-title">{member.name}</p>
        <p className="item-meta">
          {member.email} · joined {formatDate(member.joinedAt)}
        </p>
      </div>
      <div className="member-controls">
        <div className="field">
          <label htmlFor={`${id}-role`}>
            Role<span className="visually-hidden"> of {member.name}</span>
          </label>
          <select
            id={`${id}-role`}
            value={member.role}
            onChange={(event) => change({ role: event.currentTarget.value as CircleRole })}
          >
            {circleRoles.map((role) => (
              <option key={role} value={role}>
                {circleRoleLabels[role]}
              </option>
            ))}
          </select>
        </div>
        {member.role === "coach" ? (
          <div className="choice">
            <input
              id={`${id}-pipeline`}
              type="checkbox"
              checked={member.canSeePipeline}
              onChange={(event) => change({ canSeePipeline: event.currentTarget.checked })}
            />
            <label htmlFor={`${id}-pipeline`}>
              Can see my pipeline summary<span className="visually-hidden"> ({member.name})</span>
            </label>
          </div>
        ) : null}
        <button type="button" className="button button-secondary" onClick={onRevoke}>
          Remove<span className="visually-hidden"> {member.name}</span>
        </button>
      </div>
      {update.isError ? <FormAlert message={update.error.message} /> : null}
    </li>
  );
}
