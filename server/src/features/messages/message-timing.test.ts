import { describe, expect, it } from "vitest";
import { addBusinessDays, type TimingFacts, timingAdvice } from "./message-timing.ts";

const facts = (overrides: Partial<TimingFacts>): TimingFacts => ({
  kind: "follow_up",
  now: new Date("2026-03-10T09:00:00Z"),
  interview: null,
  appliedOn: null,
  lastContactAt: null,
  followUpsAt: [],
  promisedOn: null,
  decidedAt: null,
  ...overrides,
});

describe("addBusinessDays", () => {
  it("skips weekends", () => {
    expect(addBusinessDays("2026-03-02", 5)).toBe("2026-03-09"); // Monday → next Monday
    expect(addBusinessDays("2026-03-06", 1)).toBe("2026-03-09"); // Friday → Monday
    expect(addBusinessDays("2026-03-07", 1)).toBe("2026-03-09"); // Saturday → Monday
    expect(addBusinessDays("2026-03-05", 5)).toBe("2026-03-12"); // Thursday → next Thursday
  });
});

describe("follow-up timing", () => {
  it("is early before 5 business days after applying, ok from then", () => {
    const early = timingAdvice(facts({ appliedOn: "2026-03-05", now: new Date("2026-03-11T09:00:00Z") }));
    expect(early).toMatchObject({ state: "early", earliestOn: "2026-03-12" });
    expect(early.summary).toContain("Thursday 12 March");
    const ok = timingAdvice(facts({ appliedOn: "2026-03-05", now: new Date("2026-03-12T09:00:00Z") }));
    expect(ok).toMatchObject({ state: "ok", earliestOn: "2026-03-12" });
  });

  it("counts from the last contact when it is later than applying", () => {
    const advice = timingAdvice(facts({ appliedOn: "2026-02-01", lastContactAt: "2026-03-06T15:00:00Z" }));
    expect(advice).toMatchObject({ state: "early", earliestOn: "2026-03-13" });
  });

  it("after a promised date: one business day later", () => {
    const advice = timingAdvice(facts({ appliedOn: "2026-02-01", promisedOn: "2026-03-13" }));
    expect(advice).toMatchObject({ state: "early", earliestOn: "2026-03-16" });
    expect(advice.summary).toContain("promised");
  });

  it("a second follow-up waits a week after the first, and warns it should be the last", () => {
    const advice = timingAdvice(
      facts({ appliedOn: "2026-02-01", followUpsAt: ["2026-03-09T10:00:00Z"], now: new Date("2026-03-12T09:00:00Z") }),
    );
    expect(advice.state).toBe("early");
    expect(advice.earliestOn).toBe("2026-03-16");
    expect(advice.warnings.join(" ")).toContain("last one");
  });

  it("at most two follow-ups", () => {
    const advice = timingAdvice(facts({ followUpsAt: ["2026-02-02T10:00:00Z", "2026-02-09T10:00:00Z"] }));
    expect(advice.state).toBe("limit");
    expect(advice.warnings).toEqual(["At most two follow-ups, a week apart."]);
  });
});

describe("thank-you timing", () => {
  const interview = { startsAt: "2026-03-10T09:00:00Z", durationMinutes: 60, timeZone: "Europe/Berlin" };
  it("is due within 24 hours of the interview's end, late after", () => {
    const ok = timingAdvice(facts({ kind: "thank_you", interview, now: new Date("2026-03-10T12:00:00Z") }));
    expect(ok).toMatchObject({ state: "ok", dueBy: "2026-03-11T10:00:00.000Z" });
    expect(ok.summary).toContain("Within 24 hours");
    const late = timingAdvice(facts({ kind: "thank_you", interview, now: new Date("2026-03-11T10:00:01Z") }));
    expect(late.state).toBe("late");
    const before = timingAdvice(facts({ kind: "thank_you", interview, now: new Date("2026-03-10T08:00:00Z") }));
    expect(before.state).toBe("early");
  });
});

describe("after a decision", () => {
  it("is best within days of the decision", () => {
    expect(timingAdvice(facts({ kind: "feedback_request", decidedAt: "2026-03-08T10:00:00Z" })).state).toBe("ok");
    const late = timingAdvice(facts({ kind: "acceptance", decidedAt: "2026-02-01T10:00:00Z" }));
    expect(late.state).toBe("late");
    expect(late.summary).toContain("36 days ago");
  });
});
