import { z } from "zod";
import { listParam, pageQuery } from "./fields.ts";

/**
 * What a user's own audit log records. Sign-ins are the user's own; the circle kinds are
 * things members of their support circle did (viewed a shared item, replied, joined, left).
 */
export const auditKinds = [
  "sign_in",
  "identity_linked",
  "identity_unlinked",
  "password_changed",
  "circle_invite_accepted",
  "circle_member_revoked",
  "circle_viewed",
  "circle_replied",
] as const;
export type AuditKind = (typeof auditKinds)[number];

export const auditEvent = z.object({
  id: z.string(),
  kind: z.enum(auditKinds),
  /** Who did it: the user themself for sign-ins, a circle member for circle events. */
  actor: z.object({ id: z.string().nullable(), name: z.string(), isMe: z.boolean() }),
  /** For sign-ins: "password" or "oidc:<provider>". */
  method: z.string().nullable(),
  ip: z.string().nullable(),
  subject: z.object({ type: z.string(), id: z.string() }).nullable(),
  detail: z.string(),
  at: z.string(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditList = z.object({ items: z.array(auditEvent), nextCursor: z.string().nullable() });
export type AuditList = z.infer<typeof auditList>;

export const auditListQuery = z.strictObject({
  ...pageQuery,
  kind: listParam(z.enum(auditKinds, { message: `must be one of ${auditKinds.join(", ")}` })),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;
