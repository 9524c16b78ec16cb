import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { feature, merge, mesh } from 'topojson-client';
import { area, centerOfMass, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cutLinesAtAntimeridian, cutPolygonsAtAntimeridian } from './antimeridian.ts';

/**
 * The embedded basemap's layers, as GeoJSON, from Natural Earth 1:50m admin-0 countries
 * (world-atlas on npm): country polygons, coastlines, land borders and one label point per
 * country, cut at the antimeridian; plus the region's lakes and rivers and the sea names kept in
 * geo/basemap/. scripts/basemap/tiles.ts cuts them into vector tiles.
 */

export interface CountryProps {
  name: string;
  /** 1 = largest; labels of higher ranks appear at higher zooms. */
  rank: number;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const require = createRequire(import.meta.url);

export function loadNaturalEarth(resolution: '50m' | '110m' = '50m'): CountriesTopology {
  const file = require.resolve(`world-atlas/countries-${resolution}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology;
}

/** Rank by area in km², so the map can hide small countries' names at low zooms. */
function rankOf(areaKm2: number): number {
  if (areaKm2 > 1_500_000) return 1;
  if (areaKm2 > 250_000) return 2;
  if (areaKm2 > 40_000) return 3;
  return 4;
}

function largestPolygon(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  const polygons = geometry.coordinates.map((coordinates): Polygon => ({
    type: 'Polygon',
    coordinates,
  }));
  return polygons.reduce((a, b) => (area(b) > area(a) ? b : a));
}

function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const main = largestPolygon(geometry);
  const center = centerOfMass(main);
  const point = booleanPointInPolygon(center, main) ? center : pointOnFeature(main);
  const [lng, lat] = point.geometry.coordinates;
  return [Math.round(lng! * 100) / 100, Math.round(lat! * 100) / 100];
}

export interface BasemapLayers {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  /** All countries merged: the land fill needs no border inside it. */
  land: FeatureCollection<Polygon | MultiPolygon>;
  coast: FeatureCollection<MultiLineString>;
  borders: FeatureCollection<MultiLineString>;
  countryLabels: FeatureCollection<Point, CountryProps>;
}

export function buildCountries(source: CountriesTopology = loadNaturalEarth()): BasemapLayers {
  const raw = feature(source, source.objects.countries);
  const countries: FeatureCollection<Polygon | MultiPolygon, CountryProps> = {
    type: 'FeatureCollection',
    features: [],
  };
  const labels: FeatureCollection<Point, CountryProps> = {
    type: 'FeatureCollection',
    features: [],
  };
  for (const f of raw.features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const geometry = cutPolygonsAtAntimeridian(g);
    const name = f.properties?.name ?? '';
    const rank = rankOf(area(geometry) / 1e6);
    countries.features.push({ type: 'Feature', properties: { name, rank }, geometry });
    if (name) {
      labels.features.push({
        type: 'Feature',
        properties: { name, rank },
        geometry: { type: 'Point', coordinates: labelPoint(geometry) },
      });
    }
  }
  const line = (geometry: MultiLineString): Feature<MultiLineString> => ({
    type: 'Feature',
    properties: {},
    geometry: cutLinesAtAntimeridian(geometry),
  });
  const lines = (filter: (a: unknown, b: unknown) => boolean) =>
    collection([line(mesh(source, source.objects.countries, filter))]);
  const areas = source.objects.countries.geometries.filter(
    (g): g is TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }> =>
      g.type === 'Polygon' || g.type === 'MultiPolygon',
  );
  const land = cutPolygonsAtAntimeridian(merge(source, areas));
  return {
    countries,
    land: collection([{ type: 'Feature', properties: {}, geometry: land }]),
    coast: lines((a, b) => a === b),
    borders: lines((a, b) => a !== b),
    countryLabels: labels,
  };
}

const collection = <G extends Feature['geometry'], P>(
  features: Feature<G, P>[],
): FeatureCollection<G, P> => ({ type: 'FeatureCollection', features });
