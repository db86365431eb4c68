import { DndContext, type DragEndEvent, DragOverlay, type DragStartEvent } from "@dnd-kit/core";
import { useCallback, useMemo, useRef, useState } from "react";
import { Link } from "react-router";
import type { ApplicationStage } from "../../../../contract/applications.ts";
import type { BoardCard } from "../../../../contract/pipeline.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RetryAlert } from "../../ui/RetryAlert.tsx";
import {
  boardAnnouncements,
  boardAutoScroll,
  boardInstructions,
  isStage,
  readCardDragData,
  stageCollisionDetection,
  useBoardSensors,
} from "./board-dnd.ts";
import { BoardCardBody } from "./components/BoardCard.tsx";
import { BoardColumn, type CardFocusRequest } from "./components/BoardColumn.tsx";
import { BoardFilters } from "./components/BoardFilters.tsx";
import { MoveStageDialog, type MoveTarget } from "./components/MoveStageDialog.tsx";
import { StagePicker } from "./components/StagePicker.tsx";
import { applicationCount, describeApplication, stageLabel } from "./format-pipeline.ts";
import { hasAnyFilter } from "./list-filters.ts";
import { useBoard, useMoveStage } from "./queries.ts";
import { useQuickAdd } from "./quick-add/quick-add-context.ts";
import { useUrlFilters } from "./use-url-filters.ts";
import "./styles/pipeline-common.css";
import "./styles/board.css";

/**
 * /board: the nine stages side by side. Cards move by dragging (mouse, long press, or keyboard
 * with Space and the arrow keys) or through each card's "Move to…" list. A move shows at once
 * and is put back, with a message, if the server refuses it.
 */
