import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { inviteAndJoin, seekerWithDebrief, share } from "./circle-test-fixture.ts";

// Sharing chosen items, the member's feed and the live shared view.
describe.each(dialects)("circle shares and feed on %s", (dialect) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  it("shares nothing by default; a shared debrief shows only its shareable fields, live", async () => {
    const seeker = await seekerWithDebrief(testApp);
    const member = await inviteAndJoin(testApp, seeker.client);
    expect((await member.client.get("/api/circle/feed")).json()).toEqual({ items: [], nextCursor: null });

    const shareId = await share(seeker.client, {
      itemType: "debrief",
      itemId: seeker.debriefId,
      note: "Rough one. Thoughts?",
    });
    const feed = (await member.client.get("/api/circle/feed")).json().items;
    expect(feed).toEqual([
      expect.objectContaining({
        shareId,
        seeker: { id: seeker.user.id, name: "Maya Seeker" },
        itemType: "debrief",
        title: "Debrief: Hiring manager — Product designer at Fernleaf",
        excerpt: "Ask about the team earlier",
        note: "Rough one. Thoughts?",
        replyCount: 0,
      }),
    ]);
    const view = await member.client.get(`/api/circle/shared/${shareId}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      isSeeker: false,
      item: { itemType: "debrief", energy: 2, feelings: ["curious"], doDifferently: "Ask about the team earlier" },
    });
    for (const secret of ["secret salary notes", "99000", seeker.user.email]) expect(view.body).not.toContain(secret);

    // Live: an edit shows at once; the member's visit is in the seeker's log (once an hour).
    await seeker.client.put(`/api/interviews/${seeker.interviewId}/debrief`, { energy: -1, doDifferently: "Breathe" });
    expect((await member.client.get(`/api/circle/shared/${shareId}`)).json().item).toMatchObject({ energy: -1 });
    const views = (await seeker.client.get("/api/audit?kind=circle_viewed")).json().items;
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actor: { id: member.user.id }, subject: { type: "debrief", id: shareId } });
    expect((await seeker.client.get(`/api/circle/shared/${shareId}`)).json().isSeeker).toBe(true);
  });

  it("shows an application's story without salary, notes or contacts", async () => {
    const seeker = await seekerWithDebrief(testApp);
    const member = await inviteAndJoin(testApp, seeker.client);
    await seeker.client.post(`/api/applications/${seeker.applicationId}/stage`, { stage: "applied" });
    const shareId = await share(seeker.client, { itemType: "application", itemId: seeker.applicationId });
    const view = await member.client.get(`/api/circle/shared/${shareId}`);
    expect(view.json().item).toMatchObject({
      itemType: "application",
      roleTitle: "Product designer",
      companyName: "Fernleaf",
      stage: "applied",
    });
    expect(view.json().item.timeline.map((step: { stage: string }) => step.stage)).toContain("applied");
    expect(view.body).not.toContain("secret salary notes");
    expect(view.body).not.toContain("99000");
  });

  it("chosen members only: another member gets 404, and the seeker can widen it", async () => {
    const seeker = await seekerWithDebrief(testApp);
    const chosen = await inviteAndJoin(testApp, seeker.client);
    const other = await inviteAndJoin(testApp, seeker.client);
    const shareId = await share(seeker.client, {
      itemType: "debrief",
      itemId: seeker.debriefId,
      audience: "chosen",
      memberIds: [chosen.memberId],
    });
    expect((await chosen.client.get(`/api/circle/shared/${shareId}`)).statusCode).toBe(200);
    expect((await other.client.get(`/api/circle/shared/${shareId}`)).statusCode).toBe(404);
    expect((await other.client.get("/api/circle/feed")).json().items).toEqual([]);
    const mine = (await seeker.client.get("/api/circle/shares")).json().items;
    expect(mine).toEqual([expect.objectContaining({ id: shareId, audience: "chosen", memberIds: [chosen.memberId] })]);

    const widened = await seeker.client.patch(`/api/circle/shares/${shareId}`, { audience: "circle", note: "For all" });
    expect(widened.json()).toMatchObject({ audience: "circle", memberIds: [], note: "For all" });
    expect((await other.client.get(`/api/circle/shared/${shareId}`)).statusCode).toBe(200);
    // A stranger in no circle, and a member of a different circle, see nothing.
    const stranger = await signedInClient(testApp);
    expect((await stranger.client.get(`/api/circle/shared/${shareId}`)).statusCode).toBe(404);
  });

  it("refuses: another user's item (404), a second share (409), a non-member chosen (400), private without confirmPrivate (400)", async () => {
    const seeker = await seekerWithDebrief(testApp);
    const someoneElse = await seekerWithDebrief(testApp);
    const foreign = await seeker.client.post("/api/circle/shares", {
      itemType: "debrief",
      itemId: someoneElse.debriefId,
      audience: "circle",
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.fields[0].path).toBe("itemId");

    await share(seeker.client, { itemType: "debrief", itemId: seeker.debriefId });
    const twice = await seeker.client.post("/api/circle/shares", {
      itemType: "debrief",
      itemId: seeker.debriefId,
      audience: "circle",
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.fields[0].path).toBe("itemId");

    const notMine = await seeker.client.post("/api/circle/shares", {
      itemType: "application",
      itemId: seeker.applicationId,
      audience: "chosen",
      memberIds: ["0190d2f4-0000-7000-8000-000000000000"],
    });
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().error.fields[0].path).toBe("memberIds");

    const record = (await seeker.client.post("/api/thought-records", { situation: "The rejection email" })).json();
    const unconfirmed = await seeker.client.post("/api/circle/shares", {
      itemType: "thought_record",
      itemId: record.id,
      audience: "circle",
    });
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.json().error.fields[0]).toMatchObject({ path: "confirmPrivate" });
    expect(unconfirmed.json().error.fields[0].message).toContain("written for you alone");
    await share(seeker.client, { itemType: "thought_record", itemId: record.id, confirmPrivate: true });
  });

  it("shares every type; a deleted item's share disappears (404, gone from feed and list)", async () => {
    const seeker = await seekerWithDebrief(testApp);
    const member = await inviteAndJoin(testApp, seeker.client);
    await seeker.client.put(`/api/applications/${seeker.applicationId}/soft-landing`, {
      whatILearned: "I want smaller teams",
    });
    await seeker.client.post("/api/action-items", { title: "Practise system design" });
    const post = (
      await seeker.client.post("/api/circle/posts", {
        title: "What I learned",
        body: "**Be calm**",
        applicationId: seeker.applicationId,
      })
    ).json();
    const writing = (await seeker.client.post("/api/writing-sessions", { body: "Private pages" })).json();
    const checkIn = (
      await seeker.client.put("/api/check-ins/2026-03-02", { pleasantness: 1, energy: -1, note: "Tired" })
    ).json();
    const ids = {
      soft_landing: await share(seeker.client, { itemType: "soft_landing", itemId: seeker.applicationId }),
      growth_plan: await share(seeker.client, { itemType: "growth_plan" }),
      post: await share(seeker.client, { itemType: "post", itemId: post.id }),
      writing_session: await share(seeker.client, {
        itemType: "writing_session",
        itemId: writing.id,
        confirmPrivate: true,
      }),
      check_in: await share(seeker.client, { itemType: "check_in", itemId: checkIn.id, confirmPrivate: true }),
    };
    expect(
      (await seeker.client.post("/api/circle/shares", { itemType: "growth_plan", audience: "circle" })).statusCode,
    ).toBe(409);
    const views = Object.fromEntries(
      await Promise.all(
        Object.entries(ids).map(async ([type, id]) => [
          type,
          (await member.client.get(`/api/circle/shared/${id}`)).json().item,
        ]),
      ),
    );
    expect(views.soft_landing).toMatchObject({ whatILearned: "I want smaller teams", roleTitle: "Product designer" });
    expect(views.growth_plan.items).toEqual([
      expect.objectContaining({ title: "Practise system design", status: "todo" }),
    ]);
    expect(views.growth_plan.items[0]).not.toHaveProperty("notes");
    expect(views.post).toMatchObject({
      title: "What I learned",
      body: "**Be calm**",
      applicationTitle: "Product designer",
    });
    expect(views.writing_session).toMatchObject({ body: "Private pages" });
    expect(views.check_in).toMatchObject({ day: "2026-03-02", note: "Tired" });
    const shareable = (await seeker.client.get("/api/circle/shareable?itemType=post")).json().items;
    expect(shareable).toEqual([expect.objectContaining({ itemType: "post", itemId: post.id, shareId: ids.post })]);
    expect((await seeker.client.get("/api/circle/shareable")).json().items.length).toBeGreaterThanOrEqual(7);

    expect((await seeker.client.delete(`/api/circle/posts/${post.id}`)).statusCode).toBe(204);
    expect((await member.client.get(`/api/circle/shared/${ids.post}`)).statusCode).toBe(404);
    const feedTypes = (await member.client.get("/api/circle/feed"))
      .json()
      .items.map((item: { itemType: string }) => item.itemType);
    expect(feedTypes).not.toContain("post");
    expect(feedTypes).toContain("check_in");
    expect(
      (await seeker.client.get("/api/circle/shares")).json().items.map((item: { id: string }) => item.id),
    ).not.toContain(ids.post);

    expect((await seeker.client.delete(`/api/circle/shares/${ids.check_in}`)).statusCode).toBe(204);
    expect((await member.client.get(`/api/circle/shared/${ids.check_in}`)).statusCode).toBe(404);
  });

  it("pages the feed with a cursor", async () => {
    const seeker = await seekerWithDebrief(testApp);
    const member = await inviteAndJoin(testApp, seeker.client);
    for (const title of ["One", "Two", "Three"]) {
      const post = (await seeker.client.post("/api/circle/posts", { title })).json();
      await share(seeker.client, { itemType: "post", itemId: post.id });
    }
    const first = (await member.client.get("/api/circle/feed?limit=2")).json();
    expect(first.items.map((item: { title: string }) => item.title)).toEqual(["Three", "Two"]);
    const second = (await member.client.get(`/api/circle/feed?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toEqual({ items: [expect.objectContaining({ title: "One" })], nextCursor: null });
    expect((await member.client.get("/api/circle/feed?cursor=garbage")).statusCode).toBe(400);
  });

  it("writes, edits and lists posts, private to their writer until shared", async () => {
    const seeker = await seekerWithDebrief(testApp);
    const stranger = await seekerWithDebrief(testApp);
    const created = await seeker.client.post("/api/circle/posts", {
      title: "What I learned from this one",
      applicationId: seeker.applicationId,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ body: "", applicationTitle: "Product designer", shareId: null });
    const postId = created.json().id;
    const edited = await seeker.client.patch(`/api/circle/posts/${postId}`, { body: "Slow down", applicationId: null });
    expect(edited.json()).toMatchObject({
      title: "What I learned from this one",
      body: "Slow down",
      applicationId: null,
    });
    const shareId = await share(seeker.client, { itemType: "post", itemId: postId });
    expect((await seeker.client.get(`/api/circle/posts/${postId}`)).json().shareId).toBe(shareId);
    expect((await seeker.client.get("/api/circle/posts")).json().items).toHaveLength(1);

    expect((await stranger.client.get(`/api/circle/posts/${postId}`)).statusCode).toBe(404);
    expect((await stranger.client.patch(`/api/circle/posts/${postId}`, { title: "Mine now" })).statusCode).toBe(404);
    expect((await stranger.client.get("/api/circle/posts")).json().items).toEqual([]);
    const foreignApp = await seeker.client.post("/api/circle/posts", {
      title: "x",
      applicationId: stranger.applicationId,
    });
    expect(foreignApp.statusCode).toBe(400);
    expect(foreignApp.json().error.fields[0].path).toBe("applicationId");
    expect((await seeker.client.post("/api/circle/posts", { title: "" })).json().error.fields[0].path).toBe("title");
  });
});
