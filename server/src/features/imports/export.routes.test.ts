import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { exportColumns } from "./export-columns.ts";

const tricky = [
  "Title,Company,Status,Applied,Found,Salary,Link,Work mode,Excitement,Source,Tags,Notes",
  '"=HYPERLINK(""https://evil.example.test"",""Click"")",Acme,interviewing,2024-03-01,2024-02-20,"$80k-95k",https://acme.example.test/jobs/1,remote,4,Referral,"design; research, UX",',
  '"Researcher, Senior",@Mention Ltd,rejected,2024-01-10,,,,,2,,,"- first point\n- second, with ""quotes""\n+ third"',
  "Plain Role,,wishlist,,2024-03-05,,,,,,,",
].join("\n");

async function importCsv(client: TestClient, csv: string | Buffer) {
  const upload = await client.request("POST", "/api/imports?fileName=export.csv", csv, {
    headers: { "content-type": "text/csv" },
  });
  expect(upload.statusCode, upload.body).toBe(201);
  const commit = await client.post(`/api/imports/${upload.json().importId}/commit`, {});
  expect(commit.statusCode, commit.body).toBe(200);
  return { preview: upload.json(), summary: commit.json() };
}

/** What must survive a round trip: everything but ids and timestamps. */
const comparable = (applications: Record<string, unknown>[]) =>
  applications
    .map(({ id, companyId, roleFamilyId, createdAt, updatedAt, stageChangedAt, stageHistory, ...rest }) => rest)
    .sort((a, b) => String(a.roleTitle).localeCompare(String(b.roleTitle)));

