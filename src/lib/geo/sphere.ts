import { distance, greatCircle, length, lineString } from '@turf/turf';
import type { LngLat } from './types';

// Lengths and arcs on Turf's sphere, apart from the corridor's totals (distance.ts): the build
// measures the corridor with these, and in the page only the comparison does, so Turf's great
// circle loads with the comparison and not with the page's shell.

/** Length of a polyline along the ellipsoid-free Turf sphere, in kilometres. */
export function lineLengthKm(coordinates: readonly LngLat[]): number {
  return length(lineString(coordinates.map(([lon, lat]) => [lon, lat])), { units: 'kilometers' });
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
