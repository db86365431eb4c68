import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CircleMembershipList,
  CreateReplyRequest,
  FeedList,
  PipelineSummary,
  PublicCircleInvite,
  SharedView,
} from "../../../../contract/circle.ts";
import { api } from "../../lib/api.ts";
import { circleKey, useCircleMutation } from "./circle-queries.ts";

/**
 * The member's side of the circle: what others share with me, the circles I am in, replies.
 * Under the same key as the seeker's side: joining or leaving changes both.
 */
const feedKey = [...circleKey, "feed"] as const;
const membershipsKey = [...circleKey, "memberships"] as const;
const sharedKey = (shareId: string) => [...circleKey, "shared", shareId] as const;
const feedPageSize = 20;

const id = encodeURIComponent;

/** GET /api/circle/feed, page by page: everything shared with me, newest first. */
export function useFeed() {
  return useInfiniteQuery({
    queryKey: feedKey,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(feedPageSize) });
      if (pageParam) params.set("cursor", pageParam);
      return api.get<FeedList>(`/api/circle/feed?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useMemberships() {
  return useQuery({
    queryKey: membershipsKey,
    queryFn: async () => (await api.get<CircleMembershipList>("/api/circle/memberships")).items,
  });
}

export const useLeaveCircle = () =>
  useCircleMutation((seekerId: string) => api.post(`/api/circle/memberships/${id(seekerId)}/leave`));

/** One shared item with its replies; no retry on 404, which means "not (or no longer) shared with you". */
export function useSharedItem(shareId: string) {
  return useQuery({
    queryKey: sharedKey(shareId),
    queryFn: () => api.get<SharedView>(`/api/circle/shared/${id(shareId)}`),
    retry: false,
  });
}

/** Reply mutations refresh the item they belong to (and the feed's reply counts). */
function useReplyMutation<Input>(shareId: string, mutationFn: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: circleKey }),
    // A reply the server refuses (window closed, access gone) may mean the view is stale.
    onError: () => queryClient.invalidateQueries({ queryKey: sharedKey(shareId) }),
  });
}

export const useAddReply = (shareId: string) =>
  useReplyMutation(shareId, (body: CreateReplyRequest) => api.post(`/api/circle/shared/${id(shareId)}/replies`, body));
export const useEditReply = (shareId: string) =>
  useReplyMutation(shareId, (input: { replyId: string; body: string }) =>
    api.patch(`/api/circle/replies/${id(input.replyId)}`, { body: input.body }),
  );
export const useDeleteReply = (shareId: string) =>
  useReplyMutation(shareId, (replyId: string) => api.delete(`/api/circle/replies/${id(replyId)}`));

export function usePipelineSummary(seekerId: string) {
  return useQuery({
    queryKey: [...circleKey, "pipeline", seekerId],
    queryFn: () => api.get<PipelineSummary>(`/api/circle/seekers/${id(seekerId)}/pipeline`),
    retry: false,
  });
}

/** The public look-up behind the join page: who invited me, as what. */
export function usePublicInvite(token: string) {
  return useQuery({
    queryKey: ["circle-invite", token],
    queryFn: () => api.get<PublicCircleInvite>(`/api/public/circle-invites/${id(token)}`),
    enabled: token !== "",
    retry: false,
  });
}

export const useJoinCircle = () => useCircleMutation((token: string) => api.post("/api/circle/join", { token }));
