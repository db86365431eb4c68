import { useEffect, useId, useRef } from "react";
import { type ApplicationStage, applicationStages } from "../../../../../contract/applications.ts";
import type { BoardCard } from "../../../../../contract/pipeline.ts";
import { describeApplication, stageLabel } from "../format-pipeline.ts";

export interface MoveTarget {
  card: BoardCard;
  stage: ApplicationStage;
}

interface MoveStageDialogProps {
  target: MoveTarget | null;
  onChoose: (target: MoveTarget, stage: ApplicationStage) => void;
  onClose: () => void;
}

/**
 * The board without dragging: a modal list of stages for one card. Native <dialog> traps focus
 * and closes on Escape; the current stage is shown but can't be chosen.
 */
/** Focus starts on the stage after the current one, the most common next step. */
function suggestedNext(stage: ApplicationStage): ApplicationStage {
  return applicationStages[applicationStages.indexOf(stage) + 1] ?? applicationStages[0];
}

export function MoveStageDialog({ target, onChoose, onClose }: MoveStageDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (target && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLButtonElement>("[data-initial-focus]")?.focus();
    }
    if (!target && dialog.open) dialog.close();
  }, [target]);

  return (
    <dialog ref={ref} className="dialog move-dialog" aria-labelledby={titleId} onClose={onClose}>
      {target ? (
        <>
          <h2 id={titleId}>Move to…</h2>
          <p className="move-dialog-what">{describeApplication(target.card)}</p>
          <ul className="move-dialog-stages">
            {applicationStages.map((stage) => {
              const current = stage === target.stage;
              return (
                <li key={stage}>
                  <button
                    type="button"
                    className="move-dialog-stage"
                    aria-disabled={current || undefined}
                    data-initial-focus={stage === suggestedNext(target.stage) || undefined}
                    onClick={() => {
                      if (!current) onChoose(target, stage);
                    }}
                  >
                    {stageLabel(stage)}
                    {current ? <span className="move-dialog-current"> (current)</span> : null}
                  </button>
                </li>
              );
            })}
          </ul>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
