import { expect, test } from 'vitest';
import { readNodes } from './nodes';
import { readPassages } from './passages';
import { readRoutes } from './routes';
import { readSegments } from './segments';
import { ANY_DECLARED, geoJson, geoText, run } from './testing';

const nodes = run((p) => readNodes(p, geoJson('nodes.geojson'))).value;
const passages = run((p) =>
  readPassages(p, geoJson('passages.json'), geoText['article.txt']),
).value;
const routes = run((p) => readRoutes(p, geoJson('routes.json'), nodes, ANY_DECLARED)).value;
type Collection = { features: { properties: Record<string, unknown> }[] };

test('every segment of segments.geojson reads, with its Turf length', () => {
  const json = geoJson('segments.geojson') as Collection;
  const { value, problems } = run((p) =>
    readSegments(p, json, nodes, routes, passages, ANY_DECLARED),
  );
  expect(problems).toEqual([]);
  expect(value!.map((s) => s.id)).toEqual(json.features.map((f) => f.properties.id));
  for (const s of value!) expect(s.lengthKm).toBeGreaterThan(0);
});

test('a segment from an airport is reported on its field', () => {
  const json = geoJson('segments.geojson') as Collection;
  const airport = [...nodes!.values()].find((n) => n.kind === 'airport')!;
  const segment = json.features[0]!.properties;
  segment.from = airport.id;
  const { value, problems } = run((p) =>
    readSegments(p, json, nodes, routes, passages, ANY_DECLARED),
  );
  expect(value!.some((s) => s.id === segment.id)).toBe(false);
  expect(problems).toContainEqual({
    file: 'segments.geojson',
    id: segment.id,
    field: 'properties.from',
    message: expect.stringContaining('is an airport'),
  });
});
