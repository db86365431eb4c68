import { isRouteErrorResponse, useRouteError } from "react-router";

/**
 * Shown when a screen crashes while rendering. It stands alone (no hooks into the session),
 * because the thing that failed may be the session itself. What was typed elsewhere is safe:
 * only acknowledged saves count as saved.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : null;
  return (
    <main id="main-content" className="boot-screen">
      <h1>Something went wrong on this page</h1>
      <p>Reloading usually helps. If it keeps happening, the details below can help whoever runs this server.</p>
      {detail ? <p className="mono">{detail}</p> : null}
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </main>
  );
}
