import { describe, expect, test, vi } from 'vitest';
import type { SourceSpecification } from 'maplibre-gl';
import { skipRepeatedGeoJSON, type SourceHost } from './geojson-once.ts';

/** A map that keeps the sources it is given and records what their data was set to. */
function fakeMap() {
  const sources = new Map<string, Record<string, ReturnType<typeof vi.fn>>>();
  const sent: unknown[] = [];
  const map: SourceHost = {
    addSource(id: string, spec: SourceSpecification) {
      if (spec.type === 'geojson') sent.push(spec.data);
      sources.set(id, {
        setData: vi.fn((data: unknown) => (sent.push(data), Promise.resolve())),
        updateData: vi.fn(() => Promise.resolve()),
        setClusterOptions: vi.fn((options: unknown) => (sent.push(options), Promise.resolve())),
      });
    },
    getSource: (id: string) => sources.get(id),
  };
  return { map, sources, sent };
}

const collection = (id: string) => ({
  type: 'FeatureCollection' as const,
  features: [
    {
      type: 'Feature' as const,
      properties: { id },
      geometry: { type: 'Point' as const, coordinates: [49.87, 40.41] },
    },
  ],
});

describe('GeoJSON sources get each data once', () => {
  test('the same data handed over again is not sent to the worker a second time', async () => {
    const { map, sent } = fakeMap();
    skipRepeatedGeoJSON(map);
    const data = collection('baku');
    map.addSource('nodes', { type: 'geojson', data: structuredClone(data) });
    const source = map.getSource('nodes') as { setData(d: unknown): Promise<void> };
    await source.setData(data);
    expect(sent).toEqual([data]);
  });

  test('new data goes through, and after an updateData so does the old data', async () => {
    const { map, sent } = fakeMap();
    skipRepeatedGeoJSON(map);
    const [baku, aktau] = [collection('baku'), collection('aktau')];
    map.addSource('nodes', { type: 'geojson', data: baku });
    const source = map.getSource('nodes') as {
      setData(d: unknown): Promise<void>;
      updateData(d: unknown): Promise<void>;
    };
    await source.setData(aktau);
    await source.setData(aktau);
    await source.updateData({ removeAll: true });
    await source.setData(aktau);
    expect(sent).toEqual([baku, aktau, aktau]);
  });

  test('clustering left off is not set again; turning it on or off again goes through', async () => {
    const { map, sent } = fakeMap();
    skipRepeatedGeoJSON(map);
    const data = collection('baku');
    map.addSource('nodes', { type: 'geojson', data });
    const source = map.getSource('nodes') as {
      setClusterOptions(o: { cluster?: boolean }): Promise<void>;
    };
    await source.setClusterOptions({ cluster: undefined });
    await source.setClusterOptions({ cluster: true });
    await source.setClusterOptions({ cluster: false });
    expect(sent).toEqual([data, { cluster: true }, { cluster: false }]);
  });

  test('other sources are left alone', () => {
    const { map, sources } = fakeMap();
    skipRepeatedGeoJSON(map);
    map.addSource('basemap', { type: 'vector', tiles: ['basemap://{z}/{x}/{y}'] });
    const source = sources.get('basemap')!;
    expect(vi.isMockFunction(source.setData)).toBe(true);
  });
});
