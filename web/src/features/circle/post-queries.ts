import { useQuery } from "@tanstack/react-query";
import type {
  CirclePost,
  CirclePostList,
  CreateCirclePostRequest,
  UpdateCirclePostRequest,
} from "../../../../contract/circle.ts";
import { api } from "../../lib/api.ts";
import { circleKey, useCircleMutation } from "./circle-queries.ts";

/** Written posts ("what I learned from this one"), the seeker's own. */
const postsKey = [...circleKey, "posts"] as const;
const id = encodeURIComponent;

export function usePosts() {
  return useQuery({
    queryKey: postsKey,
    queryFn: async () => (await api.get<CirclePostList>("/api/circle/posts")).items,
  });
}

export function usePost(postId: string | null) {
  return useQuery({
    queryKey: [...postsKey, postId],
    queryFn: () => api.get<CirclePost>(`/api/circle/posts/${id(postId ?? "")}`),
    enabled: postId !== null,
  });
}

export const useCreatePost = () =>
  useCircleMutation((body: CreateCirclePostRequest) => api.post<CirclePost>("/api/circle/posts", body));
export const useUpdatePost = () =>
  useCircleMutation((input: { postId: string; body: UpdateCirclePostRequest }) =>
    api.patch<CirclePost>(`/api/circle/posts/${id(input.postId)}`, input.body),
  );
export const useDeletePost = () => useCircleMutation((postId: string) => api.delete(`/api/circle/posts/${id(postId)}`));
