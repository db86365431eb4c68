import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directionInsights } from "../../../../contract/direction.ts";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

describe.each(dialects)("GET /api/insights/direction on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  it("answers the contract's shape, and a debrief saved through the API shows at once", async () => {
    const { client } = await signedInClient(testApp);
    const empty = await client.get("/api/insights/direction");
    expect(empty.statusCode).toBe(200);
    expect(empty.headers["content-type"]).toMatch(/^application\/json/);
    expect(directionInsights.parse(empty.json()).debriefCount).toBe(0);

    const applicationId = (await client.post("/api/applications", { roleTitle: "User Researcher" })).json().id;
    const interviewId = (
      await client.post("/api/interviews", {
        applicationId,
        roundName: "Case presentation",
        kind: "portfolio_presentation",
        startsAtLocal: "2026-03-02T10:00",
        timeZone: "Europe/Berlin",
        durationMinutes: 60,
        format: "video",
      })
    ).json().id;
    const saved = await client.put(`/api/interviews/${interviewId}/debrief`, {
      energy: 2,
      engagement: 4,
      wentWell: 5,
      feelings: ["curious"],
    });
    expect(saved.statusCode).toBe(201);

    // The debrief write bumped the pipeline revision, so the cached answer is not served.
    const response = await client.get("/api/insights/direction");
    expect(response.statusCode).toBe(200);
    const insights = directionInsights.parse(response.json());
    expect(insights.debriefCount).toBe(1);
    expect(insights.overall.energy).toMatchObject({ n: 1, mean: 2, tooFew: true });
    const kinds = insights.breakdowns.find((breakdown) => breakdown.dimension === "interviewKind");
    expect(kinds?.groups).toEqual([
      expect.objectContaining({
        key: "portfolio_presentation",
        label: "Portfolio / case presentation",
        topFeelings: [{ word: "curious", count: 1 }],
      }),
    ]);
    expect(insights.trend).toEqual([{ weekStart: "2026-03-02", n: 1, energyMean: 2, engagementMean: 4 }]);
  });

  it("refuses anonymous callers with 401", async () => {
    const response = await new TestClient(testApp.app).get("/api/insights/direction");
    expect(response.statusCode).toBe(401);
  });

  it("is documented in the OpenAPI description under insights", async () => {
    const spec = (await testApp.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const operation = spec.paths["/api/insights/direction"]?.get;
    expect(operation.tags).toEqual(["insights"]);
    expect(operation.responses["200"]).toBeDefined();
  });
});
