import { describe, expect, test } from 'vitest';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../scripts/geo-files.ts';
import { paragraphs } from './article';
import { CorridorError, formatProblem } from './problems';
import { parseCorridor } from './parse';

const sources = deepFreeze(readGeoDir(GEO_DIR));

function problems(edited: Record<string, string>) {
  try {
    parseCorridor(edited);
  } catch (e) {
    if (e instanceof CorridorError) return e.problems;
    throw e;
  }
  throw new Error('accepted');
}

/** Edits one JSON file of the valid data. */
function edit(file: string, change: (json: unknown) => void): Record<string, string> {
  const json: unknown = JSON.parse(sources[file] ?? 'null');
  change(json);
  return { ...sources, [file]: JSON.stringify(json) };
}

describe('parseCorridor on the real data', () => {
  const corridor = parseCorridor(sources);

  test('reads every kind of content, as the files of geo/ give it', () => {
    const json = (file: string) => JSON.parse(sources[file]!) as Record<string, unknown>;
    type Features = { features: { properties: Record<string, unknown> }[] };
    const nodes = (json('nodes.geojson') as unknown as Features).features.map((f) => f.properties);
    expect([...corridor.nodes.keys()]).toEqual(nodes.map((n) => n.id));
    for (const n of nodes) {
      expect(corridor.nodes.get(n.id as string)).toMatchObject({
        name: n.name,
        kind: n.kind,
        country: n.country,
        ...(n.iata ? { iata: n.iata, icao: n.icao } : {}),
      });
    }
    const segments = (json('segments.geojson') as unknown as Features).features;
    expect(corridor.segments.map((s) => s.id)).toEqual(segments.map((f) => f.properties.id));
    const first = segments[0]!.properties;
    expect(corridor.segments[0]).toMatchObject({
      mode: first.mode,
      from: first.from,
      to: first.to,
      route: first.route,
    });
    expect(corridor.routes.filter((r) => r.main)).toHaveLength(1);
    expect(corridor.article).toMatchObject({
      ...json('article.json'),
      text: sources['article.txt'],
    });
  });

  test('keeps quotes exactly as in the article, typographic marks included', () => {
    const para19 = paragraphs(corridor.article.text)[18];
    const quote = corridor.passages.get('middle-corridor')?.text ?? '';
    expect(quote).toContain('"Middle Corridor."');
    expect(para19).toContain(quote);
  });

  test('ignores files it does not read (README.md, a future tour.json)', () => {
    const more = { ...sources, 'tour.json': '{ not json at all', 'README.md': '# hi' };
    expect(parseCorridor(more).segments).toHaveLength(corridor.segments.length);
  });

  test('a parse does not depend on the order of the files', () => {
    const reversed = Object.fromEntries(Object.entries(sources).reverse());
    expect(parseCorridor(reversed)).toEqual(corridor);
  });
});

describe('parseCorridor on broken data', () => {
  test('collects every problem at once, each naming file, id and field', () => {
    const broken = edit('segments.geojson', (fc) => {
      const features = (fc as { features: { properties: Record<string, unknown> }[] }).features;
      const [a, b] = features;
      if (!a || !b) throw new Error('no features');
      a.properties.mode = 'air';
      b.properties.from = 'nowhere';
    });
    const found = problems({ ...broken, 'flights.json': '[' });
    expect(found).toEqual(
      expect.arrayContaining([
        { file: 'flights.json', message: expect.stringContaining('is not valid JSON') },
        {
          file: 'segments.geojson',
          id: 'lianyungang-xian',
          field: 'properties.mode',
          message: 'must be "rail" or "sea", not "air"',
        },
        {
          file: 'segments.geojson',
          id: 'chongqing-lanzhou',
          field: 'properties.from',
          message: 'unknown node "nowhere" (not in nodes.geojson)',
        },
      ]),
    );
    expect(found).toHaveLength(3);
  });

  test('throws a CorridorError whose message lists the problems, readable', () => {
    const noArticle = { ...sources };
    delete noArticle['article.txt'];
    try {
      parseCorridor(noArticle);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CorridorError);
      expect(e).toBeInstanceOf(Error);
      if (!(e instanceof CorridorError)) return;
      expect(e.name).toBe('CorridorError');
      // Without the article no quote can be checked, so only the missing file is reported.
      expect(e.problems).toEqual([{ file: 'article.txt', message: 'file is missing' }]);
      expect(e.message).toBe(
        'Invalid corridor data (1 problem):\n  - article.txt: file is missing',
      );
    }
  });

  test('locates an entry by position when its id is unusable', () => {
    const broken = edit('passages.json', (list) => {
      const first = (list as Record<string, unknown>[])[0];
      if (first) first.id = 42;
    });
    expect(problems(broken)).toContainEqual({
      file: 'passages.json',
      field: '[0].id',
      message: 'must be a string, not 42',
    });
  });

  test('formats a problem as file "id" field: message', () => {
    expect(
      formatProblem({ file: 'nodes.geojson', id: 'kars', field: 'properties.kind', message: 'x' }),
    ).toBe('nodes.geojson "kars" properties.kind: x');
    expect(formatProblem({ file: 'flights.json', message: 'file is missing' })).toBe(
      'flights.json: file is missing',
    );
  });
});
