import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CircleOverview,
  CircleShareList,
  CreateCircleInviteRequest,
  CreateCircleInviteResponse,
  CreateCircleShareRequest,
  ShareableList,
  ShareItemType,
  UpdateCircleMemberRequest,
  UpdateCircleShareRequest,
} from "../../../../contract/circle.ts";
import { api } from "../../lib/api.ts";

/**
 * The seeker's side of the circle: members, invites, shares, the digest setting. Everything
 * lives under one key, so any change refreshes every circle view (the lists are small).
 */
export const circleKey = ["circle"] as const;
const overviewKey = [...circleKey, "overview"] as const;
const sharesKey = [...circleKey, "shares"] as const;

const id = encodeURIComponent;

export function useCircleOverview() {
  return useQuery({ queryKey: overviewKey, queryFn: () => api.get<CircleOverview>("/api/circle") });
}

export function useMyShares() {
  return useQuery({
    queryKey: sharesKey,
    queryFn: async () => (await api.get<CircleShareList>("/api/circle/shares")).items,
  });
}

/** The seeker's items of one type, each with the id of its share when it is already shared. */
export function useShareable(itemType: ShareItemType, enabled = true) {
  return useQuery({
    queryKey: [...circleKey, "shareable", itemType],
    queryFn: async () => (await api.get<ShareableList>(`/api/circle/shareable?itemType=${id(itemType)}`)).items,
    enabled,
  });
}

/** A mutation that refreshes every circle query once it succeeds. */
export function useCircleMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: circleKey }) });
}

export const useCreateInvite = () =>
  useCircleMutation((body: CreateCircleInviteRequest) =>
    api.post<CreateCircleInviteResponse>("/api/circle/invites", body),
  );
export const useWithdrawInvite = () =>
  useCircleMutation((inviteId: string) => api.delete(`/api/circle/invites/${id(inviteId)}`));
export const useUpdateMember = () =>
  useCircleMutation((input: { memberId: string; body: UpdateCircleMemberRequest }) =>
    api.patch(`/api/circle/members/${id(input.memberId)}`, input.body),
  );
export const useRevokeMember = () =>
  useCircleMutation((memberId: string) => api.delete(`/api/circle/members/${id(memberId)}`));
export const useSetDigestEmail = () =>
  useCircleMutation((digestEmail: boolean) => api.put("/api/circle/settings", { digestEmail }));

export const useCreateShare = () =>
  useCircleMutation((body: CreateCircleShareRequest) => api.post<{ id: string }>("/api/circle/shares", body));
export const useUpdateShare = () =>
  useCircleMutation((input: { shareId: string; body: UpdateCircleShareRequest }) =>
    api.patch(`/api/circle/shares/${id(input.shareId)}`, input.body),
  );
export const useUnshare = () => useCircleMutation((shareId: string) => api.delete(`/api/circle/shares/${id(shareId)}`));
