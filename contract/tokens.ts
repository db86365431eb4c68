import { z } from "zod";
import { singleLine } from "./common.ts";

export const createTokenRequest = z.strictObject({
  name: singleLine(100).pipe(z.string().min(1, "must not be empty")),
  /** Days until the token stops working; omit for a token that lasts until revoked. */
  expiresInDays: z.number().int("must be a whole number").min(1).max(3650).optional(),
});
export type CreateTokenRequest = z.infer<typeof createTokenRequest>;

export const tokenInfo = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export type TokenInfo = z.infer<typeof tokenInfo>;

export const tokenList = z.object({ tokens: z.array(tokenInfo) });
/** The secret is in this response only; the server keeps nothing but its hash. */
export const createdToken = z.object({ token: z.string(), info: tokenInfo });
export type CreatedToken = z.infer<typeof createdToken>;
