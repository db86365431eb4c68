import type { Kysely } from "kysely";
import { applicationStages, closedStages } from "../../../../contract/applications.ts";
import type { Board, BoardCard } from "../../../../contract/pipeline.ts";
import type { Database } from "../../db/schema.ts";
import { ApplicationsRepo, hasTag, searchMatches } from "../applications/applications.repo.ts";
import { normaliseSearchTerm } from "../applications/search-text.ts";
import type { Actor } from "../auth/actor.ts";
import { ReadModelCache } from "./read-model-cache.ts";
import { pipelineRevisionOf } from "./revision.ts";

export interface BoardFilters {
  q?: string;
  roleFamilyId?: string;
  tag?: string;
}

/**
 * The board: every application as a card in its stage's column, most recently moved first.
 * Three queries whatever the size (cards, tags, next interviews). The serialised board is
 * cached per user, revision, filters and minute — the minute because "next interview" moves
 * on as time passes even when nothing is written.
 */
export class BoardService {
  private readonly cache = new ReadModelCache<Buffer>(500);

  constructor(
    private readonly db: Kysely<Database>,
    /**
     * Closed columns (accepted, rejected, withdrawn, ghosted) carry only their most recent cards:
     * a long search piles up hundreds there that nobody drags again, and they made most of the
     * payload. The count is always the total; the table lists the rest.
     */
    private readonly closedColumnLimit = 50,
  ) {}

  async json(actor: Actor, filters: BoardFilters, now = new Date()): Promise<Buffer> {
    const revision = await pipelineRevisionOf(this.db, actor);
    const minute = Math.floor(now.getTime() / 60_000);
    const key = `board:${minute}:${filters.q ?? ""}\u0000${filters.roleFamilyId ?? ""}\u0000${filters.tag ?? ""}`;
    return this.cache.get(actor.userId, revision, key, async () =>
      Buffer.from(JSON.stringify(await this.build(actor.userId, filters, now))),
    );
  }

  async build(userId: string, filters: BoardFilters, now = new Date()): Promise<Board> {
    let cardsQuery = this.db
      .selectFrom("applications as a")
      .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").on("c.user_id", "=", userId))
      .select([
        "a.id",
        "a.role_title",
        "c.name as company_name",
        "a.excitement",
        "a.applied_on",
        "a.stage",
        "a.stage_changed_at",
      ])
      .where("a.user_id", "=", userId);
    if (filters.roleFamilyId) cardsQuery = cardsQuery.where("a.role_family_id", "=", filters.roleFamilyId);
    const term = filters.q ? normaliseSearchTerm(filters.q) : "";
    if (term) cardsQuery = cardsQuery.where(searchMatches(term));
    if (filters.tag) cardsQuery = cardsQuery.where(hasTag(userId, filters.tag));

    const [cards, tagsByApplication, nextRows] = await Promise.all([
      cardsQuery.orderBy("a.stage_changed_at", "desc").orderBy("a.id", "desc").execute(),
      new ApplicationsRepo(this.db).tagsFor(userId),
      this.db
        .selectFrom("interviews")
        .select(["application_id", (eb) => eb.fn.min("starts_at").as("next_at")])
        .where("user_id", "=", userId)
        .where("starts_at", ">", now.toISOString())
        .groupBy("application_id")
        .execute(),
    ]);

    const nextByApplication = new Map(nextRows.map((row) => [row.application_id, String(row.next_at)]));

    const columns = new Map(applicationStages.map((stage) => [stage, [] as BoardCard[]]));
    for (const card of cards) {
      columns.get(card.stage)?.push({
        id: card.id,
        roleTitle: card.role_title,
        companyName: card.company_name,
        excitement: card.excitement === null ? null : Number(card.excitement),
        tags: tagsByApplication.get(card.id) ?? [],
        appliedOn: card.applied_on,
        stageChangedAt: card.stage_changed_at,
        nextInterviewAt: nextByApplication.get(card.id) ?? null,
      });
    }
    return {
      columns: applicationStages.map((stage) => {
        const stageCards = columns.get(stage) ?? [];
        const shown = closedStages.includes(stage) ? stageCards.slice(0, this.closedColumnLimit) : stageCards;
        return { stage, count: stageCards.length, cards: shown };
      }),
    };
  }
}
