import { expect } from "vitest";
import type { DialectName } from "../../db/database.ts";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";

/** An interviewer's answer through the private link, in full. */
export const answer = {
  wentWell: "Clear story about the checkout redesign.",
  toChange: "Go deeper on metrics.",
  advice: "Bring one case study with numbers.",
  keep: ["Calm", "Structure"],
  change: ["Metrics"],
  fromName: "Sam Interviewer",
  fromRole: "Design lead",
  anonymous: false,
};

export interface FeedbackFixture {
  testApp: TestApp;
  /** Robin Candidate, signed in. */
  client: TestClient;
  /** Robin's application at Fernleaf, with private notes the interviewer must never see. */
  applicationId: string;
  /** Sam Interviewer, with an email address. */
  contactId: string;
}

/**
 * The shared start of the feedback route tests: a test app whose per-address limit on the
 * public routes is out of the way, and a candidate with an application and an interviewer.
 */
export async function createFeedbackFixture(dialect: DialectName): Promise<FeedbackFixture> {
  const testApp = await createTestApp(dialect);
  testApp.services.feedbackLinkLimit.limits.perAddress = 10_000;
  const client = (await signedInClient(testApp, { displayName: "Robin Candidate" })).client;
  const company = await client.post("/api/companies", { name: "Fernleaf" });
  const applicationId = (
    await client.post("/api/applications", {
      roleTitle: "Product Designer",
      companyId: company.json().id,
      notes: "private salary notes",
    })
  ).json().id;
  const contactId = (await client.post("/api/contacts", { name: "Sam Interviewer", email: "sam@fernleaf.test" })).json()
    .id;
  return { testApp, client, applicationId, contactId };
}

/** A new feedback request with its private link; the token is the link's last segment. */
export async function newFeedbackLink({ client, applicationId, contactId }: FeedbackFixture) {
  const created = await client.post("/api/feedback/requests", { applicationId, contactId });
  expect(created.statusCode).toBe(201);
  const url: string = created.json().url;
  return { id: created.json().request.id as string, url, token: url.split("/f/")[1] as string };
}
