import { type ReactNode, useId } from "react";
import { type ApplicationStage, applicationStages } from "../../../../../contract/applications.ts";
import { stageLabel } from "../format-pipeline.ts";
import { countNarrowingFilters, type ApplicationFilters as Filters } from "../list-filters.ts";
import { useCompanies } from "../queries.ts";
import { useShownValue } from "../use-shown-value.ts";
import { ClearFiltersButton } from "./ClearFiltersButton.tsx";
import { FilterSelect } from "./FilterSelect.tsx";
import { SearchRoleTagFilters } from "./SearchRoleTagFilters.tsx";

interface ApplicationFiltersProps {
  filters: Filters;
  /** Phones fold everything but search behind a "Filters" disclosure. */
  compact: boolean;
  onSearch: (q: string) => void;
  onChange: (change: Partial<Filters>) => void;
  onClear: () => void;
}

/** Search plus every filter of the table; each change is written to the URL by the page. */
export function ApplicationFilters({ filters, compact, onSearch, onChange, onClear }: ApplicationFiltersProps) {
  const companies = useCompanies();
  const rangeErrorId = useId();
  const backwards = Boolean(filters.appliedFrom && filters.appliedTo && filters.appliedFrom > filters.appliedTo);
  const narrowing = countNarrowingFilters(filters);

  const more = (
    <div className="filter-more">
      <FilterSelect
        label="Company"
        anyLabel="All companies"
        value={filters.companyId}
        options={(companies.data?.items ?? []).map((company) => ({ value: company.id, label: company.name }))}
        onChange={(companyId) => onChange({ companyId })}
      />
      <DateFilter
        label="Applied from"
        value={filters.appliedFrom}
        max={filters.appliedTo}
        errorId={backwards ? rangeErrorId : undefined}
        onChange={(appliedFrom) => onChange({ appliedFrom })}
      />
      <DateFilter
        label="Applied to"
        value={filters.appliedTo}
        min={filters.appliedFrom}
        errorId={backwards ? rangeErrorId : undefined}
        onChange={(appliedTo) => onChange({ appliedTo })}
      />
      {backwards ? (
        <p id={rangeErrorId} className="field-error filter-range-error">
          “Applied from” is after “Applied to”, so nothing can match. Swap the dates?
        </p>
      ) : null}
      <StageFilter selected={filters.stages} onChange={(stages) => onChange({ stages })} />
    </div>
  );

  return (
    <search className="filter-bar applications-filters" aria-label="Filter applications">
      <div className="filter-main">
        <SearchRoleTagFilters filters={filters} onSearch={onSearch} onChange={onChange} />
      </div>
      {compact ? (
        <Disclosure summary={narrowing ? `More filters (${narrowing} on)` : "More filters"} open={narrowing > 0}>
          {more}
        </Disclosure>
      ) : (
        more
      )}
      <ClearFiltersButton filters={filters} onClear={onClear} />
    </search>
  );
}

interface DateFilterProps {
  label: string;
  value: string;
  min?: string;
  max?: string;
  /** The range's error message, when the dates run backwards. */
  errorId: string | undefined;
  onChange: (value: string) => void;
}

function DateFilter({ label, value, min, max, errorId, onChange }: DateFilterProps) {
  const id = useId();
  const [shown, setShown] = useShownValue(value);
  return (
    <div className="field filter-date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={shown}
        min={min || undefined}
        max={max || undefined}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onChange={(event) => {
          setShown(event.currentTarget.value);
          onChange(event.currentTarget.value);
        }}
      />
    </div>
  );
}

function Disclosure({ summary, open, children }: { summary: string; open: boolean; children: ReactNode }) {
  return (
    <details className="filter-disclosure" open={open || undefined}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

/** Stages as checkboxes: any number can be on; none on means every stage. */
function StageFilter({
  selected,
  onChange,
}: {
  selected: readonly ApplicationStage[];
  onChange: (stages: ApplicationStage[]) => void;
}) {
  const id = useId();
  const [shown, setShown] = useShownValue(selected);
  return (
    <fieldset className="fieldset stage-filter">
      <legend>Stage</legend>
      <ul className="stage-filter-options">
        {applicationStages.map((stage) => {
          const checked = shown.includes(stage);
          return (
            <li key={stage}>
              <input
                type="checkbox"
                id={`${id}-${stage}`}
                checked={checked}
                onChange={() => {
                  const next = applicationStages.filter((s) => (s === stage ? !checked : shown.includes(s)));
                  setShown(next);
                  onChange(next);
                }}
              />
              <label className="stage-chip" htmlFor={`${id}-${stage}`}>
                {stageLabel(stage)}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
