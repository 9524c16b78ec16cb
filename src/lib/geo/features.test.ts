import { expect, test } from 'vitest';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../scripts/geo-files.ts';
import { flightFeatures, nodeFeatures, segmentFeatures } from './features';
import { parseCorridor } from './parse';

const corridor = deepFreeze(parseCorridor(readGeoDir(GEO_DIR)));

test('every feature has a unique string id property (promoteId: "id")', () => {
  for (const fc of [segmentFeatures(corridor), flightFeatures(corridor), nodeFeatures(corridor)]) {
    const ids = fc.features.map((f) => f.properties.id);
    expect(ids.every((id) => typeof id === 'string' && id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  }
});

test('segments carry mode, route and whether they are on the main line', () => {
  const fc = segmentFeatures(corridor);
  expect(fc.features).toHaveLength(corridor.segments.length);
  const main = new Set(corridor.routes.filter((r) => r.main).map((r) => r.id));
  for (const [i, s] of corridor.segments.entries()) {
    expect(fc.features[i]!.properties).toEqual({
      id: s.id,
      name: s.name,
      mode: s.mode,
      route: s.route,
      main: main.has(s.route),
    });
    expect(fc.features[i]!.geometry.coordinates).toEqual(s.coordinates);
  }
  expect(fc.features.some((f) => f.properties.main)).toBe(true);
  expect(fc.features.some((f) => !f.properties.main)).toBe(true);
});

test('flights are air arcs and nodes are points', () => {
  const flights = flightFeatures(corridor);
  expect(flights.features.map((f) => f.properties)).toEqual(
    corridor.flights.map((f) => ({ id: f.id, name: f.name, mode: 'air' })),
  );
  expect(flights.features[0]?.geometry.coordinates.length).toBeGreaterThan(50);
  const nodes = nodeFeatures(corridor);
  expect(nodes.features).toHaveLength(corridor.nodes.size);
  for (const [i, n] of [...corridor.nodes.values()].entries()) {
    expect(nodes.features[i]).toEqual({
      type: 'Feature',
      properties: { id: n.id, name: n.name, label: n.label, kind: n.kind, hub: n.hub },
      geometry: { type: 'Point', coordinates: n.coordinates },
    });
  }
});

test("lines share the corridor's positions: the page only reads them, and copies none", () => {
  const fc = segmentFeatures(corridor);
  for (const [i, s] of corridor.segments.entries())
    expect(fc.features[i]!.geometry.coordinates).toBe(s.coordinates);
  const flights = flightFeatures(corridor);
  for (const [i, f] of corridor.flights.entries())
    expect(flights.features[i]!.geometry.coordinates).toBe(f.coordinates);
});

test('airports carry their short map label when nodes.geojson gives one, other nodes their name', () => {
  type Props = { id: string; name: string; label?: string };
  const json = JSON.parse(readGeoDir(GEO_DIR)['nodes.geojson']!) as {
    features: { properties: Props }[];
  };
  const byId = new Map(nodeFeatures(corridor).features.map((f) => [f.properties.id, f.properties]));
  for (const { properties: p } of json.features) {
    expect(byId.get(p.id)?.label).toBe(p.label ?? p.name);
  }
  expect(json.features.some((f) => f.properties.label !== undefined)).toBe(true);
});
