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
 * A screen point on a line where a click can only mean that line: the first of a few positions
 * along it where the map's own hit test finds that feature and nothing else interactive.
 */
export async function clickablePoint(
  page: Page,
  coordinates: readonly LngLat[],
  id: string,
): Promise<{ x: number; y: number }> {
  for (const fraction of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const lngLat = pointAlong(coordinates, fraction);
    const found = await page.evaluate(
      ({ lngLat, id }) => {
        const map = window.map!;
        const p = map.project(lngLat);
        const { width, height } = map.getCanvas().getBoundingClientRect();
        if (p.x < 20 || p.y < 20 || p.x > width - 20 || p.y > height - 20) return null;
        const layers = ['nodes', 'route-hit', 'flights-hit'];
        const box: [[number, number], [number, number]] = [
          [p.x - 12, p.y - 12],
          [p.x + 12, p.y + 12],
        ];
        const ids = new Set(map.queryRenderedFeatures(box, { layers }).map((f) => f.properties.id));
        if (ids.size !== 1 || !ids.has(id)) return null;
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: p.x + rect.left, y: p.y + rect.top };
      },
      { lngLat, id },
    );
    if (found) return found;
  }
  throw new Error(`no point on ${id} can be clicked without touching something else`);
}
