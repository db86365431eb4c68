import { useCurrentUser } from "../auth/queries.ts";
import { useTags } from "./queries.ts";

/** Choices for the role-family and tag filters: the person's own role families and tags. */
export function useFilterOptions() {
  const user = useCurrentUser();
  const tags = useTags();
  return {
    roleFamilies: user.roleFamilies.map((family) => ({ value: family.id, label: family.name })),
    tags: (tags.data?.tags ?? []).map((tag) => ({ value: tag, label: tag })),
  };
}
