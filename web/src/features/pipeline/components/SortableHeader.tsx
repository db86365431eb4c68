import type { ApplicationSort, SortOrder } from "../list-filters.ts";

interface SortableHeaderProps {
  label: string;
  sortKey: ApplicationSort;
  sort: ApplicationSort;
  order: SortOrder;
  onSort: (sort: ApplicationSort) => void;
}

/**
 * A column header that sorts on the server when pressed. aria-sort sits on the sorted header
 * only, as the ARIA practices advise; the arrow repeats it for sighted people.
 */
export function SortableHeader({ label, sortKey, sort, order, onSort }: SortableHeaderProps) {
  const active = sort === sortKey;
  return (
    <th scope="col" aria-sort={active ? (order === "asc" ? "ascending" : "descending") : undefined}>
      <button type="button" className="sort-button" data-active={active || undefined} onClick={() => onSort(sortKey)}>
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (order === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}
