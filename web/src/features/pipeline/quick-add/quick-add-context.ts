import { createContext, useContext } from "react";
import type { ApplicationStage } from "../../../../../contract/applications.ts";

/** What the dialog starts with, e.g. the stage of the column it was opened from. */
export interface QuickAddDefaults {
  stage?: ApplicationStage;
}

export interface QuickAdd {
  open: (defaults?: QuickAddDefaults) => void;
}

export const QuickAddContext = createContext<QuickAdd | null>(null);

/** Opens the "Add application" dialog; available on every page inside the app frame. */
export function useQuickAdd(): QuickAdd {
  const quickAdd = useContext(QuickAddContext);
  if (!quickAdd) throw new Error("useQuickAdd() needs a <QuickAddProvider> around it (the app frame has one).");
  return quickAdd;
}
