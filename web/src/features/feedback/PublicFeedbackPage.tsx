import { type FormEvent, useId, useState } from "react";
import { useParams } from "react-router";
import { maxListPoints, type PublicFeedbackAnswer } from "../../../../contract/feedback.ts";
import { ApiError } from "../../lib/api.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { usePublicFeedback, useSendPublicFeedback } from "./feedback-queries.ts";
import "./feedback.css";

const emptyAnswer: PublicFeedbackAnswer = {
  wentWell: "",
  toChange: "",
  advice: "",
  keep: [],
  change: [],
  fromName: "",
  fromRole: "",
  anonymous: false,
};

/**
 * /f/:token — the page an interviewer opens from a feedback request. Outside the signed-in
 * app: no navigation, nothing of the candidate's but their name and the role. Every piece of
 * text is rendered as React text (escaped).
 */
export function PublicFeedbackPage() {
  const { token = "" } = useParams();
  const page = usePublicFeedback(token);
  const [sent, setSent] = useState<{ editableUntil: string; answer: PublicFeedbackAnswer } | null>(null);
  const [editing, setEditing] = useState(false);
  useDocumentTitle("Feedback");

  let content: React.ReactNode;
  if (page.isPending) content = <p className="boot-loading">Loading…</p>;
  else if (page.isError) {
    const status = page.error instanceof ApiError ? page.error.status : 0;
    content =
      status === 429 ? (
        <>
          <h1>Please wait a moment</h1>
          <p>There were too many requests from your network. Try again in a minute.</p>
        </>
      ) : status === 404 ? (
        <InvalidLink />
      ) : (
        <>
          <h1>Something went wrong</h1>
          <p>{page.error.message}</p>
        </>
      );
  } else if (sent && !editing) {
    content = (
      <>
        <h1>Thank you</h1>
        <p>
          Your feedback is on its way to {page.data.candidateName}. Taking the time to write it means a lot to someone
          looking for their next role.
        </p>
        <p className="field-hint">
          You can change it from this browser until{" "}
          {new Date(sent.editableUntil).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}.
        </p>
        <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
          Change my answer
        </button>
      </>
    );
  } else {
    const { candidateName, roleTitle, alreadyAnswered, answer, editableUntil } = page.data;
    if (alreadyAnswered && !answer && !sent) content = <InvalidLink />;
    else {
      const initial = sent?.answer ?? answer ?? emptyAnswer;
      const isEdit = Boolean(sent) || (alreadyAnswered && Boolean(editableUntil));
      content = (
        <>
          <h1>Feedback for {candidateName}</h1>
          <p className="lead">
            {candidateName} interviewed for <strong>{roleTitle}</strong> and would value your honest feedback. It takes
            a few minutes; every question is optional, and you can stay anonymous.
          </p>
          <FeedbackForm
            token={token}
            initial={initial}
            editing={isEdit}
            onSent={(result, values) => {
              setSent({ editableUntil: result.editableUntil, answer: values });
              setEditing(false);
            }}
          />
        </>
      );
    }
  }

  return (
    <main id="main-content" className="public-feedback" tabIndex={-1}>
      <p className="public-feedback-brand" aria-hidden="true">
        Debrief
      </p>
      <div className="centered-card">{content}</div>
      {page.data && !page.isError ? (
        <p className="public-feedback-note">Sent privately to the candidate only. No account needed.</p>
      ) : null}
    </main>
  );
}

function InvalidLink() {
  return (
    <>
      <h1>This link isn't valid any more</h1>
      <p>
        It may have expired, already been used, or been copied incompletely. If you'd still like to share feedback,
        please reply to the email it came with.
      </p>
    </>
  );
}

