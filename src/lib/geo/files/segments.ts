import { lineLengthKm, midpointAlong, boundsAround } from '../measure';
import { checkEnds, checkRailLegs } from '../rules';
import type { CorridorNode, Passage, RouteInfo, Segment, SegmentMode } from '../types';
import type { Problem } from '../problems';
import { valueLabel } from '../read';
import {
  COUNTRY,
  GEO_FILES,
  eachFeature,
  readGeometry,
  readLine,
  readNodeRef,
  readPassageRefs,
  type Declared,
} from './common';

const MODES: readonly SegmentMode[] = ['rail', 'sea'];

/** segments.geojson: rail and sea segments as GeoJSON LineStrings between two nodes. */
export function readSegments(
  problems: Problem[],
  value: unknown,
  nodes: Map<string, CorridorNode> | undefined,
  routes: RouteInfo[] | undefined,
  passages: Map<string, Passage> | undefined,
  declared: Declared,
) {
  const file = GEO_FILES.segments;
  const segments: Segment[] = [];
  const read = eachFeature(problems, file, value, ({ reader, obj, props, id, duplicate }) => {
    const coordinates = readGeometry(reader, obj, 'LineString', (coords) =>
      readLine(reader, coords),
    );
    if (props === undefined) return;
    const name = reader.string(props, 'name', 'properties.name');
    const mode = reader.oneOf(props, 'mode', MODES, 'properties.mode');
    const from = readNodeRef(reader, props, 'from', nodes, declared);
    const to = readNodeRef(reader, props, 'to', nodes, declared);
    if (from !== undefined && from === to)
      reader.report('properties.to', `must differ from "from" ("${from.id}")`);
    const route = reader.string(props, 'route', 'properties.route');
    const knownRoute = route === undefined || (routes?.some((r) => r.id === route) ?? true);
    if (route !== undefined && !knownRoute && !declared.routes.has(route)) {
      reader.report('properties.route', `unknown route "${route}" (not in ${GEO_FILES.routes})`);
    }
    const quoted = readPassageRefs(reader, props, passages, declared);
    const countries = reader.strings(props, 'countries', false, 'properties.countries');
    countries?.forEach((c, ci) => {
      if (!COUNTRY.test(c))
        reader.report(
          `properties.countries[${ci}]`,
          `${valueLabel(c)} is not an ISO 3166-1 alpha-2 code`,
        );
    });
    if (coordinates !== undefined) {
      if (from !== undefined && to !== undefined) checkEnds(reader, coordinates, from, to);
      if (mode === 'rail') checkRailLegs(reader, coordinates);
    }
    if (
      !id ||
      duplicate ||
      !name ||
      !mode ||
      !from ||
      !to ||
      !route ||
      !knownRoute ||
      !quoted ||
      !countries ||
      !coordinates
    ) {
      return;
    }
    const lengthKm = lineLengthKm(coordinates);
    segments.push({
      id,
      name,
      mode,
      from: from.id,
      to: to.id,
      route,
      passages: quoted,
      countries,
      coordinates,
      lengthKm,
      midpoint: midpointAlong(coordinates),
      bounds: boundsAround(coordinates),
    });
  });
  if (!read) return undefined;
  return segments;
}
