import { useDroppable } from "@dnd-kit/core";
import { defaultRangeExtractor, type Range, useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useId, useRef } from "react";
import { Link } from "react-router";
import type { ApplicationStage } from "../../../../../contract/applications.ts";
import type { Board, BoardCard as BoardCardData } from "../../../../../contract/pipeline.ts";
import { formatCount, stageLabel } from "../format-pipeline.ts";
import { BoardCard, type CardFocusTarget } from "./BoardCard.tsx";

export type BoardColumnData = Board["columns"][number];

/** A request to show one card in its new column (scrolled into view) and focus one of its controls. */
export interface CardFocusRequest {
  id: string;
  stage: ApplicationStage;
  target: CardFocusTarget;
}

interface BoardColumnProps {
  column: BoardColumnData;
  /** The card being dragged, kept drawn even when scrolled away so the drag is not lost. */
  activeId: string | null;
  focusRequest: CardFocusRequest | null;
  onFocusDone: () => void;
  onMoveRequest: (card: BoardCardData, stage: ApplicationStage) => void;
  /** Where the column sits in the board's scroller; used by the phone's stage picker. */
  columnRef?: (node: HTMLElement | null) => void;
}

/** Cards are ~120px tall; the virtualizer measures the real height of each one it draws. */
const estimatedCardHeight = 124;
const cardGap = 8;

/**
 * One stage: its name and count, and its cards in a scrolling list that only draws the cards
 * in view (a column of 1,000 costs about as much as a column of 20). The whole column is the
 * drop target.
 */
export function BoardColumn(props: BoardColumnProps) {
  const { column, activeId, focusRequest, onFocusDone, onMoveRequest, columnRef } = props;
  const headingId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const { cards } = column;

  const activeIndex = activeId ? cards.findIndex((card) => card.id === activeId) : -1;
  // Only the column the card moves to answers: the card is still in the old one for a moment.
  const focusIndex = focusRequest?.stage === column.stage ? cards.findIndex((card) => card.id === focusRequest.id) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const pinned = [activeIndex, focusIndex].filter((index) => index >= 0 && !indexes.includes(index));
      return pinned.length ? [...indexes, ...pinned].sort((a, b) => a - b) : indexes;
    },
    [activeIndex, focusIndex],
  );
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedCardHeight,
    getItemKey: (index) => cards[index]?.id ?? index,
    gap: cardGap,
    overscan: 4,
    rangeExtractor,
  });

  useEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex, { align: "auto" });
  }, [focusIndex, virtualizer]);

  const hidden = column.count - cards.length;
  const label = stageLabel(column.stage);

  return (
    <section
      ref={(node) => {
        setNodeRef(node);
        columnRef?.(node);
      }}
      className="board-column"
      data-stage={column.stage}
      data-over={isOver || undefined}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="board-column-heading">
        <span>{label}</span>
        <span className="board-column-count">
          {formatCount(column.count)}
          <span className="visually-hidden"> {column.count === 1 ? "application" : "applications"}</span>
        </span>
      </h2>
      <div ref={scroller} className="board-column-scroller">
        {cards.length === 0 ? (
          <p className="board-column-empty">Nothing in {label} yet. Drag a card here or use “Move to…” on a card.</p>
        ) : (
          <ul className="board-column-list" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const card = cards[item.index];
              if (!card) return null;
              return (
                <li
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="board-column-item"
                  aria-setsize={column.count}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <BoardCard
                    card={card}
                    stage={column.stage}
                    onMoveRequest={onMoveRequest}
                    focusTarget={focusIndex === item.index ? (focusRequest?.target ?? null) : null}
                    onFocused={onFocusDone}
                  />
                </li>
              );
            })}
          </ul>
        )}
        {hidden > 0 ? (
          <p className="board-column-more">
            <Link to={`/applications?stage=${column.stage}`}>
              See all {formatCount(column.count)} in {label}
            </Link>
          </p>
        ) : null}
      </div>
    </section>
  );
}
