import type { Config } from "./config.ts";
import type { Db } from "./db/database.ts";
import { AuthService } from "./features/auth/auth.service.ts";
import { PasswordService } from "./features/auth/password.service.ts";
import { SessionService } from "./features/auth/session.service.ts";
import { startSessionHousekeeping } from "./features/auth/session-housekeeping.ts";
import { SessionsRepo } from "./features/auth/sessions.repo.ts";
import { SignInThrottleRepo } from "./features/auth/sign-in-throttle.repo.ts";
import { defaultThrottleLimits, SignInThrottle, type ThrottleLimits } from "./features/auth/sign-in-throttle.ts";
import { UsersRepo } from "./features/auth/users.repo.ts";
import { InstanceService } from "./features/instance/instance.service.ts";
import { InvitesRepo } from "./features/instance/invites.repo.ts";
import { ProfileService } from "./features/profile/profile.service.ts";
import { RoleFamiliesRepo } from "./features/profile/role-families.repo.ts";
import { TokensRepo } from "./features/tokens/tokens.repo.ts";
import { TokensService } from "./features/tokens/tokens.service.ts";

/** Wires repositories into services once per process. Routes and the CLI use only these. */
export function createServices(db: Db, config: Pick<Config, "publicUrl">, options: { throttle?: ThrottleLimits } = {}) {
  const kysely = db.kysely;
  const users = new UsersRepo(kysely);
  const invites = new InvitesRepo(kysely);
  const sessionsRepo = new SessionsRepo(kysely);
  const throttleRepo = new SignInThrottleRepo(kysely);
  const sessions = new SessionService(sessionsRepo);
  const throttle = new SignInThrottle(throttleRepo, options.throttle ?? defaultThrottleLimits);
  const instance = new InstanceService(kysely, invites, config.publicUrl);
  return {
    db,
    sessions,
    instance,
    auth: new AuthService(kysely, users, invites, instance, sessions, throttle),
    passwords: new PasswordService(users, sessions, throttle),
    tokens: new TokensService(new TokensRepo(kysely)),
    profile: new ProfileService(kysely, users, new RoleFamiliesRepo(kysely)),
    /** Starts the hourly sweep of expired sessions and stale sign-in counters; returns a stopper. */
    startHousekeeping: (log: (error: unknown) => void) => startSessionHousekeeping(sessionsRepo, throttleRepo, log),
  };
}

export type Services = ReturnType<typeof createServices>;
