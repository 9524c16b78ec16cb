import { along, bbox, length, lineString } from '@turf/turf';
import type { Corridor, CorridorNode, Flight, LngLat, Segment } from './types';

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

/** `[[west, south], [east, north]]`, as `fitBounds` takes it. */
export type Bounds = [[number, number], [number, number]];

function positionsOf(corridor: Corridor, ref: FeatureRef): readonly LngLat[] {
  if (ref.kind === 'node') {
    const node = get(corridor, 'node', ref.id);
    return node ? [node.coordinates] : [];
  }
  return get(corridor, ref.kind, ref.id)?.coordinates ?? [];
}

function boxAround(points: readonly LngLat[]): Bounds | undefined {
  if (points.length === 0) return undefined;
  const [w, s, e, n] = bbox({ type: 'MultiPoint', coordinates: points.map(([x, y]) => [x, y]) });
  return [
    [w, s],
    [e, n],
  ];
}

/** The box around some features; undefined when none of them is known. */
export function boundsOf(corridor: Corridor, refs: readonly FeatureRef[]): Bounds | undefined {
  return boxAround(refs.flatMap((ref) => positionsOf(corridor, ref)));
}

/** The box around every line the corridor draws: the first view at any window size. */
export function corridorBounds(corridor: Corridor): Bounds {
  const lines = [...corridor.segments, ...corridor.flights];
  return (
    boxAround(lines.flatMap((l) => l.coordinates)) ?? [
      [-180, -85],
      [180, 85],
    ]
  );
}

/** Where a popup points for a feature chosen from a list or a link: halfway along a line, or the node. */
export function anchorOf(corridor: Corridor, ref: FeatureRef): LngLat | undefined {
  if (ref.kind === 'node') return get(corridor, 'node', ref.id)?.coordinates;
  const line = get(corridor, ref.kind, ref.id);
  if (!line) return undefined;
  const feature = lineString(line.coordinates.map(([x, y]) => [x, y]));
  const [x, y] = along(feature, length(feature) / 2).geometry.coordinates;
  return [x!, y!];
}

/** A camera position, as a link records it. */
export interface View {
  zoom: number;
  center: LngLat;
}
