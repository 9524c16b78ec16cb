import type { Feature, FeatureCollection, Geometry, Point, Polygon, MultiPolygon } from 'geojson';
import type { LineString, MultiLineString } from 'geojson';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The basemap's own content in geo/basemap/: the region's lakes and rivers (Natural Earth, see
 * geo/README.md) and the hand-placed sea names. Each file is checked here, once, with an error
 * that names the file, the feature and the field.
 */

const DIR = fileURLToPath(new URL('../../geo/basemap/', import.meta.url));

export interface NamedProps {
  name: string | null;
  rank: number;
}

type Check<G extends Geometry> = (g: Geometry) => g is G;

const isPoint: Check<Point> = (g): g is Point => g.type === 'Point';
const isArea: Check<Polygon | MultiPolygon> = (g): g is Polygon | MultiPolygon =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';
const isLine: Check<LineString | MultiLineString> = (g): g is LineString | MultiLineString =>
  g.type === 'LineString' || g.type === 'MultiLineString';

function positions(g: Geometry): number[][] {
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(positions);
  const flat = (c: unknown): number[][] =>
    Array.isArray(c) && typeof c[0] === 'number' ? [c as number[]] : (c as unknown[]).flatMap(flat);
  return flat(g.coordinates);
}

/** Checks every feature's geometry, name and rank; `file` names the data in errors. */
export function validateNamed<G extends Geometry>(
  data: FeatureCollection,
  file: string,
  check: Check<G>,
  rankField: string,
): FeatureCollection<G, NamedProps> {
  if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features))
    throw new Error(`geo/basemap/${file}: not a GeoJSON FeatureCollection`);
  const features = data.features.map((f: Feature, i): Feature<G, NamedProps> => {
    const props = f.properties ?? {};
    const where = `geo/basemap/${file}: feature ${i} (${String(props.name ?? 'unnamed')})`;
    if (!f.geometry || !check(f.geometry))
      throw new Error(`${where}: field "geometry" has type ${f.geometry?.type}`);
    for (const [lng, lat] of positions(f.geometry))
      if (!(Math.abs(lng!) <= 180 && Math.abs(lat!) <= 90))
        throw new Error(`${where}: field "geometry" has a position out of range (${lng}, ${lat})`);
    const name: unknown = props.name ?? null;
    if (name !== null && (typeof name !== 'string' || name.trim() !== name || name === ''))
      throw new Error(`${where}: field "name" must be a trimmed, non-empty string or null`);
    const rank: unknown = props[rankField];
    if (typeof rank !== 'number' || !Number.isFinite(rank))
      throw new Error(`${where}: field "${rankField}" must be a number`);
    return {
      type: 'Feature',
      properties: { name: name as string | null, rank },
      geometry: f.geometry,
    };
  });
  return { type: 'FeatureCollection', features };
}

const read = (file: string) => JSON.parse(readFileSync(DIR + file, 'utf8')) as FeatureCollection;

export const validateLakes = (data: FeatureCollection, file = 'lakes.geojson') =>
  validateNamed(data, file, isArea, 'scalerank');
export const readLakes = () => validateLakes(read('lakes.geojson'));
export const readRivers = () =>
  validateNamed(read('rivers.geojson'), 'rivers.geojson', isLine, 'rank');
export const readSeaLabels = () =>
  validateNamed(read('sea-labels.json'), 'sea-labels.json', isPoint, 'rank');
