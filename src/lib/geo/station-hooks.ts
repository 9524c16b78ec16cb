// OpenStreetMap's station node often sits beside the tracks (at the building, or the middle of
// the yard), a few hundred metres from the line. Drawn as a vertex between two points of the
// surveyed track, it makes the line run out to it and back: a hook at zoom 8. The track file keeps
// the station's recorded position; the drawn line passes it on the track instead.
import type { LngLat } from './types';

/** How far beside the track a station may sit and still be drawn on it, in km. */
export const HOOK_MAX_KM = 0.5;

/** A turn at the station sharper than this is the line doubling back to it, never a corner. */
const DOUBLING_BACK_DEG = 135;

const KM_PER_DEGREE = (Math.PI / 180) * 6371.0088;

export interface TrackVertex {
  kind: string;
  at: LngLat;
}

type Xy = [number, number];

/** Plane coordinates in km around `origin` (equirectangular: exact enough over tens of km). */
function planeAround(origin: LngLat) {
  const cosLat = Math.cos((origin[1] * Math.PI) / 180);
  return {
    toXy: ([lon, lat]: LngLat): Xy => [
      (lon - origin[0]) * cosLat * KM_PER_DEGREE,
      (lat - origin[1]) * KM_PER_DEGREE,
    ],
    toLngLat: ([x, y]: Xy): LngLat => [
      origin[0] + x / (cosLat * KM_PER_DEGREE),
      origin[1] + y / KM_PER_DEGREE,
    ],
  };
}

/** How much the heading changes at `b`, in degrees (0 ≤ turn ≤ 180); 0 at a line's end. */
function turnDeg(a: Xy | undefined, b: Xy, c: Xy | undefined): number {
  if (a === undefined || c === undefined) return 0;
  const [ux, uy] = [b[0] - a[0], b[1] - a[1]];
  const [vx, vy] = [c[0] - b[0], c[1] - b[1]];
  if ((ux === 0 && uy === 0) || (vx === 0 && vy === 0)) return 0;
  return Math.abs((Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy) * 180) / Math.PI);
}

/** The point of segment a–b nearest to `p`. */
function nearestOnSegment(p: Xy, a: Xy, b: Xy): Xy {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2;
  const clamped = Math.min(1, Math.max(0, t));
  return [a[0] + clamped * dx, a[1] + clamped * dy];
}

/**
 * Where the line is drawn at point `i`, when that point is a station lying off the track: a
 * `station` between two `track` points, at most {@link HOOK_MAX_KM} from the track between them,
 * that the line runs out to and back from. That is a hook, not a corner, when the line doubles
 * back at the station, or when leaving the station out straightens the line by at least the turn
 * the station itself makes (at a true corner the turning only moves to the neighbours). Returns
 * the nearest point of the track between the neighbours, or undefined to draw the point as it is.
 */
export function stationOnTrack(points: readonly TrackVertex[], i: number): LngLat | undefined {
  const [before, station, after] = [points[i - 1], points[i], points[i + 1]];
  if (station?.kind !== 'station' || before?.kind !== 'track' || after?.kind !== 'track') {
    return undefined;
  }
  const plane = planeAround(station.at);
  const s: Xy = [0, 0];
  const [a, b] = [plane.toXy(before.at), plane.toXy(after.at)];
  const [a2, b2] = [points[i - 2], points[i + 2]].map((p) => p && plane.toXy(p.at));
  const onTrack = nearestOnSegment(s, a, b);
  const offKm = Math.hypot(onTrack[0], onTrack[1]);
  if (offKm === 0 || offKm > HOOK_MAX_KM) return undefined;
  const atStation = turnDeg(a, s, b);
  const withStation = turnDeg(a2, a, s) + atStation + turnDeg(s, b, b2);
  const withoutStation = turnDeg(a2, a, b) + turnDeg(a, b, b2);
  const hook = atStation >= DOUBLING_BACK_DEG || withStation - withoutStation >= atStation;
  return hook ? plane.toLngLat(onTrack) : undefined;
}

/** The positions a track is drawn through: its points, stations off the track put on it. */
export function drawnPositions(points: readonly TrackVertex[]): {
  line: LngLat[];
  /** Indices of the points drawn elsewhere than their recorded position. */
  moved: number[];
} {
  const moved: number[] = [];
  const line = points.map((point, i): LngLat => {
    const drawn = stationOnTrack(points, i);
    if (drawn === undefined) return [point.at[0], point.at[1]];
    moved.push(i);
    return drawn;
  });
  return { line, moved };
}
