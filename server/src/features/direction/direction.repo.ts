import { type Kysely, sql } from "kysely";
import type { ApplicationStage } from "../../../../contract/applications.ts";
import type { DirectionDimension } from "../../../../contract/direction.ts";
import type { Database } from "../../db/schema.ts";
import { pipelineRevisionOf } from "../pipeline/revision.ts";
import type { DayRatings, RatingAggregate } from "./direction-stats.ts";

/**
 * The sums behind direction insights, computed in SQL: per group the count, sum and sum of
 * squares of each rating, so what reaches the server is one row per group (per feeling-word
 * combination, see below) however many debriefs there are. Every query is scoped to the user
 * on every table it touches. Plain SQL that both dialects read the same way: count, sum,
 * substr, max, case.
 */

/** PostgreSQL returns count() and sum() of integers as bigint strings; SQLite as numbers. */
type Numeric = number | string | bigint;

/** One group's sums. */
export interface GroupSums {
  key: string | null;
  label: string | null;
  debriefs: number;
  energy: RatingAggregate;
  engagement: RatingAggregate;
}

/** How many debriefs of a group stored exactly this feelings list (a JSON array). */
export interface GroupFeelings {
  key: string | null;
  feelings: string;
  debriefs: number;
}

export interface OverallSums {
  debriefs: number;
  energy: RatingAggregate;
  engagement: RatingAggregate;
}

/** How many interviews with one "went well" rating share the same facts about what followed. */
export interface CalibrationFactsCount {
  rating: number;
  stage: ApplicationStage;
  hasLaterInterview: boolean;
  reachedOffer: boolean;
  count: number;
}

const sums = [
  sql<Numeric>`count(*)`.as("debriefs"),
  sql<Numeric>`count(d.energy)`.as("energy_n"),
  sql<Numeric>`coalesce(sum(d.energy), 0)`.as("energy_sum"),
  sql<Numeric>`coalesce(sum(d.energy * d.energy), 0)`.as("energy_squares"),
  sql<Numeric>`count(d.engagement)`.as("engagement_n"),
  sql<Numeric>`coalesce(sum(d.engagement), 0)`.as("engagement_sum"),
  sql<Numeric>`coalesce(sum(d.engagement * d.engagement), 0)`.as("engagement_squares"),
];

interface SumsRow {
  debriefs: Numeric;
  energy_n: Numeric;
  energy_sum: Numeric;
  energy_squares: Numeric;
  engagement_n: Numeric;
  engagement_sum: Numeric;
  engagement_squares: Numeric;
}

const ratingsOf = (row: SumsRow) => ({
  debriefs: Number(row.debriefs),
  energy: { n: Number(row.energy_n), sum: Number(row.energy_sum), sumOfSquares: Number(row.energy_squares) },
  engagement: {
    n: Number(row.engagement_n),
    sum: Number(row.engagement_sum),
    sumOfSquares: Number(row.engagement_squares),
  },
});

