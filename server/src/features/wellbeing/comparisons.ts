/**
 * With/without comparisons, the method of the Bearable app: for a factor (an activity, or
 * "interview days"), average the check-in scores on check-in days that had the factor and on
 * check-in days that did not. Only check-in days count (a day without a check-in has no score).
 * Averages are shown only when each side has at least {@link minimumDaysEachSide} days; the
 * counts are always shown. Pure, so the arithmetic is unit-tested on hand-worked examples.
 */

export const minimumDaysEachSide = 3;

export interface DayScore {
  day: string;
  pleasantness: number;
  energy: number;
}

export interface Side {
  days: number;
  pleasantness: number | null;
  energy: number | null;
}

export interface FactorComparison {
  with: Side;
  without: Side;
  enoughDays: boolean;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function side(scores: DayScore[], show: boolean): Side {
  if (!show || scores.length === 0) return { days: scores.length, pleasantness: null, energy: null };
  const sum = (pick: (score: DayScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  return {
    days: scores.length,
    pleasantness: round2(sum((score) => score.pleasantness) / scores.length),
    energy: round2(sum((score) => score.energy) / scores.length),
  };
}

/** Compares check-in days with the factor (`factorDays`) against check-in days without it. */
export function compare(checkIns: DayScore[], factorDays: ReadonlySet<string>): FactorComparison {
  const withFactor = checkIns.filter((score) => factorDays.has(score.day));
  const without = checkIns.filter((score) => !factorDays.has(score.day));
  const enoughDays = withFactor.length >= minimumDaysEachSide && without.length >= minimumDaysEachSide;
  return { with: side(withFactor, enoughDays), without: side(without, enoughDays), enoughDays };
}
