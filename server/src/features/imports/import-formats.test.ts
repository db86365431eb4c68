import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "./csv-decoding.ts";
import { readCsv } from "./csv-reading.ts";
import { detectFormat } from "./import-formats.ts";
import { checkMapping, mapRow } from "./row-mapping.ts";

const fixture = (name: string) => readCsv(decodeCsvBytes(readFileSync(join(import.meta.dirname, "fixtures", name))));

/** Reads a fixture through its detected format and returns the applications it would import. */
function importable(name: string) {
  const table = fixture(name);
  const detected = detectFormat(table.headers);
  const { plan, problems, missing } = checkMapping(table.headers, detected.mapping, detected.defaultSource);
  expect([...problems, ...missing]).toEqual([]);
  const rows = table.rows.map((row) => mapRow(row, plan));
  expect(rows.flatMap((row) => row.problems)).toEqual([]);
  return { format: detected.format, apps: rows.map((row) => row.application) };
}

describe("detecting export formats by their header", () => {
  it("LinkedIn Job Applications: US dates with times, contact and answers kept in notes", () => {
    const { format, apps } = importable("linkedin-job-applications.csv");
    expect(format).toBe("linkedin_applications");
    expect(apps[0]).toMatchObject({
      roleTitle: "Senior User Researcher",
      companyName: "Northwind Health",
      appliedOn: "2024-03-07",
      stage: "applied",
      source: "LinkedIn",
      jobUrl: "https://www.linkedin.com/jobs/view/3851234567",
    });
    expect(apps[0]?.notes).toContain("Question And Answers: How many years");
    expect(apps[2]?.companyName).toBe("Fabrikam, Inc.");
    expect(apps[2]?.appliedOn).toBe("2023-12-14");
  });

  it("LinkedIn Saved Jobs: the wishlist", () => {
    const { format, apps } = importable("linkedin-saved-jobs.csv");
    expect(format).toBe("linkedin_saved");
    expect(apps.map((app) => [app?.stage, app?.foundOn])).toEqual([
      ["wishlist", "2024-03-10"],
      ["wishlist", "2024-03-02"],
    ]);
  });

  it("Huntr: list names become stages, '-' is empty, HTML descriptions become text", () => {
    const { format, apps } = importable("huntr-board.csv");
    expect(format).toBe("huntr");
    expect(apps.map((app) => app?.stage)).toEqual(["applied", "wishlist", "interviewing", "offer", "rejected"]);
    expect(apps[0]).toMatchObject({
      salaryMin: 95000,
      salaryMax: 115000,
      salaryCurrency: "USD",
      foundOn: "2024-03-01",
    });
    expect(apps[0]?.notes).toContain("- Own the design system");
    expect(apps[0]?.notes).not.toContain("<");
    expect([apps[1]?.location ?? null, apps[1]?.jobUrl ?? null, apps[1]?.notes]).toEqual([null, null, ""]);
    expect(apps[2]?.notes).not.toContain("alert");
  });

  it("Teal: statuses, excitement and salary columns", () => {
    const { format, apps } = importable("teal-jobs.csv");
    expect(format).toBe("teal");
    expect(apps.map((app) => app?.stage)).toEqual(["wishlist", "applied", "interviewing", "rejected", "ghosted"]);
    expect(apps[1]).toMatchObject({ excitement: 3, salaryMin: 90000, salaryMax: 105000, appliedOn: "2024-02-22" });
  });

  it("JobSync: workplace type, job source and job type as a tag", () => {
    const { format, apps } = importable("jobsync-jobs.csv");
    expect(format).toBe("jobsync");
    expect(apps[1]).toMatchObject({ workMode: "hybrid", source: "LinkedIn", tags: ["FT"], stage: "interviewing" });
    expect(apps[2]).toMatchObject({ workMode: "on_site", stage: "wishlist" });
    expect(apps[2]?.appliedOn).toBeUndefined();
  });

  it("anything else: a mapping suggested from the column names", () => {
    const { format, apps } = importable("generic-spreadsheet.csv");
    expect(format).toBe("generic");
    expect(apps[0]).toMatchObject({
      roleTitle: "Research Designer",
      stage: "screening",
      salaryMin: 60000,
      salaryMax: 70000,
      salaryCurrency: "EUR",
      workMode: "hybrid",
      tags: ["design", "research"],
    });
    expect(apps[1]?.jobUrl).toBe("https://www.humongous.example.test/careers/ux");
    expect(apps[2]).toMatchObject({ appliedOn: "2024-01-15", stage: "ghosted" });
  });

  it("refuses a mapping that names a column twice or none for the title", () => {
    const table = fixture("generic-spreadsheet.csv");
    const checked = checkMapping(
      table.headers,
      { Company: "companyName", Position: "companyName", Nope: "notes" },
      null,
    );
    expect(checked.problems.map((problem) => problem.path)).toEqual(["mapping.Position", "mapping.Nope"]);
    expect(checked.missing[0]).toContain("Role title");
  });
});
