// The comparison's own lines on the right side of every border and sea, checked against Natural
// Earth 1:50m like the corridor: the Northern route's rail in its countries, ships off land.
import { lineString, pointToLineDistance } from '@turf/turf';
import { describe, expect, test } from 'vitest';
import { lineLengthKm, parseCorridor, type LngLat } from '../../src/lib/geo/index';
import type { ComparisonLine } from '../../src/lib/geo/comparison-types';
import { parseComparison } from '../../src/lib/geo/read-comparison';
import { strays } from './countries';
import { GEO_DIR, readGeoDir } from '../../scripts/geo-files.ts';

const sources = readGeoDir(GEO_DIR);
const corridor = parseCorridor(sources);
const comparison = parseComparison(sources, corridor);
const end = (id: string) => {
  const at = comparison.places.get(id) ?? corridor.nodes.get(id);
  if (!at) throw new Error(`no place ${id}`);
  return at;
};

/** Natural Earth 1:50m draws the Suez Canal as land: Suez – Ismailia – Port Said. */
const SUEZ_CANAL = lineString([
  [32.56, 29.93],
  [32.3, 30.6],
  [32.33, 31.27],
]);
const inSuezCanal = (p: LngLat) => pointToLineDistance(p, SUEZ_CANAL, { units: 'kilometers' }) <= 5;

const check = (l: ComparisonLine) => strays({ ...l, ends: [end(l.from), end(l.to)] }, inSuezCanal);

describe.each(comparison.lines.map((l) => [l.id, l] as const))('%s', (_, l) => {
  test(l.mode === 'rail' ? 'stays in the countries it runs through' : 'stays at sea', () => {
    expect(check(l)).toEqual([]);
  });
});

describe('the check itself can fail', () => {
  const redrawn = (id: string, move: (p: LngLat) => LngLat): ComparisonLine => {
    const line = comparison.lines.find((l) => l.id === id);
    if (!line) throw new Error(`no line ${id}`);
    const coordinates = line.coordinates.map(move);
    return { ...line, coordinates, lengthKm: lineLengthKm(coordinates) };
  };

  test('Brest – Małaszewicze moved 130 km south-east is caught in Ukraine', () => {
    const bad = check(redrawn('brest-malaszewicze', ([x, y]) => [x + 1.5, y - 1]));
    expect(bad.some((b) => b.includes('Ukraine'))).toBe(true);
  });

  test('the Suez route pushed 1° east is caught on land (Arabia, Sinai)', () => {
    const bad = check(redrawn('sea-suez', ([x, y]) => [x + 1, y]));
    expect(bad.length).toBeGreaterThan(0);
  });
});
