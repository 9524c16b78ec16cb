import { describe, expect, test } from 'vitest';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../scripts/geo-files.ts';
import { formatKm, mainLine, paragraphs, parseCorridor } from '../geo/index.ts';
import { publishedText, readerText, routeText, shortSource } from './index.ts';

const sources = readGeoDir(GEO_DIR);
const corridor = deepFreeze(parseCorridor(sources));
const articleText = sources['article.txt']!;
const reader = readerText(corridor, articleText);
const joined = (p: (typeof reader.paragraphs)[number]) =>
  p.stretches.flatMap((s) => s.words.map((w) => w.text)).join('');

describe('the reader', () => {
  test('gives back every paragraph of the article verbatim, numbered as the popups count', () => {
    const source = paragraphs(articleText);
    expect(reader.paragraphs.map((p) => p.n)).toEqual(source.map((_, i) => i + 1));
    expect(reader.paragraphs.map(joined)).toEqual(source);
    expect(reader.paragraphs.map((p) => p.text)).toEqual(source);
  });

  test('marks every passage of passages.json once, in its paragraph, with what it shows', () => {
    const marked = reader.paragraphs.flatMap((p) =>
      p.stretches
        .filter((s) => s.passage)
        .map((s) => ({ id: s.passage!, n: p.n, text: s.words.map((w) => w.text).join('') })),
    );
    expect(marked).toHaveLength(corridor.passages.size);
    for (const { id, n, text } of marked) {
      const passage = corridor.passages.get(id)!;
      expect([n, text]).toEqual([passage.paragraph, passage.text]);
    }
    const flights = reader.paragraphs
      .flatMap((p) => p.stretches)
      .find((s) => s.passage && corridor.flights.some((f) => f.passages.includes(s.passage!)))!;
    expect(flights.refs.filter((r) => r.kind === 'flight')).not.toEqual([]);
    expect(flights.shows).toContain(corridor.flights[0]!.name);
  });

  test('links each place name in each of its paragraphs, once', () => {
    for (const place of corridor.placeLinks) {
      for (const n of place.paragraphs) {
        const links = reader.paragraphs[n - 1]!.stretches.flatMap((s) =>
          s.words.filter((w) => w.place?.id === place.id),
        );
        expect(
          links.map((w) => w.text),
          `${place.id} ¶${n}`,
        ).toEqual([place.phrase]);
      }
    }
  });

  test('lays out the title, the dateline and the credit from article.json', () => {
    const info = corridor.article;
    const title = reader.paragraphs.find((p) => p.role === 'title')!;
    expect(title.text).toBe(info.title);
    expect(reader.paragraphs[title.n]!.role).toBe('dateline');
    expect(reader.paragraphs.slice(0, title.n - 1).every((p) => p.role === 'rubric')).toBe(true);
    expect(reader.credit.join(' ')).toContain(info.author);
    expect(reader.credit.join(' ')).toContain(info.publisher);
    expect(reader.dateline).toContain(info.source);
  });
});

describe('the route as text', () => {
  const routes = routeText(corridor);

  test('lists every segment once and every flight, each route under its own name', () => {
    const ids = routes.flatMap((r) => r.legs.map((l) => l.ref.id));
    expect(ids.sort()).toEqual(
      [...corridor.segments.map((s) => s.id), ...corridor.flights.map((f) => f.id)].sort(),
    );
    expect(routes.map((r) => r.heading)).toEqual(
      expect.arrayContaining(corridor.routes.map((r) => r.name)),
    );
  });

  test('the main line runs in travel order with km from its origin, as the popups count', () => {
    const main = routes.find((r) => corridor.routes.find((x) => x.id === r.id)?.main)!;
    const line = mainLine(corridor);
    expect(main.legs.map((l) => l.ref.id)).toEqual(line.map((s) => s.segment.id));
    expect(main.legs.map((l) => l.cumulative)).toEqual(line.map((s) => formatKm(s.endKm)));
    expect(main.legs.map((l) => l.km)).toEqual(line.map((s) => formatKm(s.segment.lengthKm)));
    expect(main.summary).toBe(`${formatKm(line.at(-1)!.endKm)} in ${line.length} legs`);
    // Legs join up: each starts where the one before it ended.
    main.legs.slice(1).forEach((leg, i) => expect(leg.from).toBe(main.legs[i]!.to));
  });

  test('every leg carries its first quote, with its ¶', () => {
    for (const leg of routes.flatMap((r) => r.legs)) {
      const line = [...corridor.segments, ...corridor.flights].find((l) => l.id === leg.ref.id)!;
      expect(leg.quote?.passageId).toBe(line.passages[0]);
      expect(leg.quote?.cite).toMatch(/^¶\d+ · /);
    }
  });
});

describe('published lengths', () => {
  test('a figure that measures one segment alone is shown beside it, with its source', () => {
    const figure = corridor.figures.find(
      (f) => f.measure.kind === 'segments' && f.measure.segments.length === 1,
    )!;
    const id = figure.measure.kind === 'segments' ? figure.measure.segments[0]! : '';
    expect(publishedText(corridor, id)).toBe(
      `published ${formatKm(figure.km)} · ${shortSource(figure.source)}`,
    );
  });

  test('a figure over several segments belongs to none of them', () => {
    const figure = corridor.figures.find(
      (f) => f.measure.kind === 'segments' && f.measure.segments.length > 1,
    )!;
    for (const id of figure.measure.kind === 'segments' ? figure.measure.segments : []) {
      const own = corridor.figures.some(
        (f) =>
          f.measure.kind === 'segments' &&
          f.measure.segments.length === 1 &&
          f.measure.segments[0] === id,
      );
      if (!own) expect(publishedText(corridor, id)).toBeUndefined();
    }
    expect(publishedText(corridor, 'no-such-segment')).toBeUndefined();
  });

  test("the source's own name, without its details", () => {
    expect(shortSource('TCDD Taşımacılık via Daily Sabah (2022) and DHA (2021)')).toBe(
      'TCDD Taşımacılık',
    );
    expect(shortSource('Wikipedia, "Longhai railway" (route diagram)')).toBe('Wikipedia');
    expect(shortSource('UIC / KTZ (section lengths)')).toBe('UIC / KTZ');
  });
});
