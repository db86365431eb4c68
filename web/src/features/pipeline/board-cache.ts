import type { ApplicationStage } from "../../../../contract/applications.ts";
import type { Board, BoardCard } from "../../../../contract/pipeline.ts";

/** Where a card is on a board: its column's stage and the card itself. */
export function findCard(board: Board, id: string): { stage: ApplicationStage; card: BoardCard } | null {
  for (const column of board.columns) {
    const card = column.cards.find((candidate) => candidate.id === id);
    if (card) return { stage: column.stage, card };
  }
  return null;
}

/**
 * The board as it will look once the server has moved a card: out of its column and to the top
 * of the new one (the server lists the most recently moved first), with both counts adjusted.
 * Used for the optimistic update; the refetch afterwards brings the server's own order.
 */
export function moveCardOnBoard(board: Board, id: string, toStage: ApplicationStage, now: string): Board {
  const found = findCard(board, id);
  if (!found || found.stage === toStage) return board;
  const moved: BoardCard = { ...found.card, stageChangedAt: now };
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stage === found.stage) {
        return { ...column, count: column.count - 1, cards: column.cards.filter((card) => card.id !== id) };
      }
      if (column.stage === toStage) return { ...column, count: column.count + 1, cards: [moved, ...column.cards] };
      return column;
    }),
  };
}
