import { useId, useState } from "react";
import { Link } from "react-router";
import { debriefReminderDelayHours } from "../../../../../contract/debriefs.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { StatusMessage } from "../../../ui/StatusMessage.tsx";
import { useDebriefSettings, useUpdateDebriefSettings } from "../debrief-queries.ts";
import "../debrief-summaries.css";

/**
 * The one optional reminder to debrief. Off unless the person turns it on; a tick saves at
 * once. It is a single email per interview: a plan, not a nag.
 */
export function DebriefReminderSettings() {
  const id = useId();
  const settings = useDebriefSettings();
  const update = useUpdateDebriefSettings();
  // The tick shows at once, from the change event itself: the mutation's own pending state
  // arrives a moment later, and a controlled checkbox would flick back in between.
  const [ticked, setTicked] = useState<boolean | null>(null);
  const checked = ticked ?? settings.data?.reminderEmail;

  return (
    <section className="card debrief-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Debriefs</h2>
      {settings.isPending ? <p>Loading your settings…</p> : null}
      {settings.isError ? <FormAlert message={settings.error.message} /> : null}
      {settings.data ? (
        <>
          <div className="choice choice-with-hint">
            <input
              id={`${id}-reminder`}
              type="checkbox"
              checked={checked ?? false}
              aria-describedby={`${id}-note`}
              onChange={(event) => {
                const reminderEmail = event.currentTarget.checked;
                setTicked(reminderEmail);
                update.reset();
                // Settled either way: saved, the cache holds it; failed, it shows what is stored.
                update.mutate({ reminderEmail }, { onSettled: () => setTicked(null) });
              }}
            />
            <label htmlFor={`${id}-reminder`}>Email me one reminder to debrief, a few hours after an interview</label>
            <p id={`${id}-note`} className="field-hint">
              About {debriefReminderDelayHours} hours after an interview ends, only if it has no debrief yet, and never
              more than once. It is sent to you, from your own email account: set one up in{" "}
              <Link to="/settings/email">Settings → Email</Link>; until there is one, nothing is sent.
            </p>
          </div>
          <FormAlert message={update.error?.message} />
          <StatusMessage
            message={
              update.isSuccess
                ? update.data.reminderEmail
                  ? "Saved. Reminders are on: at most one per interview."
                  : "Saved. No reminder emails."
                : null
            }
          />
        </>
      ) : null}
    </section>
  );
}
