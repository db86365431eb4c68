import type { SessionsRepo } from "./sessions.repo.ts";
import type { SignInThrottleRepo } from "./sign-in-throttle.repo.ts";

const everyHourMs = 60 * 60_000;

/**
 * Deletes expired sessions and sign-in counters whose window and block have passed, once at
 * start and then hourly. The timer does not keep the process alive. Idempotent, so several
 * instances doing it at once is harmless.
 */
export function startSessionHousekeeping(
  sessions: SessionsRepo,
  throttle: SignInThrottleRepo,
  log: (error: unknown) => void,
) {
  const sweep = async () => {
    const now = new Date();
    try {
      await sessions.deleteExpired(now.toISOString());
      await throttle.deleteStale(new Date(now.getTime() - everyHourMs).toISOString(), now.toISOString());
    } catch (error) {
      log(error);
    }
  };
  void sweep();
  const timer = setInterval(sweep, everyHourMs);
  timer.unref();
  return () => clearInterval(timer);
}
