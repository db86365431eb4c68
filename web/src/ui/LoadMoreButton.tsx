/** What LoadMoreButton needs from a paged (infinite) query. */
interface PagedList {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

interface LoadMoreButtonProps {
  list: PagedList;
  label: string;
  loadingLabel: string;
  /** The class of the box around the button. */
  className: string;
}

/**
 * Fetches the next page of a paged list; shown only while there is one. It stays focusable
 * (aria-disabled, not disabled) while the page loads, so keyboard focus stays in place.
 */
export function LoadMoreButton({ list, label, loadingLabel, className }: LoadMoreButtonProps) {
  if (!list.hasNextPage) return null;
  return (
    <div className={className}>
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={list.isFetchingNextPage || undefined}
        onClick={() => {
          if (!list.isFetchingNextPage) void list.fetchNextPage();
        }}
      >
        {list.isFetchingNextPage ? loadingLabel : label}
      </button>
    </div>
  );
}
