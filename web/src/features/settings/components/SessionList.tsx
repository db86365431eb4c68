import type { SessionInfo } from "../../../../../contract/me.ts";
import { formatDateTime } from "../../../lib/format-date.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { describeUserAgent } from "../describe-user-agent.ts";
import { useEndSession } from "../sessions-queries.ts";

/** One row per session; any but this device can be signed out. */
export function SessionList({ sessions }: { sessions: SessionInfo[] }) {
  const endSession = useEndSession();
  return (
    <>
      <ul className="item-list">
        {sessions.map((session) => {
          const device = describeUserAgent(session.userAgent);
          return (
            <li key={session.id} className="item">
              <div className="item-main">
                <p className="item-title">
                  {device}
                  {session.current ? <span className="badge badge-accent">This device</span> : null}
                </p>
                <p className="item-meta">
                  Signed in {formatDateTime(session.createdAt)} · Last active {formatDateTime(session.lastSeenAt)}
                  {session.ip ? ` · ${session.ip}` : null}
                </p>
              </div>
              {session.current ? null : (
                <button
                  type="button"
                  className="button button-secondary"
                  aria-disabled={endSession.isPending || undefined}
                  onClick={() => {
                    if (!endSession.isPending) endSession.mutate(session.id);
                  }}
                >
                  Sign out<span className="visually-hidden"> {device}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <FormAlert message={endSession.error?.message} />
    </>
  );
}
