import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { bboxClip } from '@turf/turf';

/**
 * Natural Earth rings that cross the antimeridian jump from +180 to -180 between two vertices.
 * Drawn on a flat map such a jump is a stripe across the whole world, so these helpers unwrap
 * each ring (consecutive longitudes within 180° of each other) and cut it back into the
 * [-180, 180] window. A ring that goes once around a pole (Antarctica) is closed along the pole.
 */

const hasJump = (line: Position[]): boolean =>
  line.some((p, i) => i > 0 && Math.abs(p[0]! - line[i - 1]![0]!) > 180);

function unwrap(ring: Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  ring.forEach((p, i) => {
    if (i > 0) {
      const d = p[0]! + offset - out[i - 1]![0]!;
      if (d > 180) offset -= 360;
      else if (d < -180) offset += 360;
    }
    out.push([p[0]! + offset, p[1]!]);
  });
  return out;
}

/** Closes a ring that circles a pole by running along the pole itself. */
function closeAroundPole(ring: Position[]): Position[] {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (Math.abs(last[0]! - first[0]!) < 180) return ring;
  const meanLat = ring.reduce((sum, p) => sum + p[1]!, 0) / ring.length;
  const poleLat = meanLat < 0 ? -90 : 90;
  return [...ring, [last[0]!, poleLat], [first[0]!, poleLat], first];
}

const WINDOWS = [-360, 0, 360];

function shift(ring: Position[], dx: number): Position[] {
  return ring.map((p) => [p[0]! - dx, p[1]!]);
}

/** Cuts one polygon (outer ring and holes) into pieces that each stay within [-180, 180]. */
function cutPolygon(rings: Position[][]): Position[][][] {
  if (!rings.some(hasJump)) return [rings];
  const unwrapped = rings.map((r) => closeAroundPole(unwrap(r)));
  const pieces: Position[][][] = [];
  for (const dx of WINDOWS) {
    const shifted: Polygon = { type: 'Polygon', coordinates: unwrapped.map((r) => shift(r, dx)) };
    const clipped = bboxClip(shifted, [-180, -90, 180, 90]).geometry;
    const kept = (clipped.coordinates as Position[][]).filter((r) => r.length >= 4);
    if (kept.length > 0 && kept[0]!.length >= 4) pieces.push(kept);
  }
  return pieces;
}

export function cutPolygonsAtAntimeridian(
  geometry: Polygon | MultiPolygon,
): Polygon | MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const cut = polygons.flatMap(cutPolygon);
  return cut.length === 1
    ? { type: 'Polygon', coordinates: cut[0]! }
    : { type: 'MultiPolygon', coordinates: cut };
}

/** Splits lines where they cross the antimeridian, adding the crossing point on both sides. */
export function cutLinesAtAntimeridian(geometry: LineString | MultiLineString): MultiLineString {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][] = [];
  for (const line of lines) {
    let current: Position[] = [];
    line.forEach((p, i) => {
      const prev = line[i - 1];
      if (prev && Math.abs(p[0]! - prev[0]!) > 180) {
        const side = prev[0]! > 0 ? 180 : -180;
        const nextLon = p[0]! + (side > 0 ? 360 : -360);
        const t = (side - prev[0]!) / (nextLon - prev[0]!);
        const lat = prev[1]! + t * (p[1]! - prev[1]!);
        current.push([side, lat]);
        if (current.length >= 2) out.push(current);
        current = [[-side, lat]];
      }
      current.push([p[0]!, p[1]!]);
    });
    if (current.length >= 2) out.push(current);
  }
  return { type: 'MultiLineString', coordinates: out };
}

export const crossesAntimeridian = hasJump;
