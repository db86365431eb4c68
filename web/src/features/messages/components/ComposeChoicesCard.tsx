import type { Interview } from "../../../../../contract/interviews.ts";
import {
  type MessageKind,
  type MessageRecipient,
  messageKindLabels,
  messageKinds,
} from "../../../../../contract/messages.ts";
import { SelectField } from "../../../ui/SelectField.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { TextAreaField } from "./TextAreaField.tsx";

/** What the person picked for the message; each change fills the template in again. */
export interface ComposeChoices {
  kind: MessageKind;
  interviewId: string;
  contactId: string;
  moment: string;
  includeFeedbackLink: boolean;
  promisedOn: string;
}

/** The "What and to whom" card: which message, which interview, to whom, and the kind's own details. */
export function ComposeChoicesCard({
  choices,
  interviews,
  recipients,
  onChange,
}: {
  choices: ComposeChoices;
  interviews: Interview[];
  recipients: MessageRecipient[];
  onChange: (change: Partial<ComposeChoices>) => void;
}) {
  return (
    <section className="card" aria-labelledby="compose-what">
      <h2 id="compose-what">What and to whom</h2>
      <div className="compose-choices">
        <SelectField
          label="Message"
          name="kind"
          value={choices.kind}
          onChange={(event) => onChange({ kind: event.target.value as MessageKind })}
        >
          {messageKinds.map((option) => (
            <option key={option} value={option}>
              {messageKindLabels[option]}
            </option>
          ))}
        </SelectField>
        {choices.kind === "thank_you" && interviews.length ? (
          <SelectField
            label="Interview"
            name="interviewId"
            value={choices.interviewId}
            onChange={(event) => onChange({ interviewId: event.target.value })}
          >
            <option value="">The most recent one</option>
            {interviews.map((interview) => (
              <option key={interview.id} value={interview.id}>
                {interview.roundName}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          label="To"
          name="contactId"
          value={choices.contactId}
          onChange={(event) => onChange({ contactId: event.target.value })}
        >
          <option value="">Someone else (type the address below)</option>
          {recipients.map((recipient) => (
            <option key={recipient.contactId} value={recipient.contactId}>
              {recipient.name}
              {recipient.roleTitle ? `, ${recipient.roleTitle}` : ""}
              {recipient.interviewer ? " (interviewer)" : ""}
              {recipient.email ? "" : " (no email saved)"}
            </option>
          ))}
        </SelectField>
      </div>
      {choices.kind === "thank_you" ? (
        <TextAreaField
          label="A moment from the conversation"
          name="moment"
          hint="Something specific you enjoyed: it goes where the note says {{moment}}."
          value={choices.moment}
          rows={2}
          onChange={(moment) => onChange({ moment })}
        />
      ) : null}
      {choices.kind === "feedback_request" ? (
        <label className="checkbox-line">
          <input
            type="checkbox"
            checked={choices.includeFeedbackLink}
            onChange={(event) => onChange({ includeFeedbackLink: event.target.checked })}
          />{" "}
          Include a private link where they can answer in two minutes, without an account
        </label>
      ) : null}
      {choices.kind === "follow_up" ? (
        <TextField
          label="They said they'd be in touch by (optional)"
          name="promisedOn"
          type="date"
          value={choices.promisedOn}
          onChange={(event) => onChange({ promisedOn: event.target.value })}
        />
      ) : null}
    </section>
  );
}
