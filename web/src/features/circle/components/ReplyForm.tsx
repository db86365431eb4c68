import { type FormEvent, useState } from "react";
import { createReplyRequest, maxReplyLength } from "../../../../../contract/circle.ts";
import { FormActions } from "../../../ui/FormActions.tsx";
import { MarkdownField } from "../../../ui/MarkdownField.tsx";
import { useFormErrors } from "../../../ui/use-form-errors.ts";

const labels = { body: "Your reply", parentId: "Reply" };

interface ReplyFormProps {
  label: string;
  submitLabel: string;
  initial?: string;
  pending: boolean;
  /** Sends the text; resolves when the server has it. */
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
}

/** Writing (or editing) one reply, in Markdown with a preview. */
export function ReplyForm({ label, submitLabel, initial = "", pending, onSubmit, onCancel }: ReplyFormProps) {
  const [body, setBody] = useState(initial);
  const { formRef, errors, check, showError } = useFormErrors({ ...labels, body: label });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const checked = check(createReplyRequest, { body });
    if (!checked) return;
    onSubmit(checked.body).then(() => setBody(""), showError);
  }

  return (
    <form ref={formRef} className="form reply-form" noValidate onSubmit={submit}>
      <MarkdownField
        label={label}
        name="body"
        value={body}
        onChange={setBody}
        rows={3}
        maxLength={maxReplyLength}
        error={errors.fields.body}
      />
      <FormActions
        message={errors.message}
        pending={pending}
        submitLabel={submitLabel}
        pendingLabel="Sending…"
        onCancel={onCancel}
      />
    </form>
  );
}
