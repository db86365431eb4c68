import { type FormEvent, useEffect, useId, useState } from "react";
import type { ThoughtRecord } from "../../../../contract/journal.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { StatusMessage } from "../../ui/StatusMessage.tsx";
import { useCurrentUser } from "../auth/queries.ts";
import { useRecentApplications } from "../growth/growth-queries.ts";
import { clearDraft, draftKey, readDraft, writeDraft } from "../interviews/draft-storage.ts";
import { FullRecordColumns } from "./components/FullRecordColumns.tsx";
import { QuickRecordFields } from "./components/QuickRecordFields.tsx";
import { ThinkingTraps } from "./components/ThinkingTraps.tsx";
import { useSaveThoughtRecord } from "./journal-queries.ts";
import { draftFromRecord, emptyDraft, type ThoughtDraft, toRequest } from "./thought-record-draft.ts";

/**
 * A thought record: quick mode (thought → thinking trap → reframe) or the full 7 columns. The
 * draft is kept in this browser as it is typed, until saved. Every field is optional.
 */
export function ThoughtRecordForm({ record, onSaved }: { record?: ThoughtRecord; onSaved?: () => void }) {
  const id = useId();
  const user = useCurrentUser();
  const key = draftKey(user.id, `thought-record:${record?.id ?? "new"}`);
  const [draft, setDraft] = useState<ThoughtDraft>(
    () => readDraft<ThoughtDraft>(key) ?? (record ? draftFromRecord(record) : emptyDraft),
  );
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const save = useSaveThoughtRecord(record?.id ?? null);

  useEffect(() => {
    if (draft !== emptyDraft) writeDraft(key, draft);
  }, [key, draft]);

  const update = (changes: Partial<ThoughtDraft>) => {
    setStatus(null);
    setDraft((current) => ({ ...current, ...changes }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = toRequest(draft);
    if (!body) {
      setError("Ratings are whole numbers from 0 to 100 (or left blank).");
      return;
    }
    setError(null);
    try {
      await save.mutateAsync(body);
      clearDraft(key);
      if (!record) setDraft(emptyDraft);
      setStatus("Saved. Only you can see it.");
      onSaved?.();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Couldn't save. Your draft is kept on this device.");
    }
  }

  const full = draft.mode === "full";
  const Fields = full ? FullRecordColumns : QuickRecordFields;
  return (
    <form className="card form thought-record" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <div className="thought-record-head">
        <h2 id={`${id}-title`}>
          {record ? "Edit this record" : full ? "Full thought record" : "Quick thought record"}
        </h2>
        <button type="button" className="button button-quiet" onClick={() => update({ mode: full ? "quick" : "full" })}>
          {full ? "Quick record" : "Full record"}
        </button>
      </div>
      <FormAlert message={error} />
      <Fields id={id} draft={draft} update={update} traps={<ThinkingTraps id={id} draft={draft} update={update} />} />
      <ApplicationLink id={id} value={draft.applicationId} onChange={(applicationId) => update({ applicationId })} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save"}
        </button>
      </div>
      <p className="field-hint">Your draft is kept on this device until you save.</p>
      <StatusMessage message={status} />
    </form>
  );
}

/** The optional link to one of the user's applications (shown once there are any). */
function ApplicationLink({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const applications = useRecentApplications();
  if (!applications.data || applications.data.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={`${id}-application`}>About an application (optional)</label>
      <select id={`${id}-application`} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">None</option>
        {applications.data.map((application) => (
          <option key={application.id} value={application.id}>
            {application.roleTitle}
            {application.companyName ? ` — ${application.companyName}` : ""}
          </option>
        ))}
      </select>
    </div>
  );
}
