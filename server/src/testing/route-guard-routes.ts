// The route guard's lists: which routes are public, owner-only or addressed by kind, and a body
// that passes validation for each route that needs one. Shared by the guard suites in server/src/http.

/** Routes anyone may call; every other route must refuse anonymous callers with 401. */
export const publicRoutes = new Set([
  "GET /healthz",
  "GET /readyz",
  "GET /api/openapi.json",
  "GET /api/auth/session",
  "POST /api/auth/register",
  "POST /api/auth/sign-in",
  // Signing in through an identity provider: the sign-in page's buttons, and the browser
  // redirects of the code flow (before sign-in by nature; state, PKCE and a browser-bound cookie
  // protect them — identity/oidc-sign-in.test.ts covers the attacks).
  "GET /api/auth/providers",
  "GET /api/auth/oidc/:slug/start",
  "GET /api/auth/oidc/:slug/callback",
  // The calendar feed: the secret in the path is the credential (calendar apps cannot sign in).
  "GET /calendar/:token.ics",
  // The feedback link: the token in the path is the credential; the page shows only the candidate's
  // name and the role (feedback.routes.test.ts checks what it must not reveal).
  "GET /api/public/feedback/:token",
  "POST /api/public/feedback/:token",
  "PUT /api/public/feedback/:token",
  // A circle invite's join page: the token is the credential; it answers only the seeker's name,
  // the role and the expiry (circle-invites.routes.test.ts checks it shows no email).
  "GET /api/public/circle-invites/:token",
]);
/** The API reference page and its assets (a plugin's routes) are public by path. */
export const isDocsRoute = (url: string) => url === "/api/docs" || url.startsWith("/api/docs/");

/** Routes only the owner may use: other signed-in users get 403 before any lookup. */
export const ownerOnlyRoutes = new Set([
  "GET /api/admin/settings",
  "PUT /api/admin/settings",
  "GET /api/admin/invites",
  "POST /api/admin/invites",
  "DELETE /api/admin/invites/:id",
  "GET /api/admin/identity-providers",
  "POST /api/admin/identity-providers",
  "PATCH /api/admin/identity-providers/:id",
  "DELETE /api/admin/identity-providers/:id",
  "PUT /api/admin/password-sign-in",
]);

/**
 * Routes whose path parameter names one of the caller's own things by kind (not an id), so
 * there is nothing of another user's to address: each person's message templates. That one
 * person's edits stay invisible to another is tested in messages.routes.test.ts.
 */
export const ownKindRoutes = new Set([
  "PUT /api/message-templates/:kind",
  "DELETE /api/message-templates/:kind",
  // Each person's own check-in days (wellbeing.routes.test.ts checks one user's day never touches another's).
  "PUT /api/check-ins/:day",
  "DELETE /api/check-ins/:day",
]);

/** A body that passes validation for routes that need one, so a refusal is the guard's doing. */
export const validBodies: Record<string, unknown> = {
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
  "POST /api/admin/identity-providers": {
    slug: "guard",
    preset: "oidc",
    displayName: "Guard ID",
    issuer: "https://id.guard.test",
    clientId: "guard",
  },
  "PATCH /api/admin/identity-providers/:id": { displayName: "Guard ID renamed" },
  "PUT /api/admin/password-sign-in": { enabled: true },
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
  "POST /api/circle/invites": { email: "guard@guard.test", role: "friend" },
  "PATCH /api/circle/members/:id": { role: "coach" },
  "PUT /api/circle/settings": { digestEmail: false },
  "POST /api/circle/shares": { itemType: "growth_plan", audience: "circle" },
  "PATCH /api/circle/shares/:id": { note: "Guard note" },
  "POST /api/circle/posts": { title: "Guard post" },
  "PATCH /api/circle/posts/:id": { title: "Guard post edited" },
  "POST /api/notifications/read": {},
  "POST /api/circle/join": { token: "cir_guard" },
  "POST /api/circle/shared/:shareId/replies": { body: "Guard reply" },
  "PATCH /api/circle/replies/:id": { body: "Guard reply edited" },
};
