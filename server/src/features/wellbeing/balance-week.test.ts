import { describe, expect, it } from "vitest";
import { gentleNote } from "./balance.ts";
import { summariseWeek, type WeekInput } from "./balance-week.ts";

const log = (activity: string, minutes: number | null, feelings: string[]) => ({
  activity_id: activity,
  activity_name: activity === "a1" ? "Running" : "Pottery",
  minutes,
  feelings: JSON.stringify(feelings),
});

const week = (changes: Partial<WeekInput>): WeekInput => ({
  start: "2030-05-13",
  end: "2030-05-19",
  interviews: [],
  records: { applications: 0, debriefs: 0, prep: 0, messages: 0 },
  manual: [],
  logs: [],
  dismissed: false,
  ...changes,
});

describe("a week's balance, worked by hand", () => {
  it("adds interviews, estimates and manual time, and shares them with activities", () => {
    // 60 + 45 (interviews) + 2 × 30 (applications) + 15 (debrief) + 45 (prep) + 3 × 10 (messages) + 25 (manual) = 280
    const summary = summariseWeek(
      week({
        interviews: [{ duration_minutes: 60 }, { duration_minutes: "45" }],
        records: { applications: 2, debriefs: 1, prep: 1, messages: 3 },
        manual: [{ minutes: 25 }],
        // 40 + 80 + a log without minutes = 120 minutes of the rest of life
        logs: [log("a1", 40, ["capable", "calm"]), log("a2", 80, ["creative"]), log("a1", null, ["capable"])],
      }),
    );
    expect(summary.jobSearchMinutes).toBe(280);
    expect(summary.activityMinutes).toBe(120);
    expect(summary.activityLogCount).toBe(3);
    expect(summary.jobSearchShare).toBe(0.7); // 280 / 400
    expect(summary.madeMeFeelCapable).toEqual([{ activityId: "a1", name: "Running", times: 2 }]);
    expect(summary.note).toBeNull();
    expect(summary.jobSearchSources.map((source) => source.minutes)).toEqual([105, 60, 15, 45, 30, 25]);
  });

  it("writes the gentle note from 90 % job search, unless it was set aside", () => {
    const busy = { manual: [{ minutes: 270 }], logs: [log("a2", 30, [])] }; // 270 / 300 = 0.9
    expect(summariseWeek(week(busy)).note).toBe(gentleNote);
    expect(summariseWeek(week({ ...busy, dismissed: true }))).toMatchObject({ note: null, dismissed: true });
    expect(summariseWeek(week({ manual: [{ minutes: 260 }], logs: [log("a2", 40, [])] })).note).toBeNull();
    expect(summariseWeek(week({})).jobSearchShare).toBeNull();
  });
});
