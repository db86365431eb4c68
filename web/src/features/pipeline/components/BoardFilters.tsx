import type { BoardFilters as Filters } from "../list-filters.ts";
import { ClearFiltersButton } from "./ClearFiltersButton.tsx";
import { SearchRoleTagFilters } from "./SearchRoleTagFilters.tsx";

interface BoardFiltersProps {
  filters: Filters;
  onSearch: (q: string) => void;
  onChange: (change: Partial<Filters>) => void;
  onClear: () => void;
}

/** Search, role family and tag above the board. */
export function BoardFilters({ filters, onSearch, onChange, onClear }: BoardFiltersProps) {
  return (
    <search className="filter-bar board-filters" aria-label="Filter the board">
      <SearchRoleTagFilters filters={filters} onSearch={onSearch} onChange={onChange} />
      <ClearFiltersButton filters={filters} onClear={onClear} />
    </search>
  );
}