describe.each(dialects)("export on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  it("exports CSV as an attachment, in the documented columns, with formulas made harmless", async () => {
    const { client } = await signedInClient(testApp);
    await importCsv(client, tricky);
    const response = await client.get("/api/export/applications?format=csv");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="debrief-applications-.*\.csv"$/);
    expect(response.body.charCodeAt(0)).toBe(0xfeff);

    const [header, ...rows] = parse(response.body, { bom: true }) as string[][];
    expect(header).toEqual(exportColumns.map((column) => column.header));
    const byTitle = new Map(rows.map((row) => [row[0], row]));
    expect(byTitle.get(`'=HYPERLINK("https://evil.example.test","Click")`)).toBeDefined();
    const senior = byTitle.get("Researcher, Senior");
    expect(senior?.[1]).toBe("'@Mention Ltd");
    expect(senior?.[15]).toBe('\'- first point\n- second, with "quotes"\n+ third');
    const hyperlink = byTitle.get(`'=HYPERLINK("https://evil.example.test","Click")`);
    expect(hyperlink?.slice(1, 4)).toEqual(["Acme", "interviewing", "2024-03-01"]);
    expect(hyperlink?.[14]).toBe("design; research, UX");
  });

  it("round-trips: an exported CSV imports into another account as the same applications", async () => {
    const { client } = await signedInClient(testApp);
    await importCsv(client, tricky);
    const original = (await client.get("/api/export/applications?format=json")).json();
    const csv = (await client.get("/api/export/applications?format=csv")).rawPayload;

    const other = await signedInClient(testApp);
    const { preview, summary } = await importCsv(other.client, csv);
    expect(preview.format).toBe("generic");
    expect(preview.mappingProblems).toEqual([]);
    expect(summary).toMatchObject({ created: 3, failedRows: 0 });
    const copy = (await other.client.get("/api/export/applications?format=json")).json();
    expect(comparable(copy.applications)).toEqual(comparable(original.applications));
    expect(comparable(original.applications)[0]).toMatchObject({
      roleTitle: '=HYPERLINK("https://evil.example.test","Click")',
      tags: ["design", "research, UX"],
      salaryMin: 80000,
    });
  });

  it("exports JSON with the stage history, and only my applications", async () => {
    const { client } = await signedInClient(testApp);
    await importCsv(client, tricky);
    const stranger = await signedInClient(testApp);
    const response = await client.get("/api/export/applications?format=json");
    expect(response.headers["content-disposition"]).toMatch(/\.json"$/);
    const body = response.json();
    expect(body.applications).toHaveLength(3);
    expect(body.applications[0].stageHistory).toEqual([
      expect.objectContaining({ fromStage: null, toStage: body.applications[0].stage }),
    ]);
    const empty = (await stranger.client.get("/api/export/applications?format=json")).json();
    expect(empty.applications).toEqual([]);
    const bad = await client.get("/api/export/applications?format=xml");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: "format", message: "must be csv or json" });
  });

  it("exports JSON with the feedback log, growth plan and soft landing too, without link secrets", async () => {
    const { client } = await signedInClient(testApp);
    const other = await signedInClient(testApp);
    const application = (await client.post("/api/applications", { roleTitle: "User Researcher" })).json();
    const link = (await client.post("/api/feedback/requests", { applicationId: application.id })).json();
    const entry = (
      await client.post("/api/feedback/entries", {
        applicationId: application.id,
        source: "call",
        body: "Lead with the outcome.",
      })
    ).json();
    await client.post("/api/action-items", { title: "Lead every case with its outcome" });
    await client.put(`/api/applications/${application.id}/soft-landing`, { planForMe: "A long run on Saturday" });
    await other.client.post("/api/action-items", { title: "Someone else's plan" });
    expect((await client.post("/api/thought-records", { situation: "After the panel" })).statusCode).toBe(201);
    expect((await client.put("/api/check-ins/2026-03-02", { pleasantness: 1, energy: -1 })).statusCode).toBeLessThan(
      300,
    );

    const response = await client.get("/api/export/applications?format=json");
    const exported = response.json();
    expect(exported.feedbackRequests).toEqual([expect.objectContaining({ id: link.request.id })]);
    expect(exported.feedbackEntries).toEqual([
      expect.objectContaining({ id: entry.id, body: "Lead with the outcome." }),
    ]);
    expect(exported.actionItems.map((item: { title: string }) => item.title)).toEqual([
      "Lead every case with its outcome",
    ]);
    expect(exported.softLandings).toEqual([expect.objectContaining({ planForMe: "A long run on Saturday" })]);
    expect(exported.thoughtRecords).toEqual([expect.objectContaining({ situation: "After the panel" })]);
    expect(exported.checkIns).toEqual([expect.objectContaining({ day: "2026-03-02", pleasantness: 1, energy: -1 })]);
    for (const key of [
      "feedbackThemes",
      "feedbackItems",
      "writingSessions",
      "messages",
      "messageTemplates",
      "thoughtRecords",
      "strengths",
      "strengthEvidence",
      "wins",
      "readingItems",
      "checkIns",
      "activities",
      "activityLogs",
      "jobSearchTime",
    ]) {
      expect(Array.isArray(exported[key])).toBe(true);
    }
    // The link's token and its hash stay out; the export is the person's data, not credentials.
    const token = String(link.url).split("/f/")[1] ?? "";
    expect(response.body).not.toContain(token);
    expect(response.body).not.toMatch(/tokenHash|editKeyHash|passwordEncrypted|userId/);
  });

  it("exports JSON with each application's interviews, prep, interviewers and debriefs", async () => {
    const { client } = await signedInClient(testApp);
    const application = (await client.post("/api/applications", { roleTitle: "User Researcher" })).json();
    const contact = (await client.post("/api/contacts", { name: "Amara Okafor" })).json();
    const interview = (
      await client.post("/api/interviews", {
        applicationId: application.id,
        roundName: "Case presentation",
        kind: "portfolio_presentation",
        startsAtLocal: "2026-02-10T10:00",
        timeZone: "Europe/Berlin",
        durationMinutes: 90,
        format: "on_site",
        interviewerIds: [contact.id],
        prep: { learningGoal: "Pause before answering." },
      })
    ).json();
    await client.put(`/api/interviews/${interview.id}/debrief`, {
      energy: 3,
      feelings: ["energized"],
      aeiou: { interactions: "They built on my ideas." },
    });
    const exported = (await client.get("/api/export/applications?format=json")).json();
    expect(exported.applications[0].interviews).toEqual([
      expect.objectContaining({
        id: interview.id,
        roundName: "Case presentation",
        startsAt: "2026-02-10T09:00:00.000Z",
        endsAt: "2026-02-10T10:30:00.000Z",
        prep: expect.objectContaining({ learningGoal: "Pause before answering." }),
        interviewers: [expect.objectContaining({ name: "Amara Okafor" })],
        debrief: expect.objectContaining({
          energy: 3,
          feelings: ["energized"],
          aeiou: expect.objectContaining({ interactions: "They built on my ideas." }),
        }),
      }),
    ]);
  });
});
