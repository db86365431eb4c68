import type { ApplicationStage } from "../db/schema/pipeline.ts";
import type { SeededRandom } from "./seeded-random.ts";

/**
 * The shape of the benchmark's heavy seeker: which stage path each application takes and how
 * many interviews it has, chosen so the totals come out exact — five stage changes and two and
 * a half interviews already held per application (2,000 applications → 10,000 changes, 5,000
 * held interviews, each debriefed). Applications still interviewing have their later rounds
 * ahead of them, on top of those.
 */

export const stageChangesPerApplication = 5;
export const interviewsPerApplication = 2.5;

interface Outcome {
  share: number;
  /** Every stage, starting on the wishlist; some applications skip it to make the count exact. */
  path: ApplicationStage[];
  /** Rounds after the recruiter screen (which every path through screening has). */
  laterRounds: [min: number, max: number];
}

// Deep paths dominate (a heavy seeker interviews a lot): with the wishlist the mix averages
// 5.1 changes, so dropping the wishlist from a tenth of the applications lands on exactly 5.
// Late rejections after silence and revivals after ghosting are both common in real searches.
// biome-ignore format: one path per line reads as a table
const outcomes: Outcome[] = [
  { share: 0.01, path: ["wishlist"], laterRounds: [0, 0] },
  { share: 0.02, path: ["wishlist", "applied"], laterRounds: [0, 0] },
  { share: 0.03, path: ["wishlist", "applied", "rejected"], laterRounds: [0, 0] },
  { share: 0.03, path: ["wishlist", "applied", "ghosted"], laterRounds: [0, 0] },
  { share: 0.05, path: ["wishlist", "applied", "ghosted", "rejected"], laterRounds: [0, 0] },
  { share: 0.05, path: ["wishlist", "applied", "screening", "rejected"], laterRounds: [0, 0] },
  { share: 0.05, path: ["wishlist", "applied", "screening", "interviewing"], laterRounds: [1, 2] },
  { share: 0.22, path: ["wishlist", "applied", "screening", "interviewing", "rejected"], laterRounds: [1, 3] },
  { share: 0.05, path: ["wishlist", "applied", "screening", "interviewing", "withdrawn"], laterRounds: [1, 2] },
  { share: 0.04, path: ["wishlist", "applied", "screening", "interviewing", "ghosted"], laterRounds: [1, 2] },
  { share: 0.14, path: ["wishlist", "applied", "screening", "interviewing", "ghosted", "rejected"], laterRounds: [1, 2] },
  { share: 0.06, path: ["wishlist", "applied", "ghosted", "screening", "interviewing", "rejected"], laterRounds: [1, 3] },
  { share: 0.03, path: ["wishlist", "applied", "screening", "interviewing", "offer"], laterRounds: [2, 4] },
  { share: 0.04, path: ["wishlist", "applied", "screening", "interviewing", "offer", "accepted"], laterRounds: [2, 4] },
  { share: 0.18, path: ["wishlist", "applied", "screening", "interviewing", "offer", "withdrawn"], laterRounds: [2, 4] },
];

/** One application's place in the mix. */
export interface PlannedShape {
  /** The stages entered, oldest first; a path through screening has a recruiter screen. */
  path: ApplicationStage[];
  laterRounds: number;
}

/** How many of `count` take each outcome: shares rounded by largest remainder, so they sum to count. */
function quotas(count: number): number[] {
  const exact = outcomes.map((outcome) => outcome.share * count);
  const counts = exact.map(Math.floor);
  const byRemainder = exact
    .map((value, index) => [value - Math.floor(value), index] as const)
    .sort((a, b) => b[0] - a[0]);
  let missing = count - counts.reduce((sum, n) => sum + n, 0);
  for (const [, index] of byRemainder) {
    if (missing <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    missing -= 1;
  }
  return counts;
}

function shuffle<T>(items: T[], random: SeededRandom): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}

/**
 * Stage paths and interview counts for `count` applications, in a shuffled order. The totals
 * are exact: count × 5 stage changes and ⌊count × 2.5⌋ interviews held (upcoming ones besides).
 */
export function planHeavyMix(count: number, random: SeededRandom): PlannedShape[] {
  const chosen = shuffle(
    quotas(count).flatMap((n, index) => Array.from({ length: n }, () => outcomes[index] as Outcome)),
    random,
  );
  const shapes = chosen.map((outcome) => ({
    path: [...outcome.path],
    screens: outcome.path.includes("screening") ? 1 : 0,
    laterRounds: random.int(...outcome.laterRounds),
    bounds: outcome.laterRounds,
    ongoing: outcome.path.at(-1) === "interviewing",
  }));

  // Too many changes: some applications start at "applied" instead of on the wishlist.
  let extraChanges = shapes.reduce((sum, shape) => sum + shape.path.length, 0) - count * stageChangesPerApplication;
  for (const shape of shuffle([...shapes], random)) {
    if (extraChanges <= 0) break;
    if (shape.path.length > 1) {
      shape.path.shift();
      extraChanges -= 1;
    }
  }

  // Held interviews: nudge later rounds one at a time, within each path's bounds, until they
  // add up. The later rounds of an application still interviewing are upcoming, so they neither
  // count nor move.
  const interviews = () =>
    shapes.reduce((sum, shape) => sum + shape.screens + (shape.ongoing ? 0 : shape.laterRounds), 0);
  let gap = Math.floor(count * interviewsPerApplication) - interviews();
  while (gap !== 0) {
    const step = gap > 0 ? 1 : -1;
    const movable = shapes.filter(
      (shape) =>
        !shape.ongoing && (step > 0 ? shape.laterRounds < shape.bounds[1] : shape.laterRounds > shape.bounds[0]),
    );
    if (movable.length === 0) break;
    for (const shape of shuffle(movable, random).slice(0, Math.abs(gap))) shape.laterRounds += step;
    gap = Math.floor(count * interviewsPerApplication) - interviews();
  }
  return shapes.map(({ path, laterRounds }) => ({ path, laterRounds }));
}
