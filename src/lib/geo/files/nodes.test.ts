import { expect, test } from 'vitest';
import { readNodes } from './nodes';
import { geoJson, run } from './testing';

type Collection = { features: { properties: Record<string, unknown> }[] };

test('every node of nodes.geojson reads', () => {
  const json = geoJson('nodes.geojson') as Collection;
  const { value, problems } = run((p) => readNodes(p, json));
  expect(problems).toEqual([]);
  expect([...value!.keys()]).toEqual(json.features.map((f) => f.properties.id));
});

test('an airport without its IATA code is reported and left out', () => {
  const json = geoJson('nodes.geojson') as Collection;
  const airport = json.features.find((f) => f.properties.kind === 'airport')!;
  delete airport.properties.iata;
  const { value, problems } = run((p) => readNodes(p, json));
  expect(value!.has(airport.properties.id as string)).toBe(false);
  expect(problems).toEqual([
    {
      file: 'nodes.geojson',
      id: airport.properties.id,
      field: 'properties.iata',
      message: 'is missing',
    },
  ]);
});
