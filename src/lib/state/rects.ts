/** A box on screen in CSS px, as getBoundingClientRect gives it. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Distances in px from each edge of the screen, as MapLibre's padding takes them. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const sameInsets = (a: Partial<Insets>, b: Insets): boolean =>
  a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

export const area = (r: Rect): number =>
  Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether `inner` lies wholly inside `outer`, allowing `slack` px for rounding. */
export function contains(outer: Rect, inner: Rect, slack = 0.5): boolean {
  return (
    inner.left >= outer.left - slack &&
    inner.top >= outer.top - slack &&
    inner.right <= outer.right + slack &&
    inner.bottom <= outer.bottom + slack
  );
}

/**
 * The largest box of `screen` that no obstacle covers: the room left to the map by the panel,
 * the toolbar, the controls and the caption. Its sides lie on the screen's edges or on the
 * obstacles' edges, so trying every such choice finds it (a handful of obstacles: a few thousand
 * boxes at most). Obstacles of no area, or outside the screen, are ignored.
 */
export function largestFreeRect(screen: Rect, obstacles: readonly Rect[]): Rect {
  const blocks = obstacles.filter((o) => area(o) > 0 && overlaps(o, screen));
  const lefts = [screen.left, ...blocks.map((o) => o.right)].filter((x) => x < screen.right);
  const rights = [screen.right, ...blocks.map((o) => o.left)].filter((x) => x > screen.left);
  const tops = [screen.top, ...blocks.map((o) => o.bottom)].filter((y) => y < screen.bottom);
  const bottoms = [screen.bottom, ...blocks.map((o) => o.top)].filter((y) => y > screen.top);
  let best: Rect = { left: screen.left, top: screen.top, right: screen.left, bottom: screen.top };
  for (const left of lefts)
    for (const right of rights) {
      if (right <= left) continue;
      for (const top of tops)
        for (const bottom of bottoms) {
          const r = { left, top, right, bottom };
          if (bottom <= top || area(r) <= area(best)) continue;
          if (!blocks.some((o) => overlaps(o, r))) best = r;
        }
    }
  return best;
}

/** The insets that leave `free` of `screen`, each grown by `margin` px. */
export function insetsOf(screen: Rect, free: Rect, margin = 0): Insets {
  return {
    top: Math.round(free.top - screen.top + margin),
    right: Math.round(screen.right - free.right + margin),
    bottom: Math.round(screen.bottom - free.bottom + margin),
    left: Math.round(free.left - screen.left + margin),
  };
}

/** A box on screen in px from `origin`'s top-left corner (both as getBoundingClientRect gives them). */
export function offsetFrom(r: Rect, origin: { left: number; top: number }): Rect {
  return {
    left: r.left - origin.left,
    top: r.top - origin.top,
    right: r.right - origin.left,
    bottom: r.bottom - origin.top,
  };
}

/** `r` shrunk by `margin` px on every side. */
export function inset(r: Rect, margin: number): Rect {
  return {
    left: r.left + margin,
    top: r.top + margin,
    right: r.right - margin,
    bottom: r.bottom - margin,
  };
}
