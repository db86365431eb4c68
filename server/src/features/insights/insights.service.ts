import type { Funnel, FunnelQuery } from "../../../../contract/insights.ts";
import type { Actor } from "../auth/actor.ts";
import { ReadModelCache } from "../pipeline/read-model-cache.ts";
import { computeFunnel } from "./funnel-math.ts";
import type { InsightsRepo } from "./insights.repo.ts";

/** Funnel and pace from the person's stage history. */
export class InsightsService {
  private readonly funnelCache = new ReadModelCache<Buffer>();

  constructor(
    private readonly repo: InsightsRepo,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * The funnel for a period and role family as JSON bytes, serialised once per cache entry.
   * Cached per user and pipeline revision; today's date is part of the key because the weekly
   * series runs up to today.
   */
  async funnelJson(actor: Actor, query: FunnelQuery): Promise<Buffer> {
    const today = this.now().toISOString().slice(0, 10);
    const revision = await this.repo.revision(actor);
    const key = [query.from ?? "", query.to ?? "", query.roleFamilyId ?? "", today].join("|");
    return this.funnelCache.get(actor.userId, revision, key, async () =>
      Buffer.from(JSON.stringify(await this.funnel(actor.userId, query, today))),
    );
  }

  private async funnel(userId: string, query: FunnelQuery, today: string): Promise<Funnel> {
    const { applications, changes } = await this.repo.pipelineHistory(userId, query.roleFamilyId);
    return computeFunnel(applications, changes, { ...query, today });
  }
}
