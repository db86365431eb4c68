import { expect } from "vitest";
import type { CircleRole } from "../../../../contract/circle.ts";
import { signedInClient } from "../../testing/factories.ts";
import type { TestApp, TestClient } from "../../testing/test-app.ts";

/** The token inside an invite URL. */
export const tokenOf = (url: string) => new URL(url).searchParams.get("token") as string;

/** The seeker invites a new account, which registers and joins; returns it with its membership id. */
export async function inviteAndJoin(
  testApp: TestApp,
  seeker: TestClient,
  options: { role?: CircleRole; canSeePipeline?: boolean; displayName?: string } = {},
) {
  const member = await signedInClient(testApp, { displayName: options.displayName ?? "Sam Mentor" });
  const invite = await seeker.post("/api/circle/invites", {
    email: member.user.email,
    role: options.role ?? "friend",
    ...(options.canSeePipeline !== undefined ? { canSeePipeline: options.canSeePipeline } : {}),
  });
  expect(invite.statusCode).toBe(201);
  const joined = await member.client.post("/api/circle/join", { token: tokenOf(invite.json().url) });
  expect(joined.statusCode).toBe(200);
  const circle = (await seeker.get("/api/circle")).json();
  const memberId = circle.members.find((row: { memberUserId: string }) => row.memberUserId === member.user.id).id;
  return { ...member, memberId: memberId as string };
}

/** A seeker with an application at Fernleaf, a past interview and its debrief. */
export async function seekerWithDebrief(testApp: TestApp) {
  const seeker = await signedInClient(testApp, { displayName: "Maya Seeker" });
  const application = await seeker.client.post("/api/applications", {
    roleTitle: "Product designer",
    companyName: "Fernleaf",
    notes: "secret salary notes",
    salaryMin: 99000,
  });
  const applicationId = application.json().id as string;
  const interview = await seeker.client.post("/api/interviews", {
    applicationId,
    roundName: "Hiring manager",
    kind: "hiring_manager",
    startsAtLocal: "2026-02-01T10:00",
    timeZone: "Europe/Berlin",
    format: "video",
  });
  const interviewId = interview.json().id as string;
  const debrief = await seeker.client.put(`/api/interviews/${interviewId}/debrief`, {
    energy: 2,
    feelings: ["curious"],
    doDifferently: "Ask about the team earlier",
  });
  expect(debrief.statusCode).toBe(201);
  return { ...seeker, applicationId, interviewId, debriefId: debrief.json().id as string };
}

/** Shares an item and returns the share's id. */
export async function share(seeker: TestClient, body: Record<string, unknown>): Promise<string> {
  const response = await seeker.post("/api/circle/shares", { audience: "circle", ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

/** Sets a row's created_at back, to test time windows without waiting. */
export async function backdate(
  testApp: TestApp,
  table: "circle_replies" | "circle_notifications",
  id: string,
  ms: number,
) {
  await testApp.db.kysely
    .updateTable(table)
    .set({ created_at: new Date(Date.now() - ms).toISOString() })
    .where("id", "=", id)
    .execute();
}
