import { signedInClient } from "./factories.ts";
import type { TestApp, TestClient } from "./test-app.ts";

type Fixture = (seeded: { ids: Record<string, string> }) => string;
const id =
  (key: string): Fixture =>
  (seeded) =>
    seeded.ids[key] as string;

/** The circle routes with an :id, each addressed at one of the owner's circle resources. */
export const circleFixtures: Record<string, Fixture> = {
  "DELETE /api/circle/invites/:id": id("circleInvite"),
  "PATCH /api/circle/members/:id": id("circleMember"),
  "DELETE /api/circle/members/:id": id("circleMember"),
  "PATCH /api/circle/shares/:id": id("circleShare"),
  "DELETE /api/circle/shares/:id": id("circleShare"),
  "GET /api/circle/posts/:id": id("circlePost"),
  "PATCH /api/circle/posts/:id": id("circlePost"),
  "DELETE /api/circle/posts/:id": id("circlePost"),
  "POST /api/circle/memberships/:seekerId/leave": id("circleSeeker"),
  "GET /api/circle/shared/:shareId": id("circleShare"),
  "POST /api/circle/shared/:shareId/replies": id("circleShare"),
  "PATCH /api/circle/replies/:id": id("circleReply"),
  "DELETE /api/circle/replies/:id": id("circleReply"),
  "GET /api/circle/seekers/:seekerId/pipeline": id("circleSeeker"),
};

/**
 * The owner's support circle: one member who joined (and replied to the shared debrief), one
 * pending invite, a written post, and the debrief shared with the whole circle.
 */
export async function seedOwnerCircle(
  testApp: TestApp,
  owner: { client: TestClient; user: { id: string } },
  debriefedInterviewId: string,
): Promise<Record<string, string>> {
  const friend = await signedInClient(testApp, { displayName: "Owner's circle friend" });
  const joinInvite = (
    await owner.client.post("/api/circle/invites", { email: friend.user.email, role: "friend" })
  ).json();
  await friend.client.post("/api/circle/join", { token: new URL(joinInvite.url).searchParams.get("token") });
  const members = (await owner.client.get("/api/circle")).json().members;
  const pending = await owner.client.post("/api/circle/invites", { email: "owners-coach@example.test", role: "coach" });
  const post = await owner.client.post("/api/circle/posts", { title: "Owner's post", body: "Owner's lesson learned" });
  const debrief = await owner.client.get(`/api/interviews/${debriefedInterviewId}/debrief`);
  const share = await owner.client.post("/api/circle/shares", {
    itemType: "debrief",
    itemId: debrief.json().id,
    audience: "circle",
    note: "Owner's share note",
  });
  const reply = await friend.client.post(`/api/circle/shared/${share.json().id}/replies`, {
    body: "Owner's friend replied",
  });
  return {
    circleSeeker: owner.user.id,
    circleMember: members[0].id,
    circleInvite: pending.json().invite.id,
    circlePost: post.json().id,
    circleShare: share.json().id,
    circleReply: reply.json().id,
  };
}
