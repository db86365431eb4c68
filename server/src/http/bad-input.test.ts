import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../testing/factories.ts";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";
import { dialects } from "../testing/test-database.ts";
import { installErrorHandler } from "./error-handler.ts";

describe.each(dialects)("bad input on %s", (dialect) => {
  let testApp: TestApp;
  let client: TestClient;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    client = (await signedInClient(testApp)).client;
  });
  afterAll(async () => testApp.close());

  it("answers malformed JSON with 400 invalid_json", async () => {
    const response = await client.request("POST", "/api/tokens", '{"name": "x",', {
      headers: { "content-type": "application/json" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("invalid_json");
  });

  it("answers wrong types with the field path", async () => {
    const response = await client.post("/api/tokens", { name: 42, expiresInDays: "soon" });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields.map((field: { path: string }) => field.path);
    expect(fields).toEqual(expect.arrayContaining(["name", "expiresInDays"]));
  });

  it("answers unknown fields with 400 naming them", async () => {
    const response = await client.patch("/api/me", { displayName: "A", isAdmin: true });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain("isAdmin");
  });

  it("answers oversized bodies with 413", async () => {
    const response = await client.post("/api/tokens", { name: "x".repeat(2 * 1024 * 1024) });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("payload_too_large");
  });

  it("answers absurdly long strings with 400", async () => {
    const response = await client.patch("/api/me", { displayName: "x".repeat(5000) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0]).toEqual({ path: "displayName", message: "must be at most 100 characters" });
  });

  it("rejects a bad id in the path with 400, not 500", async () => {
    const response = await client.delete("/api/tokens/not-an-id");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe("id");
  });

  it("stores HTML and SQL exactly as typed", async () => {
    const sneaky = `<script>alert("x")</script>'; DROP TABLE users; --`;
    const response = await client.patch("/api/me", { displayName: sneaky.slice(0, 100) });
    expect(response.statusCode).toBe(200);
    expect((await client.get("/api/me")).json().user.displayName).toBe(sneaky.slice(0, 100));
    const token = await client.post("/api/tokens", { name: "Robert'); DROP TABLE personal_access_tokens;--" });
    expect(token.json().info.name).toBe("Robert'); DROP TABLE personal_access_tokens;--");
    expect((await client.get("/api/tokens")).json().tokens.length).toBeGreaterThan(0);
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const response = await client.get("/api/no-such-thing");
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not_found");
  });

  it("sends security headers with a strict CSP", async () => {
    const response = await client.get("/healthz");
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends data responses the headers for data: nothing may load, frame, sniff or cache them", async () => {
    const response = await client.get("/api/auth/session");
    expect(response.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers["x-frame-options"]).toBe("DENY");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["cross-origin-resource-policy"]).toBe("same-origin");
    expect(response.headers["cache-control"]).toBe("no-store");
    // Document-only headers stay on pages, not on JSON.
    expect(response.headers["cross-origin-opener-policy"]).toBeUndefined();
    const notFound = await client.get("/api/no-such-thing");
    expect(notFound.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    const docs = await client.get("/api/docs/");
    expect(String(docs.headers["content-security-policy"])).toContain("script-src 'self' 'unsafe-inline'");
  });

  it("serves the OpenAPI document with the routes and their schemas", async () => {
    const response = await client.get("/api/openapi.json");
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(document.paths["/api/auth/sign-in"].post.requestBody).toBeDefined();
    expect(document.paths["/api/tokens/{id}"].delete).toBeDefined();
    const docs = await client.get("/api/docs/");
    expect(docs.statusCode).toBe(200);
    expect(docs.headers["content-type"]).toContain("text/html");
  });

  it("never answers a 500 to junk bodies or query strings on any route", async () => {
    const junkBodies: unknown[] = [[], "text", {}, { a: { b: [1, { c: null }] } }, { id: 1, stage: ["x"] }, 42];
    const junkQuery = "?limit=-1&cursor=%00%ff&stage=hired&sort=%27;--&q=%25%5F%5C&from=yesterday&status=1";
    const routes = testApp.routes.filter((route) => route.method !== "HEAD" && route.method !== "OPTIONS");
    for (const route of routes) {
      const url = route.url.replace(/:[A-Za-z]+/g, "0190d2f4-0000-7000-8000-000000000000");
      const bodies = route.method === "GET" || route.method === "DELETE" ? [undefined] : junkBodies;
      for (const body of bodies) {
        const response = await client.request(route.method as "POST", `${url}${junkQuery}`, body);
        expect({ route: `${route.method} ${route.url}`, body, status: response.statusCode < 500 }).toEqual({
          route: `${route.method} ${route.url}`,
          body,
          status: true,
        });
      }
    }
  });

  it("reports readiness from the database", async () => {
    expect((await client.get("/readyz")).json()).toEqual({ status: "ready" });
  });
});

describe("unexpected errors", () => {
  it("answer 500 with a request id and no internals", async () => {
    const app = Fastify({ logger: false });
    installErrorHandler(app);
    app.get("/boom", async () => {
      throw new Error("secret connection string postgres://user:pw@host");
    });
    const response = await app.inject({ method: "GET", url: "/boom" });
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body.error.code).toBe("internal_error");
    expect(body.error.requestId).toBeTruthy();
    expect(response.body).not.toContain("postgres://");
    await app.close();
  });
});