function FeedbackForm({
  token,
  initial,
  editing,
  onSent,
}: {
  token: string;
  initial: PublicFeedbackAnswer;
  editing: boolean;
  onSent: (result: { editableUntil: string }, values: PublicFeedbackAnswer) => void;
}) {
  const send = useSendPublicFeedback(token, editing);
  const [values, setValues] = useState<PublicFeedbackAnswer>(initial);
  const [honeypot, setHoneypot] = useState("");
  const set = <K extends keyof PublicFeedbackAnswer>(key: K, value: PublicFeedbackAnswer[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const setPoint = (key: "keep" | "change", index: number, value: string) =>
    setValues((current) => {
      const list = [...current[key]];
      while (list.length < maxListPoints) list.push("");
      list[index] = value;
      return { ...current, [key]: list };
    });
  const fieldError = (path: string) =>
    send.error instanceof ApiError ? send.error.fields.find((field) => field.path === path)?.message : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (send.isPending) return;
    const body = {
      ...values,
      keep: values.keep.filter((item) => item.trim() !== ""),
      change: values.change.filter((item) => item.trim() !== ""),
      ...(honeypot ? { website: honeypot } : {}),
    };
    send.mutate(body, { onSuccess: (result) => onSent(result, body) });
  }

  const notice =
    send.error instanceof ApiError && send.error.status === 404
      ? "This link isn't valid any more."
      : send.error instanceof ApiError && send.error.fields.length > 0
        ? "Please check the answers marked below."
        : send.error?.message;

  return (
    <form className="form public-feedback-form" onSubmit={submit} noValidate>
      <FormAlert message={notice} />
      <TextArea
        label="What went well?"
        value={values.wentWell}
        onChange={(value) => set("wentWell", value)}
        error={fieldError("wentWell")}
      />
      <TextArea
        label="What could they do differently?"
        value={values.toChange}
        onChange={(value) => set("toChange", value)}
        error={fieldError("toChange")}
      />
      <TextArea
        label="Any advice for similar roles?"
        value={values.advice}
        onChange={(value) => set("advice", value)}
        error={fieldError("advice")}
      />
      <details className="public-feedback-points" open={values.keep.length + values.change.length > 0}>
        <summary>Optional: three things to keep, three to change</summary>
        <PointList
          legend="Three things to keep"
          values={values.keep}
          onChange={(index, value) => setPoint("keep", index, value)}
        />
        <PointList
          legend="Three things to change"
          values={values.change}
          onChange={(index, value) => setPoint("change", index, value)}
        />
      </details>
      <fieldset className="fieldset">
        <legend>About you (optional)</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={values.anonymous}
            onChange={(event) => set("anonymous", event.target.checked)}
          />
          <span>Send anonymously</span>
        </label>
        {values.anonymous ? null : (
          <>
            <PlainField
              label="Your name"
              value={values.fromName}
              onChange={(value) => set("fromName", value)}
              autoComplete="name"
            />
            <PlainField
              label="Your role"
              value={values.fromRole}
              onChange={(value) => set("fromRole", value)}
              autoComplete="organization-title"
            />
          </>
        )}
      </fieldset>
      <div className="public-feedback-trap" aria-hidden="true">
        <label>
          Leave this empty
          <input
            type="text"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={honeypot}
            onChange={(event) => setHoneypot(event.target.value)}
          />
        </label>
      </div>
      <SubmitButton pending={send.isPending} pendingLabel="Sending…">
        {editing ? "Save changes" : "Send feedback"}
      </SubmitButton>
    </form>
  );
}

function TextArea({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className="field field-wide" data-invalid={error ? "" : undefined}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={4}
        maxLength={5000}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

function PlainField({
  label,
  value,
  onChange,
  autoComplete,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        maxLength={200}
        value={value}
        autoComplete={autoComplete}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

function PointList({
  legend,
  values,
  onChange,
}: {
  legend: string;
  values: string[];
  onChange: (index: number, value: string) => void;
}) {
  const id = useId();
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {[0, 1, 2].map((index) => (
        <div className="field" key={index}>
          <label htmlFor={`${id}-${index}`} className="visually-hidden">
            {legend}: {index + 1}
          </label>
          <input
            id={`${id}-${index}`}
            type="text"
            maxLength={500}
            value={values[index] ?? ""}
            onChange={(event) => onChange(index, event.target.value)}
          />
        </div>
      ))}
    </fieldset>
  );
}
