import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { area, centerOfMass, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cutLinesAtAntimeridian, cutPolygonsAtAntimeridian } from './antimeridian.ts';

/**
 * Builds the embedded basemap from Natural Earth 1:50m admin-0 countries (world-atlas on npm):
 * country polygons, coastlines, land borders and one label point per country, cut at the
 * antimeridian and re-encoded as a quantised TopoJSON (a third of the size of GeoJSON).
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

export function buildBasemap(source: CountriesTopology = loadNaturalEarth()): Topology {
  const raw = feature(source, source.objects.countries);
  const countries: FeatureCollection<Polygon | MultiPolygon, CountryProps> = {
    type: 'FeatureCollection',
    features: [],
  };
  const labels: FeatureCollection = { type: 'FeatureCollection', features: [] };
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
  const coast = line(mesh(source, source.objects.countries, (a, b) => a === b));
  const borders = line(mesh(source, source.objects.countries, (a, b) => a !== b));
  const topo = topology({ countries, coast, borders, labels }, 1e5);
  delete topo.bbox;
  return topo;
}
