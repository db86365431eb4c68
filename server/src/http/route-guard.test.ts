import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../db/ids.ts";
import { signedInClient } from "../testing/factories.ts";
import { createTestApp, type TestApp, TestClient } from "../testing/test-app.ts";
import { dialects } from "../testing/test-database.ts";

/**
 * The route guard: every registered route is either on this explicit public allowlist, or
 * refuses anonymous callers with 401 and never shows one user's data to another. A route
 * added without coverage here makes this suite fail.
 */
const publicRoutes = new Set([
  "GET /healthz",
  "GET /readyz",
  "GET /api/openapi.json",
  "GET /api/auth/session",
  "POST /api/auth/register",
  "POST /api/auth/sign-in",
  // The calendar feed: the secret in the path is the credential (calendar apps cannot sign in).
  "GET /calendar/:token.ics",
  // The feedback link: the token in the path is the credential; the page shows only the candidate's
  // name and the role (feedback.routes.test.ts checks what it must not reveal).
  "GET /api/public/feedback/:token",
  "POST /api/public/feedback/:token",
  "PUT /api/public/feedback/:token",
]);
/** The API reference page and its assets (a plugin's routes) are public by path. */
const isDocsRoute = (url: string) => url === "/api/docs" || url.startsWith("/api/docs/");

/** Routes only the owner may use: other signed-in users get 403 before any lookup. */
const ownerOnlyRoutes = new Set([
  "GET /api/admin/settings",
  "PUT /api/admin/settings",
  "GET /api/admin/invites",
  "POST /api/admin/invites",
  "DELETE /api/admin/invites/:id",
]);

/**
 * Routes whose path parameter names one of the caller's own things by kind (not an id), so
 * there is nothing of another user's to address: each person's message templates. That one
 * person's edits stay invisible to another is tested in messages.routes.test.ts.
 */
const ownKindRoutes = new Set([
  "PUT /api/message-templates/:kind",
  "DELETE /api/message-templates/:kind",
  // Each person's own check-in days (wellbeing.routes.test.ts checks one user's day never touches another's).
  "PUT /api/check-ins/:day",
  "DELETE /api/check-ins/:day",
]);

type Client = TestClient;
interface Seeded {
  owner: { client: Client; email: string };
  ids: Record<string, string>;
}

/**
 * For each route with an :id, how to make a resource that belongs to the owner (user A);
 * the guard then asks for it as user B and expects 404 (or 403 for owner-only routes).
 */
