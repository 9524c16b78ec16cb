import { describe, expect, test } from 'vitest';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../scripts/geo-files.ts';
import { formatKm, formatMi, mainLine, parseCorridor, parseTour, TOUR_FILE } from '../geo/index.ts';
import {
  articleCredit,
  featureText,
  modeTotals,
  routeGroups,
  sourceLine,
  stepText,
} from './index.ts';

const sources = readGeoDir(GEO_DIR);
const corridor = deepFreeze(parseCorridor(sources));
const tour = parseTour(sources[TOUR_FILE]!, corridor);
const article = JSON.parse(sources['article.json']!) as Record<string, string>;
const main = mainLine(corridor);
const branch = corridor.segments.find((s) => !corridor.routes.find((r) => r.id === s.route)!.main)!;
const flight = corridor.flights[0]!;
const name = (id: string) => corridor.nodes.get(id)!.name;

describe('what a popup says', () => {
  test('a main-line segment: mode, ends, km and mi, km from the origin, quotes with ¶ and source', () => {
    const i = Math.floor(main.length / 2);
    const s = main[i]!.segment;
    const text = featureText(corridor, { kind: 'segment', id: s.id })!;
    expect(text.title).toBe(s.name);
    expect(text.role).toBe(s.mode === 'rail' ? 'Rail' : 'Sea ferry');
    expect(text.summary).toBe(`${name(s.from)} → ${name(s.to)}`);
    expect(text.distance?.km).toBe(formatKm(s.lengthKm));
    expect(text.distance?.mi).toBe(formatMi(s.lengthKm));
    const upTo = main.slice(0, i + 1).reduce((km, step) => km + step.segment.lengthKm, 0);
    const origin = corridor.nodes.get(corridor.routes.find((r) => r.main)!.from!)!.label;
    expect(text.distance?.along).toBe(`${formatKm(upTo)} from ${origin}`);
    const first = corridor.passages.get(s.passages[0]!)!;
    expect(text.quotes[0]).toEqual({
      passageId: first.id,
      paragraph: first.paragraph,
      text: first.text,
      cite: `¶${first.paragraph} · ${sourceLine(corridor.article)}`,
    });
    expect(text.quotes.length).toBe(Math.min(2, s.passages.length));
  });

  test('a branch segment has no distance from the origin but names its branch', () => {
    const text = featureText(corridor, { kind: 'segment', id: branch.id })!;
    expect(text.distance?.along).toBeUndefined();
    expect(text.facts).toEqual([corridor.routes.find((r) => r.id === branch.route)!.name]);
  });

  test('a flight gives its great-circle distance and its carriers', () => {
    const text = featureText(corridor, { kind: 'flight', id: flight.id })!;
    expect(text.role).toBe('Direct flight (great circle)');
    expect(text.distance?.km).toBe(formatKm(flight.lengthKm));
    expect(text.facts).toHaveLength(flight.carrierFacts.length);
    for (const [k, c] of flight.carrierFacts.entries()) {
      expect(text.facts[k]).toContain(`${c.name} (${c.iata})`);
    }
  });

  test('a node names its role and the lines that meet there, with one quote', () => {
    const s = main[0]!.segment;
    const text = featureText(corridor, { kind: 'node', id: s.to })!;
    expect(text.summary).toContain(s.name);
    expect(text.summary?.startsWith('Meets: ')).toBe(true);
    expect(text.quotes).toHaveLength(1);
    const airport = [...corridor.nodes.values()].find((n) => n.kind === 'airport')!;
    expect(featureText(corridor, { kind: 'node', id: airport.id })!.role).toBe(
      `Airport · ${airport.iata}`,
    );
  });

  test('an unknown id says nothing', () => {
    expect(featureText(corridor, { kind: 'segment', id: 'nowhere' })).toBeUndefined();
    expect(featureText(corridor, { kind: 'node', id: 'nowhere' })).toBeUndefined();
  });
});

test('the source line is built from article.json, not copied by hand', () => {
  const line = sourceLine(corridor.article);
  expect(line.startsWith(`${article.source} / `)).toBe(true);
  expect(article.publisher!.startsWith(line.split(' / ')[1]!.split(',')[0]!)).toBe(true);
  expect(line).toMatch(/, \d{1,2} [A-Z][a-z]+ \d{4}$/);
  expect(line.endsWith(article.date!.slice(0, 4))).toBe(true);
  expect(articleCredit(corridor.article)).toContain(article.title);
});

test('a tour step: its title, distances, lead, quote and place in the tour', () => {
  for (const [i, step] of tour.entries()) {
    const text = stepText(corridor, step, i, tour.length);
    expect(text.title).toBe(step.title);
    expect(text.lead).toBe(step.lead || undefined);
    expect(text.quotes.map((q) => q.passageId)).toEqual([step.passage.id]);
    expect(text.progress?.shown).toBe(`${i + 1} / ${tour.length}`);
    if (step.km.rail > 0) expect(text.summary).toContain(`Rail ${formatKm(step.km.rail)}`);
    if (step.km.sea > 0) expect(text.summary).toContain(`Sea ${formatKm(step.km.sea)}`);
  }
});

test('the panel lists the main line first, in travel order from the origin, then branches and flights', () => {
  const groups = routeGroups(corridor);
  expect(groups[0]!.main).toBe(true);
  expect(groups[0]!.items.map((i) => i.id)).toEqual(main.map((s) => s.segment.id));
  expect(groups.at(-1)!.items.map((i) => i.id)).toEqual(corridor.flights.map((f) => f.id));
  const listed = groups.flatMap((g) => g.items.map((i) => i.id));
  expect(new Set(listed).size).toBe(corridor.segments.length + corridor.flights.length);
  expect(modeTotals(corridor).map((t) => t.label)).toEqual(['Rail', 'Sea', 'Flights']);
});
