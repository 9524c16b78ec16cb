import { looseText, paragraphs, paragraphsContaining } from '../article';
import type { Passage } from '../types';
import type { Problem } from '../problems';
import { valueLabel, type EntryReader } from '../read';
import { GEO_FILES, eachEntry } from './common';

/** passages.json: verbatim quotes of article.txt, each with its ¶ number. */
export function readPassages(problems: Problem[], value: unknown, articleText: string | undefined) {
  const file = GEO_FILES.passages;
  const paras = articleText === undefined ? undefined : paragraphs(articleText);
  const passages = new Map<string, Passage>();
  const read = eachEntry(problems, file, value, ({ reader, obj, id, duplicate }) => {
    const text = reader.string(obj, 'text');
    const paragraph = readParagraph(reader, obj.paragraph, paras?.length);
    if (
      paragraph !== undefined &&
      text !== undefined &&
      paras !== undefined &&
      articleText !== undefined
    ) {
      const para = paras[paragraph - 1] ?? '';
      if (!para.includes(text)) {
        const elsewhere = paragraphsContaining(articleText, text);
        const loose = looseText(para).includes(looseText(text));
        reader.report(
          'text',
          elsewhere.length > 0
            ? `is not in ¶${paragraph}; it is in ¶${elsewhere.join(', ¶')}`
            : loose
              ? `is not verbatim in ¶${paragraph}: quote marks, dashes or spaces differ from the article`
              : `is not a verbatim quote of ¶${paragraph}`,
        );
      }
    }
    if (id !== undefined && !duplicate && text !== undefined && paragraph !== undefined) {
      passages.set(id, { id, paragraph, text });
    }
  });
  if (!read) return undefined;
  return passages;
}

function readParagraph(reader: EntryReader, value: unknown, count: number | undefined) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    reader.report(
      'paragraph',
      value === undefined
        ? 'is missing'
        : `must be a paragraph number ≥ 1, not ${valueLabel(value)}`,
    );
    return undefined;
  }
  if (count !== undefined && value > count) {
    reader.report('paragraph', `¶${value} does not exist: the article has ${count} paragraphs`);
    return undefined;
  }
  return value;
}
