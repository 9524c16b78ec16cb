import { expect, test } from 'vitest';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../scripts/geo-files.ts';
import { paragraphs } from './article';
import { parseCorridor } from './parse';
import { prepareCorridor, readPrepared } from './prepared';
import { CorridorError } from './problems';
import { parseTour, TOUR_FILE } from './tour';

const sources = deepFreeze(readGeoDir(GEO_DIR));

test('the corridor the page reads from JSON is the one parsed from geo/', () => {
  const prepared = JSON.parse(JSON.stringify(prepareCorridor(sources))) as ReturnType<
    typeof prepareCorridor
  >;
  const corridor = parseCorridor(sources);
  expect(readPrepared(prepared)).toEqual(corridor);
  expect(prepared.tour).toEqual(parseTour(sources[TOUR_FILE]!, corridor));
  expect(prepared.paragraphs).toBe(paragraphs(sources['article.txt']!).length);
});

test('bad data fails the preparation, naming the file', () => {
  const nodes = JSON.parse(sources['nodes.geojson']!) as { features: unknown[] };
  const broken = { ...sources, 'nodes.geojson': JSON.stringify({ ...nodes, features: 'none' }) };
  expect(() => prepareCorridor(broken)).toThrow(CorridorError);
  expect(() => prepareCorridor(broken)).toThrow(/nodes\.geojson/);
});
