import { Outlet } from "react-router";
import { useSession } from "../features/auth/queries.ts";

/**
 * Waits for GET /api/auth/session before showing any route: every screen needs to know who is
 * signed in, and every form needs the CSRF token that comes with it.
 */
export function SessionGate() {
  const session = useSession();
  if (session.data) return <Outlet />;
  if (session.isError) {
    return (
      <main className="boot-screen" id="main-content">
        <h1>Debrief can't reach its server</h1>
        <p>{session.error.message}</p>
        <button type="button" className="button button-primary" onClick={() => session.refetch()}>
          Try again
        </button>
      </main>
    );
  }
  return (
    <main className="boot-screen" id="main-content" aria-busy="true">
      <p className="boot-loading">Opening Debrief…</p>
    </main>
  );
}
