import { along, bbox, distance, greatCircle, length, lineString } from '@turf/turf';
import type { Bounds, LngLat } from './types';

// What Turf measures on a line: lengths, arcs, midpoints and boxes on its sphere, apart from the
// corridor's totals (distance.ts). The build measures the corridor with these (a line's length,
// midpoint and box travel with it); in the page only the comparison does, so Turf loads with the
// comparison and not with the page's first view.

/** A polyline as Turf takes it. */
function toLine(coordinates: readonly LngLat[]) {
  return lineString(coordinates.map(([lon, lat]) => [lon, lat]));
}

/** Length of a polyline along the ellipsoid-free Turf sphere, in kilometres. */
export function lineLengthKm(coordinates: readonly LngLat[]): number {
  return length(toLine(coordinates), { units: 'kilometers' });
}

/** Great-circle distance between two positions (haversine, Turf's mean Earth radius). */
export function greatCircleKm(from: LngLat, to: LngLat): number {
  return distance(from, to, { units: 'kilometers' });
}

/** The great-circle arc between two positions, as drawn for a flight. */
export function greatCircleArc(from: LngLat, to: LngLat, npoints = 128): LngLat[] {
  const arc = greatCircle([...from], [...to], { npoints });
  if (arc.geometry.type !== 'LineString') {
    throw new RangeError('the great circle crosses the antimeridian: not supported');
  }
  return arc.geometry.coordinates.map(([lon, lat]): LngLat => [lon ?? 0, lat ?? 0]);
}

/** A hundred-thousandth of a degree: about a metre, as fine as a popup's anchor needs. */
const METRE_DEGREES = 1e5;

/** The position halfway along a polyline, on the same sphere, to about a metre. */
export function midpointAlong(coordinates: readonly LngLat[]): LngLat {
  const line = toLine(coordinates);
  const [lon, lat] = along(line, length(line) / 2).geometry.coordinates;
  const round = (x = 0) => Math.round(x * METRE_DEGREES) / METRE_DEGREES;
  return [round(lon), round(lat)];
}

/** The box around a polyline. */
export function boundsAround(coordinates: readonly LngLat[]): Bounds {
  const [west, south, east, north] = bbox(toLine(coordinates));
  return [
    [west, south],
    [east, north],
  ];
}
