import { useDraggable } from "@dnd-kit/core";
import { type ButtonHTMLAttributes, type Ref, useEffect, useRef } from "react";
import { Link } from "react-router";
import type { ApplicationStage } from "../../../../../contract/applications.ts";
import type { BoardCard as BoardCardData } from "../../../../../contract/pipeline.ts";
import type { CardDragData } from "../board-dnd.ts";
import { describeApplication, formatShortDateTime } from "../format-pipeline.ts";
import { ExcitementRating } from "./ExcitementRating.tsx";
import { TagChips } from "./TagChips.tsx";

/** Which control of a card should take focus once it has been drawn in its new column. */
export type CardFocusTarget = "handle" | "move";

interface BoardCardProps {
  card: BoardCardData;
  stage: ApplicationStage;
  onMoveRequest: (card: BoardCardData, stage: ApplicationStage) => void;
  focusTarget: CardFocusTarget | null;
  onFocused: () => void;
}

/**
 * One application on the board. The whole card can be dragged with a mouse or a long press; the
 * grip button is the keyboard's way in (Space to pick up), and "Move to…" opens a plain list.
 */
export function BoardCard({ card, stage, onMoveRequest, focusTarget, onFocused }: BoardCardProps) {
  const data: CardDragData = { card, stage };
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: card.id,
    data,
    attributes: { roleDescription: "draggable application" },
  });
  const handle = useRef<HTMLButtonElement | null>(null);
  const moveButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focusTarget) return;
    (focusTarget === "handle" ? handle.current : moveButton.current)?.focus();
    onFocused();
  }, [focusTarget, onFocused]);

  return (
    <article ref={setNodeRef} className="board-card" data-dragging={isDragging || undefined} {...listeners}>
      <BoardCardBody
        card={card}
        handleRef={(node) => {
          handle.current = node;
          setActivatorNodeRef(node);
        }}
        handleProps={{ ...attributes, "aria-label": `Drag ${describeApplication(card)}` }}
      />
      <button ref={moveButton} type="button" className="board-card-move" onClick={() => onMoveRequest(card, stage)}>
        Move to…<span className="visually-hidden"> (moves {describeApplication(card)})</span>
      </button>
    </article>
  );
}

interface BoardCardBodyProps {
  card: BoardCardData;
  /** Absent in the drag overlay, which is a picture of the card, not a second set of controls. */
  handleRef?: Ref<HTMLButtonElement>;
  handleProps?: ButtonHTMLAttributes<HTMLButtonElement>;
}

/** What a card shows; shared by the card in its column and the copy that follows the pointer. */
export function BoardCardBody({ card, handleRef, handleProps }: BoardCardBodyProps) {
  const interactive = Boolean(handleProps);
  return (
    <>
      <div className="board-card-head">
        <h3 className="board-card-title">
          {interactive ? <Link to={`/applications/${card.id}`}>{card.roleTitle}</Link> : card.roleTitle}
        </h3>
        {interactive ? (
          <button ref={handleRef} type="button" className="drag-handle" data-drag-handle {...handleProps}>
            <span aria-hidden="true">⠿</span>
          </button>
        ) : (
          <span className="drag-handle" aria-hidden="true">
            ⠿
          </span>
        )}
      </div>
      <p className="board-card-company">{card.companyName ?? "Company not set"}</p>
      {card.excitement != null ? <ExcitementRating value={card.excitement} /> : null}
      <TagChips tags={card.tags} />
      {card.nextInterviewAt ? (
        <p className="board-card-interview">
          <span className="board-card-interview-label">Next interview</span>{" "}
          <time dateTime={card.nextInterviewAt}>{formatShortDateTime(card.nextInterviewAt)}</time>
        </p>
      ) : null}
    </>
  );
}
