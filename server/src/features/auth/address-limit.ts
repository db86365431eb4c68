import { AppError } from "../../errors.ts";
import type { SignInThrottleRepo } from "./sign-in-throttle.repo.ts";

export interface AddressLimits {
  /** Requests one client address may make per window. */
  perAddress: number;
  windowMs: number;
}

/** The public feedback page: a person answers once, so a burst from one address is a script. */
export const defaultFeedbackLinkLimits: AddressLimits = { perAddress: 20, windowMs: 60_000 };
/** Starting a provider sign-in stores a flow row; a person needs a handful, not hundreds. */
export const defaultSignInStartLimits: AddressLimits = { perAddress: 60, windowMs: 15 * 60_000 };

/**
 * A fixed-window request counter per client address for a public route, kept in the database
 * (the sign-in throttle's table, key "<name>:<ip>") so that every app instance shares it; the
 * hourly housekeeping removes old windows.
 */
export class AddressLimit {
  constructor(
    private readonly repo: SignInThrottleRepo,
    private readonly name: string,
    limits: AddressLimits,
  ) {
    this.limits = { ...limits };
  }

  /** Adjustable at run time (tests raise it). */
  readonly limits: AddressLimits;

  /** Counts one request; throws 429 with Retry-After once the address is over its limit. */
  async hit(ip: string, now = new Date()): Promise<void> {
    const key = `${this.name}:${ip}`;
    const [row] = await this.repo.find([key]);
    const windowStart = row ? Date.parse(row.window_started_at) : Number.NaN;
    const fresh = !row || !(windowStart + this.limits.windowMs > now.getTime());
    if (!fresh && row && row.failures >= this.limits.perAddress) {
      const seconds = Math.max(1, Math.ceil((windowStart + this.limits.windowMs - now.getTime()) / 1000));
      throw new AppError(429, "rate_limited", `Too many requests. Try again in ${seconds} second(s).`, [], {
        "retry-after": String(seconds),
      });
    }
    await this.repo.upsert({
      key,
      failures: fresh ? 1 : (row?.failures ?? 0) + 1,
      window_started_at: fresh ? now.toISOString() : (row?.window_started_at ?? now.toISOString()),
      blocked_until: null,
    });
  }
}
