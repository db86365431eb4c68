import type { Kysely, Transaction } from "kysely";
import type { InstanceSettings } from "../../../../contract/admin.ts";
import type { RegistrationMode } from "../../../../contract/auth.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { forbidden, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { hashSecret, newSecret } from "../auth/secrets.ts";
import { InstanceSettingsRepo } from "./instance-settings.repo.ts";
import type { InviteRow, InvitesRepo } from "./invites.repo.ts";

const registrationModeKey = "registration_mode";
const ownerKey = "owner_user_id";
const passwordSignInKey = "password_sign_in";

/** Instance settings and registration invites: the owner's controls. */
export class InstanceService {
  // Kept, rather than made per call, so its prepared lookup is reused (the session bootstrap
  // on every page load reads the registration mode).
  private readonly settings: InstanceSettingsRepo;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly invites: InvitesRepo,
    private readonly publicUrl: string,
  ) {
    this.settings = new InstanceSettingsRepo(db);
  }

  /** The current registration mode; open until the owner changes it. */
  async registrationMode(executor: Kysely<Database> | Transaction<Database> = this.db): Promise<RegistrationMode> {
    const settings = executor === this.db ? this.settings : new InstanceSettingsRepo(executor);
    return (await settings.get<RegistrationMode>(registrationModeKey)) ?? "open";
  }

  /** Whether people may sign in (and register) with a password; on until the owner turns it off. */
  async passwordSignInEnabled(): Promise<boolean> {
    return (await this.settings.get<boolean>(passwordSignInKey)) ?? true;
  }

  /**
   * Turns password sign-in on or off, unchecked: the identity feature guards the owner's switch
   * against lock-out, and the CLI (`debrief password-sign-in on`) is the escape hatch.
   */
  async setPasswordSignIn(enabled: boolean): Promise<void> {
    await this.settings.set(passwordSignInKey, enabled);
  }

  /** Records the owner inside the first registration's transaction (its key is unique). */
  async recordOwner(trx: Transaction<Database>, userId: string): Promise<void> {
    await trx
      .insertInto("instance_settings")
      .values({ key: ownerKey, value: JSON.stringify(userId), updated_at: nowIso() })
      .execute();
  }

  async getSettings(actor: Actor): Promise<InstanceSettings> {
    assertOwner(actor);
    return { registrationMode: await this.registrationMode() };
  }

  async updateSettings(actor: Actor, settings: InstanceSettings): Promise<InstanceSettings> {
    assertOwner(actor);
    await new InstanceSettingsRepo(this.db).set(registrationModeKey, settings.registrationMode);
    return settings;
  }

  async listInvites(actor: Actor): Promise<InviteRow[]> {
    assertOwner(actor);
    return this.invites.listForUser(actor.userId);
  }

  /** Makes an invite; the token is returned once and only its hash is kept. */
  async createInvite(
    actor: Actor,
    input: { email?: string | undefined; note?: string | undefined; expiresInDays: number },
  ): Promise<{ invite: InviteRow; token: string; url: string }> {
    assertOwner(actor);
    const token = newSecret("inv_");
    const now = new Date();
    const invite: InviteRow = {
      id: newId(),
      user_id: actor.userId,
      token_hash: hashSecret(token),
      email: input.email ?? null,
      note: input.note ?? "",
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString(),
      used_at: null,
      used_by_user_id: null,
    };
    await this.invites.insert(invite);
    return { invite, token, url: `${this.publicUrl}/register?invite=${encodeURIComponent(token)}` };
  }

  async revokeInvite(actor: Actor, inviteId: string): Promise<void> {
    assertOwner(actor);
    if (!(await this.invites.deleteForUser(actor.userId, inviteId))) throw notFound("Invite");
  }
}

function assertOwner(actor: Actor): void {
  if (actor.role !== "owner") throw forbidden("Only the owner of this server can change its settings.");
}
