import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CommitImportRequest,
  ImportList,
  ImportMapping,
  ImportPreview,
  ImportSummary,
} from "../../../../contract/imports.ts";
import { api } from "../../lib/api.ts";

export const importsKey = ["imports"] as const;

export function useImportHistory() {
  return useQuery({
    queryKey: importsKey,
    queryFn: () => api.get<ImportList>("/api/imports"),
    select: ({ imports }) => imports,
  });
}

/** Sends the chosen file as it is; the answer is the preview with a suggested mapping. */
export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      api.upload<ImportPreview>(`/api/imports?fileName=${encodeURIComponent(file.name)}`, file, "text/csv"),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importsKey }),
  });
}

/** The preview again after the person changes what a column fills. */
export function useRepreview() {
  return useMutation({
    mutationFn: ({ importId, mapping }: { importId: string; mapping: ImportMapping }) =>
      api.post<ImportPreview>(`/api/imports/${encodeURIComponent(importId)}/preview`, { mapping }),
  });
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ importId, request }: { importId: string; request: CommitImportRequest }) =>
      api.post<ImportSummary>(`/api/imports/${encodeURIComponent(importId)}/commit`, request),
    // Everything that lists applications may have changed.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
