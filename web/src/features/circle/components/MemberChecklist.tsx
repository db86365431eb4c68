import { useId } from "react";
import { type CircleMember, circleRoleLabels } from "../../../../../contract/circle.ts";

interface MemberChecklistProps {
  members: CircleMember[];
  /** Membership ids. */
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
}

/** A checkbox per circle member, for sharing with chosen people only. */
export function MemberChecklist({ members, selected, onChange, error }: MemberChecklistProps) {
  const id = useId();
  const toggle = (memberId: string, checked: boolean) =>
    onChange(checked ? [...selected, memberId] : selected.filter((chosen) => chosen !== memberId));
  return (
    <fieldset className="fieldset" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Share with</legend>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {members.length === 0 ? <p className="field-hint">No one has joined your circle yet.</p> : null}
      <ul className="choice-list">
        {members.map((member) => (
          <li key={member.id} className="choice">
            <input
              id={`${id}-${member.id}`}
              type="checkbox"
              checked={selected.includes(member.id)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => toggle(member.id, event.currentTarget.checked)}
            />
            <label htmlFor={`${id}-${member.id}`}>
              {member.name} <span className="field-hint">({circleRoleLabels[member.role]})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
