import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../db/ids.ts";
import { signedInClient } from "../../testing/factories.ts";
import { insertApplication } from "../../testing/pipeline-row-factories.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { currentPipelineRevision } from "../pipeline/revision.ts";
import { CompaniesRepo } from "./companies.repo.ts";

describe.each(dialects)("companies on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  const searchTextOf = async (applicationId: string) =>
    await testApp.db.kysely
      .selectFrom("applications")
      .select(["search_text", "company_id"])
      .where("id", "=", applicationId)
      .executeTakeFirstOrThrow();

  it("creates a company and shows it with its applications and contacts", async () => {
    const { client, user } = await signedInClient(testApp);
    const created = await client.post("/api/companies", {
      name: "  Northwind Studio ",
      website: "https://northwind.example.com",
      sizeBand: "51-200",
      industry: "Design tools",
      notes: "Met them at **Config**.",
    });
    expect(created.statusCode).toBe(201);
    const company = created.json();
    expect(company).toMatchObject({
      name: "Northwind Studio",
      website: "https://northwind.example.com",
      sizeBand: "51-200",
      industry: "Design tools",
      applicationCount: 0,
    });

    const older = await insertApplication(testApp.db.kysely, user.id, {
      companyId: company.id,
      roleTitle: "Product Designer",
      appliedOn: "2026-01-10",
    });
    const newer = await insertApplication(testApp.db.kysely, user.id, {
      companyId: company.id,
      roleTitle: "Senior Product Designer",
      stage: "screening",
      appliedOn: "2026-02-01",
    });
    const wish = await insertApplication(testApp.db.kysely, user.id, {
      companyId: company.id,
      roleTitle: "Design Lead",
      stage: "wishlist",
    });
    const contact = await client.post("/api/contacts", { name: "Ada Recruiter", companyId: company.id });

    const detail = await client.get(`/api/companies/${company.id}`);
    expect(detail.statusCode).toBe(200);
    const body = detail.json();
    expect(body.company.applicationCount).toBe(3);
    expect(body.applications).toEqual([
      { id: newer, roleTitle: "Senior Product Designer", stage: "screening", appliedOn: "2026-02-01" },
      { id: older, roleTitle: "Product Designer", stage: "applied", appliedOn: "2026-01-10" },
      { id: wish, roleTitle: "Design Lead", stage: "wishlist", appliedOn: null },
    ]);
    expect(body.contacts).toEqual([
      expect.objectContaining({ id: contact.json().id, name: "Ada Recruiter", companyName: "Northwind Studio" }),
    ]);

    const listed = await client.get("/api/companies");
    expect(listed.json().items).toEqual([expect.objectContaining({ id: company.id, applicationCount: 3 })]);
  });

  it("answers bad input with a 400 naming the field", async () => {
    const { client } = await signedInClient(testApp);
    const cases: [object, string][] = [
      [{ name: "Evil", website: "javascript:alert(1)" }, "website"],
      [{ name: "Ftp", website: "ftp://files.example.com" }, "website"],
      [{ name: "" }, "name"],
      [{ name: "   " }, "name"],
      [{ website: "https://nameless.example.com" }, "name"],
      [{ name: "Sized", sizeBand: "huge" }, "sizeBand"],
      [{ name: "Line\nbreak" }, "name"],
      [{ name: "Extra", ceo: "someone" }, ""],
    ];
    for (const [payload, field] of cases) {
      const response = await client.post("/api/companies", payload);
      expect({ payload, status: response.statusCode }).toEqual({ payload, status: 400 });
      const fields = response.json().error.fields.map((problem: { path: string }) => problem.path);
      if (field) expect(fields).toContain(field);
      else expect(response.json().error.fields[0].message).toContain("ceo");
    }
    const company = (await client.post("/api/companies", { name: "Fine" })).json();
    const patched = await client.patch(`/api/companies/${company.id}`, { website: "javascript:alert(1)" });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.fields[0].path).toBe("website");
    expect((await client.get("/api/companies/not-a-uuid")).json().error.fields[0].path).toBe("id");
    expect((await client.get("/api/companies?limit=0")).json().error.fields[0].path).toBe("limit");
  });

  it("refuses anonymous callers with 401", async () => {
    const anonymous = new TestClient(testApp.app);
    expect((await anonymous.get("/api/companies")).statusCode).toBe(401);
    expect((await anonymous.post("/api/companies", { name: "Nope" })).statusCode).toBe(401);
    expect((await anonymous.get(`/api/companies/${newId()}`)).statusCode).toBe(401);
  });

  it("keeps names unique per person, ignoring case (409 naming name)", async () => {
    const { client } = await signedInClient(testApp);
    const first = (await client.post("/api/companies", { name: "Acme Labs" })).json();
    const duplicate = await client.post("/api/companies", { name: "ACME labs" });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ code: "conflict", fields: [{ path: "name" }] });
    expect(duplicate.json().error.message).toContain("Acme Labs");

    const second = (await client.post("/api/companies", { name: "Globex" })).json();
    const renamed = await client.patch(`/api/companies/${second.id}`, { name: "acme LABS" });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json().error.fields[0].path).toBe("name");
    // Changing only the case of one's own name is fine.
    const recased = await client.patch(`/api/companies/${first.id}`, { name: "ACME Labs" });
    expect(recased.statusCode).toBe(200);
    expect(recased.json().name).toBe("ACME Labs");

    // Another person may have a company of the same name.
    const { client: other } = await signedInClient(testApp);
    expect((await other.post("/api/companies", { name: "Acme Labs" })).statusCode).toBe(201);
  });

  it("never shows, edits or deletes another person's company (404)", async () => {
    const owner = await signedInClient(testApp);
    const company = (await owner.client.post("/api/companies", { name: "Private Co" })).json();
    const { client: other } = await signedInClient(testApp);
    expect((await other.get(`/api/companies/${company.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/companies/${company.id}`, { name: "Mine now" })).statusCode).toBe(404);
    expect((await other.delete(`/api/companies/${company.id}`)).statusCode).toBe(404);
    expect((await other.get("/api/companies")).json().items).toEqual([]);
    expect((await owner.client.get(`/api/companies/${company.id}`)).json().company.name).toBe("Private Co");
  });

  it("pages through companies by name, ignoring case, with a cursor", async () => {
    const { client } = await signedInClient(testApp);
    for (const name of ["delta", "Bravo", "echo", "Alpha", "charlie"]) {
      expect((await client.post("/api/companies", { name })).statusCode).toBe(201);
    }
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : "?limit=2";
      const page = (await client.get(`/api/companies${query}`)).json();
      names.push(...page.items.map((item: { name: string }) => item.name));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(names).toEqual(["Alpha", "Bravo", "charlie", "delta", "echo"]);
    expect(pages).toBe(3);

    const bad = await client.get("/api/companies?cursor=garbage");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe("cursor");
  });

  it("searches names ignoring case, with % and _ matched literally", async () => {
    const { client } = await signedInClient(testApp);
    for (const name of ["Northwind Studio", "Southwind", "Studio 100%", "Studio 1000", "Under_score", "Underscore"]) {
      await client.post("/api/companies", { name });
    }
    const search = async (q: string) =>
      (await client.get(`/api/companies?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((item: { name: string }) => item.name);
    expect(await search("WIND")).toEqual(["Northwind Studio", "Southwind"]);
    expect(await search("studio")).toEqual(["Northwind Studio", "Studio 100%", "Studio 1000"]);
    expect(await search("100%")).toEqual(["Studio 100%"]);
    expect(await search("r_s")).toEqual(["Under_score"]);
    expect(await search("nothing like it")).toEqual([]);
  });

  it("refreshes the search text of the company's applications on rename", async () => {
    const { client, user } = await signedInClient(testApp);
    const company = (await client.post("/api/companies", { name: "Initech" })).json();
    const applicationId = await insertApplication(testApp.db.kysely, user.id, {
      companyId: company.id,
      companyName: "Initech",
      roleTitle: "UX Researcher",
      location: "Austin",
      source: "Referral",
      notes: "Ask about TPS reports",
      tags: ["research", "b2b"],
    });
    const elsewhere = await insertApplication(testApp.db.kysely, user.id, { roleTitle: "Other", notes: "initech" });
    expect((await searchTextOf(applicationId)).search_text).toContain("initech");

    expect((await client.patch(`/api/companies/${company.id}`, { name: "Initrode" })).statusCode).toBe(200);
    const text = (await searchTextOf(applicationId)).search_text;
    expect(text).toContain("initrode");
    expect(text).not.toContain("initech");
    for (const part of ["ux researcher", "austin", "referral", "tps reports", "research", "b2b"]) {
      expect(text).toContain(part);
    }
    // An application of another company is left alone.
    expect((await searchTextOf(elsewhere)).search_text).toContain("initech");
  });

  it("deletes a company but keeps its applications and contacts, without a company", async () => {
    const { client, user } = await signedInClient(testApp);
    const company = (await client.post("/api/companies", { name: "Hooli" })).json();
    const applicationId = await insertApplication(testApp.db.kysely, user.id, {
      companyId: company.id,
      companyName: "Hooli",
      roleTitle: "Interaction Designer",
    });
    const contact = (await client.post("/api/contacts", { name: "Gavin", companyId: company.id })).json();

    expect((await client.delete(`/api/companies/${company.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/companies/${company.id}`)).statusCode).toBe(404);
    expect((await client.delete(`/api/companies/${company.id}`)).statusCode).toBe(404);

    const application = await searchTextOf(applicationId);
    expect(application.company_id).toBeNull();
    expect(application.search_text).toContain("interaction designer");
    expect(application.search_text).not.toContain("hooli");
    const kept = (await client.get(`/api/contacts/${contact.id}`)).json().contact;
    expect(kept).toMatchObject({ name: "Gavin", companyId: null, companyName: null });
  });

  it("bumps the pipeline revision on every write, and not on a refused one", async () => {
    const { client, user } = await signedInClient(testApp);
    const revision = () => currentPipelineRevision(testApp.db.kysely, user.id);
    const start = await revision();
    const company = (await client.post("/api/companies", { name: "Umbrella" })).json();
    expect(await revision()).toBe(start + 1);
    await client.patch(`/api/companies/${company.id}`, { industry: "Pharma" });
    expect(await revision()).toBe(start + 2);
    expect((await client.post("/api/companies", { name: "umbrella" })).statusCode).toBe(409);
    expect(await revision()).toBe(start + 2);
    await client.delete(`/api/companies/${company.id}`);
    expect(await revision()).toBe(start + 3);
  });

  it("clears optional fields with null or an empty string", async () => {
    const { client } = await signedInClient(testApp);
    const company = (
      await client.post("/api/companies", {
        name: "Clearable",
        website: "https://clearable.example.com",
        sizeBand: "1-10",
        industry: "Fintech",
      })
    ).json();
    const cleared = await client.patch(`/api/companies/${company.id}`, { website: "", sizeBand: null, industry: "" });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ name: "Clearable", website: null, sizeBand: null, industry: null });
  });

  it("makes one company when the same name is posted many times at once", async () => {
    const { client, user } = await signedInClient(testApp);
    const names = ["Parallel Inc", "PARALLEL inc", "parallel INC", "Parallel Inc", "parallel inc"];
    const responses = await Promise.all(names.map((name) => client.post("/api/companies", { name })));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    const rows = await testApp.db.kysely.selectFrom("companies").select("id").where("user_id", "=", user.id).execute();
    expect(rows).toHaveLength(1);
  });

  it("documents the routes in the OpenAPI description", async () => {
    const spec = (await testApp.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(["/api/companies", "/api/companies/{id}"]));
    expect(spec.paths["/api/companies/{id}"].delete.summary).toMatch(/applications and contacts are kept/);
    expect(spec.paths["/api/companies/{id}"].get.responses["200"]).toBeDefined();
  });

  it("finds or creates a company by name for the applications service", async () => {
    const { user } = await signedInClient(testApp);
    const repo = new CompaniesRepo(testApp.db.kysely, dialect);
    const made = await testApp.db.kysely
      .transaction()
      .execute((trx) => repo.findOrCreateByName(trx, user.id, "Vandelay Industries"));
    const found = await testApp.db.kysely
      .transaction()
      .execute((trx) => repo.findOrCreateByName(trx, user.id, "VANDELAY industries"));
    expect(found.id).toBe(made.id);
    expect(found.name).toBe("Vandelay Industries");
    const rows = await testApp.db.kysely.selectFrom("companies").select("id").where("user_id", "=", user.id).execute();
    expect(rows).toHaveLength(1);
    // Each person has their own.
    const { user: other } = await signedInClient(testApp);
    const theirs = await testApp.db.kysely
      .transaction()
      .execute((trx) => repo.findOrCreateByName(trx, other.id, "Vandelay Industries"));
    expect(theirs.id).not.toBe(made.id);
  });
});
