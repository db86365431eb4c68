import type { Kysely } from "kysely";
import type {
  AdminProvider,
  AdminProviderList,
  CreateProviderRequest,
  IdentityPreset,
  SignInOptions,
  UpdateProviderRequest,
} from "../../../../contract/identity.ts";
import type { SecretBox } from "../../crypto/secret-box.ts";
import { isUniqueViolation } from "../../db/dialect.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, conflict, forbidden, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import type { InstanceService } from "../instance/instance.service.ts";
import { type IdentityProviderRow, IdentityProvidersRepo } from "./identity-providers.repo.ts";
import type { ProviderConnection } from "./provider-client.ts";
import { providerPresets } from "./provider-presets.ts";
import { SignInMethodsRepo } from "./sign-in-methods.repo.ts";

/** Binds a sealed secret to its provider row: copied into another row, it does not open. */
const secretContext = (providerId: string) => `identity_providers.client_secret_sealed:${providerId}`;

type ProviderInput = Partial<CreateProviderRequest>;

/** The owner's identity providers and the password sign-in switch, guarded against lock-out. */
export class IdentityProvidersService {
  private readonly repo: IdentityProvidersRepo;
  private readonly methods: SignInMethodsRepo;

  constructor(
    db: Kysely<Database>,
    private readonly box: SecretBox,
    private readonly instance: InstanceService,
    private readonly publicUrl: string,
  ) {
    this.repo = new IdentityProvidersRepo(db);
    this.methods = new SignInMethodsRepo(db);
  }

  /** What the sign-in page shows: enabled providers and whether the password form is on. */
  async signInOptions(): Promise<SignInOptions> {
    const [providers, passwordSignIn] = await Promise.all([
      this.repo.listEnabled(),
      this.instance.passwordSignInEnabled(),
    ]);
    return {
      providers: providers.map((row) => ({ slug: row.slug, displayName: row.display_name, preset: row.preset })),
      passwordSignIn,
    };
  }

  async list(actor: Actor): Promise<AdminProviderList> {
    assertOwner(actor);
    const [rows, passwordSignIn] = await Promise.all([this.repo.list(), this.instance.passwordSignInEnabled()]);
    return { providers: rows.map((row) => this.present(row)), passwordSignIn };
  }

