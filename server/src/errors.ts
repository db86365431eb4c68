/** Stable error codes the API answers with; clients may switch on them. */
export type ErrorCode =
  | "validation_failed"
  | "invalid_json"
  | "payload_too_large"
  | "unauthenticated"
  | "forbidden"
  | "csrf_invalid"
  | "not_found"
  | "conflict"
  | "smtp_not_configured"
  | "rate_limited"
  | "registration_closed"
  | "invalid_credentials"
  | "invite_expired"
  | "invite_used"
  | "edit_window_closed"
  | "password_sign_in_disabled"
  | "internal_error";

/** A field-level problem: the dotted path of the field and what is wrong with it. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** An error meant for the client: it carries the HTTP status and a stable code. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "Resource") => new AppError(404, "not_found", `${what} not found.`);
export const unauthenticated = () =>
  new AppError(401, "unauthenticated", "Sign in first (session cookie or Bearer token).");
export const forbidden = (message = "You are not allowed to do that.") => new AppError(403, "forbidden", message);
export const conflict = (message: string, fields: FieldProblem[] = []) =>
  new AppError(409, "conflict", message, fields);
export const badRequest = (message: string, fields: FieldProblem[] = []) =>
  new AppError(400, "validation_failed", message, fields);
