import { type DirectionInsights, directionDimensions, directionMethod } from "../../../../contract/direction.ts";
import type { Actor } from "../auth/actor.ts";
import { ReadModelCache } from "../pipeline/read-model-cache.ts";
import { calibrationOf, outcomeOf } from "./calibration-stats.ts";
import type { DirectionRepo } from "./direction.repo.ts";
import { rankGroups, storedKeyOf, withFeelings } from "./direction-groups.ts";
import { overallSummary, spreadOf, weeklyTrend } from "./direction-stats.ts";

/** Which kinds of interviews energize or drain the person, and how well they read them. */
export class DirectionService {
  private readonly cache = new ReadModelCache<Buffer>();

  constructor(private readonly repo: DirectionRepo) {}

  /**
   * The insights as JSON bytes, serialised once per user and pipeline revision: every debrief
   * and pipeline write bumps the revision, and nothing here depends on the clock.
   */
  async directionJson(actor: Actor): Promise<Buffer> {
    const revision = await this.repo.revision(actor);
    return this.cache.get(actor.userId, revision, "direction", async () =>
      Buffer.from(JSON.stringify(await this.compute(actor.userId))),
    );
  }

  /** Computes the insights from the database, uncached (the benchmark times this directly). */
  async compute(userId: string): Promise<DirectionInsights> {
    const [overall, days, facts, ...grouped] = await Promise.all([
      this.repo.overall(userId),
      this.repo.days(userId),
      this.repo.calibrationFacts(userId),
      ...directionDimensions.map((dimension) => this.repo.groups(userId, dimension)),
    ]);
    const spreads = { energy: spreadOf(overall.energy), engagement: spreadOf(overall.engagement) };
    const { ranked, findings } = rankGroups(
      directionDimensions.map((dimension, index) => ({ dimension, rows: grouped[index] ?? [] })),
      spreads,
    );
    // Feeling words only for the groups shown: a few queries over a dozen groups each.
    const feelings = await Promise.all(
      ranked.map(({ dimension, groups }) => this.repo.groupFeelings(userId, dimension, groups.map(storedKeyOf))),
    );
    const breakdowns = withFeelings(ranked, (dimension) => feelings[directionDimensions.indexOf(dimension)] ?? []);
    return {
      debriefCount: overall.debriefs,
      overall: {
        energy: overallSummary(spreads.energy, "energy"),
        engagement: overallSummary(spreads.engagement, "engagement"),
      },
      findings,
      breakdowns,
      calibration: calibrationOf(
        facts.map((fact) => ({ rating: fact.rating, outcome: outcomeOf(fact), count: fact.count })),
      ),
      trend: weeklyTrend(days),
      method: { ...directionMethod },
    };
  }
}
