import { useId } from "react";
import {
  type InterviewKind,
  interviewFormatLabels,
  interviewFormats,
  interviewKindLabels,
  interviewKinds,
} from "../../../../../contract/interviews.ts";
import type { FormErrors } from "../../../ui/form-errors.ts";
import { MarkdownField } from "../../../ui/MarkdownField.tsx";
import { SegmentedChoice } from "../../../ui/SegmentedChoice.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { ContactPicker, type PickedContact } from "../../applications/components/ContactPicker.tsx";
import { TimeZoneField } from "./TimeZoneField.tsx";

type InterviewFormat = (typeof interviewFormats)[number];

/** What the details part of an interview form holds, as the inputs hold it (text). */
export interface InterviewDetailsDraft {
  roundName: string;
  kind: InterviewKind;
  startsAtLocal: string;
  timeZone: string;
  durationMinutes: string;
  format: InterviewFormat;
  location: string;
  interviewers: PickedContact[];
  notes: string;
}

export const interviewLabels = {
  roundName: "Round",
  kind: "Kind of interview",
  startsAtLocal: "Starts",
  timeZone: "Time zone",
  durationMinutes: "Length in minutes",
  endsAtLocal: "Ends",
  format: "Format",
  location: "Where",
  interviewerIds: "Interviewers",
  notes: "Notes",
  prep: "Prep",
};

const locationLabel: Record<InterviewFormat, { label: string; hint: string }> = {
  video: { label: "Meeting link", hint: "Paste the link from the invitation (https://…)." },
  phone: { label: "Phone number or who calls whom", hint: "e.g. They call me on my mobile." },
  on_site: { label: "Address", hint: "Where to go, and who to ask for at reception." },
};

/** The request fields for the details draft (prep is added by the caller). */
export function detailsRequest(draft: InterviewDetailsDraft) {
  const minutes = draft.durationMinutes.trim();
  return {
    roundName: draft.roundName,
    kind: draft.kind,
    startsAtLocal: draft.startsAtLocal,
    timeZone: draft.timeZone.trim(),
    durationMinutes: minutes === "" ? Number.NaN : Number(minutes),
    format: draft.format,
    location: draft.location.trim() || null,
    interviewerIds: draft.interviewers.map((person) => person.id),
    notes: draft.notes,
  };
}

interface InterviewDetailsFieldsProps {
  draft: InterviewDetailsDraft;
  onChange: (draft: InterviewDetailsDraft) => void;
  errors: FormErrors;
  companyId: string | null;
}

/** Round, kind, time and place, who you'll meet, and free notes. */
export function InterviewDetailsFields({ draft, onChange, errors, companyId }: InterviewDetailsFieldsProps) {
  const id = useId();
  const set =
    <K extends keyof InterviewDetailsDraft>(field: K) =>
    (value: InterviewDetailsDraft[K]) =>
      onChange({ ...draft, [field]: value });
  const where = locationLabel[draft.format];

  return (
    <>
      <TextField
        label={interviewLabels.roundName}
        name="roundName"
        value={draft.roundName}
        autoComplete="off"
        hint="What the company calls it, e.g. “Hiring manager chat” or “Round 2”."
        error={errors.fields.roundName}
        onChange={(event) => set("roundName")(event.currentTarget.value)}
      />
      <div className="field">
        <label htmlFor={`${id}-kind`}>{interviewLabels.kind}</label>
        <select
          id={`${id}-kind`}
          name="kind"
          value={draft.kind}
          onChange={(event) => set("kind")(event.currentTarget.value as InterviewKind)}
        >
          {interviewKinds.map((kind) => (
            <option key={kind} value={kind}>
              {interviewKindLabels[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-columns">
        <TextField
          label={interviewLabels.startsAtLocal}
          name="startsAtLocal"
          type="datetime-local"
          value={draft.startsAtLocal}
          error={errors.fields.startsAtLocal}
          onChange={(event) => set("startsAtLocal")(event.currentTarget.value)}
        />
        <TextField
          label={interviewLabels.durationMinutes}
          name="durationMinutes"
          type="number"
          inputMode="numeric"
          min={5}
          max={1440}
          step={5}
          value={draft.durationMinutes}
          error={errors.fields.durationMinutes ?? errors.fields.endsAtLocal}
          onChange={(event) => set("durationMinutes")(event.currentTarget.value)}
        />
      </div>
      <TimeZoneField
        label={interviewLabels.timeZone}
        value={draft.timeZone}
        error={errors.fields.timeZone}
        onChange={set("timeZone")}
      />
      <SegmentedChoice
        legend={interviewLabels.format}
        name={`${id}-format`}
        value={draft.format}
        options={interviewFormats.map((format) => ({ value: format, label: interviewFormatLabels[format] }))}
        onChange={set("format")}
      />
      <TextField
        label={where.label}
        name="location"
        value={draft.location}
        autoComplete="off"
        hint={where.hint}
        error={errors.fields.location}
        onChange={(event) => set("location")(event.currentTarget.value)}
      />
      <ContactPicker
        legend={interviewLabels.interviewerIds}
        hint="Who you'll meet. Thank-you notes and feedback requests go to them later."
        emptyText="No interviewers added yet."
        picked={draft.interviewers}
        companyId={companyId}
        onAdd={(person) => set("interviewers")([...draft.interviewers, person])}
        onRemove={(personId) => set("interviewers")(draft.interviewers.filter((person) => person.id !== personId))}
      />
      {errors.fields.interviewerIds ? <p className="field-error">{errors.fields.interviewerIds}</p> : null}
      <MarkdownField
        label={interviewLabels.notes}
        name="notes"
        value={draft.notes}
        rows={3}
        hint="Anything practical: what to bring, who to ask for, the agenda."
        error={errors.fields.notes}
        onChange={set("notes")}
      />
    </>
  );
}
