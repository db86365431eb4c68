import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { StatusMessage } from "../../ui/StatusMessage.tsx";
import { SessionList } from "./components/SessionList.tsx";
import { useEndOtherSessions, useSessions } from "./sessions-queries.ts";

/** /settings/sessions: where the person is signed in, with a way to end the others. */
export function SessionsSettingsPage() {
  const sessions = useSessions();
  const endOthers = useEndOtherSessions();
  const others = sessions.data?.filter((session) => !session.current) ?? [];

  return (
    <>
      <PageTitle documentTitle="Sessions · Settings">Sessions</PageTitle>
      <p className="lead">
        The browsers and devices where you're signed in. If you don't recognise one, sign it out and change your
        password.
      </p>
      <section className="card" aria-label="Your sessions">
        {sessions.isPending ? <p>Loading your sessions…</p> : null}
        {sessions.isError ? <FormAlert message={sessions.error.message} /> : null}
        {sessions.data ? <SessionList sessions={sessions.data} /> : null}
        {others.length > 0 ? (
          <div className="button-row">
            <button
              type="button"
              className="button button-secondary"
              aria-disabled={endOthers.isPending || undefined}
              onClick={() => {
                if (!endOthers.isPending && sessions.data) endOthers.mutate(sessions.data);
              }}
            >
              Sign out all other sessions
            </button>
          </div>
        ) : null}
        <StatusMessage
          message={
            endOthers.isSuccess
              ? "Your other sessions are signed out."
              : sessions.data && others.length === 0
                ? "You're signed in on this device only."
                : null
          }
        />
        <FormAlert message={endOthers.error?.message} />
      </section>
    </>
  );
}
