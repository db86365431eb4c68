import { useCallback, useEffect, useState } from "react";
import { clearDraft, draftKey, readDraft, writeDraft } from "../interviews/draft-storage.ts";
import { type DebriefDraft, normalizeDraft, sameDraft } from "./debrief-draft.ts";

/**
 * The debrief form's state, kept in this browser as it changes, so a reload, a dead battery or
 * a lost connection right after an interview loses nothing. Nothing reaches the server until
 * Save (a debrief needs a rating first); a draft left from an earlier visit comes back.
 */
export function useDebriefDraft(userId: string, interviewId: string, saved: DebriefDraft) {
  const key = draftKey(userId, `debrief:${interviewId}`);
  // Read once: a refetch of the saved debrief never overwrites what is being picked.
  const [initial] = useState(() => {
    const stored = normalizeDraft(readDraft<unknown>(key));
    return { saved, restored: stored && !sameDraft(stored, saved) ? stored : null };
  });
  const [draft, setDraft] = useState<DebriefDraft>(initial.restored ?? initial.saved);
  const [restored, setRestored] = useState(initial.restored !== null);

  useEffect(() => {
    if (sameDraft(draft, initial.saved)) clearDraft(key);
    else writeDraft(key, draft);
  }, [draft, initial.saved, key]);

  const update = useCallback((patch: Partial<DebriefDraft>) => setDraft((current) => ({ ...current, ...patch })), []);

  /** Back to what the server has, dropping the draft. */
  const discard = useCallback(() => {
    setDraft(initial.saved);
    setRestored(false);
    clearDraft(key);
  }, [initial.saved, key]);

  /** After a successful save: the server has it now. */
  const forget = useCallback(() => clearDraft(key), [key]);

  return { draft, update, restored, discard, forget };
}
