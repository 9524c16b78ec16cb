import type { Rect } from '../state/rects.ts';
import type { ScreenPoint } from './pick.ts';

/**
 * Where a popup goes beside the line it describes, so the line stays in sight: pure screen
 * geometry, no map and no DOM.
 */

/** MapLibre's popup anchors: the side of the popup that touches its point (`bottom`: above it). */
export const POPUP_ANCHORS = [
  'bottom',
  'top',
  'left',
  'right',
  'bottom-left',
  'bottom-right',
  'top-left',
  'top-right',
] as const;
export type PopupAnchor = (typeof POPUP_ANCHORS)[number];

export interface Size {
  width: number;
  height: number;
}

/**
 * The popup's box with its `anchor` at `at`, as MapLibre lays it out: the content with the tip
 * between it and the point (beside it for `left` and `right`, above or below it otherwise).
 */
export function popupBox(anchor: PopupAnchor, at: ScreenPoint, content: Size, tipPx: number): Rect {
  const side = anchor === 'left' || anchor === 'right';
  const w = content.width + (side ? tipPx : 0);
  const h = content.height + (side ? 0 : tipPx);
  const [x, y] = at;
  const left = anchor.endsWith('left') ? x : anchor.endsWith('right') ? x - w : x - w / 2;
  const top = anchor.startsWith('top') ? y : anchor.startsWith('bottom') ? y - h : y - h / 2;
  return { left, top, right: left + w, bottom: top + h };
}

const inside = (r: Rect, x: number, y: number) =>
  x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/** Pieces of a line this long, in px, are each counted seen or hidden as a whole. */
const STEP_PX = 4;

/**
 * The length in px of `lines` that shows in `room` and not under `cover` once the map has moved
 * by `shift` (the popup moves with the map, so `cover` is where it is before the move).
 */
export function seenLengthPx(
  lines: readonly (readonly ScreenPoint[])[],
  room: Rect,
  cover: Rect,
  shift: readonly [number, number] = [0, 0],
): number {
  let seen = 0;
  for (const line of lines)
    for (let i = 1; i < line.length; i++) {
      const [ax, ay] = line[i - 1]!;
      const [bx, by] = line[i]!;
      const length = Math.hypot(bx - ax, by - ay);
      const n = Math.max(1, Math.ceil(length / STEP_PX));
      for (let k = 0; k < n; k++) {
        const t = (k + 0.5) / n;
        const x = ax + (bx - ax) * t;
        const y = ay + (by - ay) * t;
        if (!inside(cover, x, y) && inside(room, x + shift[0], y + shift[1])) seen += length / n;
      }
    }
  return seen;
}

/** Each px the map must pan to keep a popup whole counts against it as this many px of line. */
const PAN_COST = 0.25;

/**
 * The smallest move [dx, dy] that brings `box` inside `room`; a box larger than the room is
 * aligned with its top and left, where a popup's title and close button are.
 */
export function shiftInto(box: Rect, room: Rect): [number, number] {
  const axis = (lo: number, hi: number, min: number, max: number) =>
    hi - lo > max - min ? min - lo : lo < min ? min - lo : hi > max ? max - hi : 0;
  return [
    axis(box.left, box.right, room.left, room.right),
    axis(box.top, box.bottom, room.top, room.bottom),
  ];
}

/**
 * The anchor that leaves the most of the line seen beside the popup, once the map has panned
 * just enough to keep the popup whole in `room`; a shorter pan, then MapLibre's own order,
 * breaks ties. With its pan (the map moves by minus it, the popup by it).
 */
export function placePopup(
  lines: readonly (readonly ScreenPoint[])[],
  at: ScreenPoint,
  content: Size,
  room: Rect,
  tipPx: number,
): { anchor: PopupAnchor; shift: [number, number]; seenPx: number } {
  let best: { anchor: PopupAnchor; shift: [number, number]; seenPx: number; score: number } | null =
    null;
  for (const anchor of POPUP_ANCHORS) {
    const box = popupBox(anchor, at, content, tipPx);
    const shift = shiftInto(box, room);
    const seenPx = seenLengthPx(lines, room, box, shift);
    const score = seenPx - PAN_COST * (Math.abs(shift[0]) + Math.abs(shift[1]));
    if (!best || score > best.score + 0.5) best = { anchor, shift, seenPx, score };
  }
  const { anchor, shift, seenPx } = best!;
  return { anchor, shift, seenPx };
}
