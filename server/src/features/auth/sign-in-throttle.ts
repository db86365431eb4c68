import { AppError } from "../../errors.ts";
import type { SignInThrottleRepo, ThrottleRow } from "./sign-in-throttle.repo.ts";

/** How many failures each kind of key may have in one window before it is blocked. */
export interface ThrottleLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
  blockMs: number;
}

export const defaultThrottleLimits: ThrottleLimits = {
  perAccount: 10,
  perAddress: 50,
  windowMs: 15 * 60_000,
  blockMs: 15 * 60_000,
};

const accountKey = (email: string) => `account:${email.toLowerCase()}`;
const addressKey = (ip: string) => `address:${ip}`;

/**
 * Limits failed sign-ins per account and per address. The account key is used whether or not
 * the account exists, so a blocked answer says nothing about which emails are registered.
 */
export class SignInThrottle {
  constructor(
    private readonly repo: SignInThrottleRepo,
    private readonly limits: ThrottleLimits = defaultThrottleLimits,
  ) {}

  /** Throws 429 (with Retry-After) when the account or the address is blocked. */
  async assertAllowed(email: string, ip: string, now = new Date()): Promise<void> {
    const rows = await this.repo.find([accountKey(email), addressKey(ip)]);
    const blockedUntil = rows
      .map((row) => row.blocked_until)
      .filter((until): until is string => until !== null && until > now.toISOString())
      .sort()
      .at(-1);
    if (blockedUntil) {
      const seconds = Math.max(1, Math.ceil((Date.parse(blockedUntil) - now.getTime()) / 1000));
      throw new AppError(
        429,
        "rate_limited",
        `Too many failed sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
        [],
        { "retry-after": String(seconds) },
      );
    }
  }

  async recordFailure(email: string, ip: string, now = new Date()): Promise<void> {
    const rows = await this.repo.find([accountKey(email), addressKey(ip)]);
    await this.bump(accountKey(email), rows, this.limits.perAccount, now);
    await this.bump(addressKey(ip), rows, this.limits.perAddress, now);
  }

  /** A successful sign-in clears the account's counter (not the address's). */
  async recordSuccess(email: string): Promise<void> {
    await this.repo.delete(accountKey(email));
  }

  private async bump(key: string, rows: ThrottleRow[], limit: number, now: Date): Promise<void> {
    const existing = rows.find((row) => row.key === key);
    const windowExpired = !existing || Date.parse(existing.window_started_at) + this.limits.windowMs <= now.getTime();
    const failures = windowExpired ? 1 : (existing?.failures ?? 0) + 1;
    await this.repo.upsert({
      key,
      failures,
      window_started_at: windowExpired ? now.toISOString() : (existing?.window_started_at ?? now.toISOString()),
      blocked_until: failures >= limit ? new Date(now.getTime() + this.limits.blockMs).toISOString() : null,
    });
  }
}
