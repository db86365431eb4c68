import type { SessionResponse } from "../../../contract/auth.ts";
import type { ErrorBody } from "../../../contract/common.ts";

/** A problem with one input, as the API reports it: `path` is the field name, `message` a fragment. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** Every failed API call throws this, so forms can show `fields` next to the right inputs. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];

  constructor(status: number, code: string, message: string, fields: FieldProblem[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

const stateChanging = new Set<Method>(["POST", "PUT", "PATCH", "DELETE"]);

// The CSRF token lives in memory only: it comes from GET /api/auth/session (or a sign-in
// response) and is echoed on every state-changing request.
let csrfToken: string | null = null;
let sessionListener: ((session: SessionResponse) => void) | null = null;

/** Stores the CSRF token from a register or sign-in response (each session has its own). */
export function rememberCsrfToken(token: string): void {
  csrfToken = token;
}

/** Lets the query cache hear about session refreshes that happen inside a CSRF retry. */
export function onSessionFetched(listener: (session: SessionResponse) => void): void {
  sessionListener = listener;
}

/** GET /api/auth/session: who is signed in, and the CSRF token to send from now on. */
export async function fetchSession(): Promise<SessionResponse> {
  const session = await request<SessionResponse>("GET", "/api/auth/session");
  csrfToken = session.csrfToken;
  sessionListener?.(session);
  return session;
}

/** A body sent as it is (a file upload) rather than as JSON. */
class RawBody {
  constructor(
    readonly data: Blob,
    readonly contentType: string,
  ) {}
}

async function request<T>(method: Method, path: string, body?: unknown, isRetry = false): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  // Only send a content type with a body: Fastify rejects an empty application/json body.
  if (body !== undefined) headers["content-type"] = body instanceof RawBody ? body.contentType : "application/json";
  if (stateChanging.has(method) && csrfToken) headers["x-csrf-token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : body instanceof RawBody ? body.data : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network_error", "Debrief couldn't reach the server. Check your connection and try again.");
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  const error = await readError(response);
  // A stale token (for example after signing in on another tab) gets one fresh try.
  if (error.status === 403 && error.code === "csrf_invalid" && !isRetry && stateChanging.has(method)) {
    await fetchSession();
    return request<T>(method, path, body, true);
  }
  throw error;
}

async function readError(response: Response): Promise<ApiError> {
  try {
    const { error } = (await response.json()) as ErrorBody;
    return new ApiError(response.status, error.code, error.message, error.fields ?? []);
  } catch {
    // Not our JSON shape: a proxy in front of the server answered, or the server is down.
    return new ApiError(
      response.status,
      "http_error",
      response.status >= 500
        ? "The server is having trouble right now. Try again in a moment."
        : `The request failed (HTTP ${response.status}).`,
    );
  }
}

/** The typed JSON client. Each feature's queries.ts says which contract types go in and out. */
export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  delete: <T = void>(path: string) => request<T>("DELETE", path),
  /** POSTs a file's bytes untouched (the server works out their encoding), with the CSRF token. */
  upload: <T>(path: string, file: Blob, contentType: string) =>
    request<T>("POST", path, new RawBody(file, contentType)),
};
