import { type ApplicationStage, applicationStages, type workModes } from "../../../../contract/applications.ts";

/**
 * Reading cells written by other tools and by hand: dates in several shapes, salary ranges,
 * stage names from other trackers. Each reader returns a value or a message that reads well
 * after the column's name ("Salary: must be an amount like…").
 */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(message: string): Read<T> => ({ ok: false, message });

/**
 * A cell as the import sees it: trimmed, Huntr's "-" for empty, and our own export's guard
 * against spreadsheet formulas (a leading ' before = + - @) taken off again.
 */
export function cleanCell(raw: string): string {
  const value = raw.trim();
  if (value === "-") return "";
  if (/^'[=+\-@\t\r]/.test(value)) return value.slice(1);
  return value;
}

const stageSynonyms = new Map<string, ApplicationStage>();
const addSynonyms = (stage: ApplicationStage, names: string[]) => {
  for (const name of [stage, ...names]) stageSynonyms.set(name, stage);
};
addSynonyms("wishlist", [
  "wish list",
  "saved",
  "bookmarked",
  "bookmark",
  "interested",
  "draft",
  "applying",
  "to apply",
]);
addSynonyms("applied", ["application sent", "submitted", "under review", "in review"]);
addSynonyms("screening", ["screen", "phone screen", "recruiter screen", "screening call"]);
addSynonyms("interviewing", ["interview", "interviews", "interview scheduled", "final round", "assessment"]);
addSynonyms("offer", ["offered", "offer received", "negotiating", "negotiation"]);
addSynonyms("accepted", ["hired", "offer accepted", "accepted offer"]);
addSynonyms("rejected", ["not selected", "rejection", "no offer", "not moving forward"]);
addSynonyms("withdrawn", ["i withdrew", "withdrew", "withdraw", "archived", "expired"]);
addSynonyms("ghosted", ["no response", "no reply", "no answer"]);

/** Stage names from Huntr lists, Teal statuses, JobSync statuses and plain words, matched loosely. */
export function readStage(text: string): Read<ApplicationStage> {
  const key = text
    .toLowerCase()
    .replace(/[_-]+/g, " ")
    .replace(/[^\p{L}\p{N} ]+/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  const stage = stageSynonyms.get(key);
  if (stage) return ok(stage);
  return fail(`“${text}” is not a stage Debrief knows: use one of ${applicationStages.join(", ")}`);
}

/** Reads "remote", "Hybrid", "On-site", "onsite", "in office"… */
export function readWorkMode(text: string): Read<(typeof workModes)[number]> {
  const key = text.toLowerCase().replace(/[\s_-]+/g, "");
  if (["remote", "fullyremote", "wfh", "remoteonly"].includes(key)) return ok("remote");
  if (["hybrid", "flexible"].includes(key)) return ok("hybrid");
  if (["onsite", "inoffice", "office", "inperson"].includes(key)) return ok("on_site");
  return fail("must be remote, hybrid or on_site");
}

const pad = (n: number) => String(n).padStart(2, "0");
const twoDigitYear = (year: number) => (year < 100 ? (year < 70 ? 2000 + year : 1900 + year) : year);
const monthNames = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Reads a date into YYYY-MM-DD: ISO dates and timestamps (the date as written), LinkedIn's
 * "3/7/24, 2:22 PM" (month first, as US exports are — unless the first number can't be a
 * month), "7.3.2024" (day first), "Aug 5, 2024", and Unix timestamps. The time is dropped.
 */
export function readDate(text: string): Read<string> {
  const message = "must be a date like 2026-03-31 or 3/31/2026";
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (iso) return orFail(calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3])), message);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:[,\s].*)?$/.exec(text);
  if (slashed) {
    const [first, second, year] = [Number(slashed[1]), Number(slashed[2]), twoDigitYear(Number(slashed[3]))];
    const [month, day] = first > 12 ? [second, first] : [first, second];
    return orFail(calendarDate(year, month, day), message);
  }
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:[,\s].*)?$/.exec(text);
  if (dotted) {
    return orFail(calendarDate(twoDigitYear(Number(dotted[3])), Number(dotted[2]), Number(dotted[1])), message);
  }
  if (/^\d{10}$|^\d{13}$/.test(text)) {
    const date = new Date(text.length === 10 ? Number(text) * 1000 : Number(text));
    return ok(date.toISOString().slice(0, 10));
  }
  if (monthNames.test(text)) {
    // Written without a zone, so the local reading gives back the day as written.
    const parsed = new Date(text.replace(/\s+at\s+/i, " "));
    if (!Number.isNaN(parsed.getTime())) {
      return orFail(calendarDate(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate()), message);
    }
  }
  return fail(message);
}

const orFail = (value: string | null, message: string): Read<string> => (value === null ? fail(message) : ok(value));

