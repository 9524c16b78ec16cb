import { expect, test } from 'vitest';
import { readPassages } from './passages';
import { geoJson, geoText, run } from './testing';

const list = geoJson('passages.json') as { id: string; paragraph: number; text: string }[];

test('every passage of passages.json reads, verbatim in its paragraph', () => {
  const { value, problems } = run((p) => readPassages(p, list, geoText['article.txt']));
  expect(problems).toEqual([]);
  expect([...value!.keys()]).toEqual(list.map((x) => x.id));
});

test('a quote moved to the wrong paragraph names the one it is in', () => {
  const [first] = list;
  const moved = [{ ...first!, paragraph: first!.paragraph + 1 }];
  const { problems } = run((p) => readPassages(p, moved, geoText['article.txt']));
  expect(problems).toEqual([
    {
      file: 'passages.json',
      id: first!.id,
      field: 'text',
      message: expect.stringContaining(`it is in ¶${first!.paragraph}`),
    },
  ]);
});
