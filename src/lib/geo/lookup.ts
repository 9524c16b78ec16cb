import type { Bounds, Corridor, CorridorNode, Flight, LngLat, Segment } from './types';

export type { Bounds };

/** The three kinds of thing the map draws and a user can pick. */
export type FeatureKind = 'segment' | 'flight' | 'node';

/** One drawn feature, by kind and id: what a click, a list row, a link or a tour step names. */
export interface FeatureRef {
  kind: FeatureKind;
  id: string;
}

export type FeatureOf<K extends FeatureKind> = K extends 'segment'
  ? Segment
  : K extends 'flight'
    ? Flight
    : CorridorNode;

export const FEATURE_KINDS: readonly FeatureKind[] = ['segment', 'flight', 'node'];

/** The segment, flight or node with this id, or undefined: the one kind + id → object switch. */
export function get<K extends FeatureKind>(
  corridor: Corridor,
  kind: K,
  id: string,
): FeatureOf<K> | undefined {
  const found =
    kind === 'node'
      ? corridor.nodes.get(id)
      : (kind === 'segment' ? corridor.segments : corridor.flights).find((l) => l.id === id);
  return found as FeatureOf<K> | undefined;
}

/** A feature's box: a line's, measured by the build, or a node's position. */
function boxOf(corridor: Corridor, ref: FeatureRef): Bounds | undefined {
  if (ref.kind !== 'node') return get(corridor, ref.kind, ref.id)?.bounds;
  const at = get(corridor, 'node', ref.id)?.coordinates;
  return at && [at, at];
}

/** The box around boxes: the least west and south, the most east and north. */
function union(boxes: readonly Bounds[]): Bounds | undefined {
  if (boxes.length === 0) return undefined;
  return boxes.reduce(([[w, s], [e, n]], [[w2, s2], [e2, n2]]) => [
    [Math.min(w, w2), Math.min(s, s2)],
    [Math.max(e, e2), Math.max(n, n2)],
  ]);
}

/** The box around some features; undefined when none of them is known. */
export function boundsOf(corridor: Corridor, refs: readonly FeatureRef[]): Bounds | undefined {
  const boxes = refs.map((ref) => boxOf(corridor, ref));
  return union(boxes.filter((box) => box !== undefined));
}

/** The box around every line the corridor draws: the first view at any window size. */
export function corridorBounds(corridor: Corridor): Bounds {
  const lines = [...corridor.segments, ...corridor.flights];
  return (
    union(lines.map((l) => l.bounds)) ?? [
      [-180, -85],
      [180, 85],
    ]
  );
}

/**
 * Where a popup points for a feature chosen from a list or a link: halfway along a line (measured
 * by the build), or the node.
 */
export function anchorOf(corridor: Corridor, ref: FeatureRef): LngLat | undefined {
  if (ref.kind === 'node') return get(corridor, 'node', ref.id)?.coordinates;
  return get(corridor, ref.kind, ref.id)?.midpoint;
}

/** A camera position, as a link records it. */
export interface View {
  zoom: number;
  center: LngLat;
}
