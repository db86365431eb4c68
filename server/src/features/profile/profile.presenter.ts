import type { CurrentUser } from "../../../../contract/auth.ts";
import type { UserRow } from "../auth/users.repo.ts";
import type { RoleFamilyRow } from "./role-families.repo.ts";

/** The API's view of the signed-in user; never includes the password hash. */
export function presentCurrentUser(user: UserRow, families: RoleFamilyRow[]): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    onboarded: user.onboarded_at !== null,
    createdAt: user.created_at,
    roleFamilies: families.map((family) => ({ id: family.id, name: family.name, position: family.position })),
  };
}
