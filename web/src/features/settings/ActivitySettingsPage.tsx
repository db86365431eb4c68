import { useState } from "react";
import { type AuditKind, auditKinds } from "../../../../contract/audit.ts";
import { formatDateTime } from "../../lib/format-date.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { LoadMoreButton } from "../../ui/LoadMoreButton.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { SelectField } from "../../ui/SelectField.tsx";
import { useSignInOptions } from "../auth/provider-queries.ts";
import { activityKindLabels, describeActivity } from "./activity-descriptions.ts";
import { useActivity } from "./activity-queries.ts";
import "./activity.css";

/** Circle entries carry what was viewed in `detail`; for my own entries it adds context. */
const detailIsInTheLine = new Set<AuditKind>(["circle_viewed", "circle_replied", "circle_member_revoked"]);

/** /settings/activity: my own log of sign-ins, linked accounts and what my circle did. */
export function ActivitySettingsPage() {
  const [kind, setKind] = useState<AuditKind | null>(null);
  const activity = useActivity(kind);
  const options = useSignInOptions();
  const providerNames = new Map(
    (options.data?.providers ?? []).map((provider) => [provider.slug, provider.displayName]),
  );
  const events = activity.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageTitle documentTitle="Activity · Settings">Activity</PageTitle>
      <p className="lead">
        A record kept for you alone: when and how your account was signed in to, and what people in your support circle
        looked at or replied to. If something here wasn't you, change your password and sign out your other sessions.
      </p>
      <section className="card" aria-label="Your activity">
        <div className="form activity-filter">
          <SelectField
            label="Show"
            name="kind"
            value={kind ?? ""}
            onChange={(event) => setKind((event.target.value || null) as AuditKind | null)}
          >
            <option value="">Everything</option>
            {auditKinds.map((value) => (
              <option key={value} value={value}>
                {activityKindLabels[value]}
              </option>
            ))}
          </SelectField>
        </div>
        {activity.isPending ? <p>Loading your activity…</p> : null}
        {activity.isError ? <FormAlert message={activity.error.message} /> : null}
        {activity.data && events.length === 0 ? <p>Nothing to show yet.</p> : null}
        <ul className="item-list">
          {events.map((event) => (
            <li key={event.id} className="item">
              <div className="item-main">
                <p className="item-title">{describeActivity(event, providerNames)}</p>
                <p className="item-meta">
                  {formatDateTime(event.at)}
                  {event.ip ? ` · from ${event.ip}` : null}
                  {event.detail && !detailIsInTheLine.has(event.kind) ? ` · ${event.detail}` : null}
                </p>
              </div>
            </li>
          ))}
        </ul>
        <LoadMoreButton list={activity} label="Load more" loadingLabel="Loading…" className="button-row" />
      </section>
    </>
  );
}
