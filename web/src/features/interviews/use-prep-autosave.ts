import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Interview, InterviewPrep } from "../../../../contract/interviews.ts";
import { ApiError, api } from "../../lib/api.ts";
import { pipelineKey } from "../pipeline/pipeline-query-hooks.ts";
import { clearDraft, draftKey, readDraft, writeDraft } from "./draft-storage.ts";

export type AutosaveStatus = "idle" | "pending" | "saving" | "saved" | "error";

const debounceMs = 800;
const retryMs = 5000;

function samePrep(a: InterviewPrep, b: InterviewPrep): boolean {
  return (
    a.caseForMe === b.caseForMe &&
    a.talkingPoints === b.talkingPoints &&
    a.questions === b.questions &&
    a.research === b.research &&
    a.learningGoal === b.learningGoal
  );
}

/**
 * Prep that saves itself: each change is kept in this browser at once and sent with a debounced
 * PATCH; a failed save retries; leaving the page sends what is still pending. A draft left
 * from an earlier visit that never reached the server is restored (and then saved).
 */
export function usePrepAutosave(interview: Interview, userId: string) {
  const queryClient = useQueryClient();
  const key = draftKey(userId, `prep:${interview.id}`);
  // Read once: later refetches of the interview never overwrite what is being typed.
  const [initial] = useState(() => ({ server: interview.prep, draft: readDraft<InterviewPrep>(key) }));
  const restored = initial.draft && !samePrep(initial.draft, initial.server) ? initial.draft : null;
  const [prep, setPrep] = useState<InterviewPrep>(() => restored ?? initial.server);
  const [status, setStatus] = useState<AutosaveStatus>("idle");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const acknowledged = useRef<InterviewPrep>(initial.server);
  const latest = useRef(prep);
  latest.current = prep;
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const schedule = useRef<(ms: number) => void>(() => {});

  const save = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (inFlight.current) return; // The running save checks for newer text when it ends.
    const sending = latest.current;
    if (samePrep(sending, acknowledged.current)) {
      clearDraft(key);
      return;
    }
    inFlight.current = true;
    setStatus("saving");
    try {
      const updated = await api.patch<Interview>(`/api/interviews/${encodeURIComponent(interview.id)}`, {
        prep: sending,
      });
      acknowledged.current = sending;
      queryClient.setQueryData([...pipelineKey, "interview", interview.id], updated);
      void queryClient.invalidateQueries({
        queryKey: pipelineKey,
        predicate: (query) => !(query.queryKey[1] === "interview" && query.queryKey[2] === interview.id),
      });
      setProblem(null);
      if (samePrep(latest.current, sending)) {
        clearDraft(key);
        setStatus("saved");
        setSavedAt(new Date());
      }
    } catch (error) {
      setStatus("error");
      // The connection or the server: try again soon. A refusal (say, text too long) won't
      // change by retrying; it waits for the next edit, and the draft stays in this browser.
      const retry = !(error instanceof ApiError) || error.status === 0 || error.status >= 500 || error.status === 429;
      setProblem(retry ? null : (error as ApiError).message);
      if (retry) schedule.current(retryMs);
    } finally {
      inFlight.current = false;
    }
    // Typing went on while the request ran: send the newer text too.
    if (!samePrep(latest.current, acknowledged.current) && !timer.current) schedule.current(debounceMs);
  }, [interview.id, key, queryClient]);

  schedule.current = (ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void save();
    }, ms);
  };

  const update = useCallback(
    (next: InterviewPrep) => {
      setPrep(next);
      latest.current = next;
      if (samePrep(next, acknowledged.current)) {
        clearTimeout(timer.current);
        timer.current = undefined;
        clearDraft(key);
        setStatus((current) => (current === "pending" ? "saved" : current));
        return;
      }
      writeDraft(key, next);
      setStatus((current) => (current === "saving" ? current : "pending"));
      schedule.current(debounceMs);
    },
    [key],
  );

  // A draft restored from an earlier visit goes to the server straight away; a stale one
  // (already saved, e.g. from another tab) is dropped.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, for the draft found on arrival
  useEffect(() => {
    if (restored) void save();
    else if (initial.draft) clearDraft(key);
  }, []);

  // Leaving the page (in the app or closing the tab) sends what is still waiting.
  useEffect(() => {
    const flush = () => {
      if (!samePrep(latest.current, acknowledged.current)) void save();
    };
    const onHide = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHide);
      flush();
    };
  }, [save]);

  return { prep, update, status, savedAt, problem, restored: restored !== null };
}
