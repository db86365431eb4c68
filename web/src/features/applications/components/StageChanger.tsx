import { type FormEvent, useEffect, useId, useState } from "react";
import {
  type ApplicationStage,
  applicationStages,
  closedStages,
  stageLabels,
} from "../../../../../contract/applications.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { StatusMessage } from "../../../ui/StatusMessage.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { useMoveStage } from "../application-detail-queries.ts";

/** Today as YYYY-MM-DD in the viewer's calendar. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Moves the application to another stage. Each move is recorded in the stage history (the
 * timeline and the funnel read it), with an optional earlier date for news that came in late.
 */
export function StageChanger({ applicationId, stage }: { applicationId: string; stage: ApplicationStage }) {
  const id = useId();
  const move = useMoveStage(applicationId);
  const [next, setNext] = useState<ApplicationStage>(stage);
  const [on, setOn] = useState("");
  const [moved, setMoved] = useState<ApplicationStage | null>(null);
  const [same, setSame] = useState(false);
  // After a move (here or in another view), the choice starts from the new stage.
  useEffect(() => setNext(stage), [stage]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (move.isPending) return;
    setMoved(null);
    if (next === stage) return setSame(true);
    // Noon local time: the day stays the same in every nearby time zone.
    const at = on && on !== today() ? new Date(`${on}T12:00`).toISOString() : undefined;
    move.mutate(
      { stage: next, ...(at ? { at } : {}) },
      {
        onSuccess: () => {
          setMoved(next);
          setOn("");
        },
      },
    );
  }

  return (
    <form className="stage-changer" noValidate onSubmit={submit} aria-label="Change stage">
      <div className="field">
        <label htmlFor={`${id}-stage`}>Move to stage</label>
        <select
          id={`${id}-stage`}
          value={next}
          onChange={(event) => {
            setSame(false);
            setNext(event.currentTarget.value as ApplicationStage);
          }}
        >
          {applicationStages.map((value) => (
            <option key={value} value={value}>
              {stageLabels[value]}
              {value === stage ? " (current)" : ""}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-on`}>When</label>
        <input
          id={`${id}-on`}
          type="date"
          value={on}
          max={today()}
          aria-describedby={`${id}-on-hint`}
          onChange={(event) => setOn(event.currentTarget.value)}
        />
        <p id={`${id}-on-hint`} className="field-hint">
          Leave empty for today.
        </p>
      </div>
      <SubmitButton pending={move.isPending} pendingLabel="Moving…" variant="secondary">
        Change stage
      </SubmitButton>
      <FormAlert
        message={same ? `It's already at ${stageLabels[stage]}. Choose another stage to move it.` : move.error?.message}
      />
      <StatusMessage
        message={
          moved
            ? `Moved to ${stageLabels[moved]}.${closedStages.includes(moved) ? " This application is now closed." : ""}`
            : null
        }
      />
    </form>
  );
}
