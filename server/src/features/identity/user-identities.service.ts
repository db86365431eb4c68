import type { Kysely } from "kysely";
import type { LinkedIdentityList } from "../../../../contract/identity.ts";
import type { Database } from "../../db/schema.ts";
import { conflict, notFound } from "../../errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import type { InstanceService } from "../instance/instance.service.ts";
import { SignInMethodsRepo } from "./sign-in-methods.repo.ts";
import { UserIdentitiesRepo } from "./user-identities.repo.ts";

/** My linked identities: listing them and unlinking one (never the last way in). */
export class UserIdentitiesService {
  private readonly identities: UserIdentitiesRepo;
  private readonly methods: SignInMethodsRepo;

  constructor(
    db: Kysely<Database>,
    private readonly instance: InstanceService,
    private readonly audit: AuditService,
  ) {
    this.identities = new UserIdentitiesRepo(db);
    this.methods = new SignInMethodsRepo(db);
  }

  async list(actor: Actor): Promise<LinkedIdentityList> {
    const [rows, hasPassword] = await Promise.all([
      this.identities.listForUser(actor.userId),
      this.methods.hasPassword(actor.userId),
    ]);
    return {
      hasPassword,
      identities: rows.map((row) => ({
        id: row.id,
        provider: { slug: row.slug, displayName: row.display_name, preset: row.preset },
        email: row.email,
        emailVerified: row.email_verified === 1,
        createdAt: row.created_at,
        lastUsedAt: row.last_used_at,
      })),
    };
  }

  /** Unlinks an identity unless it is the last way to sign in (no usable password, no other identity). */
  async unlink(actor: Actor, identityId: string): Promise<void> {
    const rows = await this.identities.listForUser(actor.userId);
    const identity = rows.find((row) => row.id === identityId);
    if (!identity) throw notFound("Linked account");
    const passwordWorks =
      (await this.methods.hasPassword(actor.userId)) && (await this.instance.passwordSignInEnabled());
    const others = await this.methods.enabledIdentityCount(actor.userId, { identityId });
    if (!passwordWorks && others === 0) {
      throw conflict("This is your only way to sign in. Link another account first, then unlink this one.", [
        { path: "id", message: "is your last way to sign in" },
      ]);
    }
    await this.identities.deleteForUser(actor.userId, identityId);
    await this.audit.record({
      userId: actor.userId,
      kind: "identity_unlinked",
      actorUserId: actor.userId,
      method: `oidc:${identity.slug}`,
      detail: `${identity.display_name}${identity.email ? ` (${identity.email})` : ""}`,
    });
  }
}
