import { hash, randomBytes, timingSafeEqual } from "node:crypto";

/** A random, URL-safe secret (256 bits) with an optional readable prefix. */
export function newSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/**
 * SHA-256 of a high-entropy secret. Secrets we make are random 256-bit values, so a fast hash
 * is enough for storage (unlike passwords) and lets us look them up by hash. Every signed-in
 * request hashes its credential, hence the one-shot hash() rather than a Hash object.
 */
export function hashSecret(secret: string): string {
  return hash("sha256", secret, "hex");
}

/** Compares two strings in constant time (for tokens echoed back by clients). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
