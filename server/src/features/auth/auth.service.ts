import type { Kysely, Transaction } from "kysely";
import type { RegisterRequest, RegistrationStatus, SignInRequest } from "../../../../contract/auth.ts";
import { isUniqueViolation } from "../../db/dialect.ts";
import { nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, conflict } from "../../errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { claimCircleInviteForRegistration } from "../circle/circle-invites.service.ts";
import type { InstanceService } from "../instance/instance.service.ts";
import type { InvitesRepo } from "../instance/invites.repo.ts";
import { hashPassword, verifyPassword } from "./password-hasher.ts";
import { hashSecret } from "./secrets.ts";
import type { ClientInfo, SessionService, StartedSession } from "./session.service.ts";
import type { SignInThrottle } from "./sign-in-throttle.ts";
import { type UserRow, UsersRepo } from "./users.repo.ts";

/** A signed-in result: the user and the secret for the session cookie. */
export interface SignedIn {
  user: UserRow;
  session: StartedSession;
}

const invalidCredentials = () => new AppError(401, "invalid_credentials", "The email or password is incorrect.");

/** Registration, sign-in and sign-out. */
export class AuthService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly users: UsersRepo,
    private readonly invites: InvitesRepo,
    private readonly instance: InstanceService,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditService,
  ) {}

  async registrationStatus(): Promise<RegistrationStatus> {
    const needsOwner = (await this.users.count()) === 0;
    const mode = await this.instance.registrationMode();
    return { mode, needsOwner, inviteRequired: !needsOwner && mode === "invite_only" };
  }

  /**
   * Creates an account and signs it in. The first account becomes the owner; after that the
   * owner's registration mode applies (open, invite-only, closed).
   */
  async register(input: RegisterRequest, client: ClientInfo): Promise<SignedIn> {
    await this.assertPasswordSignInEnabled();
    const user = await this.createAccount(input, { enforceRegistrationMode: true });
    await this.recordSignIn(user, "password", client, "Account created");
    return { user, session: await this.sessions.start(user.id, client) };
  }

  /**
   * Creates an account without signing it in. The CLI passes enforceRegistrationMode: false,
   * because whoever runs it already controls the server.
   */
  async createAccount(input: RegisterRequest, options: { enforceRegistrationMode: boolean }): Promise<UserRow> {
    const circleToken = input.circleInviteToken;
    return this.createUser(input, await hashPassword(input.password), {
      ...options,
      // A pending circle invite lets its invitee register on an invite-only server, once.
      ...(circleToken
        ? { inviteAccepted: (trx, user) => claimCircleInviteForRegistration(trx, circleToken, user.id) }
        : {}),
    });
  }

  /**
   * Creates a user row under the registration rules. passwordHash is null for accounts that
   * sign in only through an identity provider; `within` runs in the same transaction (linking
   * that identity), and `inviteAccepted` lets another kind of invite (a circle invite) stand in
   * for a registration invite on an invite-only server.
   */
  async createUser(
    input: Pick<RegisterRequest, "email" | "displayName" | "inviteToken">,
    passwordHash: string | null,
    options: {
      enforceRegistrationMode: boolean;
      within?: (trx: Transaction<Database>, user: UserRow) => Promise<void>;
      inviteAccepted?: (trx: Transaction<Database>, user: UserRow) => Promise<boolean>;
    },
  ): Promise<UserRow> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const users = new UsersRepo(trx);
        const isFirst = (await users.count()) === 0;
        const mode = isFirst || !options.enforceRegistrationMode ? "open" : await this.instance.registrationMode(trx);
        if (mode === "closed") {
          throw new AppError(403, "registration_closed", "Registration is closed on this server. Ask its owner.");
        }
        const created = await users.insert({
          email: input.email,
          displayName: input.displayName ?? "",
          passwordHash,
          role: isFirst ? "owner" : "member",
        });
        if (isFirst) {
          // The owner row's primary key makes a second concurrent "first" registration fail.
          await this.instance.recordOwner(trx, created.id);
        }
        if (mode === "invite_only") {
          const tokenOk =
            (input.inviteToken !== undefined &&
              (await this.invites.consume(trx, hashSecret(input.inviteToken), created.id, nowIso()))) ||
            (options.inviteAccepted !== undefined && (await options.inviteAccepted(trx, created)));
          if (!tokenOk) {
            throw new AppError(
              403,
              "registration_closed",
              "Registration on this server needs a valid invite. This invite is unknown, used or expired.",
              [{ path: "inviteToken", message: "is not a valid, unused invite" }],
            );
          }
        }
        await options.within?.(trx, created);
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict("An account with this email already exists. Sign in instead.", [
          { path: "email", message: "is already registered" },
        ]);
      }
      throw error;
    }
  }

  /**
   * Signs in with email and password. A wrong password and an unknown account get the same
   * answer after the same amount of work; failures are throttled per account and per address.
   */
  async signIn(input: SignInRequest, client: ClientInfo & { ip: string }): Promise<SignedIn> {
    await this.assertPasswordSignInEnabled();
    await this.throttle.assertAllowed(input.email, client.ip);
    const user = await this.users.findByEmail(input.email);
    const passwordOk = await verifyPassword(user?.password_hash ?? null, input.password);
    if (!user || !passwordOk) {
      await this.throttle.recordFailure(input.email, client.ip);
      throw invalidCredentials();
    }
    await this.throttle.recordSuccess(input.email);
    await this.recordSignIn(user, "password", client);
    return { user, session: await this.sessions.start(user.id, client) };
  }

  /** Writes a sign-in to the user's own activity log (time, method, address). */
  recordSignIn(user: UserRow, method: string, client: ClientInfo, detail = ""): Promise<void> {
    return this.audit.record({
      userId: user.id,
      kind: "sign_in",
      actorUserId: user.id,
      actorName: user.display_name,
      method,
      ip: client.ip,
      detail,
    });
  }

  /** The owner can turn password sign-in off once people can sign in through a provider. */
  private async assertPasswordSignInEnabled(): Promise<void> {
    if (!(await this.instance.passwordSignInEnabled())) {
      throw new AppError(
        403,
        "password_sign_in_disabled",
        "Signing in with a password is turned off on this server. Use one of the sign-in buttons.",
      );
    }
  }

  async signOut(userId: string, sessionId: string): Promise<void> {
    await this.sessions.end(userId, sessionId);
  }
}
