import { useEffect, useRef } from "react";

/** The key that opens quick add, shown in hints next to the Add application button. */
export const quickAddKey = "n";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || Boolean(target.closest("input, textarea, select, [contenteditable]"));
}

/**
 * Pressing N opens quick add — but never while the person is typing, holding a modifier key
 * (so browser shortcuts still work), or already inside a dialog.
 */
export function useQuickAddShortcut(onTrigger: () => void): void {
  const trigger = useRef(onTrigger);
  trigger.current = onTrigger;

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== quickAddKey) return;
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      trigger.current();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
