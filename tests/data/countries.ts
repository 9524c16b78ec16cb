// Natural Earth 1:50m countries (world-atlas), cut at the antimeridian, for the geography tests:
// which countries a point lies in, how far it is from one, and samples along a line.
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
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { cutPolygonsAtAntimeridian } from '../../scripts/basemap/antimeridian';
import type { LngLat } from '../../src/lib/geo/index';

/** ISO 3166-1 alpha-2 → the numeric code world-atlas uses as feature id. */
export const NUMERIC: Readonly<Record<string, string>> = {
  AZ: '031',
  BY: '112',
  CN: '156',
  DE: '276',
  GE: '268',
  KZ: '398',
  NL: '528',
  PL: '616',
  RO: '642',
  RU: '643',
  TM: '795',
  TR: '792',
};

export type Country = {
  id: string;
  name: string;
  shape: Feature<Polygon | MultiPolygon>;
  box: number[];
};
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
// Rings that cross the antimeridian (Fiji, Chukotka) would otherwise cover a band round the world.
export const countries: Country[] = feature(topology, topology.objects.countries).features.flatMap(
  (f) => {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return [];
    const shape = { ...f, geometry: cutPolygonsAtAntimeridian(f.geometry) };
    return [{ id: String(f.id), name: f.properties.name, shape, box: bbox(shape) }];
  },
);

export const inBox = ([x, y]: LngLat, b: number[], pad = 0) =>
  x >= (b[0] ?? 0) - pad &&
  x <= (b[2] ?? 0) + pad &&
  y >= (b[1] ?? 0) - pad &&
  y <= (b[3] ?? 0) + pad;

export const countriesAt = (p: LngLat) =>
  countries.filter((c) => inBox(p, c.box) && booleanPointInPolygon(p, c.shape));

/** True when `p` lies within `km` of one of the countries with these world-atlas ids. */
export const nearCountry = (p: LngLat, ids: ReadonlySet<string | undefined>, km: number) =>
  countries
    .filter((c) => ids.has(c.id) && inBox(p, c.box, 0.2))
    .some((c) => pointToPolygonDistance(p, c.shape, { units: 'kilometers' }) <= km);

/** A position every `stepKm` along a line, from its start. */
export function samplesAlong(
  coordinates: readonly LngLat[],
  lengthKm: number,
  stepKm: number,
): { km: number; at: LngLat }[] {
  const line = lineString(coordinates.map(([x, y]) => [x, y]));
  const out: { km: number; at: LngLat }[] = [];
  for (let km = 0; km <= lengthKm; km += stepKm) {
    const [x = 0, y = 0] = along(line, km, { units: 'kilometers' }).geometry.coordinates;
    out.push({ km, at: [x, y] });
  }
  return out;
}

/** `12.345,67.890 (Uzbekistan)` or `(sea)`: where a stray sample lies, for messages. */
export const describeAt = (p: LngLat, inside: Country[]) =>
  `${p[0].toFixed(3)},${p[1].toFixed(3)} (${inside.map((c) => c.name).join(', ') || 'sea'})`;

/**
 * 50m borders and coasts are coarse: rail may stray this far outside its countries (the shore
 * track west of Gebze, on OpenStreetMap's ways, lies 3.02 km off Natural Earth's Turkey).
 */
export const BORDER_TOLERANCE_KM = 3.5;
/** Ships may touch land this close to their ports (harbours are finer than 1:50m). */
export const PORT_RADIUS_KM = 5;
export const STEP_KM = 2;

/** A drawn line and what it must respect: its mode, its end places and the countries it crosses. */
export interface Drawn {
  id: string;
  mode: 'rail' | 'sea';
  coordinates: readonly LngLat[];
  lengthKm: number;
  ends: readonly { coordinates: LngLat; country: string }[];
  /** Countries the line may cross besides its ends' countries (rail). */
  countries: readonly string[];
}

/**
 * Where a line leaves the land or sea it must stay in, one message per bad sample: rail must
 * stay in its countries (± the border tolerance), ships off land except near their ports and
 * where `landAllowed` says so (a canal).
 */
export function strays(line: Drawn, landAllowed: (p: LngLat) => boolean = () => false): string[] {
  const samples = samplesAlong(line.coordinates, line.lengthKm, STEP_KM);
  if (line.mode === 'rail') {
    const codes = [...line.ends.map((n) => n.country), ...line.countries];
    const allowed = new Set(codes.map((c) => NUMERIC[c]));
    if (allowed.has(undefined)) throw new Error(`add the numeric code for ${line.id}'s countries`);
    return samples.flatMap(({ km, at }) => {
      const inside = countriesAt(at);
      if (inside.some((c) => allowed.has(c.id))) return [];
      return nearCountry(at, allowed, BORDER_TOLERANCE_KM)
        ? []
        : [`km ${km}: ${describeAt(at, inside)}`];
    });
  }
  return samples.flatMap(({ km, at }) => {
    const nearPort = line.ends.some(
      (n) => distance(at, n.coordinates, { units: 'kilometers' }) <= PORT_RADIUS_KM,
    );
    const inside = nearPort || landAllowed(at) ? [] : countriesAt(at);
    return inside.length > 0 ? [`km ${km}: ${describeAt(at, inside)}`] : [];
  });
}
