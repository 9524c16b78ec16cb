/** A point on screen in px, [x, y]. */
export type ScreenPoint = readonly [number, number];

/** The distance in px from `p` to the segment from `a` to `b`. */
export function pointToSegmentPx(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  const k = Math.min(1, Math.max(0, t));
  return Math.hypot(p[0] - (a[0] + k * dx), p[1] - (a[1] + k * dy));
}

/** The distance in px from `p` to a projected line (one point: a place). */
export function distanceToLinePx(p: ScreenPoint, line: readonly ScreenPoint[]): number {
  if (line.length === 1) return Math.hypot(p[0] - line[0]![0], p[1] - line[0]![1]);
  let best = Infinity;
  for (let i = 1; i < line.length; i++)
    best = Math.min(best, pointToSegmentPx(p, line[i - 1]!, line[i]!));
  return best;
}

export interface Ranked<T> {
  item: T;
  px: number;
}

/** Candidates by screen distance from `p`, nearest first. */
export function rankByDistance<T>(
  p: ScreenPoint,
  candidates: readonly { item: T; line: readonly ScreenPoint[] }[],
): Ranked<T>[] {
  return candidates
    .map(({ item, line }) => ({ item, px: distanceToLinePx(p, line) }))
    .sort((a, b) => a.px - b.px);
}

export interface ClickRule {
  /** Lines farther than this from the pointer are not under it (half the hit width). */
  radiusPx: number;
  /** Lines whose distances differ by less than this are a knot: the user chooses among them. */
  knotPx: number;
}

/**
 * What a click means among ranked lines: nothing (`[]`), the one nearest the pointer, or, when
 * others lie within `knotPx` of it, all of those, nearest first, for the user to choose from.
 */
export function underPointer<T>(ranked: readonly Ranked<T>[], rule: ClickRule): T[] {
  const near = ranked.filter((r) => r.px <= rule.radiusPx);
  const first = near[0];
  if (!first) return [];
  return near.filter((r) => r.px - first.px <= rule.knotPx).map((r) => r.item);
}