export function BoardPage() {
  const { filters, update, search, clear } = useUrlFilters();
  const boardFilters = useMemo(
    () => ({ q: filters.q, roleFamilyId: filters.roleFamilyId, tag: filters.tag }),
    [filters.q, filters.roleFamilyId, filters.tag],
  );
  const board = useBoard(boardFilters);
  const moveStage = useMoveStage();
  const quickAdd = useQuickAdd();
  const sensors = useBoardSensors();
  const [active, setActive] = useState<BoardCard | null>(null);
  const [moveTarget, setMoveTarget] = useState<MoveTarget | null>(null);
  const [focusRequest, setFocusRequest] = useState<CardFocusRequest | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const columnNodes = useRef(new Map<ApplicationStage, HTMLElement>());

  const mutateMove = moveStage.mutateAsync;
  const move = useCallback(
    async (card: BoardCard, from: ApplicationStage, to: ApplicationStage, focus: CardFocusRequest["target"] | null) => {
      if (from === to) return;
      setProblem(null);
      setStatus(null);
      if (focus) setFocusRequest({ id: card.id, stage: to, target: focus });
      try {
        await mutateMove({ id: card.id, stage: to });
        // Drags are announced by dnd-kit itself; a move from the list is announced here.
        if (focus === "move") setStatus(`Moved ${describeApplication(card)} to ${stageLabel(to)}.`);
      } catch (error) {
        // The card is back where it was; so is the keyboard.
        if (focus) setFocusRequest({ id: card.id, stage: from, target: focus });
        const reason = error instanceof Error ? ` ${error.message}` : "";
        setProblem(
          `Couldn't move ${describeApplication(card)} to ${stageLabel(to)}, so it is back in ${stageLabel(from)}.${reason}`,
        );
      }
    },
    [mutateMove],
  );

  function onDragStart(event: DragStartEvent) {
    setActive(readCardDragData(event.active.data)?.card ?? null);
  }

  function onDragEnd(event: DragEndEvent) {
    setActive(null);
    const data = readCardDragData(event.active.data);
    const to = event.over?.id;
    if (!data || !isStage(to)) return;
    // A keyboard drop keeps the keyboard on the card in its new column.
    const byKeyboard = event.activatorEvent instanceof KeyboardEvent;
    void move(data.card, data.stage, to, byKeyboard ? "handle" : null);
  }

  const clearFocusRequest = useCallback(() => setFocusRequest(null), []);
  const columns = board.data?.columns ?? [];
  const total = columns.reduce((sum, column) => sum + column.count, 0);
  const filtered = hasAnyFilter(boardFilters);
  const showTools = !board.data || total > 0 || filtered;

  return (
    <div className="board-page">
      <div className="page-head">
        <PageTitle>Board</PageTitle>
        <p className="page-head-meta">
          {board.data && showTools ? (
            <span>
              {applicationCount(total)}
              {filtered ? " match" : ""}
            </span>
          ) : null}
          <Link to="/applications">Table view</Link>
        </p>
      </div>
      {/* A board with nothing on it has nothing to filter or drag: just the way to start. */}
      {showTools ? (
        <>
          <BoardFilters
            filters={boardFilters}
            onSearch={search}
            onChange={(change) => update(change)}
            onClear={clear}
          />
          <p className="board-hint">
            <span className="board-hint-pointer">
              Drag a card to another stage, or use <strong>Move to…</strong> on the card. With a keyboard: focus a
              card's grip (⠿), press Space, then the arrow keys.
            </span>
            <span className="board-hint-touch">
              Press and hold a card to drag it, or use <strong>Move to…</strong> on the card. Swipe sideways for more
              stages.
            </span>
          </p>
        </>
      ) : null}
      <div className="form-alert" role="alert">
        {problem ? <p>{problem}</p> : null}
      </div>
      <div className="status-message visually-hidden" aria-live="polite">
        {status ? <p>{status}</p> : null}
      </div>

      {board.isPending ? <p className="loading-note">Loading the board…</p> : null}
      {board.isError ? (
        <RetryAlert message={`The board couldn't be loaded: ${board.error.message}`} onRetry={() => board.refetch()} />
      ) : null}

      {board.data && total === 0 && !filtered ? (
        <div className="empty-state">
          <h2>Your board is empty</h2>
          <p>
            Add the jobs you're considering or have applied for, and they'll appear here in their stage. Press{" "}
            <kbd>N</kbd> anywhere to add one quickly.
          </p>
          <button type="button" className="button button-primary" onClick={() => quickAdd.open()}>
            Add application
          </button>
        </div>
      ) : null}
      {board.data && total === 0 && filtered ? (
        <div className="empty-state">
          <h2>Nothing matches these filters</h2>
          <p>Try a shorter search, another tag or kind of role.</p>
          <button type="button" className="button button-secondary" onClick={clear}>
            Clear filters
          </button>
        </div>
      ) : null}

      {board.data && total > 0 ? (
        <>
          <StagePicker
            columns={columns}
            onPick={(stage) =>
              columnNodes.current.get(stage)?.scrollIntoView({ inline: "start", block: "nearest", behavior: "smooth" })
            }
          />
          <DndContext
            sensors={sensors}
            collisionDetection={stageCollisionDetection}
            autoScroll={boardAutoScroll}
            accessibility={{ announcements: boardAnnouncements, screenReaderInstructions: boardInstructions }}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            onDragCancel={() => setActive(null)}
          >
            <div className="board" data-dragging={active ? "" : undefined}>
              {columns.map((column) => (
                <BoardColumn
                  key={column.stage}
                  column={column}
                  activeId={active?.id ?? null}
                  focusRequest={focusRequest}
                  onFocusDone={clearFocusRequest}
                  onMoveRequest={(card, stage) => setMoveTarget({ card, stage })}
                  columnRef={(node) => {
                    if (node) columnNodes.current.set(column.stage, node);
                    else columnNodes.current.delete(column.stage);
                  }}
                />
              ))}
            </div>
            <DragOverlay dropAnimation={null}>
              {active ? (
                <div className="board-card board-card-overlay">
                  <BoardCardBody card={active} />
                </div>
              ) : null}
            </DragOverlay>
          </DndContext>
        </>
      ) : null}

      <MoveStageDialog
        target={moveTarget}
        onClose={() => setMoveTarget(null)}
        onChoose={(target, stage) => {
          setMoveTarget(null);
          void move(target.card, target.stage, stage, "move");
        }}
      />
    </div>
  );
}
