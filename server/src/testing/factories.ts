import type { RegisterRequest } from "../../../contract/auth.ts";
import type { Actor } from "../features/auth/actor.ts";
import type { UserRow } from "../features/auth/users.repo.ts";
import type { Services } from "../services.ts";
import { type TestApp, TestClient } from "./test-app.ts";

let sequence = 0;

/** Registration details with a unique email; override any field. */
export function userDetails(overrides: Partial<RegisterRequest> = {}): RegisterRequest {
  sequence += 1;
  return {
    email: `person${sequence}-${Date.now().toString(36)}@example.test`,
    password: "correct horse battery staple",
    displayName: `Person ${sequence}`,
    ...overrides,
  };
}

/** A user created through the service, with an actor for calling other services as them. */
export async function buildUser(
  services: Services,
  overrides: Partial<RegisterRequest> = {},
): Promise<{ user: UserRow; actor: Actor; password: string; sessionToken: string }> {
  const details = userDetails(overrides);
  const { user, session } = await services.auth.register(details, { ip: "127.0.0.1", userAgent: "vitest" });
  return {
    user,
    password: details.password,
    sessionToken: session.token,
    actor: { userId: user.id, role: user.role, via: "session", sessionId: session.sessionId },
  };
}

/** A signed-in HTTP client for a newly registered user. */
export async function signedInClient(
  testApp: TestApp,
  overrides: Partial<RegisterRequest> = {},
): Promise<{ client: TestClient; user: { id: string; email: string; role: string }; password: string }> {
  const client = new TestClient(testApp.app);
  const details = userDetails(overrides);
  const response = await client.post("/api/auth/register", details);
  if (response.statusCode !== 201) throw new Error(`registration failed: ${response.statusCode} ${response.body}`);
  return { client, user: response.json().user, password: details.password };
}
