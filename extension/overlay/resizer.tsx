/**
 * The panel's inner edge: a focusable vertical separator. Drag it (pointer events, captured),
 * or use ArrowLeft/ArrowRight (Shift: larger steps), Home and End. The width is shown to
 * assistive technologies as the separator's value, 280–640 px.
 */
import type { TargetedKeyboardEvent, TargetedPointerEvent } from 'preact';
import { useRef } from 'preact/hooks';
import { guard } from './guard.ts';
import { type DockSide, MAX_WIDTH, MIN_WIDTH, widthAfterDrag, widthAfterKey } from './layout.ts';

export interface ResizerProps {
  width: number;
  dock: DockSide;
  label: string;
  /** `persist` is false while dragging, true when the gesture or key press is over. */
  onResize(width: number, persist: boolean): void;
}

export const Resizer = ({ width, dock, label, onResize }: ResizerProps) => {
  const drag = useRef<{ pointerId: number; startX: number; startWidth: number } | null>(null);

  const onKeyDown = guard((event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const next = widthAfterKey(width, dock, event.key, event.shiftKey);
    if (next === null) return;
    event.preventDefault();
    onResize(next, true);
  });
  const onPointerDown = guard((event: TargetedPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { pointerId: event.pointerId, startX: event.clientX, startWidth: width };
  });
  const onPointerMove = guard((event: TargetedPointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start || start.pointerId !== event.pointerId) return;
    onResize(widthAfterDrag(start.startWidth, start.startX, event.clientX, dock), false);
  });
  const onPointerEnd = guard((event: TargetedPointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start || start.pointerId !== event.pointerId) return;
    drag.current = null;
    // A cancelled gesture has no meaningful position: keep the width reached so far.
    const final =
      event.type === 'pointercancel'
        ? width
        : widthAfterDrag(start.startWidth, start.startX, event.clientX, dock);
    onResize(final, true);
  });

  return (
    // biome-ignore lint/a11y/useSemanticElements: an <hr> cannot be dragged nor hold a value.
    <div
      class="resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      data-testid="overlay-resize"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
    />
  );
};
