import { beforeAll, describe, expect, test } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon, point } from '@turf/turf';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, zxyToTileId as specTileId, type Source } from 'pmtiles';
import { buildCountries, type BasemapLayers } from '../../scripts/basemap/build.ts';
import { buildArchive, TILE_OPTIONS } from '../../scripts/basemap/tiles.ts';
import { readLakes, readRivers, validateLakes } from '../../scripts/basemap/water.ts';
import {
  crossesAntimeridian,
  cutLinesAtAntimeridian,
  cutPolygonsAtAntimeridian,
} from '../../scripts/basemap/antimeridian.ts';
import { fetchSource, openArchive, zxyToTileId, type Archive } from '../../src/lib/map/basemap.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function rings(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

describe('cutting at the antimeridian', () => {
  test('a polygon across 180° becomes pieces on both sides, none spanning the world', () => {
    const fijiLike: Polygon = deepFreeze({
      type: 'Polygon',
      coordinates: [
        [
          [179, -16],
          [-179.5, -16],
          [-179.5, -17],
          [179, -17],
          [179, -16],
        ],
      ],
    });
    const cut = cutPolygonsAtAntimeridian(fijiLike);
    expect(cut.type).toBe('MultiPolygon');
    const lons = rings(cut).map((r) => r.map((p) => p[0]!));
    expect(lons).toHaveLength(2);
    for (const ring of rings(cut)) expect(crossesAntimeridian(ring)).toBe(false);
    expect(Math.min(...lons[0]!, ...lons[1]!)).toBe(-180);
    expect(Math.max(...lons[0]!, ...lons[1]!)).toBe(180);
  });

  test('a polygon that does not cross is returned as it was', () => {
    const square: Polygon = deepFreeze({
      type: 'Polygon',
      coordinates: [
        [
          [10, 10],
          [11, 10],
          [11, 11],
          [10, 10],
        ],
      ],
    });
    expect(cutPolygonsAtAntimeridian(square)).toEqual(square);
  });

  test('a line across 180° is split at the crossing', () => {
    const cut = cutLinesAtAntimeridian(
      deepFreeze({
        type: 'LineString',
        coordinates: [
          [178, 60],
          [-178, 62],
        ],
      }),
    );
    expect(cut.coordinates).toEqual([
      [
        [178, 60],
        [180, 61],
      ],
      [
        [-180, 61],
        [-178, 62],
      ],
    ]);
  });
});

describe('the basemap countries', () => {
  let data: BasemapLayers;
  beforeAll(() => {
    data = buildCountries();
  });

  const countryAt = (lngLat: [number, number]) =>
    data.countries.features
      .filter((f) => booleanPointInPolygon(point(lngLat), f))
      .map((f) => f.properties.name);

  test('no country, coast or border spans the antimeridian (Chukotka, Fiji, Antarctica)', () => {
    // Antarctica's outline runs along the pole from -180° to 180°: that edge is the map's floor.
    const stripes = (ring: Position[]) =>
      ring.filter((p, i) => {
        const q = ring[i - 1];
        return q && Math.abs(p[0]! - q[0]!) > 180 && !(p[1]! <= -89.9 && q[1]! <= -89.9);
      });
    for (const f of [...data.countries.features, ...data.land.features]) {
      for (const ring of rings(f.geometry)) expect(stripes(ring), f.properties?.name).toEqual([]);
    }
    for (const fc of [data.coast, data.borders]) {
      for (const line of fc.features.flatMap((f) => f.geometry.coordinates)) {
        expect(crossesAntimeridian(line)).toBe(false);
      }
    }
    for (const name of ['Russia', 'Fiji', 'Antarctica']) {
      expect(data.countries.features.some((f) => f.properties.name === name)).toBe(true);
    }
  });

  test('the Caspian, Black and Mediterranean seas are water; the land around them is land', () => {
    expect(countryAt([51.0, 41.5])).toEqual([]); // Caspian
    expect(countryAt([34.0, 43.0])).toEqual([]); // Black Sea
    expect(countryAt([18.0, 35.0])).toEqual([]); // Mediterranean
    expect(countryAt([60.5, 49.5])).toEqual(['Kazakhstan']);
    expect(countryAt([48.5, 40.5])).toEqual(['Azerbaijan']);
    expect(countryAt([44.78, 41.72])).toEqual(['Georgia']);
    const onLand = (p: [number, number]) =>
      data.land.features.some((f) => booleanPointInPolygon(point(p), f));
    expect(onLand([51.0, 41.5])).toBe(false);
    expect(onLand([60.5, 49.5])).toBe(true);
  });

  test('every country has one label point, inside the country', () => {
    const names = data.countries.features.map((f) => f.properties.name).filter(Boolean);
    expect(data.countryLabels.features.map((f) => f.properties.name).sort()).toEqual(
      [...new Set(names)].sort(),
    );
    const kz = data.countryLabels.features.find((f) => f.properties.name === 'Kazakhstan')!;
    expect(countryAt(kz.geometry.coordinates as [number, number])).toEqual(['Kazakhstan']);
    expect(kz.properties.rank).toBe(1);
  });
});

