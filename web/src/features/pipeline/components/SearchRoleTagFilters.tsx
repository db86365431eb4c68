import { SearchField } from "../../../ui/SearchField.tsx";
import type { BoardFilters } from "../list-filters.ts";
import { useFilterOptions } from "../use-filter-options.ts";
import { FilterSelect } from "./FilterSelect.tsx";

interface SearchRoleTagFiltersProps {
  filters: BoardFilters;
  onSearch: (q: string) => void;
  onChange: (change: Partial<BoardFilters>) => void;
}

/** The filters the board and the table share: search, kind of role and tag. */
export function SearchRoleTagFilters({ filters, onSearch, onChange }: SearchRoleTagFiltersProps) {
  const options = useFilterOptions();
  return (
    <>
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
    </>
  );
}
