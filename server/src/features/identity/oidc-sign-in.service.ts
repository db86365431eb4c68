import type { Kysely } from "kysely";
import type { OidcErrorCode, OidcStartQuery } from "../../../../contract/identity.ts";
import { isUniqueViolation } from "../../db/dialect.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import type { AuthService } from "../auth/auth.service.ts";
import { hashSecret } from "../auth/secrets.ts";
import type { ClientInfo, SessionService, StartedSession } from "../auth/session.service.ts";
import type { UserRow } from "../auth/users.repo.ts";
import { UsersRepo } from "../auth/users.repo.ts";
import { claimCircleInviteForRegistration } from "../circle/circle-invites.service.ts";
import type { IdentityProvidersService } from "./identity-providers.service.ts";
import { type ProviderClient, ProviderError } from "./provider-client.ts";
import type { MappedProfile } from "./provider-presets.ts";
import { newFlow } from "./sign-in-flow.ts";
import { type SignInFlowRow, SignInFlowsRepo } from "./sign-in-flows.repo.ts";
import { clearUnprovenCredentials } from "./unproven-password.ts";
import { UserIdentitiesRepo } from "./user-identities.repo.ts";

/** A sign-in that did not finish: the code the web explains, and where to send the browser. */
export class OidcFlowError extends Error {
  override name = "OidcFlowError";
  constructor(
    readonly code: OidcErrorCode,
    readonly intent: "sign_in" | "link" = "sign_in",
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }
}

/** How the callback ended: signed in (a new session), or linked to the signed-in account. */
export type OidcOutcome =
  | { kind: "signed_in"; user: UserRow; session: StartedSession; returnTo: string }
  | { kind: "linked"; returnTo: string };

/** The authorization code flow: start (send the browser to the provider) and the callback. */
export class OidcSignInService {
  private readonly flows: SignInFlowsRepo;
  private readonly users: UsersRepo;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly providers: IdentityProvidersService,
    private readonly providerClient: ProviderClient,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {
    this.flows = new SignInFlowsRepo(db);
    this.users = new UsersRepo(db);
  }

  /** Records the flow server-side and returns the provider's URL. `binding` is the browser cookie's value. */
  async start(slug: string, query: OidcStartQuery, actor: Actor | null, binding: string): Promise<URL> {
    if (query.intent === "link" && !actor) throw new OidcFlowError("sign_in_first", "link");
    const provider = await this.providers.connection(slug);
    if (!provider) throw new OidcFlowError("provider_unavailable", query.intent);
    const { row, state } = newFlow(provider, query, actor?.userId ?? null, binding);
    await this.flows.deleteExpired(new Date().toISOString());
    let url: URL;
    try {
      url = await this.providerClient.authorizationUrl(provider, {
        redirectUri: this.providers.redirectUri(slug),
        state,
        codeVerifier: row.code_verifier,
        nonce: row.nonce,
      });
    } catch (error) {
      throw new OidcFlowError("provider_unavailable", query.intent, { cause: error });
    }
    await this.flows.insert(row);
    return url;
  }

  /**
   * The provider sent the browser back. The flow must exist, belong to this browser and be
   * fresh; it is used up either way. Then the code is exchanged and the person is signed in,
   * linked, or given an account.
   */
  async finish(
    slug: string,
    callbackUrl: URL,
    binding: string | undefined,
    actor: Actor | null,
    client: ClientInfo,
  ): Promise<OidcOutcome> {
    const state = callbackUrl.searchParams.get("state");
    if (!state || !binding) throw new OidcFlowError("state_invalid");
    const flow = await this.flows.take(hashSecret(state), hashSecret(binding));
    if (!flow) throw new OidcFlowError("state_invalid");
    if (flow.expires_at < new Date().toISOString()) throw new OidcFlowError("flow_expired", flow.intent);
    const provider = await this.providers.connection(slug);
    if (!provider || provider.id !== flow.provider_id) throw new OidcFlowError("state_invalid", flow.intent);
    if (callbackUrl.searchParams.has("error")) throw new OidcFlowError("access_denied", flow.intent);

    let profile: MappedProfile;
    try {
      profile = await this.providerClient.finish(provider, callbackUrl, {
        state,
        codeVerifier: flow.code_verifier,
        nonce: flow.nonce,
      });
    } catch (error) {
      const code = error instanceof ProviderError ? error.code : "token_rejected";
      throw new OidcFlowError(code, flow.intent, { cause: error });
    }
    const method = `oidc:${slug}`;
    if (flow.intent === "link") return this.link(flow, profile, actor, provider.id, method, client);
    return this.signIn(flow, profile, provider.id, method, client);
  }

