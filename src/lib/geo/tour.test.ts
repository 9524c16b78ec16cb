import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../scripts/geo-files.ts';
import { parseCorridor } from './parse';
import { CorridorError, type Problem } from './problems';
import { parseTour } from './tour';

const sources = readGeoDir(GEO_DIR);
const corridor = deepFreeze(parseCorridor(sources));
const tourText = sources['tour.json']!;
const article = readFileSync(`${GEO_DIR}/article.txt`, 'utf8');

describe('the tour of geo/tour.json', () => {
  const tour = parseTour(tourText, corridor);
  const json = JSON.parse(tourText) as { id: string; view?: string; all?: boolean }[];

  test('holds every step of the file, in its order, each on the view it asks for', () => {
    expect(tour.map((s) => s.id)).toEqual(json.map((s) => s.id));
    expect(tour.map((s) => s.view)).toEqual(json.map((s) => s.view ?? 'flat'));
  });

  test('a step shows the chart its "panel" names, and no other step shows one', () => {
    expect(tour.map((s) => s.panel)).toEqual(json.map((s) => (s as { panel?: string }).panel));
  });

  test('quotes the article verbatim in every step', () => {
    for (const step of tour) expect(article).toContain(step.passage.text);
  });

  test('measures each step with the lines it shows', () => {
    for (const step of tour) {
      const shown = corridor.segments.filter((s) => step.focus.segments.includes(s.id));
      const sum = (mode: string) =>
        shown.filter((s) => s.mode === mode).reduce((km, s) => km + s.lengthKm, 0);
      expect(step.km.rail, step.id).toBeCloseTo(sum('rail'), 6);
      expect(step.km.sea, step.id).toBeCloseTo(sum('sea'), 6);
      const flights = corridor.flights.filter((f) => step.focus.flights.includes(f.id));
      expect(step.km.flights, step.id).toEqual(
        flights.map((f) => ({ name: f.name, km: f.lengthKm })),
      );
    }
  });

  test('a step with "all" shows every line; every step highlights the nodes at the ends of its lines', () => {
    for (const [i, step] of tour.entries()) {
      if (json[i]!.all) expect(step.focus.segments).toHaveLength(corridor.segments.length);
      const lines = [...corridor.segments, ...corridor.flights].filter(
        (l) => step.focus.segments.includes(l.id) || step.focus.flights.includes(l.id),
      );
      const ends = lines.flatMap((l) => [l.from, l.to]);
      expect(step.focus.nodes, step.id).toEqual(expect.arrayContaining(ends));
    }
  });
});

describe('a broken tour names the file, the step and the field', () => {
  const steps = () => JSON.parse(tourText) as Record<string, unknown>[];
  const problemsOf = (text: string): Problem[] => {
    try {
      parseTour(text, corridor);
    } catch (e) {
      expect(e).toBeInstanceOf(CorridorError);
      return [...(e as CorridorError).problems];
    }
    throw new Error('the tour was accepted');
  };
  const edit = (i: number, change: (step: Record<string, unknown>) => void) => {
    const s = steps();
    change(s[i]!);
    return JSON.stringify(s);
  };

  test.each([
    ['not JSON', '[{', { file: 'tour.json' }],
    ['not an array', '{}', { file: 'tour.json', message: expect.stringContaining('array') }],
    [
      'an unknown segment',
      edit(3, (s) => ((s.segments as string[])[0] = 'aktau-atlantis')),
      { id: 'caspian', field: 'segments[0]', message: expect.stringContaining('aktau-atlantis') },
    ],
    [
      'an unknown passage',
      edit(1, (s) => (s.passage = 'nowhere')),
      { id: 'china', field: 'passage' },
    ],
    [
      'a duplicate id',
      edit(2, (s) => (s.id = 'china')),
      { id: 'china', field: 'id', message: expect.stringContaining('another step') },
    ],
    [
      'an unknown panel',
      edit(3, (s) => (s.panel = 'pie-chart')),
      { id: 'caspian', field: 'panel', message: expect.stringContaining('pie-chart') },
    ],
    [
      'a step that shows nothing',
      edit(3, (s) => (s.segments = [])),
      { id: 'caspian', message: expect.stringContaining('shows nothing') },
    ],
    ['a bad view', edit(0, (s) => (s.view = 'round')), { id: 'overview', field: 'view' }],
    ['a missing title', edit(4, (s) => delete s.title), { id: 'baku', field: 'title' }],
    ['an ill-formed id', edit(4, (s) => (s.id = 'Baku!')), { field: '[4].id' }],
  ])('%s', (_, text, expected) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'tour.json', ...expected });
  });
});
