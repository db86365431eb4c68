import { expect } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import type { SmtpTestServer } from "../../testing/smtp-test-server.ts";
import type { TestApp } from "../../testing/test-app.ts";

/** The fields a 400 names, in order. */
export const fieldPaths = (body: { error: { fields?: { path: string }[] } }) =>
  body.error.fields?.map((field) => field.path);

/**
 * A person with an application at Fernleaf, an interviewer with an email, and an interview
 * yesterday; with `smtp`, their email account sends through that test server.
 */
export async function personWithInterview(testApp: TestApp, options: { smtp?: SmtpTestServer } = {}) {
  const { smtp } = options;
  const { client, user } = await signedInClient(testApp, { displayName: "Maya Seeker" });
  if (smtp) {
    const saved = await client.put("/api/me/smtp", {
      host: smtp.host,
      port: smtp.port,
      security: "none",
      username: smtp.username,
      password: smtp.password,
      fromName: "Maya Seeker",
      fromAddress: user.email,
    });
    expect(saved.statusCode).toBe(200);
  }
  const contact = (
    await client.post("/api/contacts", { name: "Ana Lima", roleTitle: "Design lead", email: "ana@fernleaf.test" })
  ).json().id as string;
  const applicationId = (
    await client.post("/api/applications", {
      roleTitle: "Product Designer",
      companyName: "Fernleaf",
      appliedOn: "2026-03-02",
      contactIds: [contact],
    })
  ).json().id as string;
  const yesterday = new Date(Date.now() - 20 * 3_600_000);
  const local = yesterday.toISOString().slice(0, 16);
  const interviewId = (
    await client.post("/api/interviews", {
      applicationId,
      roundName: "Portfolio review",
      kind: "portfolio_presentation",
      startsAtLocal: local,
      timeZone: "UTC",
      durationMinutes: 60,
      format: "video",
      interviewerIds: [contact],
    })
  ).json().id as string;
  return { client, user, contact, applicationId, interviewId };
}
