import { describe, expect, it } from "vitest";
import { AppError } from "../../errors.ts";
import { decodeCsvBytes } from "./csv-decoding.ts";
import { readCsv } from "./csv-reading.ts";

const utf16 = (text: string, order: "le" | "be", bom = true) => {
  const le = Buffer.from(text, "utf16le");
  const bytes = order === "le" ? le : Buffer.from(le).swap16();
  const mark = order === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
};

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("decoding an uploaded CSV", () => {
  const text = "Company,Title\nZürich Café,Forscherin\n";

  it("reads UTF-8, with or without a byte-order mark, and drops the mark", () => {
    expect(decodeCsvBytes(Buffer.from(text))).toBe(text);
    const withBom = decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(withBom).toBe(text);
    expect(readCsv(withBom).headers[0]).toBe("Company");
  });

  it("reads UTF-16 in either byte order (Excel's 'Unicode text')", () => {
    expect(decodeCsvBytes(utf16(text, "le"))).toBe(text);
    expect(decodeCsvBytes(utf16(text, "be"))).toBe(text);
    expect(decodeCsvBytes(utf16(text, "le", false))).toBe(text);
  });

  it("refuses text that isn't UTF-8, saying how to fix it and where the damage starts", () => {
    const latin1 = Buffer.from("Company,Title\nAcme,Engineer\nZ\u00fcrich,Designer\n", "latin1");
    const error = refusal(() => decodeCsvBytes(latin1));
    expect(error.status).toBe(400);
    expect(error.message).toContain("not UTF-8 text");
    expect(error.message).toContain("CSV UTF-8");
    expect(error.message).toContain("line 3");
  });

  it("recognises a workbook uploaded by mistake", () => {
    const error = refusal(() => decodeCsvBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])));
    expect(error.message).toContain("workbook");
  });
});

describe("reading CSV rows", () => {
  it("numbers rows by the line they start on, even after a cell that spans lines", () => {
    const table = readCsv('Title,Notes\nFirst,"two\nlines"\n\nSecond,plain\n');
    expect(table.rows.map((row) => [row.line, row.values[0]])).toEqual([
      [2, "First"],
      [5, "Second"],
    ]);
  });

  it("guesses semicolons and tabs as separators", () => {
    expect(readCsv("Title;Company\nResearcher;Acme\n").rows[0]?.values).toEqual(["Researcher", "Acme"]);
    expect(readCsv("Title\tCompany\nResearcher\tAcme\n").rows[0]?.values).toEqual(["Researcher", "Acme"]);
  });

  it("names blank headers, numbers repeated ones, pads short rows and flags long ones", () => {
    const table = readCsv("Title,,Title\nA\nB,x,y,surplus\n");
    expect(table.headers).toEqual(["Title", "Column 2", "Title (2)"]);
    expect(table.rows[0]?.values).toEqual(["A", "", ""]);
    expect(table.problems).toEqual([expect.objectContaining({ line: 3, column: null })]);
  });

  it("refuses an unclosed quote with the line where it opened, and an empty file", () => {
    expect(refusal(() => readCsv('Title,Notes\nA,"never closed\n')).message).toContain("line 2");
    expect(refusal(() => readCsv("  \n")).message).toContain("empty");
  });
});
