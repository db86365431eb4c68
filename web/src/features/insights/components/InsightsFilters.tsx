import { useId } from "react";
import type { RoleFamily } from "../../../../../contract/auth.ts";
import { type Period, periods } from "../insights-period.ts";

interface InsightsFiltersProps {
  period: Period;
  roleFamilyId: string;
  roleFamilies: readonly RoleFamily[];
  onChange: (change: { period?: Period; roleFamilyId?: string }) => void;
}

/** Two choices that apply as soon as they change: which period, which kind of role. */
export function InsightsFilters({ period, roleFamilyId, roleFamilies, onChange }: InsightsFiltersProps) {
  const periodId = useId();
  const familyId = useId();
  return (
    <form className="insights-filters" aria-label="Filter insights" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={periodId}>Period</label>
        <select
          id={periodId}
          value={period}
          onChange={(event) => onChange({ period: event.currentTarget.value as Period })}
        >
          {periods.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {roleFamilies.length ? (
        <div className="field">
          <label htmlFor={familyId}>Kind of role</label>
          <select
            id={familyId}
            value={roleFamilyId}
            onChange={(event) => onChange({ roleFamilyId: event.currentTarget.value })}
          >
            <option value="">All kinds</option>
            {roleFamilies.map((family) => (
              <option key={family.id} value={family.id}>
                {family.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </form>
  );
}
