import { expect, test } from 'vitest';
import { readPlaces } from './places';
import { ANY_DECLARED, geoJson, geoText, run } from './testing';

const article = geoText['article.txt']!;
type Json = Record<string, unknown>;
const places = () => geoJson('places.json') as Json[];

test('every place of geo/places.json reads, with its phrase, paragraphs and target', () => {
  const json = places();
  const { value, problems } = run((p) => readPlaces(p, json, article, ANY_DECLARED));
  expect(problems).toEqual([]);
  expect(value!.map((p) => [p.id, p.phrase, p.paragraphs])).toEqual(
    json.map((p) => [p.id, p.phrase, p.paragraphs]),
  );
});

test('places.json is optional', () => {
  expect(run((p) => readPlaces(p, undefined, article, ANY_DECLARED))).toEqual({
    value: [],
    problems: [],
  });
});

test('a phrase that is not in its paragraph is reported with file, id and field', () => {
  const json = places();
  const first = json[0]!;
  first.paragraphs = [1];
  const { problems } = run((p) => readPlaces(p, json, article, ANY_DECLARED));
  expect(problems).toEqual([
    {
      file: 'places.json',
      id: first.id,
      field: 'paragraphs[0]',
      message: `"${String(first.phrase)}" does not occur verbatim in ¶1`,
    },
  ]);
});

test('a target that does not exist, and bounds turned inside out, are reported', () => {
  const json = places();
  const withTarget = json.find((p) => p.target !== undefined)!;
  withTarget.target = { kind: 'node', id: 'atlantis' };
  const withBounds = json.find((p) => p.bounds !== undefined)!;
  withBounds.bounds = [
    [50, 40],
    [40, 30],
  ];
  const declared = { ...ANY_DECLARED, nodes: { has: (id: string) => id !== 'atlantis' } };
  const { problems } = run((p) => readPlaces(p, json, article, declared));
  expect(problems).toEqual([
    {
      file: 'places.json',
      id: withTarget.id,
      field: 'target.id',
      message: 'unknown node "atlantis"',
    },
    {
      file: 'places.json',
      id: withBounds.id,
      field: 'bounds',
      message: expect.stringContaining('south-west corner'),
    },
  ]);
});

test('a place needs a target or bounds, not both', () => {
  const json = places();
  const place = json[0]!;
  delete place.target;
  delete place.bounds;
  const twice = json[1]!;
  twice.target = { kind: 'node', id: 'baku' };
  const { problems } = run((p) => readPlaces(p, json, article, ANY_DECLARED));
  expect(problems.map((p) => [p.id, p.field])).toEqual([
    [place.id, 'target'],
    [twice.id, 'target'],
  ]);
});
