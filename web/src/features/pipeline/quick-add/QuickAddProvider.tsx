import { type ReactNode, useCallback, useMemo, useState } from "react";
import { QuickAddDialog } from "./QuickAddDialog.tsx";
import { QuickAddContext, type QuickAddDefaults } from "./quick-add-context.ts";
import { useQuickAddShortcut } from "./use-quick-add-shortcut.ts";

/** Makes quick add available to everything inside it, and listens for the N shortcut. */
export function QuickAddProvider({ children }: { children: ReactNode }) {
  // Each opening is a new "session" so the form starts empty every time.
  const [state, setState] = useState<{ open: boolean; session: number; defaults: QuickAddDefaults }>({
    open: false,
    session: 0,
    defaults: {},
  });
  const open = useCallback(
    (defaults: QuickAddDefaults = {}) =>
      setState((current) => (current.open ? current : { open: true, session: current.session + 1, defaults })),
    [],
  );
  const close = useCallback(() => setState((current) => ({ ...current, open: false })), []);
  useQuickAddShortcut(open);
  const value = useMemo(() => ({ open }), [open]);

  return (
    <QuickAddContext.Provider value={value}>
      {children}
      <QuickAddDialog key={state.session} open={state.open} defaults={state.defaults} onClose={close} />
    </QuickAddContext.Provider>
  );
}
