import type { Kysely } from "kysely";
import type { CurrentUser } from "../../../../contract/auth.ts";
import type { OnboardingRequest } from "../../../../contract/me.ts";
import type { Database } from "../../db/schema.ts";
import { notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { UsersRepo } from "../auth/users.repo.ts";
import { presentCurrentUser } from "./profile.presenter.ts";
import type { ProfileRepo } from "./profile.repo.ts";
import { RoleFamiliesRepo } from "./role-families.repo.ts";

/** The acting user's own profile: who they are and the kinds of roles they look for. */
export class ProfileService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly users: UsersRepo,
    private readonly profiles: ProfileRepo,
  ) {}

  async current(actor: Actor): Promise<CurrentUser> {
    const found = await this.profiles.findWithFamilies(actor.userId);
    if (!found) throw notFound("Account");
    return presentCurrentUser(found.user, found.families);
  }

  /** Saves the onboarding answers (name and role families) in one transaction. */
  async completeOnboarding(actor: Actor, input: OnboardingRequest): Promise<CurrentUser> {
    await this.db.transaction().execute(async (trx) => {
      await new UsersRepo(trx).markOnboarded(actor.userId, input.displayName);
      await new RoleFamiliesRepo(trx).replaceForUser(trx, actor.userId, input.roleFamilies);
    });
    return this.current(actor);
  }

  async updateDisplayName(actor: Actor, displayName: string): Promise<CurrentUser> {
    await this.users.updateDisplayName(actor.userId, displayName);
    return this.current(actor);
  }

  async replaceRoleFamilies(actor: Actor, names: string[]): Promise<CurrentUser> {
    await this.db.transaction().execute((trx) => new RoleFamiliesRepo(trx).replaceForUser(trx, actor.userId, names));
    return this.current(actor);
  }
}
