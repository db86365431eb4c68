import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { SecretBox, SecretBoxError } from "./secret-box.ts";
import { readOrCreateKeyFile, resolveServerKey, serverKeyFileName } from "./server-key.ts";

const key = () => randomBytes(32);

describe("SecretBox (AES-256-GCM)", () => {
  const box = new SecretBox(key());

  it("round-trips, and never stores the plaintext or the same text twice", () => {
    const password = "app password: ünïcödé & spaces ";
    const sealed = box.seal(password, "user-1");
    expect(sealed).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(sealed).not.toContain(password);
    expect(box.seal(password, "user-1")).not.toBe(sealed); // a fresh IV each time
    expect(box.open(sealed, "user-1")).toBe(password);
  });

  it("detects tampering with the ciphertext, the tag or the IV", () => {
    const sealed = box.seal("secret", "user-1");
    const bytes = Buffer.from(sealed.slice(3), "base64");
    for (const position of [0, 12, bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[position] = (altered[position] ?? 0) ^ 0x01;
      expect(() => box.open(`v1:${altered.toString("base64")}`, "user-1")).toThrow(SecretBoxError);
    }
    expect(() => box.open(`v1:${bytes.subarray(0, 20).toString("base64")}`, "user-1")).toThrow(SecretBoxError);
    expect(() => box.open("plain text", "user-1")).toThrow(SecretBoxError);
  });

  it("fails with another key, or for another owner", () => {
    const sealed = box.seal("secret", "user-1");
    expect(() => new SecretBox(key()).open(sealed, "user-1")).toThrow(SecretBoxError);
    expect(() => box.open(sealed, "user-2")).toThrow(SecretBoxError);
  });

  it("refuses a key of the wrong length", () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});

describe("the server key", () => {
  const dir = mkdtempSync(join(tmpdir(), "debrief-key-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("comes from SECRET_KEY when set", () => {
    const secret = key();
    const config = loadConfig({ SECRET_KEY: secret.toString("base64"), DATABASE_URL: `sqlite:${join(dir, "a.db")}` });
    expect(resolveServerKey(config).equals(secret)).toBe(true);
  });

  it("is otherwise made on first start next to the SQLite database, owner-only, and kept", () => {
    const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, "data", "debrief.db")}` });
    const first = resolveServerKey(config);
    const file = join(dir, "data", serverKeyFileName);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, "utf8").trim(), "base64").equals(first)).toBe(true);
    expect(resolveServerKey(config).equals(first)).toBe(true);
  });

  it("refuses a damaged key file, naming it", () => {
    const file = join(dir, "damaged.key");
    writeFileSync(file, "not a key\n");
    expect(() => readOrCreateKeyFile(file)).toThrow(file);
  });

  it("stops start-up on a bad SECRET_KEY, naming it without echoing it", () => {
    expect(() => loadConfig({ SECRET_KEY: "too-short-secret" })).toThrow(
      /SECRET_KEY=\(hidden\): must be 32 random bytes/,
    );
    try {
      loadConfig({ SECRET_KEY: "too-short-secret" });
    } catch (error) {
      expect(String(error)).not.toContain("too-short-secret");
    }
  });
});
