import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ChangePasswordRequest,
  CurrentUser,
  RegisterRequest,
  SessionResponse,
  SignedInResponse,
  SignInRequest,
} from "../../../../contract/auth.ts";
import { api, fetchSession, rememberCsrfToken } from "../../lib/api.ts";
import { noteSignedOut } from "./sign-out-notice.ts";

export const sessionKey = ["session"] as const;

/** The session bootstrap that drives routing: who is signed in and whether sign-up is possible. */
export function useSession() {
  // Never stale on its own: every change to it (sign-in, sign-out, profile edits) updates it.
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Number.POSITIVE_INFINITY });
}

/** The loaded session; only for components rendered inside SessionGate. */
export function useSessionData(): SessionResponse {
  const { data } = useSession();
  if (!data) throw new Error("useSessionData() needs the session to be loaded (render inside SessionGate).");
  return data;
}

/** The signed-in person; only for components behind the signed-in route guard. */
export function useCurrentUser(): CurrentUser {
  const { user } = useSessionData();
  if (!user) throw new Error("useCurrentUser() needs a signed-in user (render behind RequireSignedIn).");
  return user;
}

/** Replaces the user in the cached session after a profile change returns the new one. */
export function setSessionUser(queryClient: QueryClient, user: CurrentUser): void {
  queryClient.setQueryData<SessionResponse>(sessionKey, (session) => session && { ...session, user });
}

/** Drops every cached answer that belonged to the previous person. */
function forgetOtherQueries(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
}

function startSession(queryClient: QueryClient, result: SignedInResponse): void {
  rememberCsrfToken(result.csrfToken);
  forgetOtherQueries(queryClient);
  queryClient.setQueryData<SessionResponse>(
    sessionKey,
    (session) => session && { ...session, user: result.user, csrfToken: result.csrfToken },
  );
  // Registration status (needsOwner) may have changed; refresh it quietly.
  void queryClient.invalidateQueries({ queryKey: sessionKey });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInRequest) => api.post<SignedInResponse>("/api/auth/sign-in", body),
    onSuccess: (result) => startSession(queryClient, result),
  });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterRequest) => api.post<SignedInResponse>("/api/auth/register", body),
    onSuccess: (result) => startSession(queryClient, result),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const finish = async () => {
    // A fresh anonymous session brings the CSRF token the sign-in form will need.
    const session = await fetchSession();
    noteSignedOut();
    forgetOtherQueries(queryClient);
    queryClient.setQueryData(sessionKey, session);
  };
  return useMutation({
    mutationFn: () => api.post<void>("/api/auth/sign-out"),
    onSuccess: finish,
    // Already signed out (expired, or ended elsewhere): the end state is the same.
    onError: finish,
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => api.post<void>("/api/auth/password", body),
    // Every other session was signed out, and an account without a password now has one.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["me", "sessions"] });
      void queryClient.invalidateQueries({ queryKey: ["me", "identities"] });
    },
  });
}
