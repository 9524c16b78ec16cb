import { expect, test } from 'vitest';
import { parseTrack, trackLine } from './tracks';

const FILE = 'tracks/a-b.json';

function track(overrides: Record<string, unknown> = {}) {
  return {
    segment: 'a-b',
    course: 'From A along the river to B (the line article).',
    sources: { wp: { title: 'Wikipedia, "A–B railway"', url: 'https://en.wikipedia.org/wiki/A' } },
    points: [
      { name: 'A', kind: 'station', at: [44.000004, 40], source: 'wp' },
      { name: 'Bend', kind: 'estimate', at: [44.2, 40.1], why: 'the valley the article names' },
      { name: 'B', kind: 'station', at: [44.4, 40.2], source: 'wp' },
    ],
    ...overrides,
  };
}

const parse = (value: unknown, file = FILE) => parseTrack(file, JSON.stringify(value));

test('a valid track reads, and its line is its points rounded to about a metre', () => {
  const input = Object.freeze(track());
  const { track: read, problems } = parse(input);
  expect(problems).toEqual([]);
  expect(trackLine(read!)).toEqual([
    [44, 40],
    [44.2, 40.1],
    [44.4, 40.2],
  ]);
  expect(read!.points[1]).toMatchObject({ kind: 'estimate', why: expect.any(String) });
});

test.each([
  [
    'a point naming a source the file does not list',
    {
      points: [track().points[0], { name: 'B', kind: 'station', at: [44.4, 40.2], source: 'osm' }],
    },
    { field: 'points[1].source', message: 'unknown source "osm" (not in "sources")' },
  ],
  [
    'an estimate without its reason',
    { points: [track().points[0], { name: 'B', kind: 'estimate', at: [44.4, 40.2] }] },
    { field: 'points[1].why', message: 'is missing' },
  ],
  [
    'a sourced point without a source',
    { points: [track().points[0], { name: 'B', kind: 'town', at: [44.4, 40.2] }] },
    { field: 'points[1].source', message: 'is missing' },
  ],
  [
    'a straight leg longer than 60 km',
    { points: [track().points[0], { name: 'B', kind: 'station', at: [45, 40], source: 'wp' }] },
    { field: 'points[1].at', message: expect.stringContaining('legs must be ≤ 60 km') },
  ],
  [
    'a kind the map does not know',
    { points: [track().points[0], { name: 'B', kind: 'halt', at: [44.4, 40.2], source: 'wp' }] },
    { field: 'points[1].kind', message: expect.stringContaining('"station" or') },
  ],
  [
    'a position written [lat, lon]',
    {
      points: [track().points[0], { name: 'B', kind: 'station', at: [40.2, 144.4], source: 'wp' }],
    },
    { field: 'points[1].at', message: expect.stringContaining('looks like [lat, lon]') },
  ],
  [
    'a source no point uses',
    { sources: { ...track().sources, gn: { title: 'GeoNames' } } },
    { field: 'sources.gn', message: 'is not used by any point' },
  ],
  [
    'a source address that is not a web address',
    { sources: { wp: { title: 'Wikipedia', url: 'ftp://x' } } },
    { field: 'sources.wp.url', message: expect.stringContaining('is not an http(s) address') },
  ],
])('%s is reported on its field', (_, overrides, expected) => {
  const { track: read, problems } = parse(track(overrides));
  expect(read).toBeUndefined();
  expect(problems).toEqual([{ file: FILE, id: 'a-b', ...expected }]);
});

test('a file named after another segment is reported', () => {
  const { problems } = parse(track(), 'tracks/b-c.json');
  expect(problems).toEqual([
    {
      file: 'tracks/b-c.json',
      id: 'a-b',
      field: 'segment',
      message: 'names "a-b", so the file must be tracks/a-b.json',
    },
  ]);
});

test('text that is not JSON is reported with the file', () => {
  const { problems } = parseTrack(FILE, '{ "segment": ');
  expect(problems).toEqual([{ file: FILE, message: expect.stringContaining('is not valid JSON') }]);
});
