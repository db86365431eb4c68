import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/** The server key's length: AES-256 takes 32 bytes. */
export const serverKeyBytes = 32;

const version = "v1";
const ivBytes = 12;
const tagBytes = 16;

/** Raised when a sealed value cannot be opened: it was altered, or sealed with another key. */
export class SecretBoxError extends Error {
  override name = "SecretBoxError";
}

/**
 * Seals small secrets (SMTP passwords) for storage with AES-256-GCM under the server key.
 * Each value gets a fresh random IV; the authentication tag makes any change to the stored
 * text, or opening it with a different key, fail loudly instead of yielding garbage. The
 * `context` (e.g. the owner's id) is bound in as associated data, so a sealed value copied
 * into another person's row does not open there.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== serverKeyBytes) throw new Error(`The server key must be ${serverKeyBytes} bytes`);
  }

  /** "v1:" + base64(iv | tag | ciphertext). */
  seal(plaintext: string, context: string): string {
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    cipher.setAAD(Buffer.from(context, "utf8"));
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return `${version}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64")}`;
  }

  open(sealed: string, context: string): string {
    const [prefix, body] = sealed.split(":", 2);
    if (prefix !== version || !body) throw new SecretBoxError("not a sealed value this server understands");
    const bytes = Buffer.from(body, "base64");
    if (bytes.length < ivBytes + tagBytes) throw new SecretBoxError("the sealed value is truncated");
    const decipher = createDecipheriv("aes-256-gcm", this.key, bytes.subarray(0, ivBytes));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(bytes.subarray(ivBytes, ivBytes + tagBytes));
    try {
      return Buffer.concat([decipher.update(bytes.subarray(ivBytes + tagBytes)), decipher.final()]).toString("utf8");
    } catch {
      throw new SecretBoxError("the sealed value was altered or sealed with another server key");
    }
  }
}
