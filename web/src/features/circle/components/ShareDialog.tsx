import { type FormEvent, useId, useRef, useState } from "react";
import { Link } from "react-router";
import {
  type CircleMember,
  type CircleShare,
  createCircleShareRequest,
  privateItemTypes,
  privateShareWarning,
  type ShareAudience,
  type ShareItemType,
  updateCircleShareRequest,
} from "../../../../../contract/circle.ts";
import { FormActions } from "../../../ui/FormActions.tsx";
import { RadioChoiceList } from "../../../ui/RadioChoiceList.tsx";
import { useFormErrors } from "../../../ui/use-form-errors.ts";
import { useModalDialog } from "../../../ui/use-modal-dialog.ts";
import { useCircleOverview, useCreateShare, useUnshare, useUpdateShare } from "../circle-queries.ts";
import { MemberChecklist } from "./MemberChecklist.tsx";

const labels = {
  audience: "Who can see it",
  memberIds: "Members",
  note: "A note for them",
  confirmPrivate: "Confirmation",
  itemId: "The item",
};

const audienceOptions = [
  { value: "circle", label: "Everyone in my circle", hint: "Including people who join later." },
  { value: "chosen", label: "Only the people I choose" },
] as const;

export interface ShareTarget {
  itemType: ShareItemType;
  /** Null only for the growth plan. */
  itemId: string | null;
  /** What the item is called, for the dialog's title. */
  title: string;
}

interface ShareDialogProps {
  target: ShareTarget;
  /** The existing share, when the item is shared already: the dialog edits it. */
  share: CircleShare | null;
  open: boolean;
  onClose: () => void;
}

/**
 * Shares one item with the circle (or edits how it is shared): everyone or chosen members, and
 * a note. Private journal types need an explicit tick under a plain warning before they go out.
 */
export function ShareDialog({ target, share, open, onClose }: ShareDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useModalDialog(ref, open);

  return (
    <dialog ref={ref} className="dialog share-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{share ? "How this is shared" : "Share with my circle"}</h2>
      <p className="share-dialog-item">{target.title}</p>
      {/* Mounted only while open, so each opening starts from the share as it is now. */}
      {open ? <ShareForm target={target} share={share} onClose={onClose} /> : null}
    </dialog>
  );
}

function ShareForm({ target, share, onClose }: Omit<ShareDialogProps, "open">) {
  const id = useId();
  const overview = useCircleOverview();
  const create = useCreateShare();
  const update = useUpdateShare();
  const unshare = useUnshare();
  const { formRef, errors, check, showError } = useFormErrors(labels);
  const [audience, setAudience] = useState<ShareAudience>(share?.audience ?? "circle");
  const [memberIds, setMemberIds] = useState<string[]>(share?.memberIds ?? []);
  const [note, setNote] = useState(share?.note ?? "");
  const [confirmed, setConfirmed] = useState(false);
  const isPrivate = privateItemTypes.includes(target.itemType);
  const members: CircleMember[] = overview.data?.members ?? [];
  const pending = create.isPending || update.isPending;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const chosen = audience === "chosen" ? { memberIds } : {};
    if (share) {
      const body = check(updateCircleShareRequest, {
        audience,
        note,
        memberIds: audience === "chosen" ? memberIds : [],
      });
      if (body) update.mutate({ shareId: share.id, body }, { onSuccess: onClose, onError: showError });
      return;
    }
    const body = check(createCircleShareRequest, {
      itemType: target.itemType,
      ...(target.itemId ? { itemId: target.itemId } : {}),
      audience,
      ...chosen,
      ...(note.trim() ? { note } : {}),
      ...(isPrivate ? { confirmPrivate: confirmed } : {}),
    });
    if (!body) return;
    create.mutate(body, { onSuccess: onClose, onError: showError });
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {overview.data && members.length === 0 ? (
        <p className="field-hint">
          No one has joined your circle yet. You can share now: people you <Link to="/circle/mine">invite</Link> will
          see it once they join.
        </p>
      ) : null}
      {isPrivate && !share ? (
        <div className="share-private" data-invalid={errors.fields.confirmPrivate ? "" : undefined}>
          <p>
            <strong>This is private.</strong> {privateShareWarning}
          </p>
          {errors.fields.confirmPrivate ? (
            <p className="field-error">Tick the box to confirm you want to share it.</p>
          ) : null}
          <div className="choice">
            <input
              id={`${id}-confirm`}
              type="checkbox"
              checked={confirmed}
              aria-invalid={errors.fields.confirmPrivate ? true : undefined}
              onChange={(event) => setConfirmed(event.currentTarget.checked)}
            />
            <label htmlFor={`${id}-confirm`}>I want to share this private entry</label>
          </div>
        </div>
      ) : null}
      <RadioChoiceList
        legend={labels.audience}
        name={`${id}-audience`}
        value={audience}
        options={audienceOptions}
        onChange={setAudience}
      />
      {audience === "chosen" ? (
        <MemberChecklist
          members={members}
          selected={memberIds}
          onChange={setMemberIds}
          error={errors.fields.memberIds}
        />
      ) : null}
      <div className="field" data-invalid={errors.fields.note ? "" : undefined}>
        <label htmlFor={`${id}-note`}>{labels.note} (optional)</label>
        <p id={`${id}-note-hint`} className="field-hint">
          What you'd like them to know, or what kind of reply would help.
        </p>
        {errors.fields.note ? <p className="field-error">{errors.fields.note}</p> : null}
        <textarea
          id={`${id}-note`}
          rows={3}
          maxLength={2000}
          value={note}
          aria-describedby={`${id}-note-hint`}
          aria-invalid={errors.fields.note ? true : undefined}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
      </div>
      <FormActions
        message={errors.message}
        pending={pending}
        submitLabel={share ? "Save" : "Share"}
        pendingLabel="Saving…"
        onCancel={onClose}
      />
      {share ? (
        <div className="share-stop">
          <button
            type="button"
            className="button button-quiet"
            onClick={() => unshare.mutate(share.id, { onSuccess: onClose, onError: showError })}
          >
            Stop sharing
          </button>
          <span className="field-hint"> They won't see it any more; their replies go with it.</span>
        </div>
      ) : null}
    </form>
  );
}
