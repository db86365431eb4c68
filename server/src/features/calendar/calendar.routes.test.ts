import { gunzipSync } from "node:zlib";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../db/ids.ts";
import type { InterviewFormat, InterviewKind } from "../../db/schema/pipeline.ts";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, testPublicUrl } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { hashSecret } from "../auth/secrets.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";

const stamp = "2026-02-01T08:00:00.000Z";

async function insertApplication(testApp: TestApp, userId: string, roleTitle: string, companyName: string | null) {
  const companyId = companyName ? newId() : null;
  if (companyId && companyName) {
    await testApp.db.kysely
      .insertInto("companies")
      .values({
        id: companyId,
        user_id: userId,
        name: companyName,
        website: null,
        size_band: null,
        industry: null,
        notes: "",
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
  }
  const id = newId();
  await testApp.db.kysely
    .insertInto("applications")
    .values({
      id,
      user_id: userId,
      company_id: companyId,
      role_title: roleTitle,
      role_family_id: null,
      job_url: null,
      location: null,
      work_mode: null,
      salary_min: null,
      salary_max: null,
      salary_currency: null,
      source: null,
      excitement: null,
      found_on: null,
      applied_on: null,
      closed_on: null,
      notes: "",
      stage: "interviewing",
      stage_changed_at: stamp,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return id;
}

async function insertInterview(
  testApp: TestApp,
  userId: string,
  applicationId: string,
  values: {
    roundName: string;
    startsAt: string;
    timeZone: string;
    durationMinutes?: number;
    kind?: InterviewKind;
    format?: InterviewFormat;
    location?: string | null;
    notes?: string;
    learningGoal?: string;
  },
) {
  const id = newId();
  await testApp.db.kysely
    .insertInto("interviews")
    .values({
      id,
      user_id: userId,
      application_id: applicationId,
      round_name: values.roundName,
      kind: values.kind ?? "hiring_manager",
      starts_at: values.startsAt,
      duration_minutes: values.durationMinutes ?? 60,
      time_zone: values.timeZone,
      format: values.format ?? "video",
      location: values.location ?? null,
      notes: values.notes ?? "",
      prep_learning_goal: values.learningGoal ?? "",
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return id;
}

async function insertTask(
  testApp: TestApp,
  userId: string,
  values: { title: string; dueOn: string | null; done?: boolean; applicationId?: string; notes?: string },
) {
  const id = newId();
  await testApp.db.kysely
    .insertInto("tasks")
    .values({
      id,
      user_id: userId,
      application_id: values.applicationId ?? null,
      interview_id: null,
      kind: "follow_up",
      title: values.title,
      due_on: values.dueOn,
      done_at: values.done ? stamp : null,
      notes: values.notes ?? "",
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return id;
}

/** Parses an iCalendar text the way a calendar app would, time zone definitions included. */
function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

const utc = (event: ICAL.Event) => event.startDate.toJSDate().toISOString();
const feedPath = (url: string) => url.slice(testPublicUrl.length);
/** Soon enough to be inside the feed's window for as long as these tests are kept. */
const nextYear = new Date().getUTCFullYear() + 1;

describe.each(dialects)("calendar feed on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  /** The feed fetched like a calendar app does: no cookies, no token, just the URL. */
  const fetchFeed = (url: string, headers: Record<string, string> = {}) =>
    testApp.app.inject({ method: "GET", url: feedPath(url), headers });

  it("shows the feed URL once and stores only a hash of its secret", async () => {
    const { client, user } = await signedInClient(testApp);
    expect((await client.get("/api/calendar/feed")).json()).toEqual({ feed: null });

    const created = await client.post("/api/calendar/feed");
    expect(created.statusCode).toBe(201);
    const { url, feed } = created.json();
    expect(url).toMatch(new RegExp(`^${testPublicUrl}/calendar/dbfcal_[A-Za-z0-9_-]{43}\\.ics$`));
    const token = url.slice(`${testPublicUrl}/calendar/`.length, -".ics".length);

    const status = await client.get("/api/calendar/feed");
    expect(status.json()).toEqual({ feed: { createdAt: feed.createdAt } });
    expect(status.body).not.toContain(token);
    const row = await testApp.db.kysely
      .selectFrom("calendar_feeds")
      .selectAll()
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashSecret(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("places interviews at the right instant in their own time zones", async () => {
    const { client, user } = await signedInClient(testApp);
    const applicationId = await insertApplication(testApp, user.id, "UX Researcher", "Acme");
    // 10:00 in New York in March (EDT, UTC-4, after the switch on the second Sunday).
    const newYork = await insertInterview(testApp, user.id, applicationId, {
      roundName: "Recruiter screen",
      startsAt: `${nextYear}-03-16T14:00:00.000Z`,
      timeZone: "America/New_York",
      durationMinutes: 30,
    });
    // 15:00 in Berlin the same day (CET, UTC+1: Europe changes clocks two weeks later).
    const berlin = await insertInterview(testApp, user.id, applicationId, {
      roundName: "Hiring manager",
      startsAt: `${nextYear}-03-16T14:00:00.000Z`,
      timeZone: "Europe/Berlin",
    });
    // 10:00 in Berlin in July (CEST, UTC+2).
    const summer = await insertInterview(testApp, user.id, applicationId, {
      roundName: "Panel",
      startsAt: `${nextYear}-07-01T08:00:00.000Z`,
      timeZone: "Europe/Berlin",
      location: "https://meet.example.com/abc-defg",
      learningGoal: "Show my synthesis process",
    });
    const { url } = (await client.post("/api/calendar/feed")).json();

    const response = await fetchFeed(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.body).toContain(`DTSTART;TZID=America/New_York:${nextYear}0316T100000`);
    expect(response.body).toContain(`DTSTART;TZID=Europe/Berlin:${nextYear}0316T150000`);

    const events = new Map(parseEvents(response.body).map((event) => [event.uid, event]));
    const ny = events.get(`${newYork}@debrief`);
    expect(ny?.startDate.zone?.tzid).toBe("America/New_York");
    expect(ny && utc(ny)).toBe(`${nextYear}-03-16T14:00:00.000Z`);
    expect(ny?.endDate.toJSDate().toISOString()).toBe(`${nextYear}-03-16T14:30:00.000Z`);
    expect(ny?.summary).toBe("Recruiter screen — UX Researcher at Acme");

    const de = events.get(`${berlin}@debrief`);
    expect(de?.startDate.zone?.tzid).toBe("Europe/Berlin");
    expect(de && utc(de)).toBe(`${nextYear}-03-16T14:00:00.000Z`);

    const july = events.get(`${summer}@debrief`);
    expect(july && utc(july)).toBe(`${nextYear}-07-01T08:00:00.000Z`);
    expect(july?.startDate.hour).toBe(10);
    expect(july?.location).toBe("https://meet.example.com/abc-defg");
    expect(july?.description).toContain("Join: https://meet.example.com/abc-defg");
    expect(july?.description).toContain("Learning goal: Show my synthesis process");
    expect(july?.description).toContain(`${testPublicUrl}/interviews/${summer}`);
  });

  it("folds long lines and escapes commas, semicolons and newlines", async () => {
    const { client, user } = await signedInClient(testApp);
    const applicationId = await insertApplication(testApp, user.id, "Designer; Research, Ops", "Café Ünïcode, Ltd.");
    const roundName = "Portfolio review, part 2; with the team";
    const notes = `Bring: laptop, charger; printed case study.\nAsk for Sam at reception.\n${"A long note that goes on. ".repeat(12)}`;
    const id = await insertInterview(testApp, user.id, applicationId, {
      roundName,
      startsAt: `${nextYear}-05-05T09:00:00.000Z`,
      timeZone: "Europe/London",
      location: '1 Main St, Floor 3; Room "Blue"',
      notes,
    });
    await insertTask(testApp, user.id, {
      title: "Follow up, politely; once",
      dueOn: `${nextYear}-05-12`,
      notes: "Line one\nLine two",
    });
    const { url } = (await client.post("/api/calendar/feed")).json();
    const text = (await fetchFeed(url)).body;

    const lines = text.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    // Unfolded, the text shows the escapes; no raw newline is left inside a value.
    const unfolded = text.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("SUMMARY:Portfolio review\\, part 2\\; with the team — Designer\\; Research\\, Ops at");
    expect(unfolded).toContain("Bring: laptop\\, charger\\; printed case study.\\nAsk for Sam at reception.\\n");
    expect(unfolded.split("\r\n").filter((line) => line.includes("\n"))).toEqual([]);

    const events = new Map(parseEvents(text).map((event) => [event.uid, event]));
    const event = events.get(`${id}@debrief`);
    expect(event?.summary).toBe(`${roundName} — Designer; Research, Ops at Café Ünïcode, Ltd.`);
    expect(event?.location).toBe('1 Main St, Floor 3; Room "Blue"');
    expect(event?.description).toContain(`Notes:\n${notes.trim()}`);
    const task = [...events.values()].find((candidate) => candidate.summary.startsWith("To do:"));
    expect(task?.summary).toBe("To do: Follow up, politely; once");
    expect(task?.description).toContain("Line one\nLine two");
  });

  it("adds open tasks with a due date as all-day events, and nothing else", async () => {
    const { client, user } = await signedInClient(testApp);
    const applicationId = await insertApplication(testApp, user.id, "Researcher", "Globex");
    const open = await insertTask(testApp, user.id, {
      title: "Send thank-you note",
      dueOn: `${nextYear}-03-12`,
      applicationId,
    });
    await insertTask(testApp, user.id, { title: "Already done", dueOn: `${nextYear}-03-13`, done: true });
    await insertTask(testApp, user.id, { title: "Someday", dueOn: null });
    const { url } = (await client.post("/api/calendar/feed")).json();

    const events = parseEvents((await fetchFeed(url)).body);
    expect(events.map((event) => event.summary)).toEqual(["To do: Send thank-you note"]);
    const [task] = events;
    expect(task?.uid).toBe(`${open}@debrief`);
    expect(task?.startDate.isDate).toBe(true);
    expect(task?.startDate.toString()).toBe(`${nextYear}-03-12`);
    expect(task?.description).toContain("For: Researcher at Globex");
    expect(task?.component.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
  });

  it("kills the old URL when the secret is replaced, and every URL when turned off", async () => {
    const { client } = await signedInClient(testApp);
    const first = (await client.post("/api/calendar/feed")).json().url;
    expect((await fetchFeed(first)).statusCode).toBe(200);

    const second = (await client.post("/api/calendar/feed")).json().url;
    expect(second).not.toBe(first);
    const dead = await fetchFeed(first);
    expect(dead.statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);

    expect((await client.delete("/api/calendar/feed")).statusCode).toBe(204);
    expect((await fetchFeed(second)).statusCode).toBe(404);
    expect((await client.get("/api/calendar/feed")).json()).toEqual({ feed: null });
    // Turning off what is already off is fine.
    expect((await client.delete("/api/calendar/feed")).statusCode).toBe(204);
  });

  it("answers any unknown feed with the same bare 404", async () => {
    const bodies = new Set<string>();
    for (const path of [
      `/calendar/dbfcal_${"A".repeat(43)}.ics`,
      "/calendar/not-a-token.ics",
      `/calendar/${"x".repeat(190)}.ics`,
    ]) {
      const response = await testApp.app.inject({ method: "GET", url: path });
      expect(response.statusCode).toBe(404);
      bodies.add(response.json().error.message);
    }
    expect([...bodies]).toEqual(["Resource not found."]);
  });

  it("caches the feed per pipeline revision, with an ETag for conditional requests", async () => {
    const { client, user } = await signedInClient(testApp);
    const applicationId = await insertApplication(testApp, user.id, "Researcher", null);
    const id = await insertInterview(testApp, user.id, applicationId, {
      roundName: "First chat",
      startsAt: `${nextYear}-02-02T10:00:00.000Z`,
      timeZone: "UTC",
    });
    const { url } = (await client.post("/api/calendar/feed")).json();
    const first = await fetchFeed(url);
    expect(first.body).toContain("SUMMARY:First chat — Researcher");
    expect(first.body).toContain(`DTSTART:${nextYear}0202T100000Z`);
    const etag = String(first.headers.etag);
    expect(first.headers["cache-control"]).toBe("private, no-cache");
    expect((await fetchFeed(url, { "if-none-match": etag })).statusCode).toBe(304);

    await testApp.db.kysely.updateTable("interviews").set({ round_name: "Renamed" }).where("id", "=", id).execute();
    expect((await fetchFeed(url)).body).toContain("SUMMARY:First chat");

    await bumpPipelineRevision(testApp.db.kysely, user.id);
    const fresh = await fetchFeed(url);
    expect(fresh.body).toContain("SUMMARY:Renamed — Researcher");
    expect(fresh.headers.etag).not.toBe(etag);
  });

  it("sends the feed gzipped to calendar apps that accept it, with its own ETag", async () => {
    const { client, user } = await signedInClient(testApp);
    const applicationId = await insertApplication(testApp, user.id, "Researcher", null);
    await insertInterview(testApp, user.id, applicationId, {
      roundName: "Compressed chat",
      startsAt: `${nextYear}-03-03T10:00:00.000Z`,
      timeZone: "UTC",
    });
    const { url } = (await client.post("/api/calendar/feed")).json();
    const plain = await fetchFeed(url);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toBe("accept-encoding");

    const zipped = await fetchFeed(url, { "accept-encoding": "br;q=1.0, gzip;q=0.8, *;q=0.1" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toBe("accept-encoding");
    expect(gunzipSync(zipped.rawPayload).toString("utf8")).toBe(plain.body);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    const revalidated = await fetchFeed(url, {
      "accept-encoding": "gzip",
      "if-none-match": String(zipped.headers.etag),
    });
    expect(revalidated.statusCode).toBe(304);
    // The plain ETag does not validate the gzip representation, nor the other way round.
    const crossed = await fetchFeed(url, { "accept-encoding": "gzip", "if-none-match": String(plain.headers.etag) });
    expect(crossed.statusCode).toBe(200);

    const refused = await fetchFeed(url, { "accept-encoding": "gzip;q=0, identity" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body).toBe(plain.body);
  });

  it("downloads one interview as an attachment; another person's is not found", async () => {
    const { client, user } = await signedInClient(testApp);
    const applicationId = await insertApplication(testApp, user.id, "Service Designer", "Initech");
    const id = await insertInterview(testApp, user.id, applicationId, {
      roundName: "Final",
      startsAt: "2025-11-20T16:30:00.000Z",
      timeZone: "America/New_York",
    });

    const response = await client.get(`/api/interviews/${id}/ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="interview-2025-11-20.ics"');
    const [event, ...rest] = parseEvents(response.body);
    expect(rest).toHaveLength(0);
    expect(event?.uid).toBe(`${id}@debrief`);
    expect(event && utc(event)).toBe("2025-11-20T16:30:00.000Z");
    expect(event?.startDate.hour).toBe(11);

    const other = await signedInClient(testApp);
    const refused = await other.client.get(`/api/interviews/${id}/ics`);
    expect(refused.statusCode).toBe(404);
    expect(refused.body).not.toContain("Final");
    expect((await client.get("/api/interviews/not-an-id/ics")).json().error.fields[0].path).toBe("id");
  });
});
