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

  test('runs from the overview to a closing overview, through the corridor in order', () => {
    expect(tour.map((s) => s.id)).toEqual([
      'overview',
      'china',
      'kazakhstan',
      'caspian',
      'baku',
      'caucasus',
      'europe',
      'flights',
      'closing',
    ]);
    expect(tour[0]!.view).toBe('globe');
  });

  test('quotes the article verbatim in every step', () => {
    for (const step of tour) expect(article).toContain(step.passage.text);
  });

  test('measures each step with the segments it shows', () => {
    const caspian = tour.find((s) => s.id === 'caspian')!;
    const ferries = corridor.segments.filter((s) => caspian.focus.segments.includes(s.id));
    expect(ferries.map((s) => s.mode)).toEqual(['sea', 'sea', 'sea']);
    expect(caspian.km.sea).toBeCloseTo(
      ferries.reduce((km, s) => km + s.lengthKm, 0),
      6,
    );
    expect(caspian.km.rail).toBe(0);
    const flights = tour.find((s) => s.id === 'flights')!;
    expect(flights.km.flights.map((f) => Math.round(f.km))).toEqual([5503, 3081]);
  });

  test('highlights the nodes at the ends of its lines', () => {
    const caspian = tour.find((s) => s.id === 'caspian')!;
    expect(caspian.focus.nodes).toEqual(expect.arrayContaining(['aktau', 'kuryk', 'alat']));
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