  private async link(
    flow: SignInFlowRow,
    profile: MappedProfile,
    actor: Actor | null,
    providerId: string,
    method: string,
    client: ClientInfo,
  ): Promise<OidcOutcome> {
    // Linking adds a way into this account: the browser must still be signed in as its user.
    if (!actor || actor.userId !== flow.link_user_id) throw new OidcFlowError("sign_in_first", "link");
    const identities = new UserIdentitiesRepo(this.db);
    const existing = await identities.findByProviderSubject(providerId, profile.subject);
    if (existing && existing.user_id !== actor.userId) throw new OidcFlowError("identity_taken", "link");
    if (!existing) {
      await insertOnce(identities, { userId: actor.userId, providerId, ...pickEmail(profile) }, "link");
      await this.audit.record({
        userId: actor.userId,
        kind: "identity_linked",
        actorUserId: actor.userId,
        method,
        ip: client.ip,
        detail: describe(profile),
      });
    }
    return { kind: "linked", returnTo: flow.return_to };
  }

  private async signIn(
    flow: SignInFlowRow,
    profile: MappedProfile,
    providerId: string,
    method: string,
    client: ClientInfo,
  ): Promise<OidcOutcome> {
    const identities = new UserIdentitiesRepo(this.db);
    const known = await identities.findByProviderSubject(providerId, profile.subject);
    let user: UserRow | undefined;
    let detail = "";
    if (known) {
      user = await this.users.findById(known.user_id);
      await identities.touch(known.user_id, known.id, profile.email, profile.emailVerified);
    } else {
      const sameEmail = profile.email ? await this.users.findByEmail(profile.email) : undefined;
      if (sameEmail && !profile.emailVerified) {
        // Someone may have set this email at the provider without owning it: never take over the account.
        throw new OidcFlowError("link_required");
      }
      if (sameEmail) {
        const hadPassword = sameEmail.password_hash !== null;
        await this.db.transaction().execute(async (trx) => {
          const linked = { userId: sameEmail.id, providerId, ...pickEmail(profile) };
          await insertOnce(new UserIdentitiesRepo(trx), linked, "sign_in");
          if (hadPassword) await clearUnprovenCredentials(trx, sameEmail.id);
        });
        await this.audit.record({
          userId: sameEmail.id,
          kind: "identity_linked",
          actorUserId: sameEmail.id,
          actorName: sameEmail.display_name,
          method,
          ip: client.ip,
          detail: hadPassword
            ? `Linked automatically: the provider confirmed ${profile.email}. The password and every other ` +
              "session were cleared, because nobody had proven owning this email before; set a new password in Settings."
            : `Linked automatically: the provider confirmed ${profile.email}`,
        });
        user = sameEmail;
      } else {
        user = await this.createAccount(flow, profile, providerId);
        detail = "Account created";
      }
    }
    if (!user) throw new OidcFlowError("state_invalid");
    await this.auth.recordSignIn(user, method, client, detail);
    return { kind: "signed_in", user, session: await this.sessions.start(user.id, client), returnTo: flow.return_to };
  }

  /** A new account (no password) with the identity linked, under the registration rules. */
  private async createAccount(flow: SignInFlowRow, profile: MappedProfile, providerId: string): Promise<UserRow> {
    const email = profile.email;
    // An account needs an email; X gives none, so an X account is linked from settings instead.
    if (!email) throw new OidcFlowError("email_required");
    const circleToken = flow.circle_invite_token;
    try {
      return await this.auth.createUser(
        { email, displayName: profile.name.slice(0, 100), inviteToken: flow.registration_invite_token ?? undefined },
        null,
        {
          enforceRegistrationMode: true,
          // A pending circle invite lets its invitee in on an invite-only server, as with a password.
          ...(circleToken
            ? { inviteAccepted: (trx, user) => claimCircleInviteForRegistration(trx, circleToken, user.id) }
            : {}),
          within: async (trx, user) => {
            await new UserIdentitiesRepo(trx).insert({ userId: user.id, providerId, ...pickEmail(profile) });
          },
        },
      );
    } catch (error) {
      if (error instanceof AppError && error.code === "registration_closed") {
        throw new OidcFlowError("registration_closed", "sign_in", { cause: error });
      }
      // Two first sign-ins racing for one email: the loser is asked to sign in and link.
      if (error instanceof AppError && error.code === "conflict") throw new OidcFlowError("link_required");
      throw error;
    }
  }
}

/** Links an identity; if another request linked the same provider account a moment ago, says so. */
async function insertOnce(
  identities: UserIdentitiesRepo,
  identity: Parameters<UserIdentitiesRepo["insert"]>[0],
  intent: "sign_in" | "link",
): Promise<void> {
  try {
    await identities.insert(identity);
  } catch (error) {
    if (isUniqueViolation(error)) throw new OidcFlowError("identity_taken", intent, { cause: error });
    throw error;
  }
}

const pickEmail = (profile: MappedProfile) => ({
  subject: profile.subject,
  email: profile.email,
  emailVerified: profile.emailVerified,
});

const describe = (profile: MappedProfile) => profile.email ?? profile.name;