const currencySymbols: [RegExp, string][] = [
  [/US\$|\$US/gi, "USD"],
  [/CA\$|C\$/gi, "CAD"],
  [/A\$|AU\$/gi, "AUD"],
  [/€/g, "EUR"],
  [/£/g, "GBP"],
  [/₹/g, "INR"],
  [/¥/g, "JPY"],
  [/\$/g, "USD"],
];
const knownCurrencies = new Set(Intl.supportedValuesOf("currency"));

/** One amount: "85000", "85,000", "85.000", "85 000", "85k", "1.2m". */
function readAmount(text: string): number | null {
  const match = /^(\d[\d,.' \u00a0]*)\s*([km])?$/i.exec(text.trim());
  if (!match?.[1]) return null;
  let digits = match[1].replace(/[' \u00a0]/g, "");
  const lastComma = digits.lastIndexOf(",");
  const lastDot = digits.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    // Both marks: whichever comes last is the decimal mark.
    const decimal = lastComma > lastDot ? "," : ".";
    digits = digits.replaceAll(decimal === "," ? "." : ",", "").replace(decimal, ".");
  } else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? "," : ".";
    const groups = digits.split(mark);
    const thousands = groups.length > 2 || groups.slice(1).every((group) => group.length === 3);
    digits = thousands ? groups.join("") : groups.join(".");
  }
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  const multiplier = match[2] ? (match[2].toLowerCase() === "k" ? 1000 : 1_000_000) : 1;
  return Math.round(value * multiplier);
}

export interface SalaryRange {
  min: number | null;
  max: number | null;
  currency: string | null;
}

const salaryMessage = "must be an amount like 85000, or a range like 80k–95k";

/** A salary as people write it: "$80k - $95k/yr", "60.000–70.000 €", "EUR 55000", "120000". */
export function readSalary(text: string): Read<SalaryRange> {
  let rest = text;
  let currency: string | null = null;
  for (const [symbol, code] of currencySymbols) {
    const replaced = rest.replace(symbol, " ");
    if (replaced !== rest) currency ??= code;
    rest = replaced;
  }
  // Plain amounts ("85000", "80k-95k") have no words to look through.
  if (/[a-z]{2}/i.test(rest)) {
    const code = [...rest.matchAll(/\b[A-Za-z]{3}\b/g)].find((word) => knownCurrencies.has(word[0].toUpperCase()))?.[0];
    if (code) {
      currency ??= code.toUpperCase();
      rest = rest.replace(code, " ");
    }
    rest = rest.replace(
      /(?:\/|\bper\b|\ba\b)\s*(?:yr|year|annum|month|mo|hr|hour)\b\.?|\bannual(?:ly)?\b|\byearly\b|\bp\.?a\.?$/gi,
      " ",
    );
  }
  rest = rest.trim();
  const parts = rest.split(/\s*(?:-|–|—|\bto\b)\s*/i).filter((part) => part.trim() !== "");
  if (parts.length === 0 || parts.length > 2) return fail(salaryMessage);
  // "80-95k" means 80k to 95k.
  const suffix = /[km]\s*$/i.exec(parts.at(-1) ?? "")?.[0]?.trim();
  const amounts = parts.map((part, index) =>
    readAmount(index === 0 && parts.length === 2 && suffix && /\d\s*$/.test(part) ? `${part}${suffix}` : part),
  );
  if (amounts.some((amount) => amount === null)) return fail(salaryMessage);
  const [min, max] = amounts as number[];
  return ok({ min: min ?? null, max: max ?? min ?? null, currency });
}

/** One amount for a "salary from" or "salary to" column. */
export function readMoney(text: string): Read<number> {
  const range = readSalary(text);
  if (!range.ok || range.value.min !== range.value.max || range.value.min === null) {
    return fail("must be an amount like 85000 or 85k");
  }
  return ok(range.value.min);
}

/** Excitement as a number, "4/5" or stars. Range checks are the API's own (1 to 5). */
export function readExcitement(text: string): Read<number> {
  const stars = /^[★⭐]+$/u.exec(text);
  if (stars) return ok([...text].length);
  const value = Number(/^(\d+(?:\.\d+)?)\s*(?:\/\s*5)?$/.exec(text)?.[1] ?? Number.NaN);
  if (Number.isNaN(value)) return fail("must be a number from 1 to 5");
  return ok(value);
}

/** Tags separated by ; (our export), or else by , or |. A tag may contain a comma when ; separates. */
export function readTags(text: string): string[] {
  return text
    .split(text.includes(";") ? ";" : /[,|]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** Links copied without the scheme ("www.example.com/jobs/1") are still links. */
export function readUrl(text: string): string {
  return /^www\./i.test(text) ? `https://${text}` : text;
}
