import type { ChangePasswordRequest } from "../../../../contract/auth.ts";
import { AppError, notFound } from "../../errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "./actor.ts";
import { hashPassword, verifyPassword } from "./password-hasher.ts";
import type { SessionService } from "./session.service.ts";
import type { SignInThrottle } from "./sign-in-throttle.ts";
import type { UsersRepo } from "./users.repo.ts";

/** Changing and resetting passwords. */
export class PasswordService {
  constructor(
    private readonly users: UsersRepo,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditService,
  ) {}

  /**
   * Changes the acting user's password after checking the current one, then signs out every
   * other session (a stolen session should not survive a password change).
   */
  async change(actor: Actor, input: ChangePasswordRequest, ip: string): Promise<void> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw notFound("Account");
    await this.throttle.assertAllowed(user.email, ip);
    // An account without a password (made or cleared through a provider) sets its first one: the
    // session already proves who this is, as it would to link another sign-in method.
    if (user.password_hash !== null && input.currentPassword === undefined) {
      throw new AppError(400, "validation_failed", "Enter your current password.", [
        { path: "currentPassword", message: "is required" },
      ]);
    }
    if (user.password_hash !== null && !(await verifyPassword(user.password_hash, input.currentPassword ?? ""))) {
      await this.throttle.recordFailure(user.email, ip);
      throw new AppError(400, "validation_failed", "The current password is incorrect.", [
        { path: "currentPassword", message: "is incorrect" },
      ]);
    }
    await this.users.updatePassword(user.id, await hashPassword(input.newPassword));
    await this.sessions.endAllExcept(user.id, actor.sessionId);
    await this.audit.record({
      userId: user.id,
      kind: "password_changed",
      actorUserId: user.id,
      actorName: user.display_name,
      ip,
    });
  }

  /** Sets a new password without the old one (the CLI's reset), signing out every session. */
  async reset(email: string, newPassword: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user) throw notFound(`Account ${email}`);
    await this.users.updatePassword(user.id, await hashPassword(newPassword));
    await this.sessions.endAllExcept(user.id, null);
  }
}
