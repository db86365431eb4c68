import { type FormEvent, useRef, useState } from "react";
import { updatePipelineSettingsRequest } from "../../../../contract/pipeline.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../ui/form-errors.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { StatusMessage } from "../../ui/StatusMessage.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFocusFirstError } from "../../ui/use-focus-first-error.ts";
import { DebriefReminderSettings } from "../debriefs/components/DebriefReminderSettings.tsx";
import { usePipelineSettings, useUpdatePipelineSettings } from "./pipeline-settings-queries.ts";

const labels = { ghostAfterWeeks: "Weeks of silence" };

/** /settings/pipeline: when an application with no reply counts as ghosted, and the debrief reminder. */
export function PipelineSettingsPage() {
  const settings = usePipelineSettings();
  return (
    <>
      <PageTitle documentTitle="Pipeline · Settings">Pipeline</PageTitle>
      <section className="card" aria-labelledby="pipeline-ghosting">
        <h2 id="pipeline-ghosting">When an application counts as ghosted</h2>
        <p>
          Many applications never get an answer. When one has stayed at <strong>Applied</strong> for this many weeks
          with no news, Debrief moves it to <strong>Ghosted</strong> so your board shows what's still live. The move is
          recorded in its timeline like any other, and you can move it back whenever you hear something.
        </p>
        <p>Silence says more about busy hiring teams than about you.</p>
        {settings.isPending ? <p>Loading your settings…</p> : null}
        {settings.isError ? <FormAlert message={settings.error.message} /> : null}
        {settings.data ? <GhostingForm weeks={settings.data.ghostAfterWeeks} /> : null}
      </section>
      <DebriefReminderSettings />
    </>
  );
}

function GhostingForm({ weeks }: { weeks: number }) {
  const update = useUpdatePipelineSettings();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    const raw = String(new FormData(event.currentTarget).get("ghostAfterWeeks") ?? "").trim();
    const checked = updatePipelineSettingsRequest.safeParse({ ghostAfterWeeks: raw === "" ? Number.NaN : Number(raw) });
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
    setErrors(noErrors);
    update.mutate(checked.data, { onError: (error) => setErrors(errorsFromError(error, labels)) });
  }

  return (
    <form ref={form} className="form" noValidate onSubmit={submit}>
      <TextField
        label={labels.ghostAfterWeeks}
        name="ghostAfterWeeks"
        type="number"
        inputMode="numeric"
        min={1}
        max={52}
        defaultValue={weeks}
        hint="From 1 to 52 weeks. Six is a common wait; a shorter one applies straight away."
        error={errors.fields.ghostAfterWeeks}
      />
      <FormAlert message={errors.message} />
      <StatusMessage
        message={
          update.isSuccess
            ? `Saved. Applications with no news for ${update.data.ghostAfterWeeks} ${update.data.ghostAfterWeeks === 1 ? "week" : "weeks"} count as ghosted.`
            : null
        }
      />
      <SubmitButton pending={update.isPending} pendingLabel="Saving…" variant="secondary">
        Save
      </SubmitButton>
    </form>
  );
}
