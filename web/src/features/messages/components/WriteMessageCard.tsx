import { Link } from "react-router";
import type { ApplicationStage } from "../../../../../contract/applications.ts";
import type { Interview } from "../../../../../contract/interviews.ts";
import { type MessageKind, messageKindLabels } from "../../../../../contract/messages.ts";
import "../messages.css";

/** Which messages fit where the application stands, most useful first. */
function suggestedKinds(stage: ApplicationStage, interviews: Interview[]): MessageKind[] {
  if (stage === "rejected") return ["feedback_request", "acceptance", "follow_up"];
  const interviewed = interviews.some((interview) => new Date(interview.startsAt).getTime() <= Date.now());
  return interviewed ? ["thank_you", "follow_up"] : ["follow_up", "thank_you"];
}

/** The application page's way into the composer: a thank-you, a follow-up, a feedback request… */
export function WriteMessageCard(props: { applicationId: string; stage: ApplicationStage; interviews: Interview[] }) {
  const base = `/applications/${encodeURIComponent(props.applicationId)}/compose`;
  return (
    <section className="card" aria-labelledby="application-messages">
      <h2 id="application-messages">Write a message</h2>
      <ul className="link-list">
        {suggestedKinds(props.stage, props.interviews).map((kind) => (
          <li key={kind}>
            <Link to={`${base}?kind=${kind}`}>{messageKindLabels[kind]}</Link>
          </li>
        ))}
      </ul>
      <p className="field-hint">
        From templates you can change in <Link to="/settings/message-templates">Settings → Message templates</Link>.
        Follow your <Link to="/messages/feedback-requests">feedback requests</Link>.
      </p>
    </section>
  );
}
