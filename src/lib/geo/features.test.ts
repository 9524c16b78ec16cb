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
  const ferry = fc.features.find((f) => f.properties.id === 'aktau-alat');
  expect(ferry?.properties).toEqual({
    id: 'aktau-alat',
    name: 'Trans-Caspian ferry: Aktau – Alat',
    mode: 'sea',
    route: 'main',
    main: true,
  });
  expect(fc.features.find((f) => f.properties.id === 'alat-baku')?.properties.main).toBe(false);
  expect(ferry?.geometry.coordinates).toEqual(
    corridor.segments.find((s) => s.id === 'aktau-alat')?.coordinates,
  );
});

test('flights are air arcs and nodes are points', () => {
  const flights = flightFeatures(corridor);
  expect(flights.features.map((f) => f.properties)).toEqual([
    { id: 'pek-gyd', name: 'Beijing (PEK) – Baku (GYD)', mode: 'air' },
    { id: 'urc-gyd', name: 'Ürümqi (URC) – Baku (GYD)', mode: 'air' },
  ]);
  expect(flights.features[0]?.geometry.coordinates.length).toBeGreaterThan(50);
  const nodes = nodeFeatures(corridor);
  expect(nodes.features).toHaveLength(corridor.nodes.size);
  expect(nodes.features.find((f) => f.properties.id === 'baku')).toEqual({
    type: 'Feature',
    properties: { id: 'baku', name: 'Baku', label: 'Baku', kind: 'city', hub: true },
    geometry: { type: 'Point', coordinates: [49.8822, 40.3953] },
  });
});

test('features are fresh copies: the map may mutate them without touching the corridor', () => {
  const fc = segmentFeatures(corridor);
  const first = fc.features[0]?.geometry.coordinates[0];
  expect(Object.isFrozen(first)).toBe(false);
  if (first) first[0] = 0;
  expect(corridor.segments[0]?.coordinates[0]?.[0]).not.toBe(0);
});

test('airports carry their short map label, other nodes their name', () => {
  const byId = new Map(nodeFeatures(corridor).features.map((f) => [f.properties.id, f.properties]));
  expect(byId.get('gyd')?.label).toBe('Baku (GYD)');
  expect(byId.get('gyd')?.name).toBe('Heydar Aliyev International Airport');
  expect(byId.get('tbilisi')?.label).toBe('Tbilisi');
});
