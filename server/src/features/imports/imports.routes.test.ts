import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportPreview, ImportSummary } from "../../../../contract/imports.ts";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name));

/** Uploads a file the way the web app does: the bytes as the body, typed text/csv. */
const upload = (client: TestClient, body: string | Buffer, fileName = "applications.csv") =>
  client.request("POST", `/api/imports?fileName=${encodeURIComponent(fileName)}`, body, {
    headers: { "content-type": "text/csv" },
  });

async function uploadOk(client: TestClient, body: string | Buffer, fileName?: string): Promise<ImportPreview> {
  const response = await upload(client, body, fileName);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function commit(client: TestClient, importId: string, options: object = {}): Promise<ImportSummary> {
  const response = await client.post(`/api/imports/${importId}/commit`, options);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe.each(dialects)("CSV import on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  const count = async (table: "applications" | "companies" | "application_stage_changes", userId: string) => {
    const row = await testApp.db.kysely
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("user_id", "=", userId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const applications = (userId: string) =>
    testApp.db.kysely
      .selectFrom("applications as a")
      .leftJoin("companies as c", "c.id", "a.company_id")
      .selectAll("a")
      .select("c.name as company_name")
      .where("a.user_id", "=", userId)
      .orderBy("a.role_title")
      .execute();

  it("previews a Huntr export, then imports it with companies, stage history, search text and a new revision", async () => {
    const { client, user } = await signedInClient(testApp);
    const preview = await uploadOk(client, fixture("huntr-board.csv"), "huntr.csv");
    expect(preview).toMatchObject({
      format: "huntr",
      rowCount: 5,
      invalidRowCount: 0,
      duplicateCount: 0,
      problems: [],
    });
    expect(preview.mapping).toMatchObject({ listName: "stage", htmlDescription: "descriptionHtml", boardId: null });
    expect(preview.sample[0]?.mapped).toMatchObject({ roleTitle: "Product Designer", companyName: "Lumen Labs" });
    expect(preview.sample[0]?.values[2]).toBe("Product Designer");
    const revisionBefore = (
      await testApp.db.kysely
        .selectFrom("users")
        .select("pipeline_revision")
        .where("id", "=", user.id)
        .executeTakeFirst()
    )?.pipeline_revision;

    const summary = await commit(client, preview.importId);
    expect(summary).toMatchObject({ status: "completed", created: 5, updated: 0, skippedDuplicates: 0, failedRows: 0 });

    const stored = await applications(user.id);
    expect(stored.map((app) => [app.role_title, app.company_name, app.stage])).toEqual([
      ["Design Researcher", "Coho Winery", "offer"],
      ["Product Designer", "Lumen Labs", "applied"],
      ["Research Lead", "Litware", "rejected"],
      ["Senior UX Researcher", "Adventure Works", "interviewing"],
      ["UX Researcher", "Blue Yonder Airlines", "wishlist"],
    ]);
    const designer = stored.find((app) => app.role_title === "Product Designer");
    expect(designer).toMatchObject({
      salary_min: 95000,
      salary_max: 115000,
      salary_currency: "USD",
      found_on: "2024-03-01",
    });
    expect(designer?.search_text).toContain("lumen labs");
    expect(designer?.notes).toContain("- Own the design system");
    const history = await testApp.db.kysely
      .selectFrom("application_stage_changes")
      .selectAll()
      .where("user_id", "=", user.id)
      .execute();
    expect(history).toHaveLength(5);
    expect(history.every((change) => change.from_stage === null)).toBe(true);
    expect(history.find((change) => change.application_id === designer?.id)?.to_stage).toBe("applied");
    expect(await count("companies", user.id)).toBe(5);
    const revisionAfter = (
      await testApp.db.kysely
        .selectFrom("users")
        .select("pipeline_revision")
        .where("id", "=", user.id)
        .executeTakeFirst()
    )?.pipeline_revision;
    expect(Number(revisionAfter)).toBeGreaterThan(Number(revisionBefore));

    const list = (await client.get("/api/imports")).json();
    expect(list.imports[0]).toMatchObject({
      id: preview.importId,
      fileName: "huntr.csv",
      status: "completed",
      created: 5,
    });
    const detail = (await client.get(`/api/imports/${preview.importId}`)).json();
    expect(detail).toMatchObject({ summary: { created: 5 }, preview: null });
    expect((await client.post(`/api/imports/${preview.importId}/commit`, {})).statusCode).toBe(409);
  });

  it.each([
    ["linkedin-job-applications.csv", "linkedin_applications", 3],
    ["linkedin-saved-jobs.csv", "linkedin_saved", 2],
    ["teal-jobs.csv", "teal", 5],
    ["jobsync-jobs.csv", "jobsync", 4],
    ["generic-spreadsheet.csv", "generic", 3],
  ])("recognises %s as %s and imports every row", async (file, format, rows) => {
    const { client, user } = await signedInClient(testApp);
    const preview = await uploadOk(client, fixture(file), file);
    expect(preview).toMatchObject({ format, rowCount: rows, problemCount: 0, mappingProblems: [] });
    expect(await commit(client, preview.importId)).toMatchObject({ created: rows, failedRows: 0 });
    expect(await count("applications", user.id)).toBe(rows);
    expect(await count("application_stage_changes", user.id)).toBe(rows);
  });

  it("lets the person map columns by hand, previewing again before importing", async () => {
    const { client, user } = await signedInClient(testApp);
    const csv = "Job,Org,When,Where,Thoughts\nResearcher,Acme,2024-03-04,Berlin,Felt good\n";
    const preview = await uploadOk(client, csv);
    expect(preview.format).toBe("generic");
    expect(preview.mapping).toMatchObject({ Job: "roleTitle", Org: "companyName", Where: null, When: null });
    const mapping = { Job: "roleTitle", Org: "companyName", When: "appliedOn", Where: "location", Thoughts: "notes" };
    const again = await client.post(`/api/imports/${preview.importId}/preview`, { mapping });
    expect(again.statusCode).toBe(200);
    expect(again.json().sample[0].mapped).toMatchObject({
      appliedOn: "2024-03-04",
      location: "Berlin",
      stage: "applied",
    });

    const twice = await client.post(`/api/imports/${preview.importId}/commit`, {
      mapping: { ...mapping, Where: "companyName" },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.fields).toEqual([
      { path: "mapping.Where", message: expect.stringContaining("already fills") },
    ]);
    const untitled = await client.post(`/api/imports/${preview.importId}/commit`, { mapping: { Org: "companyName" } });
    expect(untitled.statusCode).toBe(400);
    expect(untitled.json().error.message).toContain("Role title");

    expect(await commit(client, preview.importId, { mapping })).toMatchObject({ created: 1 });
    expect((await applications(user.id))[0]).toMatchObject({
      location: "Berlin",
      notes: "Felt good",
      applied_on: "2024-03-04",
    });
  });

  const badFile = [
    "Title,Company,Status,Excitement,Salary,Link",
    "Researcher,Good Co,applied,4,90000,https://good.example.test/1",
    "Designer,Bad Stage Co,on hold,3,,",
    "Analyst,Too Excited Co,applied,7,,",
    "Writer,Rich Co,applied,,lots,",
    "Hacker,Sneaky Co,applied,,,javascript:alert(document.cookie)",
  ].join("\n");

  it("refuses bad rows by line and column, and all-or-nothing leaves nothing behind", async () => {
    const { client, user } = await signedInClient(testApp);
    const preview = await uploadOk(client, badFile);
    expect(preview).toMatchObject({ rowCount: 5, invalidRowCount: 4, problemCount: 4 });

    const summary = await commit(client, preview.importId, { mode: "all_or_nothing" });
    expect(summary).toMatchObject({ status: "failed", created: 0, failedRows: 4 });
    expect(summary.message).toContain("Nothing was imported");
    expect(summary.failed).toEqual([
      { line: 3, column: "Status", message: expect.stringContaining("“on hold” is not a stage") },
      { line: 4, column: "Excitement", message: "must be from 1 to 5" },
      { line: 5, column: "Salary", message: expect.stringContaining("must be an amount") },
      { line: 6, column: "Link", message: "must be a web address starting with http:// or https://" },
    ]);
    expect(await count("applications", user.id)).toBe(0);
    expect(await count("companies", user.id)).toBe(0);
    expect((await client.get(`/api/imports/${preview.importId}`)).json().import.status).toBe("failed");

    // The same upload can be committed again, this time keeping the good row.
    const partial = await commit(client, preview.importId, { mode: "valid_rows" });
    expect(partial).toMatchObject({ status: "completed", created: 1, failedRows: 4 });
    expect((await applications(user.id)).map((app) => app.role_title)).toEqual(["Researcher"]);
  });

  it("skips duplicates of existing applications and of earlier lines", async () => {
    const { client, user } = await signedInClient(testApp);
    await commit(client, (await uploadOk(client, fixture("huntr-board.csv"))).importId);
    const again = await uploadOk(client, fixture("huntr-board.csv"));
    expect(again.duplicateCount).toBe(5);
    const skipped = await commit(client, again.importId, { onDuplicate: "skip" });
    expect(skipped).toMatchObject({ created: 0, skippedDuplicates: 5 });
    expect(skipped.duplicates[0]?.matched).toContain("already in Debrief");

    const inFile = [
      "Title,Company,Applied,Link",
      "Researcher,Acme,2024-03-01,https://acme.example.test/jobs/1",
      "Researcher (again),Other,2024-03-02,https://ACME.example.test/jobs/1/",
      "researcher,ACME,2024-03-01,",
    ].join("\n");
    const summary = await commit(client, (await uploadOk(client, inFile)).importId);
    expect(summary).toMatchObject({ created: 1, skippedDuplicates: 2 });
    expect(summary.duplicates.map((duplicate) => [duplicate.line, duplicate.matched])).toEqual([
      [3, "line 2 of this file"],
      [4, "line 2 of this file"],
    ]);
    expect(await count("applications", user.id)).toBe(6);
  });

  it("updates duplicates when asked: new values win, notes are appended, the stage move is recorded", async () => {
    const { client, user } = await signedInClient(testApp);
    const first = "Title,Company,Applied,Status,Notes,Tags\nResearcher,Acme,2024-03-01,applied,My own words,research\n";
    await commit(client, (await uploadOk(client, first)).importId);
    const second = [
      "Title,Company,Applied,Status,Excitement,Notes,Tags",
      "Researcher,ACME,2024-03-01,interviewing,5,From the recruiter,remote; Research",
    ].join("\n");
    const summary = await commit(client, (await uploadOk(client, second)).importId, { onDuplicate: "update" });
    expect(summary).toMatchObject({ created: 0, updated: 1, skippedDuplicates: 0 });
    expect(summary.duplicates[0]).toMatchObject({ line: 2, action: "updated" });

    const [app] = await applications(user.id);
    expect(app).toMatchObject({ stage: "interviewing", excitement: 5, company_name: "Acme" });
    expect(app?.notes).toBe("My own words\n\nFrom the recruiter");
    expect(app?.search_text).toContain("from the recruiter");
    const tags = await testApp.db.kysely
      .selectFrom("application_tags")
      .select("tag")
      .where("application_id", "=", app?.id ?? "")
      .orderBy("tag")
      .execute();
    expect(tags.map((row) => row.tag)).toEqual(["remote", "research"]);
    const history = await testApp.db.kysely
      .selectFrom("application_stage_changes")
      .select(["from_stage", "to_stage"])
      .where("application_id", "=", app?.id ?? "")
      .orderBy("changed_at")
      .execute();
    expect(history).toEqual([
      { from_stage: null, to_stage: "applied" },
      { from_stage: "applied", to_stage: "interviewing" },
    ]);
  });

  it("reads UTF-8 with a byte-order mark and UTF-16, and refuses other encodings with a clear message", async () => {
    const { client } = await signedInClient(testApp);
    const text = "Title,Company\nForscherin,Zürich Café\n";
    const bom = await uploadOk(client, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(bom.headers[0]).toBe("Title");
    expect(bom.sample[0]?.mapped.companyName).toBe("Zürich Café");
    const utf16 = await uploadOk(client, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(utf16.sample[0]?.mapped.companyName).toBe("Zürich Café");

    const latin1 = await upload(client, Buffer.from(text, "latin1"));
    expect(latin1.statusCode).toBe(400);
    expect(latin1.json().error.message).toContain("not UTF-8 text — save it as 'CSV UTF-8'");
  });

  it("refuses a 20 MB file with 413 naming the limit, and stores nothing", async () => {
    const { client } = await signedInClient(testApp);
    const row = "Researcher,Acme,https://example.test/job\n";
    const big = `Title,Company,Link\n${row.repeat(Math.ceil((20 * 1024 * 1024) / row.length))}`;
    const response = await upload(client, big);
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: "payload_too_large" });
    expect(response.json().error.message).toContain("10 MB");
    expect((await client.get("/api/imports")).json().imports).toEqual([]);
  });

  it("answers 400 for a body that isn't a CSV file, an empty file or one with only a header", async () => {
    const { client } = await signedInClient(testApp);
    const json = await client.post("/api/imports", { rows: [] });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.message).toContain("text/csv");
    expect((await upload(client, "")).statusCode).toBe(400);
    const headerOnly = await upload(client, "Title,Company\n");
    expect(headerOnly.statusCode).toBe(400);
    expect(headerOnly.json().error.message).toContain("no rows");
  });

  it("keeps imports private to their owner", async () => {
    const owner = await signedInClient(testApp);
    const preview = await uploadOk(owner.client, fixture("linkedin-saved-jobs.csv"));
    const other = await signedInClient(testApp);
    expect((await other.client.get(`/api/imports/${preview.importId}`)).statusCode).toBe(404);
    expect((await other.client.post(`/api/imports/${preview.importId}/commit`, {})).statusCode).toBe(404);
    expect((await other.client.get("/api/imports")).json().imports).toEqual([]);
    expect(await count("applications", other.user.id)).toBe(0);
  });
});
