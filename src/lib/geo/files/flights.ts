import { greatCircleArc, lineLengthKm, midpointAlong, boundsAround } from '../measure';
import type { CarrierFact, CorridorNode, Flight, LngLat, Passage } from '../types';
import type { Problem } from '../problems';
import { valueLabel, isObject, type EntryReader, type JsonObject } from '../read';
import {
  GEO_FILES,
  ISO_DATE,
  readNodeRef,
  readPassageRefs,
  type Declared,
  eachEntry,
} from './common';

/** Vertices of a generated flight arc. */
export const FLIGHT_ARC_POINTS = 128;

/** flights.json: direct flights between two airports; their arcs are great circles, generated. */
export function readFlights(
  problems: Problem[],
  value: unknown,
  nodes: Map<string, CorridorNode> | undefined,
  passages: Map<string, Passage> | undefined,
  declared: Declared,
) {
  const file = GEO_FILES.flights;
  const flights: Flight[] = [];
  const read = eachEntry(problems, file, value, ({ reader, obj, id, duplicate }) => {
    const name = reader.string(obj, 'name');
    const ends = (['from', 'to'] as const).map((key) =>
      readNodeRef(reader, obj, key, nodes, declared, { airport: true, field: key }),
    );
    const [from, to] = ends;
    if (from !== undefined && from === to)
      reader.report('to', `must differ from "from" ("${from.id}")`);
    const quoted = readPassageRefs(reader, obj, passages, declared, 'passages');
    const carrierFacts = readCarriers(reader, obj);
    if (!id || duplicate || !name || !from || !to || from === to || !quoted || !carrierFacts)
      return;
    let coordinates: LngLat[];
    try {
      coordinates = greatCircleArc(from.coordinates, to.coordinates, FLIGHT_ARC_POINTS);
    } catch {
      reader.report(
        'to',
        'the great circle crosses the antimeridian, which this map does not draw',
      );
      return;
    }
    flights.push({
      id,
      name,
      from: from.id,
      to: to.id,
      carriers: carrierFacts.map((c) => `${c.name} (${c.iata})`),
      carrierFacts,
      passages: quoted,
      coordinates,
      lengthKm: lineLengthKm(coordinates),
      midpoint: midpointAlong(coordinates),
      bounds: boundsAround(coordinates),
    });
  });
  if (!read) return undefined;
  return flights;
}

function readCarriers(reader: EntryReader, obj: JsonObject): CarrierFact[] | undefined {
  const list = obj.carriers;
  if (!Array.isArray(list) || list.length === 0) {
    reader.report(
      'carriers',
      list === undefined ? 'is missing' : 'must be a non-empty array of carriers',
    );
    return undefined;
  }
  const carriers: CarrierFact[] = [];
  list.forEach((c: unknown, i) => {
    const field = `carriers[${i}]`;
    if (!isObject(c)) {
      reader.report(field, `must be an object, not ${valueLabel(c)}`);
      return;
    }
    const name = reader.string(c, 'name', `${field}.name`);
    const iata = reader.matching(
      c,
      'iata',
      /^[A-Z0-9]{2}$/,
      'an IATA airline designator',
      `${field}.iata`,
    );
    const resumed = reader.matching(
      c,
      'resumed',
      ISO_DATE,
      'an ISO date (YYYY-MM-DD)',
      `${field}.resumed`,
    );
    const flightNumbers = reader.strings(c, 'flightNumbers', false, `${field}.flightNumbers`);
    const note = reader.optionalString(c, 'note', `${field}.note`);
    if (!name || !iata || !resumed || !flightNumbers) return;
    const fact: CarrierFact = { name, iata, flightNumbers, resumed };
    if (note !== undefined) fact.note = note;
    carriers.push(fact);
  });
  return carriers.length === list.length ? carriers : undefined;
}
