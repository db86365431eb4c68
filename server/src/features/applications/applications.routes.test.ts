import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

type Page = {
  items: { roleTitle: string; roundName: string; title: string }[];
  nextCursor: string | null;
  total: number;
};
const fieldPaths = (body: { error: { fields?: { path: string }[] } }) => body.error.fields?.map((field) => field.path);

describe.each(dialects)("applications API on %s", (dialect) => {
  let testApp: TestApp;
  let client: TestClient;
  let userId: string;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    const signedIn = await signedInClient(testApp);
    client = signedIn.client;
    userId = signedIn.user.id;
    await client.put("/api/me/onboarding", { displayName: "Maya", roleFamilies: ["User research", "UX design"] });
  });
  afterAll(async () => testApp.close());

  const roleFamilyId = async (name: string) => {
    const row = await testApp.db.kysely
      .selectFrom("role_families")
      .select("id")
      .where("user_id", "=", userId)
      .where("name", "=", name)
      .executeTakeFirstOrThrow();
    return row.id;
  };

  it("adds an application, finding or creating its company by name, and records the first stage", async () => {
    const research = await roleFamilyId("User research");
    const created = await client.post("/api/applications", {
      roleTitle: "Senior User Researcher",
      companyName: "Fernleaf Health",
      roleFamilyId: research,
      tags: ["health", "Remote-first", "health"],
      jobUrl: "https://fernleaf.example/jobs/42",
      workMode: "remote",
      salaryMin: 70000,
      salaryMax: 85000,
      salaryCurrency: "eur",
      source: "Referral",
      excitement: 5,
      stage: "applied",
      appliedOn: "2026-11-02",
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      roleTitle: "Senior User Researcher",
      companyName: "Fernleaf Health",
      roleFamilyName: "User research",
      tags: ["health", "Remote-first"],
      salaryCurrency: "EUR",
      stage: "applied",
      appliedOn: "2026-11-02",
    });

    const again = await client.post("/api/applications", {
      roleTitle: "Researcher II",
      companyName: "fernleaf health",
    });
    expect(again.json().companyId).toBe(body.companyId);

    const history = await testApp.db.kysely
      .selectFrom("application_stage_changes")
      .selectAll()
      .where("application_id", "=", body.id)
      .execute();
    expect(history).toMatchObject([{ from_stage: null, to_stage: "applied" }]);
  });

  it("refuses bad input with 400 naming each field, and stores nothing", async () => {
    const before = (await client.get("/api/applications")).json().total;
    const cases: [object, string][] = [
      [{ roleTitle: "X", stage: "hired" }, "stage"],
      [{ roleTitle: "X", excitement: 7 }, "excitement"],
      [{ roleTitle: "X", salaryMin: "lots" }, "salaryMin"],
      [{ roleTitle: "X", jobUrl: "javascript:alert(1)" }, "jobUrl"],
      [{ roleTitle: "X", salaryMin: 90, salaryMax: 10 }, "salaryMax"],
      [{ roleTitle: "X", appliedOn: "2026-02-30" }, "appliedOn"],
      [{ roleTitle: "X", appliedOn: "2026-03-01", closedOn: "2026-02-01" }, "closedOn"],
      [{ roleTitle: "" }, "roleTitle"],
      [{ roleTitle: "X", roleFamilyId: "0190d2f4-0000-7000-8000-000000000000" }, "roleFamilyId"],
      [{ roleTitle: "X", companyId: "0190d2f4-0000-7000-8000-000000000000" }, "companyId"],
      [{ roleTitle: "X", contactIds: ["0190d2f4-0000-7000-8000-000000000000"] }, "contactIds.0"],
      [{ roleTitle: "X", surprise: true }, ""],
    ];
    for (const [payload, field] of cases) {
      const response = await client.post("/api/applications", payload);
      expect({ payload, status: response.statusCode }).toEqual({ payload, status: 400 });
      if (field) expect(fieldPaths(response.json())).toContain(field);
    }
    expect((await client.get("/api/applications")).json().total).toBe(before);
  });

  it("moves through stages, recording each transition, filling and clearing dates", async () => {
    const { id } = (
      await client.post("/api/applications", { roleTitle: "Design Researcher", companyName: "Quill" })
    ).json();
    expect((await client.get(`/api/applications/${id}`)).json().application.appliedOn).toBeNull();

    const applied = await client.post(`/api/applications/${id}/stage`, {
      stage: "applied",
      at: "2026-10-01T09:00:00Z",
    });
    expect(applied.json()).toMatchObject({ stage: "applied", appliedOn: "2026-10-01", closedOn: null });
    const rejected = await client.post(`/api/applications/${id}/stage`, {
      stage: "rejected",
      at: "2026-10-20T09:00:00Z",
    });
    expect(rejected.json()).toMatchObject({ stage: "rejected", closedOn: "2026-10-20" });
    const backwards = await client.post(`/api/applications/${id}/stage`, {
      stage: "screening",
      at: "2026-10-10T09:00:00Z",
    });
    expect(backwards.statusCode).toBe(400);
    expect(fieldPaths(backwards.json())).toEqual(["at"]);
    const reopened = await client.post(`/api/applications/${id}/stage`, { stage: "screening" });
    expect(reopened.json()).toMatchObject({ stage: "screening", closedOn: null, appliedOn: "2026-10-01" });
    expect((await client.post(`/api/applications/${id}/stage`, { stage: "nope" })).statusCode).toBe(400);
    const future = await client.post(`/api/applications/${id}/stage`, { stage: "offer", at: "2099-01-01T00:00:00Z" });
    expect(future.json().error.fields).toEqual([{ path: "at", message: "must not be in the future" }]);

    const detail = (await client.get(`/api/applications/${id}`)).json();
    const stages = detail.timeline
      .filter((event: { type: string }) => event.type === "stage_change")
      .map((event: { toStage: string }) => event.toStage);
    expect(stages).toEqual(["screening", "rejected", "applied", "wishlist"]);
  });

  it("shows interviews, tasks, notes and contacts on the application page and its timeline", async () => {
    const contact = await client.post("/api/contacts", { name: "Priya Raman", roleTitle: "Recruiter" });
    const { id } = (
      await client.post("/api/applications", {
        roleTitle: "UX Researcher",
        companyName: "Brightline",
        contactIds: [contact.json().id],
      })
    ).json();
    const interview = await client.post("/api/interviews", {
      applicationId: id,
      roundName: "Recruiter screen",
      kind: "recruiter_screen",
      startsAtLocal: "2026-12-01T14:00",
      timeZone: "Europe/Berlin",
      durationMinutes: 30,
      format: "video",
      interviewerIds: [contact.json().id],
    });
    expect(interview.statusCode).toBe(201);
    const task = await client.post("/api/tasks", { title: "Send thank-you", kind: "thank_you", applicationId: id });
    expect(task.statusCode).toBe(201);
    const note = await client.post(`/api/applications/${id}/notes`, {
      body: "Lovely team; **ask** about research ops.",
    });
    expect(note.statusCode).toBe(201);
    expect((await client.post(`/api/applications/${id}/notes`, { body: "   " })).statusCode).toBe(400);

    const detail = (await client.get(`/api/applications/${id}`)).json();
    expect(detail.contacts.map((person: { name: string }) => person.name)).toEqual(["Priya Raman"]);
    expect(detail.interviews[0]).toMatchObject({
      roundName: "Recruiter screen",
      startsAt: "2026-12-01T13:00:00.000Z",
      interviewers: [{ name: "Priya Raman" }],
    });
    expect(detail.tasks[0]).toMatchObject({ title: "Send thank-you", done: false, roleTitle: "UX Researcher" });
    expect(detail.timeline.map((event: { type: string }) => event.type).sort()).toEqual([
      "interview",
      "note",
      "stage_change",
      "task",
    ]);

    const edited = await client.patch(`/api/application-notes/${note.json().id}`, { body: "Edited" });
    expect(edited.json().body).toBe("Edited");
    expect((await client.get(`/api/applications/${id}`)).json().notes[0].body).toBe("Edited");
    expect((await client.delete(`/api/application-notes/${note.json().id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/applications/${id}`)).json().notes).toEqual([]);
  });

  it("edits only the given fields, re-validating ranges against stored values", async () => {
    const { id } = (
      await client.post("/api/applications", { roleTitle: "Researcher", salaryMin: 50000, notes: "first notes" })
    ).json();
    const patched = await client.patch(`/api/applications/${id}`, { location: "Lisbon", tags: ["eu"] });
    expect(patched.json()).toMatchObject({
      roleTitle: "Researcher",
      location: "Lisbon",
      tags: ["eu"],
      salaryMin: 50000,
    });
    const backwards = await client.patch(`/api/applications/${id}`, { salaryMax: 100 });
    expect(backwards.statusCode).toBe(400);
    expect(fieldPaths(backwards.json())).toEqual(["salaryMax"]);
    const cleared = await client.patch(`/api/applications/${id}`, { location: "", companyName: "Northwind" });
    expect(cleared.json()).toMatchObject({ location: null, companyName: "Northwind" });
    const moved = await client.patch(`/api/applications/${id}`, { stage: "applied" });
    expect(moved.json().stage).toBe("applied");
    const found = await client.get("/api/applications?q=northwind");
    expect(found.json().items.map((item: { id: string }) => item.id)).toContain(id);
  });

  it("lists with filters, search, sorting and keyset pages that cover every row once", async () => {
    const fresh = await signedInClient(testApp);
    const c = fresh.client;
    const titles = ["Alpha researcher", "Beta designer", "Gamma researcher", "Delta PM", "Epsilon researcher"];
    for (const [index, title] of titles.entries()) {
      await c.post("/api/applications", {
        roleTitle: title,
        companyName: index % 2 ? "Odd Co" : "Even Co",
        excitement: (index % 5) + 1,
        tags: index < 2 ? ["early"] : [],
        notes: index === 3 ? "met them at a 100% meetup" : "",
        stage: index < 3 ? "applied" : "wishlist",
        appliedOn: index < 3 ? `2026-10-0${index + 1}` : undefined,
      });
    }
    const titlesOf = (response: { json(): { items: { roleTitle: string }[] } }) =>
      response.json().items.map((item) => item.roleTitle);

    expect(titlesOf(await c.get("/api/applications?sort=title&order=asc"))).toEqual([...titles].sort());
    expect(titlesOf(await c.get("/api/applications?q=RESEARCHER&sort=title&order=asc"))).toEqual([
      "Alpha researcher",
      "Epsilon researcher",
      "Gamma researcher",
    ]);
    expect(titlesOf(await c.get("/api/applications?q=odd%20co"))).toHaveLength(2);
    expect(titlesOf(await c.get("/api/applications?q=100%25"))).toEqual(["Delta PM"]);
    expect(titlesOf(await c.get("/api/applications?q=%25"))).toEqual(["Delta PM"]);
    expect(titlesOf(await c.get("/api/applications?stage=wishlist&sort=title&order=asc"))).toEqual([
      "Delta PM",
      "Epsilon researcher",
    ]);
    expect(titlesOf(await c.get("/api/applications?stage=wishlist,applied"))).toHaveLength(5);
    expect(titlesOf(await c.get("/api/applications?tag=EARLY&sort=title&order=asc"))).toEqual([
      "Alpha researcher",
      "Beta designer",
    ]);
    expect(
      titlesOf(await c.get("/api/applications?appliedFrom=2026-10-02&appliedTo=2026-10-03&sort=applied&order=asc")),
    ).toEqual(["Beta designer", "Gamma researcher"]);
    expect(titlesOf(await c.get("/api/applications?sort=excitement&order=desc"))[0]).toBe("Epsilon researcher");

    for (const sort of ["updated", "created", "applied", "title", "company", "excitement", "stage"]) {
      for (const order of ["asc", "desc"]) {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: Page = (
            await c.get(`/api/applications?sort=${sort}&order=${order}&limit=2${cursor ? `&cursor=${cursor}` : ""}`)
          ).json();
          expect(page.total).toBe(5);
          seen.push(...page.items.map((item: { roleTitle: string }) => item.roleTitle));
          cursor = page.nextCursor;
        } while (cursor);
        expect({ sort, order, seen: [...seen].sort() }).toEqual({ sort, order, seen: [...titles].sort() });
      }
    }

    const bad = await c.get("/api/applications?sort=salary&limit=500&cursor=garbage&stage=hired");
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.json())).toEqual(expect.arrayContaining(["sort", "limit"]));
    expect((await c.get("/api/applications?cursor=garbage")).json().error.fields[0].path).toBe("cursor");
    expect((await c.get("/api/tags")).json().tags).toEqual(["early"]);
  });

  it("builds the board from every stage with counts, filters, and the next interview", async () => {
    const fresh = await signedInClient(testApp);
    const c = fresh.client;
    const first = (await c.post("/api/applications", { roleTitle: "Board one", stage: "applied", tags: ["x"] })).json();
    await c.post("/api/applications", { roleTitle: "Board two", stage: "applied" });
    await c.post("/api/applications", { roleTitle: "Board three" });
    await c.post("/api/interviews", {
      applicationId: first.id,
      roundName: "Panel",
      kind: "panel",
      startsAtLocal: "2099-01-05T10:00",
      timeZone: "UTC",
      format: "on_site",
    });
    const board = (await c.get("/api/board")).json();
    expect(board.columns.map((column: { stage: string }) => column.stage)).toHaveLength(9);
    const counts = Object.fromEntries(
      board.columns.map((column: { stage: string; count: number }) => [column.stage, column.count]),
    );
    expect(counts).toMatchObject({ wishlist: 1, applied: 2, screening: 0 });
    const card = board.columns[1].cards.find((item: { id: string }) => item.id === first.id);
    expect(card).toMatchObject({ tags: ["x"], nextInterviewAt: "2099-01-05T10:00:00.000Z" });

    // A move is visible at once: the cached board is keyed on the pipeline revision.
    await c.post(`/api/applications/${first.id}/stage`, { stage: "interviewing" });
    const after = (await c.get("/api/board")).json();
    expect(after.columns.find((column: { stage: string }) => column.stage === "interviewing").count).toBe(1);
    const filtered = (await c.get("/api/board?q=two")).json();
    expect(filtered.columns.reduce((sum: number, column: { count: number }) => sum + column.count, 0)).toBe(1);
    expect((await c.get("/api/board?tag=x")).json().columns[3].cards[0].id).toBe(first.id);
    expect((await c.get("/api/board?roleFamilyId=nope")).statusCode).toBe(400);
  });

  it("deletes an application with everything hanging off it", async () => {
    const { id } = (await client.post("/api/applications", { roleTitle: "Short-lived" })).json();
    await client.post("/api/tasks", { title: "Follow up", applicationId: id });
    expect((await client.delete(`/api/applications/${id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/applications/${id}`)).statusCode).toBe(404);
    expect((await client.delete(`/api/applications/${id}`)).statusCode).toBe(404);
    const leftovers = await testApp.db.kysely
      .selectFrom("tasks")
      .select("id")
      .where("application_id", "=", id)
      .execute();
    expect(leftovers).toEqual([]);
  });
});
