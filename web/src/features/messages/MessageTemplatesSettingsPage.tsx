import { type FormEvent, useEffect, useId, useState } from "react";
import type { MessageTemplate } from "../../../../contract/messages.ts";
import { ApiError } from "../../lib/api.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useMessageTemplates, useSaveMessageTemplate } from "./messages-queries.ts";
import "./messages.css";

/** /settings/message-templates: the wording each message starts from, editable, with a way back. */
export function MessageTemplatesSettingsPage() {
  const templates = useMessageTemplates();
  return (
    <>
      <PageTitle documentTitle="Message templates · Settings">Message templates</PageTitle>
      <p className="lead">
        Every message starts from one of these. Placeholders in double braces are filled in from the application; you
        can still change the text of each message before it goes out.
      </p>
      {templates.isPending ? <p>Loading…</p> : null}
      {templates.isError ? <FormAlert message={templates.error.message} /> : null}
      {templates.data ? (
        <>
          <details className="card placeholder-list">
            <summary>Placeholders you can use</summary>
            <dl className="detail-list">
              {templates.data.placeholders.map((field) => (
                <div key={field.name}>
                  <dt>
                    <code>{`{{${field.name}}}`}</code>
                  </dt>
                  <dd>{field.description}</dd>
                </div>
              ))}
            </dl>
          </details>
          {templates.data.templates.map((template) => (
            <TemplateForm key={template.kind} template={template} />
          ))}
        </>
      ) : null}
    </>
  );
}

function TemplateForm({ template }: { template: MessageTemplate }) {
  const save = useSaveMessageTemplate(template.kind);
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [saved, setSaved] = useState<string | null>(null);
  // After a save or a reset, show what is stored now.
  useEffect(() => {
    setSubject(template.subject);
    setBody(template.body);
  }, [template.subject, template.body]);
  const bodyId = useId();
  const headingId = useId();
  const fieldError = (name: string) =>
    save.error instanceof ApiError ? save.error.fields.find((field) => field.path === name)?.message : undefined;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ subject, body }, { onSuccess: () => setSaved("Saved.") });
  };
  const bodyError = fieldError("body");
  return (
    <form className="card template-card template-form" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <h2 id={headingId}>
        {template.label} {template.edited ? <span className="badge">Your wording</span> : null}
      </h2>
      <TextField
        label="Subject"
        name="subject"
        value={subject}
        error={fieldError("subject")}
        onChange={(event) => setSubject(event.target.value)}
      />
      <div className="field" data-invalid={bodyError ? "" : undefined}>
        <label htmlFor={bodyId}>Text</label>
        {bodyError ? (
          <p id={`${bodyId}-error`} className="field-error">
            {bodyError}
          </p>
        ) : null}
        <textarea
          id={bodyId}
          name="body"
          rows={12}
          value={body}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={bodyError ? `${bodyId}-error` : undefined}
          onChange={(event) => setBody(event.target.value)}
        />
      </div>
      <FormAlert message={save.error && !fieldError("subject") && !bodyError ? save.error.message : null} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} pendingLabel="Saving…">
          Save
        </SubmitButton>
        {template.edited ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => save.mutate(null, { onSuccess: () => setSaved("Back to the built-in text.") })}
          >
            Use the built-in text again
          </button>
        ) : null}
        <p role="status" className="field-hint">
          {saved}
        </p>
      </div>
    </form>
  );
}
