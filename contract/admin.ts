import { z } from "zod";
import { registrationModes } from "./auth.ts";
import { email, singleLine } from "./common.ts";

export const instanceSettings = z.object({ registrationMode: z.enum(registrationModes) });
export type InstanceSettings = z.infer<typeof instanceSettings>;

export const updateInstanceSettingsRequest = z.strictObject({
  registrationMode: z.enum(registrationModes, { message: "must be open, invite_only or closed" }),
});

export const createInviteRequest = z.strictObject({
  email: email.optional(),
  note: singleLine(200).optional(),
  expiresInDays: z.number().int("must be a whole number").min(1).max(90).default(14),
});
export type CreateInviteRequest = z.input<typeof createInviteRequest>;

export const inviteInfo = z.object({
  id: z.string(),
  email: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  usedAt: z.string().nullable(),
});
export type InviteInfo = z.infer<typeof inviteInfo>;
export const inviteList = z.object({ invites: z.array(inviteInfo) });
export const createdInvite = z.object({ invite: inviteInfo, token: z.string(), url: z.string() });
export type CreatedInvite = z.infer<typeof createdInvite>;
