import { type ReactNode, useState } from "react";

interface ShowMoreProps<T> {
  items: T[];
  /** How many to show before "Show all". */
  first: number;
  /** "interviews", "tasks": the words after the count on the button. */
  noun: string;
  children: (visible: T[]) => ReactNode;
}

/** The first few items of a long list, with a button for the rest, so Today stays short. */
export function ShowMore<T>({ items, first, noun, children }: ShowMoreProps<T>) {
  const [all, setAll] = useState(false);
  const long = items.length > first;
  return (
    <>
      {children(all || !long ? items : items.slice(0, first))}
      {long ? (
        <p className="show-more">
          <button type="button" className="button button-quiet" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? `Show fewer ${noun}` : `Show all ${items.length} ${noun}`}
          </button>
        </p>
      ) : null}
    </>
  );
}
