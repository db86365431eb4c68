import { type RefObject, useEffect } from "react";

/**
 * Opens a native <dialog> as a modal while `open` is true and closes it after. The browser then
 * traps focus, closes on Escape and gives focus back to the button that opened it.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open: boolean, onClosed?: () => void): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) {
      dialog.close();
      onClosed?.();
    }
  }, [ref, open, onClosed]);
}
