import type { CorridorNode, NodeKind } from '../types';
import type { Problem } from '../problems';
import { COUNTRY, GEO_FILES, eachFeature, readGeometry } from './common';

const NODE_KINDS: readonly NodeKind[] = ['city', 'port', 'border', 'junction', 'airport'];

/** nodes.geojson: stations, ports, border crossings and airports as GeoJSON Points. */
export function readNodes(problems: Problem[], value: unknown) {
  const file = GEO_FILES.nodes;
  const nodes = new Map<string, CorridorNode>();
  const read = eachFeature(problems, file, value, ({ reader, obj, props, id, duplicate }) => {
    const coordinates = readGeometry(reader, obj, 'Point', (coords) =>
      reader.position(coords, 'geometry.coordinates'),
    );
    if (props === undefined) return;
    const name = reader.string(props, 'name', 'properties.name');
    const kind = reader.oneOf(props, 'kind', NODE_KINDS, 'properties.kind');
    const country = reader.matching(
      props,
      'country',
      COUNTRY,
      'an ISO 3166-1 alpha-2 code',
      'properties.country',
    );
    const hub = reader.boolean(props, 'hub', false, 'properties.hub');
    const note = reader.optionalString(props, 'note', 'properties.note');
    const label = reader.optionalString(props, 'label', 'properties.label');
    let iata: string | undefined;
    let icao: string | undefined;
    if (kind === 'airport') {
      iata = reader.matching(
        props,
        'iata',
        /^[A-Z]{3}$/,
        'an IATA airport code',
        'properties.iata',
      );
      icao = reader.matching(
        props,
        'icao',
        /^[A-Z]{4}$/,
        'an ICAO airport code',
        'properties.icao',
      );
      if (iata === undefined || icao === undefined) return;
    } else if (kind !== undefined) {
      for (const key of ['iata', 'icao']) {
        if (props[key] !== undefined)
          reader.report(`properties.${key}`, `only airports have one, not a ${kind}`);
      }
    }
    if (
      id === undefined ||
      duplicate ||
      !name ||
      !kind ||
      !country ||
      hub === undefined ||
      !coordinates
    )
      return;
    const node: CorridorNode = { id, name, label: label ?? name, kind, country, coordinates, hub };
    if (iata !== undefined) node.iata = iata;
    if (icao !== undefined) node.icao = icao;
    if (note !== undefined) node.note = note;
    nodes.set(id, node);
  });
  if (!read) return undefined;
  return nodes;
}
