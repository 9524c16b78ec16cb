import { expect, test } from 'vitest';
import { readFigures } from './figures';
import { ANY_DECLARED, geoJson, run } from './testing';

test('every published figure reads with how it is measured', () => {
  const json = geoJson('figures.json') as { id: string; measure: unknown }[];
  const { value, problems } = run((p) => readFigures(p, json, ANY_DECLARED));
  expect(problems).toEqual([]);
  expect(value!.map((f) => [f.id, f.measure])).toEqual(json.map((f) => [f.id, f.measure]));
});

test('figures.json is optional; a measure of an unknown kind is reported', () => {
  expect(run((p) => readFigures(p, undefined, ANY_DECLARED))).toEqual({ value: [], problems: [] });
  const json = geoJson('figures.json') as { id: string; measure: { kind: string } }[];
  json[0]!.measure.kind = 'guess';
  const { problems } = run((p) => readFigures(p, json, ANY_DECLARED));
  expect(problems).toEqual([
    {
      file: 'figures.json',
      id: json[0]!.id,
      field: 'measure.kind',
      message: expect.stringContaining('must be'),
    },
  ]);
});