export class DirectionRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** The pipeline revision that keys the cached insights (debrief writes bump it too). */
  revision(actor: { userId: string; pipelineRevision?: number }): number | Promise<number> {
    return pipelineRevisionOf(this.db, actor);
  }

  async overall(userId: string): Promise<OverallSums> {
    const row = await this.db
      .selectFrom("debriefs as d")
      .select(sums)
      .where("d.user_id", "=", userId)
      .executeTakeFirstOrThrow();
    return ratingsOf(row);
  }

  /** The sums of one dimension's groups (one row each); key and label null for the unset group. */
  async groups(userId: string, dimension: DirectionDimension): Promise<GroupSums[]> {
    const { query, key, label } = this.grouping(userId, dimension);
    const rows = await query
      .select([sql<string | null>`${sql.ref(key)}`.as("key"), sql<string | null>`${sql.ref(label)}`.as("label")])
      .select(sums)
      .groupBy([sql.ref(key), sql.ref(label)])
      .execute();
    return rows.map((row) => ({ key: row.key, label: row.label, ...ratingsOf(row) }));
  }

  /**
   * The feelings lists of the given groups only (the few a page shows), counted per distinct
   * list: word counting happens in TS, so no dialect-specific JSON functions are needed, and
   * the rows stay bounded by the shown groups × the handful of lists people write.
   */
  async groupFeelings(
    userId: string,
    dimension: DirectionDimension,
    keys: readonly (string | null)[],
  ): Promise<GroupFeelings[]> {
    const named = keys.filter((key): key is string => key !== null);
    const withUnset = keys.includes(null);
    if (named.length === 0 && !withUnset) return [];
    const { query, key } = this.grouping(userId, dimension);
    const rows = await query
      .where((eb) =>
        eb.or([
          ...(named.length > 0 ? [eb(sql.ref(key), "in", named)] : []),
          ...(withUnset ? [eb(sql.ref(key), "is", null)] : []),
        ]),
      )
      .select([sql<string | null>`${sql.ref(key)}`.as("key"), "d.feelings", sql<Numeric>`count(*)`.as("debriefs")])
      .groupBy([sql.ref(key), sql.ref("d.feelings")])
      .execute();
    return rows.map((row) => ({ key: row.key, feelings: row.feelings, debriefs: Number(row.debriefs) }));
  }

  /** Per dimension, the joins, and the columns holding each group's key and label. */
  private grouping(userId: string, dimension: DirectionDimension) {
    const debriefed = this.debriefed(userId);
    const withApplication = () =>
      debriefed.innerJoin("applications as a", (join) =>
        join.onRef("a.id", "=", "i.application_id").on("a.user_id", "=", userId),
      );
    const withCompany = () =>
      withApplication().leftJoin("companies as c", (join) =>
        join.onRef("c.id", "=", "a.company_id").on("c.user_id", "=", userId),
      );
    // Each branch joins different tables; the cast keeps only what every caller uses (d and i).
    type Grouping = { query: ReturnType<DirectionRepo["debriefed"]>; key: string; label: string };
    switch (dimension) {
      case "roleFamily":
        return {
          query: withApplication().leftJoin("role_families as rf", (join) =>
            join.onRef("rf.id", "=", "a.role_family_id").on("rf.user_id", "=", userId),
          ),
          key: "a.role_family_id",
          label: "rf.name",
        } as unknown as Grouping;
      case "tag":
        return {
          query: debriefed.innerJoin("application_tags as t", (join) =>
            join.onRef("t.application_id", "=", "i.application_id").on("t.user_id", "=", userId),
          ),
          key: "t.tag",
          label: "t.tag",
        } as unknown as Grouping;
      case "company":
        return { query: withCompany(), key: "a.company_id", label: "c.name" } as unknown as Grouping;
      case "companySize":
        return { query: withCompany(), key: "c.size_band", label: "c.size_band" } as unknown as Grouping;
      case "interviewKind":
        return { query: debriefed, key: "i.kind", label: "i.kind" };
      case "format":
        return { query: debriefed, key: "i.format", label: "i.format" };
      case "interviewer":
        return {
          query: debriefed
            .innerJoin("interview_interviewers as ii", (join) =>
              join.onRef("ii.interview_id", "=", "i.id").on("ii.user_id", "=", userId),
            )
            .innerJoin("contacts as ct", (join) =>
              join.onRef("ct.id", "=", "ii.contact_id").on("ct.user_id", "=", userId),
            ),
          key: "ct.id",
          label: "ct.name",
        } as unknown as Grouping;
    }
  }

  /** The user's debriefs with their interviews. */
  private debriefed(userId: string) {
    return this.db
      .selectFrom("debriefs as d")
      .innerJoin("interviews as i", (join) => join.onRef("i.id", "=", "d.interview_id").on("i.user_id", "=", userId))
      .where("d.user_id", "=", userId);
  }

  /** Debriefs and rating sums per UTC day of the interview; weeks are bucketed in TS. */
  async days(userId: string): Promise<DayRatings[]> {
    const day = sql<string>`substr(i.starts_at, 1, 10)`;
    const rows = await this.debriefed(userId)
      .select([
        day.as("day"),
        sql<Numeric>`count(*)`.as("debriefs"),
        sql<Numeric>`count(d.energy)`.as("energy_n"),
        sql<Numeric>`coalesce(sum(d.energy), 0)`.as("energy_sum"),
        sql<Numeric>`count(d.engagement)`.as("engagement_n"),
        sql<Numeric>`coalesce(sum(d.engagement), 0)`.as("engagement_sum"),
      ])
      .groupBy(day)
      .execute();
    return rows.map((row) => ({
      day: row.day,
      debriefs: Number(row.debriefs),
      energy: { n: Number(row.energy_n), sum: Number(row.energy_sum) },
      engagement: { n: Number(row.engagement_n), sum: Number(row.engagement_sum) },
    }));
  }

  /**
   * For each "went well" rating, how many interviews share the same facts about what followed:
   * a later interview in the same application, an offer reached, the application's stage.
   * "Later" compares with the application's latest interview start, derived once per
   * application: asking per interview for any later one walks the start-time index instead.
   */
  async calibrationFacts(userId: string): Promise<CalibrationFactsCount[]> {
    const latestStart = this.db
      .selectFrom("interviews")
      .select(["application_id", sql<string>`max(starts_at)`.as("latest_start")])
      .where("user_id", "=", userId)
      .groupBy("application_id");
    const facts = this.debriefed(userId)
      .innerJoin("applications as a", (join) =>
        join.onRef("a.id", "=", "i.application_id").on("a.user_id", "=", userId),
      )
      .innerJoin(latestStart.as("latest"), "latest.application_id", "i.application_id")
      .where("d.went_well", "is not", null)
      .select([
        "d.went_well as rating",
        "a.stage",
        sql<number>`case when i.starts_at < latest.latest_start then 1 else 0 end`.as("has_later"),
      ])
      .select((eb) =>
        eb
          .case()
          .when(
            eb.exists(
              eb
                .selectFrom("application_stage_changes as change")
                .select(sql`1`.as("one"))
                .where("change.user_id", "=", userId)
                .whereRef("change.application_id", "=", "i.application_id")
                .where("change.to_stage", "in", ["offer", "accepted"]),
            ),
          )
          .then(1)
          .else(0)
          .end()
          .as("reached_offer"),
      );
    const rows = await this.db
      .selectFrom(facts.as("f"))
      .select(["f.rating", "f.stage", "f.has_later", "f.reached_offer", sql<Numeric>`count(*)`.as("n")])
      .groupBy(["f.rating", "f.stage", "f.has_later", "f.reached_offer"])
      .execute();
    return rows.map((row) => ({
      rating: Number(row.rating),
      stage: row.stage,
      hasLaterInterview: Number(row.has_later) === 1,
      reachedOffer: Number(row.reached_offer) === 1,
      count: Number(row.n),
    }));
  }
}
