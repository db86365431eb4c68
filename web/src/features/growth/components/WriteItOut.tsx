import { useEffect, useId, useRef, useState } from "react";
import { useSaveWriting } from "../growth-queries.ts";

const timerChoices = [10, 20] as const;

interface WriteItOutProps {
  applicationId: string;
}

const draftKey = (applicationId: string) => `debrief.writing.${applicationId}`;

interface LocalDraft {
  body: string;
  sessionId: string | null;
  minutes: number;
}

function readDraft(applicationId: string): LocalDraft {
  try {
    const stored = localStorage.getItem(draftKey(applicationId));
    if (stored) return { body: "", sessionId: null, minutes: 20, ...JSON.parse(stored) };
  } catch {
    // A private window or a broken entry: start afresh.
  }
  return { body: "", sessionId: null, minutes: 20 };
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.max(0, seconds % 60)).padStart(2, "0")}`;

/**
 * "Write it out": private expressive writing with a gentle timer — pausable, silent, and never
 * in charge (stop whenever you like). Every keystroke is kept in this browser; "Save" stores it
 * as a private writing session, and later saves update the same session.
 */
export function WriteItOut({ applicationId }: WriteItOutProps) {
  const id = useId();
  const [draft, setDraft] = useState<LocalDraft>(() => readDraft(applicationId));
  const [remaining, setRemaining] = useState(draft.minutes * 60);
  const [running, setRunning] = useState(false);
  const [savedBody, setSavedBody] = useState<string | null>(null);
  const save = useSaveWriting();
  const timer = useRef<number | null>(null);
  // Read synchronously so an autosave right after the first one updates it rather than adding another.
  const sessionId = useRef<string | null>(draft.sessionId);
  const saving = useRef(false);

  useEffect(() => {
    try {
      localStorage.setItem(draftKey(applicationId), JSON.stringify(draft));
    } catch {
      // Storage full or blocked: the text is still on the page and can be saved.
    }
  }, [applicationId, draft]);

  useEffect(() => {
    if (!running) return;
    timer.current = window.setInterval(() => {
      setRemaining((seconds) => {
        if (seconds <= 1) setRunning(false);
        return Math.max(0, seconds - 1);
      });
    }, 1000);
    return () => {
      if (timer.current !== null) window.clearInterval(timer.current);
    };
  }, [running]);

  function chooseMinutes(minutes: number) {
    setRunning(false);
    setDraft((current) => ({ ...current, minutes }));
    setRemaining(minutes * 60);
  }

  async function saveWriting() {
    if (saving.current) return;
    saving.current = true;
    try {
      const saved = await save.mutateAsync({
        id: sessionId.current,
        applicationId,
        body: draft.body,
        minutes: draft.minutes,
      });
      sessionId.current = saved.id;
      setDraft((current) => ({ ...current, sessionId: saved.id }));
      setSavedBody(saved.body);
    } finally {
      saving.current = false;
    }
  }

  const started = remaining < draft.minutes * 60;
  const unsaved = draft.body !== (savedBody ?? "") && draft.body.trim() !== "";

  // A few seconds after typing stops, the text is saved as the private session too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: saveWriting reads the current draft
  useEffect(() => {
    if (!unsaved || save.isPending) return;
    const pause = window.setTimeout(() => void saveWriting().catch(() => {}), 3000);
    return () => window.clearTimeout(pause);
  }, [draft.body, unsaved, save.isPending]);
  return (
    <div className="write-it-out">
      <p>
        Write freely about how this feels and what it stirs up — just for you. Nobody else sees it. Spelling and order
        don't matter. Stop whenever you like.
      </p>
      <fieldset className="timer-choice">
        <legend>A gentle timer (optional, silent)</legend>
        <div className="button-row">
          {timerChoices.map((minutes) => (
            <button
              key={minutes}
              type="button"
              className={`button button-small ${draft.minutes === minutes ? "button-primary" : "button-secondary"}`}
              aria-pressed={draft.minutes === minutes}
              onClick={() => chooseMinutes(minutes)}
            >
              {minutes} minutes
            </button>
          ))}
        </div>
        <p className="timer-line">
          <span role="timer" aria-label="Time left" className="timer-clock">
            {clock(remaining)}
          </span>
          <button type="button" className="button button-secondary button-small" onClick={() => setRunning(!running)}>
            {running ? "Pause" : started && remaining > 0 ? "Resume" : "Start the timer"}
          </button>
        </p>
        {remaining === 0 ? (
          <p className="timer-done" role="status">
            Time's up. You can keep going, or stop here — either is fine.
          </p>
        ) : null}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-body`}>Your words (only you see them)</label>
        <textarea
          id={`${id}-body`}
          rows={10}
          maxLength={100_000}
          value={draft.body}
          onChange={(event) => {
            const body = event.currentTarget.value;
            setDraft((current) => ({ ...current, body }));
          }}
        />
      </div>
      <p className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void saveWriting().catch(() => {})}
          aria-disabled={save.isPending || !draft.body.trim() ? "true" : undefined}
          disabled={!draft.body.trim()}
        >
          {save.isPending ? "Saving…" : "Save my writing"}
        </button>
        <span role="status" className="field-hint">
          {save.isError
            ? "Couldn't save just now; it's still kept in this browser."
            : savedBody !== null && !unsaved
              ? "Saved, privately."
              : draft.body
                ? "Kept in this browser as you type, and saved privately when you pause."
                : ""}
        </span>
      </p>
    </div>
  );
}
