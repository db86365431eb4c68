import { Navigate, Outlet, useLocation } from "react-router";
import { useSessionData } from "../features/auth/queries.ts";

/** Where to go after signing in: back to the page that sent the person to sign in, or Today. */
function returnPath(state: unknown): string {
  const from = (state as { from?: { pathname?: string; search?: string } } | null)?.from;
  return from?.pathname ? `${from.pathname}${from.search ?? ""}` : "/";
}

/** App routes: signed-out people go to sign in, and new accounts finish onboarding first. */
export function RequireOnboarded() {
  const { user } = useSessionData();
  const location = useLocation();
  if (!user) return <Navigate to="/sign-in" replace state={{ from: location }} />;
  // Onboarding first, then on to where they were going (a new member who just joined a circle
  // lands on what is shared with them, not on an empty Today).
  if (!user.onboarded) return <Navigate to="/welcome" replace state={{ from: location }} />;
  return <Outlet />;
}

/** The onboarding route: only for signed-in people who have not finished it yet. */
export function RequireNotOnboarded() {
  const { user } = useSessionData();
  const location = useLocation();
  if (!user) return <Navigate to="/sign-in" replace />;
  if (user.onboarded) return <Navigate to={returnPath(location.state)} replace />;
  return <Outlet />;
}

/** Sign in and sign up: someone already signed in continues where they were going. */
export function RequireSignedOut() {
  const { user } = useSessionData();
  const location = useLocation();
  // Someone arriving from a circle invite joins first; onboarding can follow.
  const joining = returnPath(location.state).startsWith("/circle/join");
  if (user) return <Navigate to={user.onboarded || joining ? returnPath(location.state) : "/welcome"} replace />;
  return <Outlet />;
}

/** Owner-only settings: members are sent to their own settings instead. */
export function RequireOwner() {
  const { user } = useSessionData();
  if (user?.role !== "owner") return <Navigate to="/settings" replace />;
  return <Outlet />;
}