  async create(actor: Actor, input: CreateProviderRequest): Promise<AdminProvider> {
    assertOwner(actor);
    const id = newId();
    const now = nowIso();
    const endpoints = resolveEndpoints(input.preset, input, null);
    const secret = input.clientSecret?.trim() ?? "";
    if (secret === "" && input.preset !== "oidc") {
      throw badRequest("Enter the client secret the provider gave you.", [
        { path: "clientSecret", message: "is required for this provider" },
      ]);
    }
    const row: IdentityProviderRow = {
      id,
      slug: input.slug,
      display_name: input.displayName,
      preset: input.preset,
      ...endpoints,
      client_id: input.clientId,
      client_secret_sealed: secret === "" ? null : this.box.seal(secret, secretContext(id)),
      scopes: resolveScopes(input.preset, input.scopes),
      enabled: input.enabled === false ? 0 : 1,
      created_at: now,
      updated_at: now,
    };
    try {
      await this.repo.insert(row);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict("Another provider already uses this short name.", [{ path: "slug", message: "is taken" }]);
      }
      throw error;
    }
    return this.present(row);
  }

  /** Changes a provider. A blank or missing secret keeps the stored one (the form never sees it). */
  async update(actor: Actor, id: string, input: UpdateProviderRequest): Promise<AdminProvider> {
    assertOwner(actor);
    const current = await this.repo.find(id);
    if (!current) throw notFound("Identity provider");
    if (input.enabled === false && current.enabled === 1) await this.assertNotLockingOut(actor, id);
    const secret = input.clientSecret?.trim() ?? "";
    const changes = {
      display_name: input.displayName ?? current.display_name,
      ...resolveEndpoints(current.preset, input, current),
      client_id: input.clientId ?? current.client_id,
      client_secret_sealed: secret === "" ? current.client_secret_sealed : this.box.seal(secret, secretContext(id)),
      scopes: input.scopes === undefined ? current.scopes : resolveScopes(current.preset, input.scopes),
      enabled: input.enabled === undefined ? current.enabled : input.enabled ? 1 : 0,
      updated_at: nowIso(),
    };
    await this.repo.update(id, changes);
    return this.present({ ...current, ...changes });
  }

  /** Deletes a provider and, with it, every identity linked through it. */
  async remove(actor: Actor, id: string): Promise<void> {
    assertOwner(actor);
    const current = await this.repo.find(id);
    if (!current) throw notFound("Identity provider");
    if (current.enabled === 1) await this.assertNotLockingOut(actor, id);
    await this.repo.delete(id);
  }

  /**
   * Turns password sign-in on or off. Off only while the owner can still get in: an enabled
   * provider with an identity of theirs linked to it. Otherwise nobody could reach the switch.
   */
  async setPasswordSignIn(actor: Actor, enabled: boolean): Promise<{ passwordSignIn: boolean }> {
    assertOwner(actor);
    if (!enabled && (await this.methods.enabledIdentityCount(actor.userId)) === 0) {
      throw conflict(
        "Link your own account at an enabled provider first (Settings → Sign-in methods), so you can still sign in.",
        [{ path: "enabled", message: "needs an enabled provider with your account linked to it" }],
      );
    }
    await this.instance.setPasswordSignIn(enabled);
    return { passwordSignIn: enabled };
  }

  /** An enabled provider, secret opened, ready for a sign-in; undefined when unknown or off. */
  async connection(slug: string): Promise<(ProviderConnection & { slug: string }) | undefined> {
    const row = await this.repo.findEnabledBySlug(slug);
    if (!row) return undefined;
    return {
      id: row.id,
      slug: row.slug,
      version: row.updated_at,
      preset: row.preset,
      issuer: row.issuer,
      authorizationEndpoint: row.authorization_endpoint,
      tokenEndpoint: row.token_endpoint,
      profileEndpoint: row.userinfo_endpoint,
      clientId: row.client_id,
      clientSecret: row.client_secret_sealed ? this.box.open(row.client_secret_sealed, secretContext(row.id)) : null,
      scopes: row.scopes,
    };
  }

  redirectUri(slug: string): string {
    return `${this.publicUrl}/api/auth/oidc/${slug}/callback`;
  }

  /** With password sign-in off, the owner must keep one enabled provider they are linked at. */
  private async assertNotLockingOut(actor: Actor, providerId: string): Promise<void> {
    if (await this.instance.passwordSignInEnabled()) return;
    if ((await this.methods.enabledIdentityCount(actor.userId, { providerId })) > 0) return;
    throw conflict(
      "Password sign-in is off and this is the only provider you can sign in with. Turn password sign-in on first.",
      [{ path: "enabled", message: "would leave you no way to sign in" }],
    );
  }

  private present(row: IdentityProviderRow): AdminProvider {
    return {
      id: row.id,
      slug: row.slug,
      displayName: row.display_name,
      preset: row.preset,
      issuer: row.issuer,
      authorizationEndpoint: row.authorization_endpoint,
      tokenEndpoint: row.token_endpoint,
      userinfoEndpoint: row.userinfo_endpoint,
      clientId: row.client_id,
      hasClientSecret: row.client_secret_sealed !== null,
      scopes: row.scopes,
      enabled: row.enabled === 1,
      redirectUri: this.redirectUri(row.slug),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}

function assertOwner(actor: Actor): void {
  if (actor.role !== "owner") throw forbidden("Only the owner of this server can change its sign-in providers.");
}

/**
 * Where the provider lives. Presets fill what they know (Google's issuer, GitHub's endpoints,
 * Microsoft's issuer from the tenant); the owner gives the rest.
 */
function resolveEndpoints(preset: IdentityPreset, input: ProviderInput, current: IdentityProviderRow | null) {
  const definition = providerPresets[preset];
  if (definition.protocol === "oidc") {
    let issuer = input.issuer ?? current?.issuer ?? null;
    if (typeof definition.issuer === "string") issuer = definition.issuer;
    if (typeof definition.issuer === "function") {
      if (input.tenant) issuer = definition.issuer(input.tenant);
      else if (!current) {
        throw badRequest("Enter your Microsoft directory (tenant) id.", [
          { path: "tenant", message: "is required for Microsoft" },
        ]);
      }
    }
    if (!issuer) throw badRequest("Enter the provider's issuer URL.", [{ path: "issuer", message: "is required" }]);
    return { issuer, authorization_endpoint: null, token_endpoint: null, userinfo_endpoint: null };
  }
  return {
    issuer: null,
    authorization_endpoint:
      input.authorizationEndpoint ?? current?.authorization_endpoint ?? definition.authorizationEndpoint ?? null,
    token_endpoint: input.tokenEndpoint ?? current?.token_endpoint ?? definition.tokenEndpoint ?? null,
    userinfo_endpoint: input.userinfoEndpoint ?? current?.userinfo_endpoint ?? definition.profileEndpoint ?? null,
  };
}

function resolveScopes(preset: IdentityPreset, scopes: string | undefined): string {
  const definition = providerPresets[preset];
  const chosen = scopes?.trim() ? scopes.trim() : definition.defaultScopes;
  if (definition.protocol === "oidc" && !chosen.split(" ").includes("openid")) {
    throw badRequest("OpenID Connect providers need the openid scope.", [
      { path: "scopes", message: "must include openid" },
    ]);
  }
  return chosen;
}
