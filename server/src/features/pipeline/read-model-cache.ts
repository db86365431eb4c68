/**
 * A small in-process cache for per-user read models (the board, the funnel, the calendar
 * feed), keyed by the user's pipeline revision. A write bumps the revision in the database,
 * so a stale entry is never returned: it simply stops matching. Bounded by entry count, the
 * least recently used goes first.
 */
export class ReadModelCache<T> {
  private readonly entries = new Map<string, { revision: number; value: T }>();

  constructor(private readonly maxEntries = 500) {}

  /** The cached value at once (no promise to settle on a hit, the common case), else built. */
  get(userId: string, revision: number, key: string, build: () => Promise<T>): T | Promise<T> {
    const cacheKey = `${userId}\u0000${key}`;
    const hit = this.entries.get(cacheKey);
    if (hit && hit.revision === revision) {
      this.entries.delete(cacheKey);
      this.entries.set(cacheKey, hit);
      return hit.value;
    }
    return this.build(cacheKey, revision, build);
  }

  private async build(cacheKey: string, revision: number, build: () => Promise<T>): Promise<T> {
    const value = await build();
    this.entries.set(cacheKey, { revision, value });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }
}
