import { useId } from "react";
import type { ApplicationSort, SortOrder } from "../list-filters.ts";
import { useShownValue } from "../use-shown-value.ts";

const choices: { sort: ApplicationSort; order: SortOrder; label: string }[] = [
  { sort: "updated", order: "desc", label: "Recently updated" },
  { sort: "applied", order: "desc", label: "Applied, newest first" },
  { sort: "applied", order: "asc", label: "Applied, oldest first" },
  { sort: "created", order: "desc", label: "Recently added" },
  { sort: "excitement", order: "desc", label: "Most exciting first" },
  { sort: "title", order: "asc", label: "Role, A to Z" },
  { sort: "company", order: "asc", label: "Company, A to Z" },
  { sort: "stage", order: "asc", label: "Stage, earliest first" },
  { sort: "updated", order: "asc", label: "Least recently updated" },
];

interface SortSelectProps {
  sort: ApplicationSort;
  order: SortOrder;
  onChange: (sort: ApplicationSort, order: SortOrder) => void;
}

/** Sorting for the phone's card list, which has no column headers to press. */
export function SortSelect({ sort, order, onChange }: SortSelectProps) {
  const id = useId();
  const [value, setValue] = useShownValue(`${sort}:${order}`);
  const known = choices.some((choice) => `${choice.sort}:${choice.order}` === value);
  return (
    <div className="field sort-select">
      <label htmlFor={id}>Sort by</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          setValue(event.currentTarget.value);
          const [nextSort, nextOrder] = event.currentTarget.value.split(":") as [ApplicationSort, SortOrder];
          onChange(nextSort, nextOrder);
        }}
      >
        {choices.map((choice) => (
          <option key={`${choice.sort}:${choice.order}`} value={`${choice.sort}:${choice.order}`}>
            {choice.label}
          </option>
        ))}
        {known ? null : <option value={value}>{`${sort}, ${order === "asc" ? "ascending" : "descending"}`}</option>}
      </select>
    </div>
  );
}
