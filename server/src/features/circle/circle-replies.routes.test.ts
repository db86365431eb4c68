import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { backdate, inviteAndJoin, seekerWithDebrief, share } from "./circle-test-fixture.ts";

// Replies on shared items, the seeker's notifications, revocation and the coach's summary.
describe.each(dialects)("circle replies on %s", (dialect) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  async function sharedDebrief() {
    const seeker = await seekerWithDebrief(testApp);
    const member = await inviteAndJoin(testApp, seeker.client, { displayName: "Sam Mentor" });
    const shareId = await share(seeker.client, { itemType: "debrief", itemId: seeker.debriefId });
    return { seeker, member, shareId };
  }

  it("stores a reply with script tags verbatim, threads one level, notifies and logs for the seeker", async () => {
    const { seeker, member, shareId } = await sharedDebrief();
    const body = "Nice work <script>alert('x')</script> **really**";
    const reply = await member.client.post(`/api/circle/shared/${shareId}/replies`, { body });
    expect(reply.statusCode).toBe(201);
    expect(reply.headers["content-type"]).toContain("application/json");
    expect(reply.json()).toMatchObject({ body, author: { id: member.user.id, name: "Sam Mentor" }, parentId: null });

    const answer = await seeker.client.post(`/api/circle/shared/${shareId}/replies`, {
      body: "Thanks!",
      parentId: reply.json().id,
    });
    expect(answer.statusCode).toBe(201);
    const deeper = await member.client.post(`/api/circle/shared/${shareId}/replies`, {
      body: "Deeper",
      parentId: answer.json().id,
    });
    expect(deeper.statusCode).toBe(400);
    expect(deeper.json().error.fields[0].path).toBe("parentId");
    expect((await member.client.post(`/api/circle/shared/${shareId}/replies`, { body: "   " })).statusCode).toBe(400);
    expect(
      (await member.client.post(`/api/circle/shared/${shareId}/replies`, { body: "x".repeat(5001) })).statusCode,
    ).toBe(400);

    const view = (await member.client.get(`/api/circle/shared/${shareId}`)).json();
    expect(view.replies.map((row: { body: string }) => row.body)).toEqual([body, "Thanks!"]);
    expect(view.replies[1]).toMatchObject({ parentId: reply.json().id, canEdit: false, canDelete: false });

    // Only the member's reply notifies the seeker; it is in their log too.
    const notifications = (await seeker.client.get("/api/notifications")).json();
    const replies = notifications.items.filter((item: { kind: string }) => item.kind === "reply");
    expect(replies).toEqual([
      expect.objectContaining({
        actor: { id: member.user.id, name: "Sam Mentor" },
        share: expect.objectContaining({ id: shareId }),
        read: false,
      }),
    ]);
    expect(notifications.unreadCount).toBe(2); // the reply and the member joining
    const read = await seeker.client.post("/api/notifications/read", { ids: [replies[0].id] });
    expect(read.json().unreadCount).toBe(1);
    expect((await seeker.client.post("/api/notifications/read", {})).json().unreadCount).toBe(0);
    expect((await member.client.get("/api/notifications")).json()).toEqual({ items: [], unreadCount: 0 });
    const logged = (await seeker.client.get("/api/audit?kind=circle_replied")).json().items;
    expect(logged).toEqual([expect.objectContaining({ actor: expect.objectContaining({ id: member.user.id }) })]);
    expect((await seeker.client.get("/api/circle/shares")).json().items[0].replyCount).toBe(2);
  });

  it("edits for 15 minutes (409 after); deletes by author or seeker, not by another member", async () => {
    const { seeker, member, shareId } = await sharedDebrief();
    const other = await inviteAndJoin(testApp, seeker.client);
    const reply = (await member.client.post(`/api/circle/shared/${shareId}/replies`, { body: "First" })).json();
    const edited = await member.client.patch(`/api/circle/replies/${reply.id}`, { body: "First, edited" });
    expect(edited.json()).toMatchObject({ body: "First, edited", editedAt: expect.any(String) });
    expect((await other.client.patch(`/api/circle/replies/${reply.id}`, { body: "Hijack" })).statusCode).toBe(404);
    expect((await seeker.client.patch(`/api/circle/replies/${reply.id}`, { body: "Hijack" })).statusCode).toBe(404);
    await backdate(testApp, "circle_replies", reply.id, 16 * 60_000);
    const late = await member.client.patch(`/api/circle/replies/${reply.id}`, { body: "Too late" });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("edit_window_closed");

    expect((await other.client.delete(`/api/circle/replies/${reply.id}`)).statusCode).toBe(404);
    expect((await seeker.client.delete(`/api/circle/replies/${reply.id}`)).statusCode).toBe(204);
    const second = (await member.client.post(`/api/circle/shared/${shareId}/replies`, { body: "Second" })).json();
    expect((await member.client.delete(`/api/circle/replies/${second.id}`)).statusCode).toBe(204);
    const view = (await other.client.get(`/api/circle/shared/${shareId}`)).json();
    expect(view.replies).toEqual([
      expect.objectContaining({ id: reply.id, deleted: true, body: "" }),
      expect.objectContaining({ id: second.id, deleted: true, body: "" }),
    ]);
    expect((await member.client.delete(`/api/circle/replies/${second.id}`)).statusCode).toBe(404);
  });

  it("a revoked member's old session gets 404 at once for the item, replies and edits", async () => {
    const { seeker, member, shareId } = await sharedDebrief();
    const reply = (await member.client.post(`/api/circle/shared/${shareId}/replies`, { body: "Mine" })).json();
    expect((await seeker.client.delete(`/api/circle/members/${member.memberId}`)).statusCode).toBe(204);
    expect((await member.client.get(`/api/circle/shared/${shareId}`)).statusCode).toBe(404);
    expect((await member.client.get("/api/circle/feed")).json().items).toEqual([]);
    expect(
      (await member.client.post(`/api/circle/shared/${shareId}/replies`, { body: "Still here?" })).statusCode,
    ).toBe(404);
    expect((await member.client.patch(`/api/circle/replies/${reply.id}`, { body: "Edit" })).statusCode).toBe(404);
    expect((await member.client.delete(`/api/circle/replies/${reply.id}`)).statusCode).toBe(404);
  });

  it("shows the pipeline summary only to an active coach the seeker allowed, without notes or salary", async () => {
    const seeker = await seekerWithDebrief(testApp);
    await seeker.client.patch(`/api/applications/${seeker.applicationId}`, {
      appliedOn: new Date().toISOString().slice(0, 10),
    });
    await seeker.client.post(`/api/applications/${seeker.applicationId}/stage`, { stage: "interviewing" });
    await seeker.client.post("/api/interviews", {
      applicationId: seeker.applicationId,
      roundName: "Final",
      kind: "panel",
      startsAtLocal: "2031-01-10T10:00",
      timeZone: "UTC",
      format: "video",
    });
    const coach = await inviteAndJoin(testApp, seeker.client, { role: "coach", canSeePipeline: true });
    const friend = await inviteAndJoin(testApp, seeker.client, { role: "friend" });
    const url = `/api/circle/seekers/${seeker.user.id}/pipeline`;
    const summary = await coach.client.get(url);
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toMatchObject({
      seeker: { id: seeker.user.id, name: "Maya Seeker" },
      appliedThisWeek: 1,
      appliedLast4Weeks: 1,
      upcomingInterviews: { count: 1, dates: ["2031-01-10T10:00:00.000Z"] },
      activeApplications: [{ roleTitle: "Product designer", companyName: "Fernleaf", stage: "interviewing" }],
    });
    expect(summary.json().stageCounts).toContainEqual({ stage: "interviewing", count: 1 });
    expect(summary.body).not.toContain("secret salary notes");
    expect(summary.body).not.toContain("99000");
    const logged = (await seeker.client.get("/api/audit?kind=circle_viewed")).json().items;
    expect(logged[0]).toMatchObject({ subject: { type: "pipeline", id: seeker.user.id } });

    expect((await friend.client.get(url)).statusCode).toBe(404);
    await seeker.client.patch(`/api/circle/members/${coach.memberId}`, { canSeePipeline: false });
    expect((await coach.client.get(url)).statusCode).toBe(404);
    expect((await seeker.client.get(url)).statusCode).toBe(200);
  });

  it("carries the circle in the JSON export: names and roles (no member emails), shares, posts and replies", async () => {
    const { seeker, member, shareId } = await sharedDebrief();
    await seeker.client.post("/api/circle/posts", { title: "Lesson", body: "Be kind" });
    const reply = (await member.client.post(`/api/circle/shared/${shareId}/replies`, { body: "Proud of you" })).json();
    const exported = (await seeker.client.get("/api/export/applications?format=json")).json().circle;
    expect(exported.members).toEqual([
      expect.objectContaining({ id: member.memberId, name: "Sam Mentor", role: "friend" }),
    ]);
    expect(JSON.stringify(exported)).not.toContain(member.user.email);
    expect(exported.shares).toEqual([
      expect.objectContaining({ id: shareId, itemType: "debrief", audience: "circle" }),
    ]);
    expect(exported.posts).toEqual([expect.objectContaining({ title: "Lesson", body: "Be kind" })]);
    expect(exported.replies).toEqual([
      expect.objectContaining({ id: reply.id, authorName: "Sam Mentor", body: "Proud of you" }),
    ]);
    // The member's own export does not carry the seeker's circle.
    const theirs = (await member.client.get("/api/export/applications?format=json")).json().circle;
    expect(theirs).toEqual({ members: [], posts: [], shares: [], replies: [] });
  });

  it("deleting a member's account takes their membership and replies with it; the seeker's share stays", async () => {
    const { seeker, member, shareId } = await sharedDebrief();
    await member.client.post(`/api/circle/shared/${shareId}/replies`, { body: "Bye" });
    await testApp.db.kysely.deleteFrom("users").where("id", "=", member.user.id).execute();
    expect((await seeker.client.get("/api/circle")).json().members).toEqual([]);
    const view = (await seeker.client.get(`/api/circle/shared/${shareId}`)).json();
    expect(view.replies).toEqual([]);
    expect((await seeker.client.get("/api/notifications")).json().items).toEqual([]);
  });
});
