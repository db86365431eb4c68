import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "../features/auth/password-hasher.ts";
import { runCli } from "./main.ts";

/** Runs `debrief …` in-process and captures what it prints. */
async function debrief(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...parts) => void out.push(parts.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...parts) => void err.push(parts.join(" ")));
  const capture = (into: string[]) => (chunk: unknown) => {
    into.push(String(chunk));
    return true;
  };
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation(capture(out));
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(capture(err));
  try {
    const code = await runCli(["node", "debrief", ...args]);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe("debrief CLI", () => {
  let dir: string;
  let file: string;
  const savedUrl = process.env.DATABASE_URL;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "debrief-cli-"));
    file = join(dir, "debrief.db");
    process.env.DATABASE_URL = `sqlite:${file}`;
  });
  afterAll(() => {
    process.env.DATABASE_URL = savedUrl;
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => vi.restoreAllMocks());

  const userRow = (email: string) => {
    const sqlite = new SqliteDatabase(file, { readonly: true });
    try {
      return sqlite.prepare("select * from users where email = ?").get(email) as
        | { role: string; password_hash: string; display_name: string }
        | undefined;
    } finally {
      sqlite.close();
    }
  };

  it("migrates", async () => {
    const first = await debrief("migrate");
    expect(first.code).toBe(0);
    expect(first.out).toContain("0001-accounts");
    expect((await debrief("migrate")).out).toContain("up to date");
  });

  it("creates the owner, then members, printing a generated password", async () => {
    const owner = await debrief("user", "create", "--email", "Owner@Example.test", "--name", "Olu");
    expect(owner.code).toBe(0);
    expect(owner.out).toContain("Created owner account owner@example.test");
    const generated = /Password: (\S+)/.exec(owner.out)?.[1] ?? "";
    const row = userRow("owner@example.test");
    expect(row?.display_name).toBe("Olu");
    expect(await verifyPassword(row?.password_hash ?? null, generated)).toBe(true);

    const member = await debrief("user", "create", "--email", "m@example.test", "--password", "member password 1");
    expect(member.out).toContain("Created member account");
    expect(member.out).not.toContain("Password:");
  });

  it("refuses a duplicate email with a clear message and a non-zero exit", async () => {
    const again = await debrief("user", "create", "--email", "owner@example.test");
    expect(again.code).not.toBe(0);
    expect(again.err).toContain("already exists");
  });

  it("resets a password", async () => {
    const reset = await debrief(
      "user",
      "reset-password",
      "--email",
      "m@example.test",
      "--password",
      "another password 2",
    );
    expect(reset.code).toBe(0);
    expect(await verifyPassword(userRow("m@example.test")?.password_hash ?? null, "another password 2")).toBe(true);
    const missing = await debrief("user", "reset-password", "--email", "nobody@example.test");
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain("not found");
  });

  it("backs up to a consistent, openable copy", async () => {
    const target = join(dir, "backup.db");
    expect((await debrief("backup", target)).code).toBe(0);
    const copy = new SqliteDatabase(target, { readonly: true });
    const count = copy.prepare("select count(*) as n from users").get() as { n: number };
    copy.close();
    expect(count.n).toBe(2);
    const refused = await debrief("backup", target);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain("--force");
  });

  it("gives clear errors for wrong arguments", async () => {
    const badEmail = await debrief("user", "create", "--email", "not-an-email");
    expect(badEmail.code).not.toBe(0);
    expect(badEmail.err).toContain("must be an email address");
    const unknown = await debrief("frobnicate");
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain("unknown command");
    const shortPassword = await debrief("user", "create", "--email", "x@example.test", "--password", "short");
    expect(shortPassword.err).toContain("at least 10 characters");
  });

  it("prints help with exit 0", async () => {
    const help = await debrief("--help");
    expect(help.code).toBe(0);
    for (const command of ["serve", "migrate", "user", "backup"]) expect(help.out).toContain(command);
  });

  it("stops on a bad configuration, naming the variable", async () => {
    process.env.DATABASE_URL = "mysql://nope";
    try {
      const result = await debrief("migrate");
      expect(result.code).toBe(78);
      expect(result.err).toContain("DATABASE_URL");
    } finally {
      process.env.DATABASE_URL = `sqlite:${file}`;
    }
  });
});
