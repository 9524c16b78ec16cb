import type { ArticleInfo } from '../types';
import type { Problem } from '../problems';
import { EntryReader, valueLabel, isObject } from '../read';
import { GEO_FILES, ISO_DATE } from './common';

/** article.json: the attribution of the article; `text` is article.txt as it is. */
export function readArticleInfo(problems: Problem[], value: unknown, text: string) {
  if (value === undefined) return undefined;
  const file = GEO_FILES.articleInfo;
  const reader = new EntryReader(problems, file, 'article');
  if (!isObject(value)) {
    problems.push({ file, message: `must hold a JSON object, not ${valueLabel(value)}` });
    return undefined;
  }
  const info = {
    title: reader.string(value, 'title'),
    source: reader.string(value, 'source'),
    place: reader.string(value, 'place'),
    date: reader.matching(value, 'date', ISO_DATE, 'an ISO date (YYYY-MM-DD)'),
    publisher: reader.string(value, 'publisher'),
    author: reader.string(value, 'author'),
    url: reader.optionalString(value, 'url'),
  };
  const { title, source, place, date, publisher, author, url } = info;
  if (!title || !source || !place || !date || !publisher || !author) return undefined;
  const article: ArticleInfo = { title, source, place, date, publisher, author, text };
  if (url !== undefined) article.url = url;
  return article;
}
