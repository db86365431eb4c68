import type { LoadFigures } from "./load.ts";

/** One back-to-back pair: the real server and its baseline, measured one right after the other. */
export interface Round {
  real: LoadFigures;
  baseline: LoadFigures;
}

/** Runs `rounds` pairs, alternating which server goes first (real, base, base, real, …). */
export async function measureInRounds(
  rounds: number,
  measureReal: () => Promise<LoadFigures>,
  measureBaseline: () => Promise<LoadFigures>,
): Promise<Round[]> {
  const pairs: Round[] = [];
  for (let round = 0; round < rounds; round++) {
    // A machine that speeds up or slows down during a scenario then weighs on both alike.
    if (round % 2 === 0) {
      const real = await measureReal();
      pairs.push({ real, baseline: await measureBaseline() });
    } else {
      const baseline = await measureBaseline();
      pairs.push({ real: await measureReal(), baseline });
    }
  }
  return pairs;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The median of each rate and latency over the rounds; failures are added up, none may hide. */
export function medianFigures(runs: LoadFigures[]): LoadFigures {
  const sum = (pick: (figures: LoadFigures) => number) => runs.reduce((total, figures) => total + pick(figures), 0);
  return {
    requestsPerSecond: median(runs.map((figures) => figures.requestsPerSecond)),
    p50Ms: median(runs.map((figures) => figures.p50Ms)),
    p99Ms: median(runs.map((figures) => figures.p99Ms)),
    requests: sum((figures) => figures.requests),
    non2xx: sum((figures) => figures.non2xx),
    errors: sum((figures) => figures.errors),
    timeouts: sum((figures) => figures.timeouts),
  };
}

/** The median of the rounds' own ratios: each compares two runs made seconds apart. */
export function medianRatio(pairs: Round[]): number {
  return median(pairs.map((pair) => pair.real.requestsPerSecond / pair.baseline.requestsPerSecond));
}
