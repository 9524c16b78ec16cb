import { expect, test } from 'vitest';
import { readNodes } from './nodes';
import { readRoutes } from './routes';
import { ANY_DECLARED, geoJson, run } from './testing';

const nodes = run((p) => readNodes(p, geoJson('nodes.geojson'))).value;

test('every route of routes.json reads, one of them the main line', () => {
  const json = geoJson('routes.json') as { id: string }[];
  const { value, problems } = run((p) => readRoutes(p, json, nodes, ANY_DECLARED));
  expect(problems).toEqual([]);
  expect(value!.map((r) => r.id)).toEqual(json.map((r) => r.id));
});

test('two main lines are one problem on the file', () => {
  const json = (geoJson('routes.json') as object[]).map((r) => ({ ...r, main: true }));
  const { problems } = run((p) => readRoutes(p, json, nodes, ANY_DECLARED));
  expect(problems).toContainEqual({
    file: 'routes.json',
    field: 'main',
    message: expect.stringContaining(`found ${json.length}`),
  });
});