const ownedResourceFixtures: Record<string, (seeded: Seeded) => string> = {
  "GET /api/applications/:id": (seeded) => seeded.ids.application as string,
  "PATCH /api/applications/:id": (seeded) => seeded.ids.application as string,
  "DELETE /api/applications/:id": (seeded) => seeded.ids.application as string,
  "POST /api/applications/:id/stage": (seeded) => seeded.ids.application as string,
  "POST /api/applications/:id/notes": (seeded) => seeded.ids.application as string,
  "PATCH /api/application-notes/:id": (seeded) => seeded.ids.note as string,
  "DELETE /api/application-notes/:id": (seeded) => seeded.ids.note as string,
  "GET /api/interviews/:id": (seeded) => seeded.ids.interview as string,
  "PATCH /api/interviews/:id": (seeded) => seeded.ids.interview as string,
  "DELETE /api/interviews/:id": (seeded) => seeded.ids.interview as string,
  "PATCH /api/tasks/:id": (seeded) => seeded.ids.task as string,
  "DELETE /api/tasks/:id": (seeded) => seeded.ids.task as string,
  "DELETE /api/me/sessions/:id": (seeded) => seeded.ids.session as string,
  "DELETE /api/tokens/:id": (seeded) => seeded.ids.token as string,
  "DELETE /api/admin/invites/:id": (seeded) => seeded.ids.invite as string,
  "GET /api/interviews/:id/ics": (seeded) => seeded.ids.interview as string,
  "GET /api/interviews/:id/debrief": (seeded) => seeded.ids.debriefedInterview as string,
  "PUT /api/interviews/:id/debrief": (seeded) => seeded.ids.debriefedInterview as string,
  "DELETE /api/interviews/:id/debrief": (seeded) => seeded.ids.debriefedInterview as string,
  "GET /api/companies/:id": (seeded) => seeded.ids.company as string,
  "PATCH /api/companies/:id": (seeded) => seeded.ids.company as string,
  "DELETE /api/companies/:id": (seeded) => seeded.ids.company as string,
  "GET /api/contacts/:id": (seeded) => seeded.ids.contact as string,
  "PATCH /api/contacts/:id": (seeded) => seeded.ids.contact as string,
  "DELETE /api/contacts/:id": (seeded) => seeded.ids.contact as string,
  "GET /api/imports/:id": (seeded) => seeded.ids.csvImport as string,
  "POST /api/imports/:id/preview": (seeded) => seeded.ids.csvImport as string,
  "POST /api/imports/:id/commit": (seeded) => seeded.ids.csvImport as string,
  "GET /api/outbox/:id": (seeded) => seeded.ids.outboxMessage as string,
  "POST /api/outbox/:id/retry": (seeded) => seeded.ids.outboxMessage as string,
  "POST /api/outbox/:id/cancel": (seeded) => seeded.ids.outboxMessage as string,
  "GET /api/feedback/entries/:id": (seeded) => seeded.ids.feedbackEntry as string,
  "PATCH /api/feedback/entries/:id": (seeded) => seeded.ids.feedbackEntry as string,
  "DELETE /api/feedback/entries/:id": (seeded) => seeded.ids.feedbackEntry as string,
  "PUT /api/feedback/entries/:id/items": (seeded) => seeded.ids.feedbackEntry as string,
  "POST /api/feedback/requests/:id/answered": (seeded) => seeded.ids.feedbackRequest as string,
  "POST /api/feedback/requests/:id/sent": (seeded) => seeded.ids.feedbackRequest as string,
  "PATCH /api/feedback/themes/:id": (seeded) => seeded.ids.feedbackTheme as string,
  "DELETE /api/feedback/themes/:id": (seeded) => seeded.ids.feedbackTheme as string,
  "GET /api/applications/:id/soft-landing": (seeded) => seeded.ids.application as string,
  "PUT /api/applications/:id/soft-landing": (seeded) => seeded.ids.application as string,
  "POST /api/applications/:id/soft-landing/dismiss": (seeded) => seeded.ids.application as string,
  "GET /api/writing-sessions/:id": (seeded) => seeded.ids.writingSession as string,
  "PATCH /api/writing-sessions/:id": (seeded) => seeded.ids.writingSession as string,
  "DELETE /api/writing-sessions/:id": (seeded) => seeded.ids.writingSession as string,
  "PATCH /api/action-items/:id": (seeded) => seeded.ids.actionItem as string,
  "DELETE /api/action-items/:id": (seeded) => seeded.ids.actionItem as string,
  "PATCH /api/activities/:id": (seeded) => seeded.ids.activity as string,
  "DELETE /api/activities/:id": (seeded) => seeded.ids.activity as string,
  "DELETE /api/activity-logs/:id": (seeded) => seeded.ids.activityLog as string,
  "DELETE /api/job-search-time/:id": (seeded) => seeded.ids.jobSearchTime as string,
  "GET /api/thought-records/:id": (seeded) => seeded.ids.thoughtRecord as string,
  "PATCH /api/thought-records/:id": (seeded) => seeded.ids.thoughtRecord as string,
  "DELETE /api/thought-records/:id": (seeded) => seeded.ids.thoughtRecord as string,
  "GET /api/strengths/:id": (seeded) => seeded.ids.strength as string,
  "PATCH /api/strengths/:id": (seeded) => seeded.ids.strength as string,
  "DELETE /api/strengths/:id": (seeded) => seeded.ids.strength as string,
  "POST /api/strengths/:id/evidence": (seeded) => seeded.ids.strength as string,
  "DELETE /api/strength-evidence/:id": (seeded) => seeded.ids.strengthEvidence as string,
  "GET /api/wins/:id": (seeded) => seeded.ids.win as string,
  "PATCH /api/wins/:id": (seeded) => seeded.ids.win as string,
  "DELETE /api/wins/:id": (seeded) => seeded.ids.win as string,
  "GET /api/reading/:id": (seeded) => seeded.ids.readingItem as string,
  "PATCH /api/reading/:id": (seeded) => seeded.ids.readingItem as string,
  "DELETE /api/reading/:id": (seeded) => seeded.ids.readingItem as string,
};

