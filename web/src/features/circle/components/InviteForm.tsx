import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import {
  type CircleRole,
  type CreateCircleInviteResponse,
  circleInviteDays,
  createCircleInviteRequest,
} from "../../../../../contract/circle.ts";
import { CopyField } from "../../../ui/CopyField.tsx";
import { FormActions } from "../../../ui/FormActions.tsx";
import { RadioChoiceList } from "../../../ui/RadioChoiceList.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useFormErrors } from "../../../ui/use-form-errors.ts";
import { useCreateInvite } from "../circle-queries.ts";

const labels = {
  email: "Their email",
  role: "Role",
  canSeePipeline: "Pipeline summary",
  message: "A personal message",
};

const roleOptions = [
  { value: "friend", label: "Friend", hint: "Sees only what you share with them." },
  { value: "coach", label: "Coach", hint: "Like a friend, and may see a summary of your pipeline if you allow it." },
] as const;

/** Invites one person by email. The link is shown once, to copy, whether or not it was emailed. */
export function InviteForm() {
  const id = useId();
  const create = useCreateInvite();
  const { formRef, errors, check, showError } = useFormErrors(labels);
  const [role, setRole] = useState<CircleRole>("friend");
  const [canSeePipeline, setCanSeePipeline] = useState(false);
  const [created, setCreated] = useState<CreateCircleInviteResponse | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const message = String(data.get("message") ?? "").trim();
    const body = check(createCircleInviteRequest, {
      email: String(data.get("email") ?? ""),
      role,
      ...(role === "coach" ? { canSeePipeline } : {}),
      ...(message ? { message } : {}),
    });
    if (!body) return;
    create.mutate(body, {
      onSuccess: (result) => {
        form.reset();
        setRole("friend");
        setCanSeePipeline(false);
        setCreated(result);
      },
      onError: showError,
    });
  }

  return (
    <>
      {created ? <InviteCreated created={created} onDone={() => setCreated(null)} /> : null}
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        <TextField
          label={labels.email}
          name="email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          hint={`The link works once, for ${circleInviteDays} days.`}
          error={errors.fields.email}
        />
        <RadioChoiceList
          legend={labels.role}
          name={`${id}-role`}
          value={role}
          options={roleOptions}
          onChange={setRole}
        />
        {role === "coach" ? (
          <div className="choice">
            <input
              id={`${id}-pipeline`}
              type="checkbox"
              checked={canSeePipeline}
              onChange={(event) => setCanSeePipeline(event.currentTarget.checked)}
            />
            <label htmlFor={`${id}-pipeline`}>Let them see my pipeline summary (counts, stages, upcoming dates)</label>
          </div>
        ) : null}
        <div className="field" data-invalid={errors.fields.message ? "" : undefined}>
          <label htmlFor={`${id}-message`}>{labels.message} (optional)</label>
          {errors.fields.message ? <p className="field-error">{errors.fields.message}</p> : null}
          <textarea
            id={`${id}-message`}
            name="message"
            rows={3}
            maxLength={1000}
            aria-invalid={errors.fields.message ? true : undefined}
          />
        </div>
        <FormActions
          message={errors.message}
          pending={create.isPending}
          submitLabel="Create invite"
          pendingLabel="Creating…"
        />
      </form>
    </>
  );
}

function InviteCreated({ created, onDone }: { created: CreateCircleInviteResponse; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="one-time-secret">
      <h3 ref={heading} tabIndex={-1}>
        {created.emailed ? `Invite sent to ${created.invite.email}` : `Invite ready for ${created.invite.email}`}
      </h3>
      <p className="one-time-warning">
        {created.emailed
          ? "It is on its way from your email account. You can also send the link yourself:"
          : "Send them this link yourself. Copy it now: Debrief keeps only a fingerprint of it."}
      </p>
      <CopyField label="Invite link" value={created.url} />
      <button type="button" className="button button-secondary" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
