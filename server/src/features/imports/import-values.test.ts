import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text.ts";
import { cleanCell, readDate, readExcitement, readSalary, readStage, readTags, readWorkMode } from "./import-values.ts";

const value = <T>(read: { ok: true; value: T } | { ok: false; message: string }) =>
  read.ok ? read.value : read.message;

describe("reading cells from other tools", () => {
  it("reads dates the way exports write them", () => {
    expect(value(readDate("3/7/24, 2:22 PM"))).toBe("2024-03-07");
    expect(value(readDate("2024-03-01T10:15:00.000Z"))).toBe("2024-03-01");
    expect(value(readDate("2024-03-01"))).toBe("2024-03-01");
    expect(value(readDate("15/01/2024"))).toBe("2024-01-15");
    expect(value(readDate("7.3.2024"))).toBe("2024-03-07");
    expect(value(readDate("Aug 5, 2024"))).toBe("2024-08-05");
    expect(value(readDate("1709251200"))).toBe("2024-03-01");
    expect(value(readDate("2/30/2024"))).toContain("must be a date");
    expect(value(readDate("soon"))).toContain("must be a date");
  });

  it("reads salaries with currencies, separators, k and ranges", () => {
    expect(value(readSalary("$95,000 - $115,000"))).toEqual({ min: 95000, max: 115000, currency: "USD" });
    expect(value(readSalary("€60.000–70.000"))).toEqual({ min: 60000, max: 70000, currency: "EUR" });
    expect(value(readSalary("80-95k per year"))).toEqual({ min: 80000, max: 95000, currency: null });
    expect(value(readSalary("EUR 55000"))).toEqual({ min: 55000, max: 55000, currency: "EUR" });
    expect(value(readSalary("55000 per year GBP"))).toEqual({ min: 55000, max: 55000, currency: "GBP" });
    expect(value(readSalary("lots"))).toContain("must be an amount");
  });

  it("maps other trackers' stage names and refuses unknown ones", () => {
    expect(value(readStage("interview"))).toBe("interviewing");
    expect(value(readStage("No Response 🔊"))).toBe("ghosted");
    expect(value(readStage("Not Selected"))).toBe("rejected");
    expect(value(readStage("Bookmarked"))).toBe("wishlist");
    expect(value(readStage("on_hold"))).toContain("is not a stage Debrief knows");
  });

  it("reads work modes, excitement and tags", () => {
    expect(value(readWorkMode("On-site"))).toBe("on_site");
    expect(value(readWorkMode("moon base"))).toContain("remote, hybrid or on_site");
    expect(value(readExcitement("4/5"))).toBe(4);
    expect(value(readExcitement("★★★"))).toBe(3);
    expect(value(readExcitement("very"))).toContain("number from 1 to 5");
    expect(readTags("design; research, remote")).toEqual(["design", "research, remote"]);
    expect(readTags("design, research|remote")).toEqual(["design", "research", "remote"]);
  });

  it("treats Huntr's '-' as empty and undoes the export's formula guard", () => {
    expect(cleanCell(" - ")).toBe("");
    expect(cleanCell("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(cleanCell("'quoted")).toBe("'quoted");
  });
});

describe("job descriptions saved as HTML", () => {
  it("become plain text with line breaks and list items, never markup", () => {
    const text = htmlToText(
      "<p>About <b>us</b></p><ul><li>One</li><li>Two &amp; three</li></ul><script>alert(1)</script>&lt;img src=x onerror=alert(1)&gt;",
    );
    expect(text).toBe("About us\n\n- One\n- Two & three\n<img src=x onerror=alert(1)>");
    expect(htmlToText("<div>a<br/>b</div><!-- hidden --><style>p{}</style>")).toBe("a\nb");
  });
});
