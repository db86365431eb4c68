import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../db/ids.ts";
import { signedInClient } from "../../testing/factories.ts";
import {
  insertApplication,
  insertInterview,
  linkContactToApplication,
  linkInterviewer,
} from "../../testing/pipeline-row-factories.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { currentPipelineRevision } from "../pipeline/revision.ts";

describe.each(dialects)("contacts on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  const names = (response: { json(): { items: { name: string }[] } }) => response.json().items.map((item) => item.name);

  it("creates a contact at one of my companies and reads it back", async () => {
    const { client } = await signedInClient(testApp);
    const company = (await client.post("/api/companies", { name: "Northwind" })).json();
    const created = await client.post("/api/contacts", {
      name: "Grace Hopper",
      roleTitle: "Head of Design",
      email: "  Grace@Northwind.Example.com ",
      phone: "+49 (30) 123-4567",
      profileUrl: "https://www.linkedin.com/in/grace",
      companyId: company.id,
      notes: "Warm intro via Ada.",
    });
    expect(created.statusCode).toBe(201);
    const contact = created.json();
    expect(contact).toMatchObject({
      name: "Grace Hopper",
      roleTitle: "Head of Design",
      email: "grace@northwind.example.com",
      phone: "+49 (30) 123-4567",
      profileUrl: "https://www.linkedin.com/in/grace",
      companyId: company.id,
      companyName: "Northwind",
      notes: "Warm intro via Ada.",
    });
    const detail = await client.get(`/api/contacts/${contact.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toEqual({ contact, applications: [], interviews: [] });
  });

  it("answers bad input with a 400 naming the field", async () => {
    const { client } = await signedInClient(testApp);
    const cases: [object, string][] = [
      [{ name: "A", email: "nope" }, "email"],
      [{ name: "A", profileUrl: "javascript:alert(1)" }, "profileUrl"],
      [{ name: "A", phone: "call me maybe" }, "phone"],
      [{ name: "A", companyId: "not-an-id" }, "companyId"],
      [{ name: "" }, "name"],
      [{ email: "a@example.com" }, "name"],
    ];
    for (const [payload, field] of cases) {
      const response = await client.post("/api/contacts", payload);
      expect({ payload, status: response.statusCode }).toEqual({ payload, status: 400 });
      expect(response.json().error.fields.map((problem: { path: string }) => problem.path)).toContain(field);
    }
    const contact = (await client.post("/api/contacts", { name: "Fine" })).json();
    const patched = await client.patch(`/api/contacts/${contact.id}`, { email: "nope" });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.fields[0].path).toBe("email");
    expect((await client.get("/api/contacts?companyId=nope")).json().error.fields[0].path).toBe("companyId");
  });

  it("refuses a company that is not mine with a 400 naming companyId", async () => {
    const { client: other } = await signedInClient(testApp);
    const theirs = (await other.post("/api/companies", { name: "Theirs" })).json();
    const { client } = await signedInClient(testApp);
    for (const companyId of [theirs.id, newId()]) {
      const response = await client.post("/api/contacts", { name: "Sneaky", companyId });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual([{ path: "companyId", message: "must be one of your companies" }]);
    }
    const mine = (await client.post("/api/contacts", { name: "Honest" })).json();
    const patched = await client.patch(`/api/contacts/${mine.id}`, { companyId: theirs.id });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.fields[0].path).toBe("companyId");
    expect((await client.get(`/api/contacts/${mine.id}`)).json().contact.companyId).toBeNull();
  });

  it("refuses anonymous callers with 401", async () => {
    const anonymous = new TestClient(testApp.app);
    expect((await anonymous.get("/api/contacts")).statusCode).toBe(401);
    expect((await anonymous.post("/api/contacts", { name: "Nope" })).statusCode).toBe(401);
    expect((await anonymous.get(`/api/contacts/${newId()}`)).statusCode).toBe(401);
    expect((await anonymous.delete(`/api/contacts/${newId()}`)).statusCode).toBe(401);
  });

  it("never shows, edits or deletes another person's contact (404)", async () => {
    const owner = await signedInClient(testApp);
    const contact = (await owner.client.post("/api/contacts", { name: "Private Person" })).json();
    const { client: other } = await signedInClient(testApp);
    expect((await other.get(`/api/contacts/${contact.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/contacts/${contact.id}`, { name: "Mine now" })).statusCode).toBe(404);
    expect((await other.delete(`/api/contacts/${contact.id}`)).statusCode).toBe(404);
    expect((await other.get("/api/contacts")).json().items).toEqual([]);
    expect((await owner.client.get(`/api/contacts/${contact.id}`)).json().contact.name).toBe("Private Person");
  });

  it("pages by name with a cursor, searches name, email and role title, and filters by company", async () => {
    const { client } = await signedInClient(testApp);
    const acme = (await client.post("/api/companies", { name: "Acme" })).json();
    await client.post("/api/contacts", { name: "dora", email: "dora@acme.example.com", companyId: acme.id });
    await client.post("/api/contacts", { name: "Bob", roleTitle: "Tech Recruiter" });
    await client.post("/api/contacts", { name: "alice", companyId: acme.id });
    await client.post("/api/contacts", { name: "Carol", email: "carol@elsewhere.example.com" });

    const first = (await client.get("/api/contacts?limit=3")).json();
    expect(first.items.map((item: { name: string }) => item.name)).toEqual(["alice", "Bob", "Carol"]);
    const second = (await client.get(`/api/contacts?limit=3&cursor=${encodeURIComponent(first.nextCursor)}`)).json();
    expect(second.items.map((item: { name: string }) => item.name)).toEqual(["dora"]);
    expect(second.nextCursor).toBeNull();

    expect(names(await client.get("/api/contacts?q=ACME.EXAMPLE"))).toEqual(["dora"]);
    expect(names(await client.get("/api/contacts?q=recruiter"))).toEqual(["Bob"]);
    expect(names(await client.get("/api/contacts?q=AL"))).toEqual(["alice"]);
    expect(names(await client.get(`/api/contacts?companyId=${acme.id}`))).toEqual(["alice", "dora"]);
    expect(names(await client.get(`/api/contacts?companyId=${acme.id}&q=dor`))).toEqual(["dora"]);
    expect((await client.get("/api/contacts?cursor=%%%")).statusCode).toBe(400);
  });

  it("shows the applications and interviews a contact is linked to", async () => {
    const { client, user } = await signedInClient(testApp);
    const db = testApp.db.kysely;
    const company = (await client.post("/api/companies", { name: "Initech" })).json();
    const contact = (await client.post("/api/contacts", { name: "Bill", companyId: company.id })).json();
    const applicationId = await insertApplication(db, user.id, {
      companyId: company.id,
      roleTitle: "Product Designer",
      stage: "interviewing",
      appliedOn: "2026-02-03",
    });
    const unlinked = await insertApplication(db, user.id, { roleTitle: "Unrelated" });
    await linkContactToApplication(db, user.id, applicationId, contact.id);
    const earlier = await insertInterview(db, user.id, applicationId, {
      roundName: "Screen",
      startsAt: "2026-02-10T09:00:00.000Z",
    });
    const later = await insertInterview(db, user.id, applicationId, {
      roundName: "Portfolio review",
      startsAt: "2026-02-20T13:00:00.000Z",
    });
    await insertInterview(db, user.id, unlinked, { roundName: "Not theirs" });
    await linkInterviewer(db, user.id, earlier, contact.id);
    await linkInterviewer(db, user.id, later, contact.id);

    const detail = (await client.get(`/api/contacts/${contact.id}`)).json();
    expect(detail.applications).toEqual([
      {
        id: applicationId,
        roleTitle: "Product Designer",
        companyName: "Initech",
        stage: "interviewing",
        appliedOn: "2026-02-03",
      },
    ]);
    expect(detail.interviews.map((interview: { id: string }) => interview.id)).toEqual([later, earlier]);
    expect(detail.interviews[0]).toEqual({
      id: later,
      applicationId,
      roleTitle: "Product Designer",
      companyName: "Initech",
      roundName: "Portfolio review",
      kind: "hiring_manager",
      startsAt: "2026-02-20T13:00:00.000Z",
      timeZone: "Europe/Berlin",
    });

    // Deleting the contact drops the links, never the application or interviews.
    expect((await client.delete(`/api/contacts/${contact.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/contacts/${contact.id}`)).statusCode).toBe(404);
    const links = await db.selectFrom("application_contacts").selectAll().where("user_id", "=", user.id).execute();
    expect(links).toEqual([]);
    const interviews = await db.selectFrom("interviews").select("id").where("user_id", "=", user.id).execute();
    expect(interviews).toHaveLength(3);
    expect(
      await db.selectFrom("applications").select("id").where("id", "=", applicationId).executeTakeFirst(),
    ).toBeDefined();
  });

  it("edits only the fields sent, clears with null or an empty string, and bumps the revision", async () => {
    const { client, user } = await signedInClient(testApp);
    const revision = () => currentPipelineRevision(testApp.db.kysely, user.id);
    const company = (await client.post("/api/companies", { name: "Globex" })).json();
    const contact = (
      await client.post("/api/contacts", {
        name: "Hank",
        email: "hank@globex.example.com",
        phone: "555-0100",
        companyId: company.id,
      })
    ).json();
    const before = await revision();
    const patched = await client.patch(`/api/contacts/${contact.id}`, {
      roleTitle: "Hiring manager",
      phone: "",
      companyId: null,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      name: "Hank",
      email: "hank@globex.example.com",
      roleTitle: "Hiring manager",
      phone: null,
      companyId: null,
      companyName: null,
    });
    expect(await revision()).toBe(before + 1);
    expect((await client.patch(`/api/contacts/${contact.id}`, { companyId: newId() })).statusCode).toBe(400);
    expect(await revision()).toBe(before + 1);
    await client.delete(`/api/contacts/${contact.id}`);
    expect(await revision()).toBe(before + 2);
  });
});
