import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { type ApplicationFilters, filterParams, readApplicationFilters } from "./list-filters.ts";

/**
 * The filters of the current page, read from and written to the URL. A change to a filter is a
 * new history entry (Back undoes it); search keystrokes replace the current one.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readApplicationFilters(params), [params]);

  const update = useCallback(
    (change: Partial<ApplicationFilters>, options: { replace?: boolean } = {}) => {
      setParams((current) => filterParams({ ...readApplicationFilters(current), ...change }), {
        replace: options.replace ?? false,
        preventScrollReset: true,
      });
    },
    [setParams],
  );
  const search = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  const clear = useCallback(
    () =>
      setParams((current) => {
        const { sort, order } = readApplicationFilters(current);
        return filterParams({ sort, order });
      }),
    [setParams],
  );

  return { filters, update, search, clear };
}
