import type { BoardFilters as Filters } from "../list-filters.ts";
import { hasAnyFilter } from "../list-filters.ts";
import { useFilterOptions } from "../use-filter-options.ts";
import { FilterSelect } from "./FilterSelect.tsx";
import { SearchField } from "./SearchField.tsx";

interface BoardFiltersProps {
  filters: Filters;
  onSearch: (q: string) => void;
  onChange: (change: Partial<Filters>) => void;
  onClear: () => void;
}

/** Search, role family and tag above the board. */
export function BoardFilters({ filters, onSearch, onChange, onClear }: BoardFiltersProps) {
  const options = useFilterOptions();
  return (
    <search className="filter-bar board-filters" aria-label="Filter the board">
      <SearchField label="Search" placeholder="Role, company, notes…" value={filters.q} onSearch={onSearch} />
      <FilterSelect
        label="Kind of role"
        anyLabel="All kinds"
        value={filters.roleFamilyId}
        options={options.roleFamilies}
        onChange={(roleFamilyId) => onChange({ roleFamilyId })}
      />
      <FilterSelect
        label="Tag"
        anyLabel="All tags"
        value={filters.tag}
        options={options.tags}
        onChange={(tag) => onChange({ tag })}
      />
      {hasAnyFilter(filters) ? (
        <button type="button" className="button button-quiet filter-clear" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
    </search>
  );
}
