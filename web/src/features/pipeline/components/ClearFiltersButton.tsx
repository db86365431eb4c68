import { type ApplicationFilters, type BoardFilters, hasAnyFilter } from "../list-filters.ts";

/** "Clear filters" at the end of a filter bar, shown only while a filter is on. */
export function ClearFiltersButton({
  filters,
  onClear,
}: {
  filters: BoardFilters | ApplicationFilters;
  onClear: () => void;
}) {
  if (!hasAnyFilter(filters)) return null;
  return (
    <button type="button" className="button button-quiet filter-clear" onClick={onClear}>
      Clear filters
    </button>
  );
}
