/** Anything with two ends on the network. */
export interface Link {
  id: string;
  from: string;
  to: string;
}

export interface Step<T extends Link> {
  segment: T;
  /** True when the walk runs from the segment's `to` to its `from`. */
  reversed: boolean;
}

export type PathWalk<T extends Link> =
  { ok: true; steps: Step<T>[] } | { ok: false; message: string };

/**
 * Orders `links` as one unbranched path from `start` to `end`, or says why they are not one.
 * Used to validate the main line and to measure cumulative km along it.
 */
export function walkPath<T extends Link>(
  links: readonly T[],
  start: string,
  end: string,
): PathWalk<T> {
  const used = new Set<string>();
  const steps: Step<T>[] = [];
  let at = start;
  for (;;) {
    const next = links.filter((l) => !used.has(l.id) && (l.from === at || l.to === at));
    if (next.length === 0) break;
    if (next.length > 1) {
      const ids = next.map((l) => `"${l.id}"`).join(', ');
      return { ok: false, message: `branches at "${at}" (${ids}): it must be one unbranched path` };
    }
    const [link] = next;
    if (link === undefined) break;
    used.add(link.id);
    const reversed = link.to === at && link.from !== at;
    steps.push({ segment: link, reversed });
    at = reversed ? link.from : link.to;
  }
  if (steps.length === 0) return { ok: false, message: `no segment starts at "${start}"` };
  const stray = links.filter((l) => !used.has(l.id)).map((l) => `"${l.id}"`);
  if (stray.length > 0) {
    return {
      ok: false,
      message: `${stray.join(', ')} not reachable from "${start}" along the line (gap after "${at}")`,
    };
  }
  if (at !== end) return { ok: false, message: `runs from "${start}" to "${at}", not to "${end}"` };
  return { ok: true, steps };
}
