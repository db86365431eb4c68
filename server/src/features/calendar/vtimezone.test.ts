import ICAL from "ical.js";
import { IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { buildVTimezone, offsetChanges } from "./vtimezone.ts";

describe("VTIMEZONE from the IANA database", () => {
  it("finds each offset change to the minute", () => {
    const changes = offsetChanges(IANAZone.create("America/New_York"), Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)).map(
      (change) => ({ ...change, at: new Date(change.at).toISOString() }),
    );
    expect(changes).toEqual([
      { at: "2026-03-08T07:00:00.000Z", from: -300, to: -240 },
      { at: "2026-11-01T06:00:00.000Z", from: -240, to: -300 },
    ]);
    // Half-hour daylight saving time exists (Lord Howe Island).
    const lordHowe = offsetChanges(IANAZone.create("Australia/Lord_Howe"), Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(lordHowe.map((change) => change.to - change.from)).toEqual([-30, 30]);
  });

  it("writes local onset times in the offset before the change", () => {
    const text = buildVTimezone("Europe/Berlin", 2026, 2026) ?? "";
    expect(text).toContain("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200");
    expect(text).toContain("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100");
  });

  it("gives a zone without daylight time one observance, and refuses unknown zones", () => {
    const tokyo = buildVTimezone("Asia/Tokyo", 2026, 2027) ?? "";
    expect(tokyo.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(["BEGIN:STANDARD"]);
    expect(tokyo).toContain("TZOFFSETTO:+0900");
    expect(buildVTimezone("Not/A_Zone", 2026, 2026)).toBeNull();
  });

  it("lets ical.js convert wall-clock times on both sides of a change", () => {
    const zone = new ICAL.Timezone(
      new ICAL.Component(ICAL.parse(buildVTimezone("America/Sao_Paulo", 2018, 2019) ?? "")),
    );
    // Brazil still had daylight saving time in 2018 (UTC-2 in December), and not in July.
    const december = ICAL.Time.fromDateTimeString("2018-12-10T09:00:00");
    december.zone = zone;
    expect(december.toJSDate().toISOString()).toBe("2018-12-10T11:00:00.000Z");
    const july = ICAL.Time.fromDateTimeString("2019-07-10T09:00:00");
    july.zone = zone;
    expect(july.toJSDate().toISOString()).toBe("2019-07-10T12:00:00.000Z");
  });
});
