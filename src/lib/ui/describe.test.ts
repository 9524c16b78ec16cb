import { describe as group, expect, test } from 'vitest';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../tests/data/geo-sources';
import { formatKm, parseCorridor } from '../geo/index.ts';
import { describer, modeTotals, routeGroups } from './describe.ts';

const corridor = deepFreeze(parseCorridor(readGeoDir(GEO_DIR)));
const describe = describer(corridor);
const segment = (id: string) => corridor.segments.find((s) => s.id === id)!;

group('what a popup says', () => {
  test('a main-line segment: mode, ends, distance in km and mi, km from China, quotes', () => {
    const d = describe('segment', 'aktau-alat')!;
    expect(d.title).toBe(segment('aktau-alat').name);
    expect(d.mode).toBe('Sea ferry');
    expect(d.fromTo).toBe('Aktau → Alat (Port of Baku)');
    expect(d.km).toBe(formatKm(segment('aktau-alat').lengthKm));
    expect(d.mi).toMatch(/^\d[\d,]* mi$/);
    const upToAlat = corridor.segments
      .filter((s) => s.route === 'main')
      .slice(
        0,
        corridor.segments.filter((s) => s.route === 'main').indexOf(segment('aktau-alat')) + 1,
      )
      .reduce((km, s) => km + s.lengthKm, 0);
    expect(d.cumulative).toBe(`${formatKm(upToAlat)} from Xi'an`);
    expect(d.quotes.length).toBeGreaterThanOrEqual(1);
    expect(d.quotes.length).toBeLessThanOrEqual(2);
  });

  test('a branch segment has no cumulative distance but names its branch', () => {
    const d = describe('segment', 'kuryk-alat')!;
    expect(d.cumulative).toBeUndefined();
    expect(d.facts).toEqual([corridor.routes.find((r) => r.id === 'kuryk')!.name]);
  });

  test('a flight gives its great-circle distance and its carriers', () => {
    const d = describe('flight', 'urc-gyd')!;
    expect(d.mode).toContain('great circle');
    expect(d.km).toBe('3,081 km');
    expect(d.facts.join(' ')).toContain('China Southern');
  });

  test('a node names its role and the lines that meet there', () => {
    const d = describe('node', 'tbilisi')!;
    expect(d.mode).toBe('City');
    expect(d.fromTo).toContain(segment('tbilisi-akhalkalaki').name);
    expect(describe('node', 'gyd')!.mode).toBe('Airport · GYD');
  });

  test('an unknown id describes nothing', () => {
    expect(describe('segment', 'nowhere')).toBeUndefined();
    expect(describe('node', 'nowhere')).toBeUndefined();
  });
});

test('the panel lists the main line first, in travel order from China, then branches and flights', () => {
  const groups = routeGroups(corridor);
  expect(groups[0]!.main).toBe(true);
  expect(groups[0]!.items[0]!.id).toBe('xian-lanzhou');
  expect(groups[0]!.items.at(-1)!.id).toBe('halkali-kapikule');
  expect(groups.at(-1)!.items.map((i) => i.id)).toEqual(['pek-gyd', 'urc-gyd']);
  const listed = groups.flatMap((g) => g.items.map((i) => i.id));
  expect(new Set(listed).size).toBe(corridor.segments.length + corridor.flights.length);
  expect(modeTotals(corridor).map((t) => t.label)).toEqual(['Rail', 'Sea', 'Flights']);
});
