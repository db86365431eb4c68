import { badRequest } from "../../errors.ts";

/** The largest file an import accepts. Big enough for years of applications, small enough to hold in memory. */
export const maxImportBytes = 10 * 1024 * 1024;
export const maxImportSizeLabel = "10 MB";

const notUtf8 =
  "The file is not UTF-8 text — save it as 'CSV UTF-8' (in Excel: File → Save As → CSV UTF-8) and upload it again.";

/**
 * Turns the uploaded bytes into text. Spreadsheet programs write CSV in several encodings:
 * UTF-8 with or without a byte-order mark, and "Unicode text" (UTF-16 with a mark). Anything
 * else is refused rather than guessed, because a wrong guess silently garbles names.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), "utf-16le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), "utf-16be");
  // UTF-16 without a mark still has a zero byte beside every ASCII letter of the header.
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0) return decodeUtf16(bytes, "utf-16le");
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0) return decodeUtf16(bytes, "utf-16be");
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw badRequest("This is a spreadsheet workbook (such as .xlsx), not a CSV file — save it as 'CSV UTF-8' first.", [
      { path: "file", message: "is a workbook, not CSV text" },
    ]);
  }
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const line = firstBadLine(bytes);
    throw badRequest(`${notUtf8} (The first character that isn't UTF-8 is on line ${line}.)`, [
      { path: "file", message: `is not UTF-8 text (line ${line})` },
    ]);
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw badRequest(`The file says it is UTF-16 text but isn't. ${notUtf8}`, [
      { path: "file", message: "is not valid UTF-16 text" },
    ]);
  }
}

/** Where the damage starts, so the person can look at that line (e.g. a name typed in Latin-1). */
function firstBadLine(bytes: Uint8Array): number {
  const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const at = lenient.indexOf("\uFFFD");
  let line = 1;
  for (let index = 0; index < at; index++) if (lenient.charCodeAt(index) === 10) line++;
  return line;
}
