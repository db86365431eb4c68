import {
  type Announcements,
  type CollisionDetection,
  KeyboardCode,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  type PointerSensorOptions,
  pointerWithin,
  rectIntersection,
  type ScreenReaderInstructions,
  TouchSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import type { PointerEvent as ReactPointerEvent } from "react";
import { type ApplicationStage, applicationStages } from "../../../../contract/applications.ts";
import type { BoardCard } from "../../../../contract/pipeline.ts";
import { describeApplication, stageLabel } from "./format-pipeline.ts";

/** What each draggable card carries, so drops and announcements know what moved from where. */
export interface CardDragData {
  card: BoardCard;
  stage: ApplicationStage;
}

/** The card and stage a drag started with, or null for anything else. */
export function readCardDragData(
  data: { current?: Record<string, unknown> | undefined } | undefined,
): CardDragData | null {
  const value = data?.current as Partial<CardDragData> | undefined;
  return value?.card && value.stage ? (value as CardDragData) : null;
}

export function isStage(value: unknown): value is ApplicationStage {
  return typeof value === "string" && (applicationStages as readonly string[]).includes(value);
}

/**
 * Mouse and pen drags start anywhere on a card except its own controls (the Move button, the
 * drag handle is fine). Touch is left to the TouchSensor, which waits for a long press so that
 * swiping still scrolls the board.
 */
class CardPointerSensor extends PointerSensor {
  static override activators = [
    {
      eventName: "onPointerDown" as const,
      handler: ({ nativeEvent: event }: ReactPointerEvent, { onActivation }: PointerSensorOptions) => {
        if (!event.isPrimary || event.button !== 0 || event.pointerType === "touch") return false;
        const target = event.target instanceof Element ? event.target : null;
        if (target?.closest("button:not([data-drag-handle]), select, input, textarea")) return false;
        onActivation?.({ event });
        return true;
      },
    },
  ];
}

/** Left and right jump a held card to the neighbouring stage; up and down do nothing. */
export const stageKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const step = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
  if (event.code === KeyboardCode.Up || event.code === KeyboardCode.Down) event.preventDefault();
  if (!step) return undefined;
  event.preventDefault();
  const { active, over, droppableRects, collisionRect } = context;
  if (!collisionRect) return undefined;
  const overId = over?.id;
  const from = isStage(overId) ? overId : readCardDragData(active?.data)?.stage;
  if (!from) return undefined;
  const target = applicationStages[applicationStages.indexOf(from) + step];
  const rect = target ? droppableRects.get(target) : undefined;
  if (!rect) return undefined;
  return { x: rect.left + Math.max(0, (rect.width - collisionRect.width) / 2), y: collisionRect.top };
};

/** The column under the pointer; for keyboard drags (no pointer), the column the card overlaps most. */
export const stageCollisionDetection: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

/**
 * Scrolling the board while a card is held near its edge: gentler than dnd-kit's default, so on
 * a phone (one column per screen) the board steps through stages instead of racing to the end.
 */
export const boardAutoScroll = { acceleration: 4, threshold: { x: 0.12, y: 0.15 } };

export function useBoardSensors() {
  return useSensors(
    useSensor(CardPointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: stageKeyboardCoordinates }),
  );
}

export const boardInstructions: ScreenReaderInstructions = {
  draggable:
    "To move this application, press Space or Enter to pick it up, use the left and right arrow keys to " +
    "choose a stage, then press Space or Enter to drop it, or Escape to cancel. " +
    "The Move to button on each card does the same from a list.",
};

function label(stage: unknown): string {
  return isStage(stage) ? stageLabel(stage) : "no stage";
}

/** What a screen reader hears while a card is dragged: what was picked up, where it is, where it landed. */
export const boardAnnouncements: Announcements = {
  onDragStart({ active }) {
    const data = readCardDragData(active.data);
    if (!data) return undefined;
    return `Picked up ${describeApplication(data.card)}, in ${label(data.stage)}.`;
  },
  onDragOver({ active, over }) {
    const data = readCardDragData(active.data);
    if (!data) return undefined;
    return over ? `Over ${label(over.id)}.` : "Not over a stage.";
  },
  onDragEnd({ active, over }) {
    const data = readCardDragData(active.data);
    if (!data) return undefined;
    const what = describeApplication(data.card);
    if (!over || over.id === data.stage) return `${what} stays in ${label(data.stage)}.`;
    return `Moved ${what} to ${label(over.id)}.`;
  },
  onDragCancel({ active }) {
    const data = readCardDragData(active.data);
    if (!data) return undefined;
    return `Moving cancelled. ${describeApplication(data.card)} stays in ${label(data.stage)}.`;
  },
};