describe('lakes and rivers', () => {
  const lakeAt = (lngLat: [number, number]) =>
    readLakes()
      .features.filter((f) => booleanPointInPolygon(point(lngLat), f))
      .map((f) => f.properties.name);

  test('the lakes the lines pass are water: Balkhash, Aral, Issyk-Kul, Zaysan, Alakol, Sevan', () => {
    expect(lakeAt([74.9, 46.6])).toEqual(['Lake Balkhash']); // off the town of Balkhash
    expect(lakeAt([77.3, 42.45])).toEqual(['Issyk-Kul']);
    expect(lakeAt([59.5, 45.4])).toEqual(['Aral Sea']);
    expect(lakeAt([84.0, 48.0])).toHaveLength(1);
    expect(lakeAt([81.7, 46.1])).toHaveLength(1);
    expect(lakeAt([45.3, 40.4])).toHaveLength(1);
    expect(lakeAt([76.0, 44.0])).toEqual([]); // the steppe south of Balkhash
  });

  test('the major rivers of the region are there, named without Natural Earth quirks', () => {
    const names = new Set(readRivers().features.map((f) => f.properties.name));
    for (const river of ['Syr Darya', 'Amu Darya', 'Volga', 'Ural', 'Huang', 'Euphrates'])
      expect(names, river).toContain(river);
    for (const name of names) expect(name ?? '').not.toMatch(/ {2}|\u0092/);
  });

  test('a bad feature is refused with the file, the feature and the field', () => {
    const bad: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Dry lake', scalerank: 3 },
          geometry: { type: 'Point', coordinates: [70, 45] },
        },
      ],
    };
    expect(() => validateLakes(bad, 'lakes.test.geojson')).toThrow(
      'geo/basemap/lakes.test.geojson: feature 0 (Dry lake): field "geometry" has type Point',
    );
    const unranked = structuredClone(readLakes());
    delete (unranked.features[0]!.properties as { rank?: number }).rank;
    expect(() => validateLakes(unranked)).toThrow(/field "scalerank" must be a number/);
  });
});

