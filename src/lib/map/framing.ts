import type { Bounds, CorridorNode, LngLat } from '../geo/index.ts';
import { MINOR_LABELS_MINZOOM, nodeLabelStyle } from './layers.ts';

/**
 * Framing that keeps labels whole: a camera for flat Web Mercator (MapLibre's default, no
 * rotation or pitch) that shows every mark with the room around it that its label may take.
 * Pure: no map, no DOM.
 */

/** A place that must show whole, and the px it needs on each side of its point. */
export interface Mark {
  at: LngLat;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_PX = 512;

const toX = (lng: number) => (lng + 180) / 360;
const toY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const toLng = (x: number) => x * 360 - 180;
const toLat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/**
 * The largest world width in px at which marks at `u` (0–1 across the world), each needing
 * `before` px on the low side and `after` on the high side, fit in `span` px: for every pair,
 * the distance between them plus what the outer sides need must not exceed the span.
 */
function largestScale(u: number[], before: number[], after: number[], span: number): number {
  let best = Infinity;
  for (let i = 0; i < u.length; i++) {
    if (before[i]! + after[i]! > span) return 0;
    for (let j = 0; j < u.length; j++) {
      const d = u[j]! - u[i]!;
      if (d > 0) best = Math.min(best, (span - before[i]! - after[j]!) / d);
    }
  }
  return best;
}

/**
 * The centre and zoom that show every mark, its room included, inside a box of `width` ×
 * `height` px, as large as `maxZoom` allows; the extremes are centred. Undefined when the room
 * around a mark alone is larger than the box, or there is nothing to frame.
 */
export function fitMarks(
  marks: readonly Mark[],
  box: { width: number; height: number },
  maxZoom: number,
): { center: LngLat; zoom: number } | undefined {
  if (!marks.length) return undefined;
  const x = marks.map((m) => toX(m.at[0]));
  const y = marks.map((m) => toY(m.at[1]));
  const scale = Math.min(
    largestScale(
      x,
      marks.map((m) => m.left),
      marks.map((m) => m.right),
      box.width,
    ),
    largestScale(
      y,
      marks.map((m) => m.top),
      marks.map((m) => m.bottom),
      box.height,
    ),
    WORLD_PX * 2 ** maxZoom,
  );
  if (!(scale > 0)) return undefined;
  const middle = (u: number[], lo: (m: Mark) => number, hi: (m: Mark) => number) => {
    const min = Math.min(...marks.map((m, i) => u[i]! * scale - lo(m)));
    const max = Math.max(...marks.map((m, i) => u[i]! * scale + hi(m)));
    return (min + max) / 2 / scale;
  };
  return {
    center: [
      toLng(
        middle(
          x,
          (m) => m.left,
          (m) => m.right,
        ),
      ),
      toLat(
        middle(
          y,
          (m) => m.top,
          (m) => m.bottom,
        ),
      ),
    ],
    zoom: Math.log2(scale / WORLD_PX),
  };
}

/** Label metrics, as MapLibre lays out one line of bold sans (text-max-width in ems). */
export interface LabelStyle {
  /** The text size in px. */
  sizePx: number;
  /** text-radial-offset, in ems. */
  offsetEm: number;
  /** text-max-width, in ems: longer labels wrap. */
  maxWidthEm: number;
}

/**
 * The advance per character of the labels' bold sans, rounded up: Noto Sans Bold draws the
 * corridor's place names at 0.55–0.57 em a character.
 */
const EM_PER_CHAR = 0.58;
const LINE_HEIGHT_EM = 1.2;

/**
 * The room a label takes around its place. MapLibre puts it centred below or above its point
 * first (the first anchors the layer lists): half its width and the offset left and right. Where
 * places crowd, as Turkey's and the Caucasus's do on a phone, it goes to either side
 * (`anySide`): its whole width and the offset. Its height and the offset above and below.
 */
export function labelRoom(text: string, style: LabelStyle, anySide: boolean): Omit<Mark, 'at'> {
  const widthEm = [...text].length * EM_PER_CHAR;
  const lines = Math.max(1, Math.ceil(widthEm / style.maxWidthEm));
  const wide = Math.min(widthEm, style.maxWidthEm);
  const across = ((anySide ? wide : wide / 2) + style.offsetEm) * style.sizePx;
  const up = (lines * LINE_HEIGHT_EM + style.offsetEm) * style.sizePx;
  return { left: across, right: across, top: up, bottom: up };
}

/**
 * What the first view must show whole: the corners of `box` with `margin` px around them, and
 * each place labelled at `zoom` with the room its label may take at that zoom's text size (a
 * zoom no smaller than the frame's, so the room kept is never short). `anySide`: see labelRoom.
 */
export function labelledMarks(
  box: Bounds,
  nodes: Iterable<CorridorNode>,
  o: { zoom: number; scale: number; margin: number; anySide: boolean },
): Mark[] {
  const m = o.margin;
  const corner = (at: LngLat): Mark => ({ at, left: m, right: m, top: m, bottom: m });
  const marks = [corner(box[0]), corner(box[1])];
  for (const n of nodes) {
    const major = n.hub || n.kind === 'airport';
    if (!major && o.zoom < MINOR_LABELS_MINZOOM) continue;
    const style = nodeLabelStyle(n.hub, o.zoom, o.scale);
    marks.push({ at: n.coordinates, ...labelRoom(n.label, style, o.anySide) });
  }
  return marks;
}