/** A body that passes validation for routes that need one, so a refusal is the guard's doing. */
const validBodies: Record<string, unknown> = {
  "POST /api/applications": { roleTitle: "Guard role" },
  "PATCH /api/applications/:id": { roleTitle: "Guard role renamed" },
  "POST /api/applications/:id/stage": { stage: "applied" },
  "POST /api/applications/:id/notes": { body: "Guard note" },
  "PATCH /api/application-notes/:id": { body: "Guard note edited" },
  "POST /api/interviews": {
    applicationId: "0190d2f4-0000-7000-8000-000000000000",
    roundName: "Guard",
    kind: "other",
    startsAtLocal: "2030-01-01T10:00",
    timeZone: "UTC",
    format: "video",
  },
  "PATCH /api/interviews/:id": { roundName: "Guard round" },
  "POST /api/tasks": { title: "Guard task" },
  "PATCH /api/tasks/:id": { done: true },
  "PUT /api/me/pipeline-settings": { ghostAfterWeeks: 4 },
  "PUT /api/interviews/:id/debrief": { energy: 1 },
  "PUT /api/me/debrief-settings": { reminderEmail: true },
  "POST /api/tokens": { name: "guard" },
  "PATCH /api/me": { displayName: "Guard" },
  "PUT /api/me/onboarding": { displayName: "Guard", roleFamilies: [] },
  "PUT /api/me/role-families": { names: [] },
  "POST /api/auth/password": { currentPassword: "x", newPassword: "long enough password" },
  "PUT /api/admin/settings": { registrationMode: "open" },
  "POST /api/admin/invites": {},
  "POST /api/companies": { name: "Guard company" },
  "PATCH /api/companies/:id": { name: "Guard company renamed" },
  "POST /api/contacts": { name: "Guard contact" },
  "PATCH /api/contacts/:id": { name: "Guard contact renamed" },
  "POST /api/imports/:id/preview": { mapping: {} },
  "POST /api/imports/:id/commit": {},
  "PUT /api/me/smtp": { host: "smtp.guard.test", port: 587, security: "starttls", fromAddress: "guard@guard.test" },
  "POST /api/feedback/requests": { applicationId: "0190d2f4-0000-7000-8000-000000000000" },
  "POST /api/feedback/entries": { source: "email", body: "Guard feedback" },
  "PATCH /api/feedback/entries/:id": { body: "Guard feedback edited" },
  "PUT /api/feedback/entries/:id/items": { items: [{ text: "Guard item", themeId: null }] },
  "POST /api/feedback/themes": { name: "Guard theme" },
  "PATCH /api/feedback/themes/:id": { name: "Guard theme renamed" },
  "PUT /api/message-templates/:kind": { subject: "Guard subject", body: "Guard body" },
  "POST /api/messages/preview": { kind: "follow_up", applicationId: "0190d2f4-0000-7000-8000-000000000000" },
  "POST /api/messages/send": {
    kind: "follow_up",
    applicationId: "0190d2f4-0000-7000-8000-000000000000",
    to: "guard@guard.test",
    subject: "Guard",
    body: "Guard",
  },
  "PUT /api/applications/:id/soft-landing": { planForMe: "Guard plan" },
  "POST /api/writing-sessions": { body: "Guard writing" },
  "PATCH /api/writing-sessions/:id": { body: "Guard writing edited" },
  "POST /api/action-items": { title: "Guard item" },
  "PATCH /api/action-items/:id": { status: "done" },
  "PUT /api/check-ins/:day": { pleasantness: 0, energy: 0 },
  "POST /api/activities": { name: "Guard activity" },
  "PATCH /api/activities/:id": { name: "Guard activity renamed" },
  "POST /api/activity-logs": { activityId: "0190d2f4-0000-7000-8000-000000000000" },
  "POST /api/job-search-time": { day: "2026-03-02", minutes: 30 },
  "POST /api/thought-records": { reframe: "Guard reframe" },
  "PATCH /api/thought-records/:id": { reframe: "Guard reframe edited" },
  "POST /api/journal/spiral-check": { text: "Guard thought" },
  "POST /api/strengths": { name: "Guard strength" },
  "PATCH /api/strengths/:id": { name: "Guard strength edited" },
  "POST /api/strengths/:id/evidence": { text: "Guard evidence" },
  "POST /api/wins": { title: "Guard win" },
  "PATCH /api/wins/:id": { title: "Guard win edited" },
  "POST /api/reading": { title: "Guard article", url: "https://example.org/guard" },
  "PATCH /api/reading/:id": { read: true },
};

