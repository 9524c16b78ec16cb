import type { FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

export interface CountryProps {
  name: string;
  rank: number;
}

export interface BasemapData {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  coast: FeatureCollection<MultiLineString>;
  borders: FeatureCollection<MultiLineString>;
  countryLabels: FeatureCollection<Point, CountryProps>;
}

function collection<G extends GeometryObject>(topo: Topology, name: string) {
  const object = topo.objects[name];
  if (!object) throw new Error(`The embedded basemap has no "${name}" layer.`);
  const result = feature(topo, object as G);
  return result.type === 'FeatureCollection'
    ? result
    : ({ type: 'FeatureCollection', features: [result] } as const);
}

/** Decodes the embedded TopoJSON (see scripts/basemap) into the GeoJSON the style draws. */
export function decodeBasemap(topo: Topology): BasemapData {
  return {
    countries: collection(topo, 'countries') as BasemapData['countries'],
    coast: collection(topo, 'coast') as BasemapData['coast'],
    borders: collection(topo, 'borders') as BasemapData['borders'],
    countryLabels: collection(topo, 'labels') as BasemapData['countryLabels'],
  };
}
