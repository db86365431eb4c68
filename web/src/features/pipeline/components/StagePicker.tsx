import type { ApplicationStage } from "../../../../../contract/applications.ts";
import { formatCount, stageLabel } from "../format-pipeline.ts";
import type { BoardColumnData } from "./BoardColumn.tsx";

interface StagePickerProps {
  columns: readonly BoardColumnData[];
  onPick: (stage: ApplicationStage) => void;
}

/**
 * Every stage with its count in one row: an overview, and a way to jump to a column the screen
 * is too narrow to show (on a phone the board shows one column at a time).
 */
export function StagePicker({ columns, onPick }: StagePickerProps) {
  return (
    <nav className="stage-picker" aria-label="Jump to a stage">
      <ul>
        {columns.map((column) => (
          <li key={column.stage}>
            <button type="button" className="stage-picker-button" onClick={() => onPick(column.stage)}>
              {stageLabel(column.stage)} <span className="stage-picker-count">{formatCount(column.count)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
