import "../styles/pipeline-common.css";
import type { ApplicationStage } from "../../../../../contract/applications.ts";
import { stageLabel } from "../format-pipeline.ts";

/** The stage as a word in a pill; the tint only repeats what the word says. */
export function StageBadge({ stage }: { stage: ApplicationStage }) {
  return (
    <span className="stage-badge" data-stage={stage}>
      {stageLabel(stage)}
    </span>
  );
}
