import { z } from "zod";
import { email, password, singleLine } from "./common.ts";

export const registrationModes = ["open", "invite_only", "closed"] as const;
export type RegistrationMode = (typeof registrationModes)[number];

export const registerRequest = z.strictObject({
  email,
  password,
  displayName: singleLine(100).optional(),
  /** Required when registration is invite-only (and not the first account). */
  inviteToken: z.string().trim().min(1).max(200).optional(),
  /** A circle invite's token: on an invite-only server it lets its invitee register (once). */
  circleInviteToken: z.string().trim().min(1).max(200).optional(),
});
export type RegisterRequest = z.infer<typeof registerRequest>;

export const signInRequest = z.strictObject({
  email,
  // No minimum length here: a too-short password is simply wrong, not a validation error.
  password: z.string().min(1, "is required").max(512, "must be at most 512 characters"),
});
export type SignInRequest = z.infer<typeof signInRequest>;

export const changePasswordRequest = z.strictObject({
  /** Required when the account has a password; an account that signs in only through a provider sets its first. */
  currentPassword: z.string().min(1, "is required").max(512, "must be at most 512 characters").optional(),
  newPassword: password,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;

export const csrfResponse = z.object({ csrfToken: z.string() });

export const registrationStatus = z.object({
  mode: z.enum(registrationModes),
  /** True until the first account (the owner) exists. */
  needsOwner: z.boolean(),
  /** Whether an invite token is needed to register right now. */
  inviteRequired: z.boolean(),
});
export type RegistrationStatus = z.infer<typeof registrationStatus>;

export const roleFamily = z.object({ id: z.string(), name: z.string(), position: z.number() });
export type RoleFamily = z.infer<typeof roleFamily>;

export const currentUser = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(["owner", "member"]),
  onboarded: z.boolean(),
  createdAt: z.string(),
  roleFamilies: z.array(roleFamily),
});
export type CurrentUser = z.infer<typeof currentUser>;

export const userResponse = z.object({ user: currentUser });
export type UserResponse = z.infer<typeof userResponse>;

/** What the web app asks first: who am I, the CSRF token to send, and whether sign-up is possible. */
export const sessionResponse = z.object({
  user: currentUser.nullable(),
  csrfToken: z.string(),
  registration: registrationStatus,
});
export type SessionResponse = z.infer<typeof sessionResponse>;

/** After registering or signing in: the user and the new session's CSRF token. */
export const signedInResponse = z.object({ user: currentUser, csrfToken: z.string() });
export type SignedInResponse = z.infer<typeof signedInResponse>;
