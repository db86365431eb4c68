import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runDebrief as debrief } from "../testing/run-debrief.ts";

const fixtures = join(import.meta.dirname, "..", "features", "imports", "fixtures");

describe("debrief import and export", () => {
  let dir: string;
  const savedUrl = process.env.DATABASE_URL;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "debrief-cli-import-"));
    process.env.DATABASE_URL = `sqlite:${join(dir, "debrief.db")}`;
  });
  afterAll(() => {
    process.env.DATABASE_URL = savedUrl;
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => vi.restoreAllMocks());

  const badFile = () => {
    const file = join(dir, "bad.csv");
    writeFileSync(file, "Title,Company,Status\nResearcher,Acme,applied\nDesigner,Bad Co,on hold\n");
    return file;
  };

  it("imports into the only account without --email, then skips what is already there", async () => {
    expect((await debrief("user", "create", "--email", "solo@example.test", "--password", "long enough 1")).code).toBe(
      0,
    );
    const first = await debrief("import", join(fixtures, "huntr-board.csv"));
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(first.out).toContain("huntr-board.csv: Huntr board export, 5 rows.");
    expect(first.out).toContain("Imported 5 new applications.");
    const again = await debrief("import", join(fixtures, "huntr-board.csv"), "--on-duplicate", "skip");
    expect(again.out).toContain("Imported 0 new applications, skipped 5 duplicates.");
  });

  it("exports as JSON to a file and as CSV to stdout", async () => {
    const output = join(dir, "export.json");
    const json = await debrief("export", "--format", "json", "--output", output);
    expect(json.code).toBe(0);
    expect(json.err).toContain("Wrote 5 applications");
    const exported = JSON.parse(readFileSync(output, "utf8"));
    expect(exported.applications.map((app: { companyName: string }) => app.companyName)).toContain("Lumen Labs");
    const csv = await debrief("export");
    expect(csv.code).toBe(0);
    expect(csv.out).toContain("Role title,Company,Stage");
    expect(csv.out).toContain("Product Designer,Lumen Labs,applied");
  });

  it("needs --email once there are several accounts", async () => {
    await debrief("user", "create", "--email", "second@example.test", "--password", "long enough 2");
    const ambiguous = await debrief("import", join(fixtures, "teal-jobs.csv"));
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toContain("--email");
    const unknown = await debrief("export", "--email", "nobody@example.test");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("not found");
  });

  it("stops on a bad row by default, and imports the rest with --valid-rows", async () => {
    const strict = await debrief("import", badFile(), "--email", "second@example.test");
    expect(strict.code).toBe(1);
    expect(strict.err).toContain("line 3, column “Status”: “on hold” is not a stage");
    expect(strict.err).toContain("Nothing was imported");
    const lenient = await debrief("import", badFile(), "--email", "second@example.test", "--valid-rows");
    expect(lenient.code).toBe(0);
    expect(lenient.out).toContain("line 3, column “Status”");
    expect(lenient.out).toContain("Imported 1 new application, left out 1 row with problems.");
  });

  it("explains wrong arguments and missing files", async () => {
    const wrong = await debrief("import", badFile(), "--on-duplicate", "merge");
    expect(wrong.code).not.toBe(0);
    expect(wrong.err).toContain("--on-duplicate must be skip or update");
    const missing = await debrief("import", join(dir, "nope.csv"));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("does not exist");
    expect((await debrief("export", "--format", "xml")).err).toContain("--format must be csv or json");
  });
});
