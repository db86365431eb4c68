import { z } from "zod";
import { singleLine } from "./common.ts";

/** Suggested kinds of roles during onboarding; the person's own list replaces them. */
export const defaultRoleFamilies = [
  "User research",
  "UX design",
  "Product management",
  "Service design",
  "Content design",
] as const;

const roleFamilyName = singleLine(80).pipe(z.string().min(1, "must not be empty"));

export const onboardingRequest = z.strictObject({
  displayName: singleLine(100).pipe(z.string().min(1, "must not be empty")),
  roleFamilies: z
    .array(roleFamilyName)
    .max(30, "must list at most 30 kinds of roles")
    .refine(
      (names) => new Set(names.map((name) => name.toLowerCase())).size === names.length,
      "must not list the same kind of role twice",
    ),
});
export type OnboardingRequest = z.infer<typeof onboardingRequest>;

export const updateProfileRequest = z.strictObject({
  displayName: singleLine(100).pipe(z.string().min(1, "must not be empty")),
});
export type UpdateProfileRequest = z.infer<typeof updateProfileRequest>;

export const sessionInfo = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;
export const sessionList = z.object({ sessions: z.array(sessionInfo) });

export const replaceRoleFamiliesRequest = z.strictObject({
  names: onboardingRequest.shape.roleFamilies,
});
