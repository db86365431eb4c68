import type { ApplicationStage } from "../../../../contract/applications.ts";
import { wentWellScale } from "../../../../contract/debrief-ratings.ts";
import type { Calibration, CalibrationOutcome } from "../../../../contract/direction.ts";
import { round2 } from "./direction-stats.ts";

/**
 * Calibration: how the person's own read of an interview ("how it went", 1–5) compares with
 * what happened next. Pure arithmetic over counts the database grouped; the outcome rules are
 * in contract/direction.ts.
 */

/** What the database knows about what followed one debriefed interview. */
export interface OutcomeFacts {
  /** The same application has an interview starting after this one (held or scheduled). */
  hasLaterInterview: boolean;
  /** The application reached an offer at some point (its history or its current stage). */
  reachedOffer: boolean;
  stage: ApplicationStage;
}

/** The outcome rules of the contract, in their order: advancing wins over how it ended. */
export function outcomeOf(facts: OutcomeFacts): CalibrationOutcome {
  if (facts.hasLaterInterview || facts.reachedOffer) return "advanced";
  switch (facts.stage) {
    case "offer":
    case "accepted":
      return "advanced";
    case "rejected":
      return "rejected";
    case "ghosted":
      return "noReply";
    case "withdrawn":
      return "withdrew";
    default:
      return "pending";
  }
}

/** How many interviews rated `rating` had `outcome`. */
export interface RatedOutcomeCount {
  rating: number;
  outcome: CalibrationOutcome;
  count: number;
}

type Row = Calibration["rows"][number];
type Rate = Calibration["wentWell"];

/** Of the rows' decided interviews (advanced, rejected or no reply), how many advanced. */
export function rateOf(rows: readonly Row[]): Rate {
  const advanced = rows.reduce((sum, row) => sum + row.advanced, 0);
  const decided = rows.reduce((sum, row) => sum + row.advanced + row.rejected + row.noReply, 0);
  return { decided, advanced, rate: decided === 0 ? null : round2(advanced / decided) };
}

/** One row per rating on the scale (1–5), zeros included, so a chart's axis never shifts. */
export function calibrationOf(counts: readonly RatedOutcomeCount[]): Calibration {
  const rows: Row[] = [];
  for (let rating = wentWellScale.min; rating <= wentWellScale.max; rating += 1) {
    const row: Row = { rating, advanced: 0, rejected: 0, noReply: 0, withdrew: 0, pending: 0, total: 0 };
    for (const count of counts.filter((item) => item.rating === rating)) {
      row[count.outcome] += count.count;
      row.total += count.count;
    }
    rows.push(row);
  }
  const well = rows.filter((row) => row.rating >= 4);
  const wentWell = rateOf(well);
  const wentBadly = rateOf(rows.filter((row) => row.rating <= 2));
  const overall = rateOf(rows);
  const rejectedAfterWell = well.reduce((sum, row) => sum + row.rejected, 0);
  const unansweredAfterWell = well.reduce((sum, row) => sum + row.noReply, 0);
  return {
    rows,
    wentWell,
    wentBadly,
    overall,
    wentWellButRejected: rejectedAfterWell + unansweredAfterWell,
    sentence: calibrationSentence({ wentWell, wentBadly, overall, rejectedAfterWell, unansweredAfterWell }),
  };
}

const percent = (rate: Rate) => `${Math.round((rate.rate ?? 0) * 100)}%`;
const interviews = (n: number) => `${n} interview${n === 1 ? "" : "s"}`;

/**
 * The plain sentence: what the person's "went well" predicted, worded as something to learn
 * from (how reliable a gut feeling is), never as a verdict. Null while nothing is decided.
 */
export function calibrationSentence(facts: {
  wentWell: Rate;
  wentBadly: Rate;
  overall: Rate;
  rejectedAfterWell: number;
  unansweredAfterWell: number;
}): string | null {
  const { wentWell, wentBadly, overall, rejectedAfterWell, unansweredAfterWell } = facts;
  if (overall.decided === 0) return null;
  if (wentWell.decided === 0) {
    return (
      `None of the interviews you rated 4–5 has an outcome yet; of the ${interviews(overall.decided)} ` +
      `with one, ${overall.advanced} led to a next step (${percent(overall)}).`
    );
  }
  const surprises = rejectedAfterWell + unansweredAfterWell;
  const ending =
    unansweredAfterWell === 0 ? "a rejection" : rejectedAfterWell === 0 ? "no reply" : "a rejection or no reply";
  const lead = surprises > 0 ? `You rated ${interviews(surprises)} 4–5 that ended in ${ending}; your` : "Your";
  const main = `${lead} “went well” predicts advancing ${percent(wentWell)} of the time (${wentWell.advanced} of ${wentWell.decided}).`;
  if (wentBadly.decided === 0) return main;
  return `${main} Interviews you rated 1–2 advanced ${percent(wentBadly)} of the time (${wentBadly.advanced} of ${wentBadly.decided}).`;
}
