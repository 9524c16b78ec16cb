import { beforeAll, describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon, point } from '@turf/turf';
import { buildBasemap } from '../../scripts/basemap/build.ts';
import {
  crossesAntimeridian,
  cutLinesAtAntimeridian,
  cutPolygonsAtAntimeridian,
} from '../../scripts/basemap/antimeridian.ts';
import { decodeBasemap, type BasemapData } from '../../src/lib/map/basemap.ts';

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

describe('the embedded basemap', () => {
  let topo: Topology;
  let data: BasemapData;
  beforeAll(() => {
    topo = buildBasemap();
    data = decodeBasemap(topo);
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
    for (const f of data.countries.features) {
      for (const ring of rings(f.geometry)) expect(stripes(ring), f.properties.name).toEqual([]);
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
