import { type ReactNode, useId, useRef } from "react";
import { useModalDialog } from "./use-modal-dialog.ts";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  /** Runs right after the dialog closes, once the browser has put focus back. */
  onClosed?: () => void;
}

/**
 * A native modal <dialog>: the browser traps focus, closes on Escape and returns focus to the
 * button that opened it. Cancel comes first so it gets the initial focus.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, pending, error, onConfirm, onCancel, onClosed } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useModalDialog(ref, open, onClosed);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onCancel}>
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="form-alert" role="alert">
        {error ? <p>{error}</p> : null}
      </div>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-danger"
          aria-disabled={pending || undefined}
          onClick={() => {
            if (!pending) onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
