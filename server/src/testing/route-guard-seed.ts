import { UserIdentitiesRepo } from "../features/identity/user-identities.repo.ts";
import { signedInClient } from "./factories.ts";
import { circleFixtures, seedOwnerCircle } from "./route-guard-circle-seed.ts";
import type { TestApp, TestClient } from "./test-app.ts";

export interface Seeded {
  owner: { client: TestClient; email: string };
  ids: Record<string, string>;
}

/**
 * For each route with an :id, how to make a resource that belongs to the owner (user A);
 * the guard then asks for it as user B and expects 404 (or 403 for owner-only routes).
 */
export const ownedResourceFixtures: Record<string, (seeded: Seeded) => string> = {
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
  "PATCH /api/admin/identity-providers/:id": (seeded) => seeded.ids.identityProvider as string,
  "DELETE /api/admin/identity-providers/:id": (seeded) => seeded.ids.identityProvider as string,
  "DELETE /api/me/identities/:id": (seeded) => seeded.ids.identity as string,
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
  ...circleFixtures,
};

/** Signs up the first account (the owner, user A) and gives it one of every kind of resource. */
export async function seedOwnerResources(testApp: TestApp): Promise<Seeded> {
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
  const identityProvider = await owner.client.post("/api/admin/identity-providers", {
    slug: "owners-id",
    preset: "oidc",
    displayName: "Owner's ID",
    issuer: "https://id.owner.test",
    clientId: "owner-client",
    clientSecret: "Owner's client secret",
  });
  // Linking normally takes a round trip through the provider (identity/oidc-sign-in.test.ts).
  const identity = await new UserIdentitiesRepo(testApp.db.kysely).insert({
    userId: owner.user.id,
    providerId: identityProvider.json().id,
    subject: "owner-subject",
    email: owner.user.email,
    emailVerified: true,
  });
  const circle = await seedOwnerCircle(testApp, owner, debriefedInterview.json().id);
  return {
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
      ...circle,
      identityProvider: identityProvider.json().id,
      identity: identity.id,
    },
  };
}
