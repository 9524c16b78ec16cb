import { describe, expect, test } from 'vitest';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../scripts/geo-files.ts';
import {
  compareRoutes,
  comparisonLineFeatures,
  stopFeatures,
  toDays,
  volumeBars,
} from './comparison';
import { routeTotals } from './distance';
import { parseCorridor } from './parse';
import { parseComparison } from './read-comparison';

const sources = readGeoDir(GEO_DIR);
const corridor = deepFreeze(parseCorridor(sources));
const comparison = deepFreeze(parseComparison(sources, corridor));
const summaries = compareRoutes(comparison, corridor);
const summary = (id: string) => {
  const s = summaries.find((x) => x.id === id);
  if (!s) throw new Error(`no summary ${id}`);
  return s;
};

describe('compareRoutes', () => {
  test("the Middle Corridor's km by mode are the main line's", () => {
    const main = routeTotals(corridor).find((t) => t.route.main);
    expect(summary('middle-corridor').km.rail).toBeCloseTo(main?.railKm ?? NaN, 6);
    expect(summary('middle-corridor').km.sea).toBeCloseTo(main?.seaKm ?? NaN, 6);
  });

  test('km add up leg by leg, and the sea routes are all sea', () => {
    for (const s of summaries) {
      const legs = s.along.reduce((km, p) => km + (p.km ?? 0), 0);
      expect(legs, s.id).toBeCloseTo(s.km.total, 6);
    }
    expect(summary('sea-suez').km.rail).toBe(0);
    expect(summary('northern').km.sea).toBe(0);
  });

  test('km to the EU border: Kapıkule for the Middle Corridor, Małaszewicze for the Northern route', () => {
    const main = routeTotals(corridor).find((t) => t.route.main);
    expect(summary('middle-corridor').toEu?.at).toBe('Kapıkule');
    expect(summary('middle-corridor').toEu?.km).toBeCloseTo(main?.km ?? NaN, 6);
    const northern = summary('northern');
    const afterEu = northern.along.at(-1);
    expect(afterEu?.label).toBe('Małaszewicze → Duisburg');
    expect(northern.toEu?.at).toBe('Małaszewicze');
    expect(northern.toEu?.km).toBeCloseTo(northern.km.total - (afterEu?.km ?? NaN), 6);
    expect(summary('sea-suez').toEu).toBeUndefined();
  });

  test('the days span every published time, shortest to longest', () => {
    // Middle Corridor: 13–17 days (Kazakh Ministry of Transport) and 31–37 (TITR guidance).
    expect(summary('middle-corridor').days).toEqual({ min: 13, max: 37 });
    // Northern: 12–18, 16 and 15–18 days.
    expect(summary('northern').days).toEqual({ min: 12, max: 18 });
    expect(summary('sea-suez').days).toEqual({ min: 27, max: 36 });
    expect(summary('sea-cape').days).toEqual({ min: 35, max: 49 });
  });

  test('hours become days, and a typical figure alone is a one-day-wide range', () => {
    const dostyk = summary('northern').along.find((p) => p.label.startsWith('Alashankou/Dostyk'));
    expect(dostyk?.time?.days.min).toBeCloseTo(4.25 / 24, 9);
    expect(dostyk?.time?.days.max).toBeCloseTo(9 / 24, 9);
    const china = summary('northern').transit.find((t) => t.source === 'China Daily');
    expect(china?.days).toEqual({ min: 16, max: 16 });
    expect(china?.typical).toBe(16);
  });

  test('the days bar reads leg by leg, with the break of gauge where it is', () => {
    const labels = summary('northern').along.map((p) => `${p.mode}: ${p.label}`);
    expect(labels).toEqual([
      "rail: Xi'an (International Port station) → Ürümqi",
      'rail: Ürümqi → Alashankou',
      'transshipment: Alashankou/Dostyk: break of gauge 1,435/1,520 mm',
      'rail: Alashankou → Zharyk',
      'rail: Zharyk → Brest',
      'transshipment: Brest/Małaszewicze: break of gauge 1,520/1,435 mm',
      'rail: Brest → Małaszewicze',
      'rail: Małaszewicze → Duisburg',
    ]);
    expect(summary('middle-corridor').along.map((p) => p.mode)).toEqual([
      'rail',
      'transshipment',
      'rail',
      'transshipment',
      'sea',
      'transshipment',
      'rail',
      'border',
      'rail',
      'transshipment',
      'rail',
    ]);
  });

  test('minutes count too: the Khorgos Gateway reloads a train in 55 minutes', () => {
    const khorgos = summary('middle-corridor').along[1];
    expect(khorgos?.label).toBe('Khorgos/Altynkol: break of gauge 1,435/1,520 mm');
    expect(khorgos?.time?.days.min).toBeCloseTo(55 / 1440, 12);
    expect(summary('middle-corridor').attributed.max).toBeCloseTo(55 / 1440, 12);
  });

  test('attributed days are the sum of the published leg and stop times', () => {
    // Alashankou/Dostyk 4.25–9 h, Brest/Małaszewicze 10–16 days (late 2021).
    const { attributed } = summary('northern');
    expect(attributed.min).toBeCloseTo(10 + 4.25 / 24, 9);
    expect(attributed.max).toBeCloseTo(16 + 9 / 24, 9);
  });

  test('toDays keeps the source with the figure', () => {
    const days = toDays({
      min: 18,
      max: 24,
      unit: 'hours',
      covers: 'crossing',
      source: 'S',
      date: '2017',
    });
    expect(days).toEqual({
      days: { min: 0.75, max: 1 },
      covers: 'crossing',
      source: 'S',
      date: '2017',
    });
  });
});