describe('the tile archive', () => {
  const options = { ...TILE_OPTIONS, maxZoom: 4 };
  let bytes: Uint8Array;
  let archive: Archive;
  beforeAll(async () => {
    bytes = buildArchive(options);
    archive = await openArchive(async (offset, length) => bytes.slice(offset, offset + length));
  });

  const decode = (data: Uint8Array | undefined) => new VectorTile(new PbfReader(data!));
  /** The tile of zoom `z` holding a position (Web Mercator). */
  function tileAt(z: number, [lng, lat]: [number, number]): [number, number, number] {
    const n = 2 ** z;
    const rad = (lat * Math.PI) / 180;
    const y = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n;
    return [z, Math.floor(((lng + 180) / 360) * n), Math.floor(y)];
  }

  test('tile ids follow the PMTiles spec', () => {
    for (let z = 0; z <= 7; z++)
      for (let x = 0; x < 2 ** z; x += 3)
        for (let y = 0; y < 2 ** z; y += 5) expect(zxyToTileId(z, x, y)).toBe(specTileId(z, x, y));
  });

  test('the official PMTiles reader finds the same tiles in it', async () => {
    const source: Source = {
      getKey: () => 'basemap',
      getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
    };
    const official = new PMTiles(source);
    const header = await official.getHeader();
    expect(header).toMatchObject({ minZoom: 0, maxZoom: 4, tileType: 1, clustered: true });
    for (const [z, x, y] of [
      [0, 0, 0],
      [3, 5, 2],
      [4, 11, 5],
      [4, 0, 15],
    ] as const) {
      const theirs = await official.getZxy(z, x, y);
      const ours = await archive.tile(z, x, y);
      expect(ours && Buffer.from(ours), `${z}/${x}/${y}`).toEqual(
        theirs && Buffer.from(new Uint8Array(theirs.data)),
      );
    }
  });

  test('a tile over Lake Balkhash holds its land, lake, borders and the rivers of its basin', async () => {
    const tile = decode(await archive.tile(...tileAt(4, [75, 46.5])));
    expect(Object.keys(tile.layers)).toEqual(
      expect.arrayContaining(['land', 'lakes', 'borders', 'rivers', 'country-labels']),
    );
    const lakes = tile.layers.lakes!;
    const names = Array.from({ length: lakes.length }, (_, i) => lakes.feature(i).properties.name);
    expect(names).toContain('Lake Balkhash');
  });

  test('open sea has no tile, and the reader says so', async () => {
    expect(await archive.tile(...tileAt(4, [-130, -50]))).toBeUndefined(); // South Pacific
  });

  test('reads by range requests, or slices a whole file when the server sends it all', async () => {
    const calls: string[] = [];
    const server = (ranges: boolean) =>
      (async (_url: string, init?: RequestInit) => {
        const range = new Headers(init?.headers).get('Range')!;
        calls.push(range);
        const [, from, to] = /bytes=(\d+)-(\d+)/.exec(range)!.map(Number);
        return ranges
          ? new Response(Buffer.from(bytes.slice(from, to! + 1)), { status: 206 })
          : new Response(Buffer.from(bytes), { status: 200 });
      }) as typeof fetch;
    for (const ranges of [true, false]) {
      calls.length = 0;
      const remote = await openArchive(fetchSource('basemap.pmtiles', server(ranges)));
      const at = tileAt(3, [60, 45]);
      expect(await remote.tile(...at)).toEqual(await archive.tile(...at));
      expect(calls).toHaveLength(ranges ? 2 : 1);
    }
  });

  test('reads an inlined data: URL without any request', async () => {
    const url = `data:application/vnd.pmtiles;base64,${Buffer.from(bytes).toString('base64')}`;
    const refuse = (async () => {
      throw new Error('no request expected');
    }) as typeof fetch;
    const inlined = await openArchive(fetchSource(url, refuse));
    const at = tileAt(3, [60, 45]);
    expect(await inlined.tile(...at)).toEqual(await archive.tile(...at));
  });
});

test('the 1:110m tiles of the world view keep every 1:50m country name', async () => {
  const bytes = buildArchive({ ...TILE_OPTIONS, maxZoom: 2, coarseUpToZoom: 2 });
  const archive = await openArchive(async (offset, length) => bytes.slice(offset, offset + length));
  const names = new Set<string>();
  for (let x = 0; x < 4; x++)
    for (let y = 0; y < 4; y++) {
      const data = await archive.tile(2, x, y);
      const layer = data && new VectorTile(new PbfReader(data)).layers['country-labels'];
      for (let i = 0; i < (layer?.length ?? 0); i++)
        names.add(String(layer!.feature(i).properties.name));
    }
  const fine = buildCountries().countryLabels.features.map((f) => f.properties.name);
  expect([...names].sort()).toEqual([...new Set(fine)].sort());
});
