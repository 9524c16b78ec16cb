import { describe, expect, test } from 'vitest';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../scripts/geo-files.ts';
import {
  KM_PER_MILE,
  checkFigures,
  kmToMi,
  mainLine,
  mainLineKm,
  routeTotals,
  totalsByMode,
} from './distance';
import { greatCircleArc, greatCircleKm, lineLengthKm } from './measure';
import { routeBetween } from './network';
import { parseCorridor } from './parse';
import type { LngLat } from './types';

const corridor = deepFreeze(parseCorridor(readGeoDir(GEO_DIR)));
const segment = (id: string) => {
  const s = corridor.segments.find((x) => x.id === id);
  if (s === undefined) throw new Error(`no segment ${id}`);
  return s;
};
const node = (id: string): LngLat => {
  const n = corridor.nodes.get(id);
  if (n === undefined) throw new Error(`no node ${id}`);
  return n.coordinates;
};
const within = (value: number, expected: number, fraction: number) => {
  expect(value).toBeGreaterThanOrEqual(expected * (1 - fraction));
  expect(value).toBeLessThanOrEqual(expected * (1 + fraction));
};

describe('known answers', () => {
  test('one degree of meridian is 111.195 km on Turf’s sphere', () => {
    // 6371.0088 km × π / 180
    expect(
      lineLengthKm([
        [50, 40],
        [50, 41],
      ]),
    ).toBeCloseTo(111.195, 2);
  });

  test('great circle URC–GYD is 3,080.6 km ±0.5 %', () => {
    within(greatCircleKm(node('urc'), node('gyd')), 3080.6, 0.005);
    within(corridor.flights.find((f) => f.id === 'urc-gyd')?.lengthKm ?? 0, 3080.6, 0.005);
  });

  test('great circle PEK–GYD is 5,502.6 km ±0.5 %', () => {
    within(greatCircleKm(node('pek'), node('gyd')), 5502.6, 0.005);
    within(corridor.flights.find((f) => f.id === 'pek-gyd')?.lengthKm ?? 0, 5502.6, 0.005);
  });

  test('the flight arc is a great circle, not a straight lon/lat line', () => {
    const arc = greatCircleArc(node('pek'), node('gyd'));
    const mid = arc[Math.floor(arc.length / 2)];
    // A straight lon/lat line would pass near 40.3°N; the great circle bows far north of it.
    expect(mid?.[1]).toBeGreaterThan(44);
    expect(lineLengthKm(arc)).toBeCloseTo(greatCircleKm(node('pek'), node('gyd')), 0);
  });

  test('the Aktau–Alat ferry is within ±15 % of the published Baku–Aktau 470 km', () => {
    within(segment('aktau-alat').lengthKm, 470, 0.15);
  });

  test('the Zhezkazgan–Beineu railway’s new sections are within ±10 % of 988 km', () => {
    // 988 km = Zhezkazgan–Saksaulskaya (517) + Shalkar–Beineu (471), built 2012–2014; between
    // them trains use ~150 km of the older Trans-Aral line (Saksaulskaya–Shalkar).
    within(segment('zhezkazgan-saksaulskaya').lengthKm, 517, 0.1);
    within(segment('shalkar-beineu').lengthKm, 471, 0.1);
    const newSections =
      segment('zhezkazgan-saksaulskaya').lengthKm + segment('shalkar-beineu').lengthKm;
    within(newSections, 988, 0.1);
    within(routeBetween(corridor, 'zhezkazgan', 'beineu').lengthKm, 988 + 150, 0.1);
  });

  test('Lanzhou–Ürümqi along the network is within 10 % of the published 1,892 km', () => {
    within(routeBetween(corridor, 'lanzhou', 'urumqi').lengthKm, 1892, 0.1);
  });

  test('1 mile is 1.609344 km', () => {
    expect(kmToMi(KM_PER_MILE)).toBe(1);
    expect(kmToMi(470)).toBeCloseTo(292.04, 2);
  });
});

describe('totals', () => {
  test('each segment length is the Turf length of its line', () => {
    for (const s of corridor.segments)
      expect(s.lengthKm).toBeCloseTo(lineLengthKm(s.coordinates), 6);
  });

  test('route totals add up their segments and the main line comes first', () => {
    const totals = routeTotals(corridor);
    expect(totals[0]?.route.main).toBe(true);
    expect(totals.map((t) => t.route.id).sort()).toEqual(corridor.routes.map((r) => r.id).sort());
    for (const t of totals) {
      const own = corridor.segments.filter((s) => s.route === t.route.id);
      expect(t.km).toBeCloseTo(
        own.reduce((a, s) => a + s.lengthKm, 0),
        6,
      );
      expect(t.railKm + t.seaKm).toBeCloseTo(t.km, 6);
    }
    const sum = totals.reduce((a, t) => a + t.km, 0);
    const modes = totalsByMode(corridor);
    expect(modes.rail + modes.sea).toBeCloseTo(sum, 6);
    expect(modes.air).toBeCloseTo(
      corridor.flights.reduce((a, f) => a + f.lengthKm, 0),
      6,
    );
  });

  test('cumulative km along the main line start at 0 in Xi’an and run without gaps', () => {
    const line = mainLine(corridor);
    const spans = mainLineKm(corridor);
    expect(line[0]?.segment.from).toBe('xian');
    expect(line.at(-1)?.segment.to).toBe('kapikule');
    expect(line[0]?.startKm).toBe(0);
    // Each segment starts where the one before it ends, read in the direction of travel.
    const ends = (s: (typeof line)[number]) =>
      s.reversed ? [s.segment.to, s.segment.from] : [s.segment.from, s.segment.to];
    line.forEach((s, i) => {
      if (i > 0) expect(ends(s)[0], s.segment.id).toBe(ends(line[i - 1]!)[1]);
      expect(s.endKm - s.startKm).toBeCloseTo(s.segment.lengthKm, 9);
      if (i > 0) expect(s.startKm).toBe(line[i - 1]?.endKm);
      expect(spans.get(s.segment.id)).toEqual({ startKm: s.startKm, endKm: s.endKm });
    });
    const main = routeTotals(corridor)[0];
    expect(line.at(-1)?.endKm).toBeCloseTo(main?.km ?? 0, 6);
    // Aktau comes after Almaty and before Baku: order is geographic, not file order.
    const at = (id: string) => spans.get(id)?.startKm ?? -1;
    expect(at('almaty-shu')).toBeLessThan(at('aktau-alat'));
    expect(at('aktau-alat')).toBeLessThan(at('kars-erzurum'));
    expect(spans.has('alat-baku')).toBe(false);
  });

  test('published figures are measured on the data', () => {
    const checks = checkFigures(corridor);
    expect(checks.length).toBe(corridor.figures.length);
    const byId = new Map(checks.map((c) => [c.figure.id, c]));
    expect(byId.get('pek-gyd')?.ratio).toBeCloseTo(0, 2);
    expect(byId.get('pek-gyd')?.mode).toBe('air');
    expect(byId.get('baku-aktau-ferry')?.mode).toBe('sea');
    expect(byId.get('ankara-kars')?.mode).toBe('rail');
    for (const c of checks) expect(c.met).toBe(Math.abs(c.ratio) <= c.tolerance);
  });

  test('nothing mutates the (deep-frozen) corridor', () => {
    expect(Object.isFrozen(corridor.segments[0]?.coordinates)).toBe(true);
    const before = JSON.stringify(corridor.segments);
    routeTotals(corridor);
    mainLine(corridor);
    totalsByMode(corridor);
    checkFigures(corridor);
    expect(JSON.stringify(corridor.segments)).toBe(before);
  });
});