describe('volumeBars', () => {
  test('labels each year in its unit and scales it to the largest, forecast marked', () => {
    const tonnes = comparison.volumes.find((s) => s.id === 'tonnes');
    if (!tonnes) throw new Error('no tonnes series');
    const bars = volumeBars(tonnes);
    expect(bars.map((b) => [b.year, b.label, b.forecast])).toEqual([
      [2021, '0.59 Mt', false],
      [2022, '1.49 Mt', false],
      [2023, '2.76 Mt', false],
      [2024, '4.48 Mt', false],
      [2025, '4.12 Mt', false],
      [2030, '11 Mt', true],
    ]);
    expect(bars.at(-1)?.share).toBe(1);
    expect(bars[3]?.share).toBeCloseTo(4.484 / 11, 12);
    expect(bars[0]?.source).toMatch(/Kazakh Ministry of Transport/);
  });

  test('TEU are whole numbers with thousands separators', () => {
    const teu = comparison.volumes.find((s) => s.id === 'containers');
    if (!teu) throw new Error('no containers series');
    expect(volumeBars(teu).map((b) => b.label)).toContain('56,500 TEU');
  });
});

describe('features for the map', () => {
  test('one line feature per drawn comparison line, rail and sea', () => {
    const fc = comparisonLineFeatures(comparison);
    expect(fc.features.map((f) => `${f.properties.route}/${f.properties.mode}`)).toEqual([
      'northern/rail',
      'northern/rail',
      'northern/rail',
      'northern/rail',
      'northern/rail',
      'sea-suez/sea',
      'sea-cape/sea',
    ]);
  });

  test('one point per stop, labelled with its places', () => {
    const fc = stopFeatures(comparison, corridor);
    const brest = fc.features.find((f) => f.properties.id === 'brest-malaszewicze');
    expect(brest?.properties).toEqual({
      id: 'brest-malaszewicze',
      kind: 'gauge',
      label: 'Brest/Małaszewicze',
    });
    expect(brest?.geometry.coordinates).toEqual([23.69, 52.1]);
  });
});
