import { useCallback } from "react";
import { useSearchParams } from "react-router";

/** The `q` search term kept in the URL, so Back and a shared link bring the same list back. */
export function useSearchParam(): [string, (q: string) => void] {
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const setQ = useCallback(
    (next: string) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next) updated.set("q", next);
          else updated.delete("q");
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [q, setQ];
}
