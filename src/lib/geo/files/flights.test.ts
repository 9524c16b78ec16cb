import { expect, test } from 'vitest';
import { greatCircleKm } from '../measure';
import { readFlights } from './flights';
import { readNodes } from './nodes';
import { readPassages } from './passages';
import { ANY_DECLARED, geoJson, geoText, run } from './testing';

const nodes = run((p) => readNodes(p, geoJson('nodes.geojson'))).value!;
const passages = run((p) =>
  readPassages(p, geoJson('passages.json'), geoText['article.txt']),
).value;
type Entry = Record<string, unknown> & { id: string; from: string; to: string };

test('every flight reads as a generated great-circle arc between its airports', () => {
  const json = geoJson('flights.json') as Entry[];
  const { value, problems } = run((p) => readFlights(p, json, nodes, passages, ANY_DECLARED));
  expect(problems).toEqual([]);
  expect(value!.map((f) => f.id)).toEqual(json.map((f) => f.id));
  for (const f of value!) {
    const direct = greatCircleKm(nodes.get(f.from)!.coordinates, nodes.get(f.to)!.coordinates);
    expect(f.lengthKm).toBeCloseTo(direct, 0);
  }
});

test('a carrier with a date that is not ISO is reported on its field', () => {
  const json = geoJson('flights.json') as (Entry & { carriers: Record<string, unknown>[] })[];
  json[0]!.carriers[0]!.resumed = 'soon';
  const { problems } = run((p) => readFlights(p, json, nodes, passages, ANY_DECLARED));
  expect(problems).toEqual([
    {
      file: 'flights.json',
      id: json[0]!.id,
      field: 'carriers[0].resumed',
      message: expect.stringContaining('ISO date'),
    },
  ]);
});