describe.each(dialects)("route guard on %s", (dialect) => {
  let testApp: TestApp;
  let seeded: Seeded;
  let other: Client;
  let otherEmail: string;

  const apiRoutes = () =>
    testApp.routes
      .filter((route) => route.method !== "HEAD" && route.method !== "OPTIONS")
      .map((route) => ({
        ...route,
        key: `${route.method} ${route.url}`,
      }));
  const guarded = () => apiRoutes().filter((route) => !publicRoutes.has(route.key) && !isDocsRoute(route.url));
  const fill = (url: string, id: string) => url.replace(/:[A-Za-z]+/g, id);

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    const owner = await signedInClient(testApp); // first account: the owner (user A)
    const token = await owner.client.post("/api/tokens", { name: "owner's token" });
    const invite = await owner.client.post("/api/admin/invites", { note: "owner's invite" });
    const sessions = await owner.client.get("/api/me/sessions");
    const company = await owner.client.post("/api/companies", { name: "Owner's company" });
    const contact = await owner.client.post("/api/contacts", { name: "Owner's contact", companyId: company.json().id });
    const application = await owner.client.post("/api/applications", {
      roleTitle: "Owner's role",
      companyName: "Owner's employer",
      tags: ["owner-tag"],
      notes: "owner's private notes",
    });
    const note = await owner.client.post(`/api/applications/${application.json().id}/notes`, { body: "Owner's note" });
    const interview = await owner.client.post("/api/interviews", {
      applicationId: application.json().id,
      roundName: "Owner's round",
      kind: "panel",
      startsAtLocal: "2030-05-01T10:00",
      timeZone: "Europe/Berlin",
      format: "video",
    });
    const debriefedInterview = await owner.client.post("/api/interviews", {
      applicationId: application.json().id,
      roundName: "Owner's past round",
      kind: "hiring_manager",
      startsAtLocal: "2026-02-01T10:00",
      timeZone: "Europe/Berlin",
      format: "on_site",
    });
    await owner.client.put(`/api/interviews/${debriefedInterview.json().id}/debrief`, {
      energy: 3,
      ownFeelings: ["Owner's feeling"],
      doDifferently: "Owner's lesson",
    });
    const task = await owner.client.post("/api/tasks", {
      title: "Owner's task",
      applicationId: application.json().id,
      dueOn: "2030-05-02",
    });
    const csvImport = await owner.client.request("POST", "/api/imports?fileName=owner.csv", "Title\nOwner's import\n", {
      headers: { "content-type": "text/csv" },
    });
    await owner.client.put("/api/me/smtp", {
      host: "smtp.owner.test",
      port: 465,
      security: "tls",
      username: "owner-smtp-login",
      password: "Owner's SMTP password",
      fromName: "Owner's name",
      fromAddress: owner.user.email,
    });
    const outboxMessage = await owner.client.post("/api/me/smtp/test");
    const feedbackRequest = await owner.client.post("/api/feedback/requests", {
      applicationId: application.json().id,
      contactId: contact.json().id,
    });
    const feedbackTheme = await owner.client.post("/api/feedback/themes", { name: "Owner's theme" });
    const feedbackEntry = await owner.client.post("/api/feedback/entries", {
      applicationId: application.json().id,
      source: "call",
      fromName: "Owner's interviewer",
      body: "Owner's feedback notes",
    });
    await owner.client.put(`/api/feedback/entries/${feedbackEntry.json().id}/items`, {
      items: [{ text: "Owner's feedback item", themeId: feedbackTheme.json().id }],
    });
    await owner.client.put("/api/message-templates/thank_you", { subject: "Owner's subject", body: "Owner's wording" });
    await owner.client.put(`/api/applications/${application.json().id}/soft-landing`, { planForMe: "Owner's plan" });
    const writingSession = await owner.client.post("/api/writing-sessions", { body: "Owner's private writing" });
    const actionItem = await owner.client.post("/api/action-items", { title: "Owner's action item" });
    const activity = await owner.client.post("/api/activities", { name: "Owner's activity" });
    const activityLog = await owner.client.post("/api/activity-logs", { activityId: activity.json().id, minutes: 20 });
    const jobSearchTime = await owner.client.post("/api/job-search-time", { day: "2026-03-02", minutes: 30 });
    const thoughtRecord = await owner.client.post("/api/thought-records", { reframe: "Owner's reframe" });
    const strength = await owner.client.post("/api/strengths", { name: "Owner's strength" });
    const strengthEvidence = await owner.client.post(`/api/strengths/${strength.json().id}/evidence`, {
      text: "Owner's evidence",
    });
    const win = await owner.client.post("/api/wins", { title: "Owner's win" });
    const readingItem = await owner.client.post("/api/reading", {
      title: "Owner's article",
      url: "https://example.org/owner",
      contexts: ["self-care"],
    });
    seeded = {
      owner: { client: owner.client, email: owner.user.email },
      ids: {
        application: application.json().id,
        note: note.json().id,
        interview: interview.json().id,
        debriefedInterview: debriefedInterview.json().id,
        task: task.json().id,
        token: token.json().info.id,
        invite: invite.json().invite.id,
        session: sessions.json().sessions[0].id,
        company: company.json().id,
        contact: contact.json().id,
        csvImport: csvImport.json().importId,
        outboxMessage: outboxMessage.json().id,
        feedbackRequest: feedbackRequest.json().request.id,
        feedbackTheme: feedbackTheme.json().id,
        feedbackEntry: feedbackEntry.json().id,
        writingSession: writingSession.json().id,
        actionItem: actionItem.json().id,
        activity: activity.json().id,
        activityLog: activityLog.json().id,
        jobSearchTime: jobSearchTime.json().id,
        thoughtRecord: thoughtRecord.json().id,
        strength: strength.json().id,
        strengthEvidence: strengthEvidence.json().id,
        win: win.json().id,
        readingItem: readingItem.json().id,
      },
    };
    const member = await signedInClient(testApp); // user B
    other = member.client;
    otherEmail = member.user.email;
  });
  afterAll(async () => testApp.close());

  it("collects the routes, and every public route is on the allowlist", () => {
    expect(apiRoutes().length).toBeGreaterThan(15);
    for (const route of apiRoutes()) {
      const allowed = publicRoutes.has(route.key) || isDocsRoute(route.url);
      expect({ route: route.key, public: route.public }).toEqual({ route: route.key, public: allowed });
    }
  });

  it("refuses anonymous callers with 401 on every other route", async () => {
    const anonymous = new TestClient(testApp.app);
    await anonymous.bootstrap(); // even with a valid CSRF token, no session means 401
    for (const route of guarded()) {
      const response = await anonymous.request(route.method as "GET", fill(route.url, newId()), validBodies[route.key]);
      expect({ route: route.key, status: response.statusCode }).toEqual({ route: route.key, status: 401 });
      expect(response.json().error.code).toBe("unauthenticated");
    }
  });

  it("refuses a bogus Bearer token with 401 on every guarded route", async () => {
    for (const route of guarded()) {
      const response = await testApp.app.inject({
        method: route.method as "GET",
        url: fill(route.url, newId()),
        headers: { authorization: "Bearer dbf_not-a-real-token" },
        ...(validBodies[route.key] ? { payload: validBodies[route.key] as object } : {}),
      });
      expect({ route: route.key, status: response.statusCode }).toEqual({ route: route.key, status: 401 });
    }
  });

  it("gives every route with an id a cross-user fixture, and answers another user's id with 404", async () => {
    for (const route of guarded().filter(
      (candidate) => candidate.url.includes(":") && !ownKindRoutes.has(candidate.key),
    )) {
      const fixture = ownedResourceFixtures[route.key];
      expect(fixture, `${route.key} has no cross-user fixture in route-guard.test.ts`).toBeDefined();
      if (!fixture) continue;
      const response = await other.request(
        route.method as "GET",
        fill(route.url, fixture(seeded)),
        validBodies[route.key],
      );
      const expected = ownerOnlyRoutes.has(route.key) ? 403 : 404;
      expect({ route: route.key, status: response.statusCode }).toEqual({ route: route.key, status: expected });
    }
    // Nothing of the owner's was touched by those requests.
    const tokens = await seeded.owner.client.get("/api/tokens");
    expect(tokens.json().tokens.map((token: { id: string }) => token.id)).toContain(seeded.ids.token);
    const invites = await seeded.owner.client.get("/api/admin/invites");
    expect(invites.json().invites.map((invite: { id: string }) => invite.id)).toContain(seeded.ids.invite);
    expect((await seeded.owner.client.get("/api/me")).statusCode).toBe(200);
    const detail = (await seeded.owner.client.get(`/api/applications/${seeded.ids.application}`)).json();
    expect(detail.application.roleTitle).toBe("Owner's role");
    expect(detail.application.stage).toBe("wishlist");
    expect(detail.notes.map((note: { id: string }) => note.id)).toContain(seeded.ids.note);
    expect(detail.interviews.map((interview: { roundName: string }) => interview.roundName)).toContain("Owner's round");
    const debrief = (await seeded.owner.client.get(`/api/interviews/${seeded.ids.debriefedInterview}/debrief`)).json();
    expect(debrief).toMatchObject({ energy: 3, doDifferently: "Owner's lesson" });
    expect(detail.tasks[0].done).toBe(false);
    const company = (await seeded.owner.client.get(`/api/companies/${seeded.ids.company}`)).json().company;
    expect(company.name).toBe("Owner's company");
    const contact = (await seeded.owner.client.get(`/api/contacts/${seeded.ids.contact}`)).json().contact;
    expect(contact.name).toBe("Owner's contact");
    const message = (await seeded.owner.client.get(`/api/outbox/${seeded.ids.outboxMessage}`)).json();
    expect(message.status).toBe("queued");
  });

  it("never shows the owner's data to another user on any list or read route", async () => {
    const secrets = [...Object.values(seeded.ids), seeded.owner.email, "Owner's", "owner-tag", "owner-smtp-login"];
    for (const route of guarded().filter((candidate) => candidate.method === "GET" && !candidate.url.includes(":"))) {
      const response = await other.get(route.url);
      const expected = ownerOnlyRoutes.has(route.key) ? 403 : 200;
      expect({ route: route.key, status: response.statusCode }).toEqual({ route: route.key, status: expected });
      for (const secret of secrets) expect(response.body, `${route.key} leaked ${secret}`).not.toContain(secret);
      expect(response.body).not.toContain("password");
    }
    expect((await other.get("/api/me")).json().user.email).toBe(otherEmail);
  });

  it("lets only the owner use owner-only routes", async () => {
    for (const key of ownerOnlyRoutes) {
      const [method, url] = key.split(" ") as [string, string];
      const response = await other.request(method as "GET", fill(url, newId()), validBodies[key]);
      expect({ route: key, status: response.statusCode }).toEqual({ route: key, status: 403 });
    }
  });
});
