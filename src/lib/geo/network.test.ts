import { describe, expect, test } from 'vitest';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../scripts/geo-files.ts';
import { mainLine } from './distance';
import { greatCircleKm } from './measure';
import { RouteError, routeBetween } from './network';
import { parseCorridor } from './parse';

const corridor = deepFreeze(parseCorridor(readGeoDir(GEO_DIR)));

describe('routeBetween', () => {
  test('Khorgos to Kapıkule follows the main line', () => {
    const route = routeBetween(corridor, 'khorgos', 'kapikule');
    const main = mainLine(corridor);
    const fromKhorgos = main.slice(main.findIndex((s) => s.segment.from === 'khorgos'));
    expect(route.segments.map((s) => s.id)).toEqual(fromKhorgos.map((s) => s.segment.id));
    const startKm = fromKhorgos[0]?.startKm ?? NaN;
    expect(route.lengthKm).toBeCloseTo((main.at(-1)?.endKm ?? 0) - startKm, 6);
    expect(route.nodes[0]).toBe('khorgos');
    expect(route.nodes.at(-1)).toBe('kapikule');
  });

  test('Xi’an to Kapıkule is shorter through Dostyk than along the Khorgos main line', () => {
    const route = routeBetween(corridor, 'xian', 'kapikule');
    expect(route.nodes).toEqual(expect.arrayContaining(['alashankou', 'dostyk', 'moiynty']));
    expect(route.nodes).not.toContain('khorgos');
    expect(route.lengthKm).toBeLessThan(mainLine(corridor).at(-1)?.endKm ?? 0);
  });

  test('goes against the drawing direction and joins branches', () => {
    const route = routeBetween(corridor, 'baku', 'lianyungang');
    expect(route.nodes.slice(0, 2)).toEqual(['baku', 'alat']);
    expect(route.nodes).toContain('aktau');
    expect(route.nodes.at(-2)).toBe('xian');
    expect(route.nodes).toHaveLength(route.segments.length + 1);
    const back = routeBetween(corridor, 'lianyungang', 'baku');
    expect(back.lengthKm).toBeCloseTo(route.lengthKm, 6);
    expect(back.nodes).toEqual([...route.nodes].reverse());
  });

  test('picks the shorter of two ways (Alashankou: via Dostyk, not back through Khorgos)', () => {
    const route = routeBetween(corridor, 'alashankou', 'moiynty');
    expect(route.nodes).toEqual(['alashankou', 'dostyk', 'aktogay', 'moiynty']);
  });

  test('its line is continuous from the first node to the last', () => {
    const route = routeBetween(corridor, 'poti', 'shu');
    const first = route.coordinates[0];
    const last = route.coordinates.at(-1);
    const poti = corridor.nodes.get('poti')?.coordinates;
    const shu = corridor.nodes.get('shu')?.coordinates;
    if (!first || !last || !poti || !shu) throw new Error('missing');
    expect(greatCircleKm(first, poti)).toBeLessThan(1);
    expect(greatCircleKm(last, shu)).toBeLessThan(1);
    for (let i = 1; i < route.coordinates.length; i++) {
      const a = route.coordinates[i - 1];
      const b = route.coordinates[i];
      if (a && b) expect(greatCircleKm(a, b)).toBeLessThan(400);
    }
  });

  test('a node to itself is an empty route', () => {
    expect(routeBetween(corridor, 'kars', 'kars')).toMatchObject({
      nodes: ['kars'],
      segments: [],
      lengthKm: 0,
    });
  });

  test('an unknown node is a RouteError naming it', () => {
    expect(() => routeBetween(corridor, 'kars', 'atlantis')).toThrowError(
      new RouteError('unknown-node', 'unknown node "atlantis"'),
    );
  });

  test('an unconnected node (an airport, Anaklia) is a RouteError saying so', () => {
    try {
      routeBetween(corridor, 'baku', 'anaklia');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RouteError);
      if (!(e instanceof RouteError)) return;
      expect(e.code).toBe('no-path');
      expect(e.message).toBe('no rail or sea connection between "Baku" and "Anaklia"');
    }
    expect(() => routeBetween(corridor, 'pek', 'gyd')).toThrowError(/no rail or sea connection/);
  });
});
