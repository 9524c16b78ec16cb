import { expect, test } from 'vitest';
import { readArticleInfo } from './article';
import { geoJson, geoText, run } from './testing';

test('article.json reads with article.txt as its text', () => {
  const info = geoJson('article.json') as Record<string, string>;
  const { value, problems } = run((p) => readArticleInfo(p, info, geoText['article.txt']!));
  expect(problems).toEqual([]);
  expect(value).toMatchObject({ ...info, text: geoText['article.txt'] });
});

test('a date that is not ISO is reported on its field', () => {
  const info = { ...(geoJson('article.json') as object), date: '8 April 2025' };
  const { value, problems } = run((p) => readArticleInfo(p, info, ''));
  expect(value).toBeUndefined();
  expect(problems).toEqual([
    { file: 'article.json', field: 'article.date', message: expect.stringContaining('ISO date') },
  ]);
});
