// Every drawn line on the right side of every border and sea, checked against Natural Earth
// 1:50m countries (world-atlas). Rail must stay in the countries it runs through; ferries must
// stay at sea (the Caspian is water in these data: no country polygon covers it).
import {
  along,
  bbox,
  booleanPointInPolygon,
  distance,
  lineString,
  pointToPolygonDistance,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { lineLengthKm, parseCorridor, type LngLat, type Segment } from '../../src/lib/geo/index';
import { GEO_DIR, readGeoDir } from '../../scripts/geo-files.ts';

/** ISO 3166-1 alpha-2 → the numeric code world-atlas uses as feature id. */
const NUMERIC: Record<string, string> = {
  AZ: '031',
  CN: '156',
  GE: '268',
  KZ: '398',
  RO: '642',
  TM: '795',
  TR: '792',
};
/** 50m borders and coasts are coarse: rail may stray this far outside its countries. */
const BORDER_TOLERANCE_KM = 3;
/** Ferries may touch land this close to their ports (harbours are finer than 1:50m). */
const PORT_RADIUS_KM = 5;
const STEP_KM = 2;

type Country = { id: string; name: string; shape: Feature<Polygon | MultiPolygon>; box: number[] };
type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
function isCountries(value: unknown): value is Countries {
  if (typeof value !== 'object' || value === null || !('type' in value) || !('objects' in value)) {
    return false;
  }
  const { type, objects } = value;
  return (
    type === 'Topology' && typeof objects === 'object' && objects !== null && 'countries' in objects
  );
}
const atlasFile = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
const atlas: unknown = JSON.parse(fs.readFileSync(atlasFile, 'utf8'));
if (!isCountries(atlas)) throw new Error(`${atlasFile} is not the world-atlas countries topology`);
const topology = atlas;
const countries: Country[] = feature(topology, topology.objects.countries).features.flatMap((f) =>
  f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
    ? [
        {
          id: String(f.id),
          name: f.properties.name,
          shape: { ...f, geometry: f.geometry },
          box: bbox(f),
        },
      ]
    : [],
);
const inBox = ([x, y]: LngLat, b: number[], pad = 0) =>
  x >= (b[0] ?? 0) - pad &&
  x <= (b[2] ?? 0) + pad &&
  y >= (b[1] ?? 0) - pad &&
  y <= (b[3] ?? 0) + pad;
const countriesAt = (p: LngLat) =>
  countries.filter((c) => inBox(p, c.box) && booleanPointInPolygon(p, c.shape));

function samples(s: Segment): { km: number; at: LngLat }[] {
  const line = lineString(s.coordinates.map(([x, y]) => [x, y]));
  const out: { km: number; at: LngLat }[] = [];
  for (let km = 0; km <= s.lengthKm; km += STEP_KM) {
    const [x = 0, y = 0] = along(line, km, { units: 'kilometers' }).geometry.coordinates;
    out.push({ km, at: [x, y] });
  }
  return out;
}

const corridor = parseCorridor(readGeoDir(GEO_DIR));
const node = (id: string) => {
  const n = corridor.nodes.get(id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};

/** Where a segment leaves the land or sea it must stay in: one line per bad sample. */
function strays(s: Segment): string[] {
  const ends = [node(s.from), node(s.to)];
  const where = (p: LngLat, inside: Country[]) =>
    `${p[0].toFixed(3)},${p[1].toFixed(3)} (${inside.map((c) => c.name).join(', ') || 'sea'})`;
  if (s.mode === 'rail') {
    const allowed = new Set([...ends.map((n) => n.country), ...s.countries].map((c) => NUMERIC[c]));
    if (allowed.has(undefined)) throw new Error(`add the numeric code for ${s.id}'s countries`);
    return samples(s).flatMap(({ km, at }) => {
      const inside = countriesAt(at);
      if (inside.some((c) => allowed.has(c.id))) return [];
      const near = countries
        .filter((c) => allowed.has(c.id) && inBox(at, c.box, 0.2))
        .some(
          (c) =>
            pointToPolygonDistance(at, c.shape, { units: 'kilometers' }) <= BORDER_TOLERANCE_KM,
        );
      return near ? [] : [`km ${km}: ${where(at, inside)}`];
    });
  }
  return samples(s).flatMap(({ km, at }) => {
    const nearPort = ends.some(
      (n) => distance(at, n.coordinates, { units: 'kilometers' }) <= PORT_RADIUS_KM,
    );
    const inside = nearPort ? [] : countriesAt(at);
    return inside.length > 0 ? [`km ${km}: ${where(at, inside)}`] : [];
  });
}

describe.each(corridor.segments.map((s) => [s.id, s] as const))('%s', (_, s) => {
  test(s.mode === 'rail' ? 'stays in the countries it runs through' : 'stays at sea', () => {
    expect(strays(s)).toEqual([]);
  });
});

describe('the check itself can fail', () => {
  const withLine = (s: Segment, coordinates: LngLat[]): Segment => ({
    ...s,
    coordinates,
    lengthKm: lineLengthKm(coordinates),
  });
  const straight = (from: string, to: string, mode: Segment['mode']): Segment => {
    const base = corridor.segments.find((x) => x.mode === mode);
    if (!base) throw new Error('missing');
    const line = [node(from).coordinates, node(to).coordinates];
    return withLine({ ...base, id: `${from}-${to}`, from, to, countries: [] }, line);
  };

  test('a straight Shu → Beineu line is caught crossing Uzbekistan', () => {
    const bad = strays(straight('shu', 'beineu', 'rail'));
    expect(bad.some((b) => b.includes('Uzbekistan'))).toBe(true);
  });

  test('a straight Aktau → Alat ferry is caught crossing the Absheron peninsula', () => {
    const bad = strays(straight('aktau', 'alat', 'sea'));
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.every((b) => b.includes('Azerbaijan'))).toBe(true);
  });

  test('one vertex of the real Ganja–Böyük Kəsik line pushed into Armenia is caught', () => {
    const real = corridor.segments.find((x) => x.id === 'ganja-boyuk-kesik');
    if (!real) throw new Error('missing');
    // Akstafa (45.45, 41.12) moved 38 km west-northwest, across the border near Gazakh.
    const moved = real.coordinates.map(([x, y]): LngLat =>
      x === 45.45 && y === 41.12 ? [45.0, 41.15] : [x, y],
    );
    expect(moved).not.toEqual(real.coordinates);
    expect(strays(real)).toEqual([]);
    expect(strays(withLine(real, moved)).some((b) => b.includes('Armenia'))).toBe(true);
  });
});
