// The corridor as the app sees it, read in Node from geo/ with the same core, and a way to find a
// point on a line that a click can only mean that line: for the e2e tests and the benchmark.
import { along, length, lineString } from '@turf/turf';
import type { Page } from 'playwright-core';
import { parseCorridor, type LngLat } from '../src/lib/geo/index.ts';
import { GEO_DIR, readGeoDir } from './geo-files.ts';

export const corridor = parseCorridor(readGeoDir(GEO_DIR));

export function pointAlong(coordinates: readonly LngLat[], fraction: number): [number, number] {
  const line = lineString(coordinates.map(([x, y]) => [x, y]));
  const [x, y] = along(line, length(line) * fraction).geometry.coordinates;
  return [x!, y!];
}

/**
 * Run in the page: the screen point of `lngLat` if a click there can only mean feature `id`
 * (the map's own hit test finds it and nothing else interactive, and nothing covers the map
 * there), else null.
 */
export function clickableInPage({
  lngLat,
  id,
}: {
  lngLat: [number, number];
  id: string;
}): { x: number; y: number } | null {
  const map = window.map!;
  const p = map.project(lngLat);
  const rect = map.getCanvas().getBoundingClientRect();
  if (p.x < 20 || p.y < 20 || p.x > rect.width - 20 || p.y > rect.height - 20) return null;
  const at = { x: p.x + rect.left, y: p.y + rect.top };
  if (document.elementFromPoint(at.x, at.y) !== map.getCanvas()) return null;
  const layers = ['nodes', 'route-hit', 'flights-hit'];
  const box: [[number, number], [number, number]] = [
    [p.x - 12, p.y - 12],
    [p.x + 12, p.y + 12],
  ];
  const ids = new Set(map.queryRenderedFeatures(box, { layers }).map((f) => f.properties.id));
  return ids.size === 1 && ids.has(id) ? at : null;
}

/** Where along a line `clickablePoint` looks, middle first. */
export const CLICK_FRACTIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];

/** A screen point on a line where a click can only mean that line (see `clickableInPage`). */
export async function clickablePoint(
  page: Page,
  coordinates: readonly LngLat[],
  id: string,
): Promise<{ x: number; y: number }> {
  for (const fraction of CLICK_FRACTIONS) {
    const lngLat = pointAlong(coordinates, fraction);
    const found = await page.evaluate(clickableInPage, { lngLat, id });
    if (found) return found;
  }
  throw new Error(`no point on ${id} can be clicked without touching something else`);
}
