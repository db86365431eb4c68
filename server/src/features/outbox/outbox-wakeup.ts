/**
 * Tells the in-process worker that mail was queued, so it goes out now rather than at the
 * next poll. Other instances (PostgreSQL) find it at their next poll.
 */
export class OutboxWakeup {
  private listener: (() => void) | null = null;

  /** The worker listens; only one worker per process. */
  listen(listener: () => void): () => void {
    this.listener = listener;
    return () => {
      if (this.listener === listener) this.listener = null;
    };
  }

  notify(): void {
    this.listener?.();
  }
}
