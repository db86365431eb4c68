import { useInfiniteQuery } from "@tanstack/react-query";
import type { AuditKind, AuditList } from "../../../../contract/audit.ts";
import { api } from "../../lib/api.ts";

const pageSize = 25;

/** My activity log, newest first, a page at a time; optionally one kind of entry only. */
export function useActivity(kind: AuditKind | null) {
  return useInfiniteQuery({
    queryKey: ["me", "activity", kind ?? "all"],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(pageSize) });
      if (pageParam) params.set("cursor", pageParam);
      if (kind) params.set("kind", kind);
      return api.get<AuditList>(`/api/audit?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
