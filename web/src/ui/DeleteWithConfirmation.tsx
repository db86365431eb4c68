import { type ReactNode, useState } from "react";
import { ConfirmDialog } from "./ConfirmDialog.tsx";

/** What the button needs from the delete mutation (TanStack's useMutation result fits). */
interface DeleteMutation {
  isPending: boolean;
  error: Error | null;
  mutate: (input: undefined, options: { onSuccess: () => void }) => void;
  reset: () => void;
}

interface DeleteWithConfirmationProps {
  /** The button's label, and the confirm button's: "Delete company". */
  label: string;
  /** The dialog's title: "Delete “Acme”?". */
  title: string;
  remove: DeleteMutation;
  /** Runs once the server has deleted it, typically leaving the page. */
  onDeleted: () => void;
  /** What the dialog says goes and what stays. */
  children: ReactNode;
}

/** A delete button that asks first, in a dialog that says what is deleted and what stays. */
export function DeleteWithConfirmation({ label, title, remove, onDeleted, children }: DeleteWithConfirmationProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {label}
      </button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={label}
        pending={remove.isPending}
        error={remove.error?.message}
        onCancel={() => {
          setOpen(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate(undefined, { onSuccess: onDeleted })}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
