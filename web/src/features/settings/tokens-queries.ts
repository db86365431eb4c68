import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreatedToken, CreateTokenRequest, TokenInfo } from "../../../../contract/tokens.ts";
import { api } from "../../lib/api.ts";

export const tokensKey = ["tokens"] as const;

export function useTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: () => api.get<{ tokens: TokenInfo[] }>("/api/tokens"),
    select: ({ tokens }) => tokens,
  });
}

/** Creates a token; the secret in the answer is the only copy there will ever be. */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTokenRequest) => api.post<CreatedToken>("/api/tokens", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
