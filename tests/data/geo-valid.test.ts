import fs from 'node:fs';
import { expect, test } from 'vitest';
import { paragraphs, parseCorridor } from '../../src/lib/geo/index';
import { GEO_DIR, readGeoDir } from '../../scripts/geo-files.ts';

const sources = readGeoDir(GEO_DIR);
const corridor = parseCorridor(sources);

test('every file of geo/ parses and validates', () => {
  expect(() => parseCorridor(sources)).not.toThrow();
  for (const file of Object.keys(sources).filter((f) => /\.(geo)?json$/.test(f))) {
    expect(() => JSON.parse(sources[file] ?? ''), file).not.toThrow();
  }
});

const shared = new URL('../../../shared/article.txt', import.meta.url);
test.skipIf(!fs.existsSync(shared))('geo/article.txt is the source article, byte for byte', () => {
  expect(fs.readFileSync(new URL('../../geo/article.txt', import.meta.url))).toEqual(
    fs.readFileSync(shared),
  );
});

test('the article has the 21 paragraphs the passages are numbered against', () => {
  const paras = paragraphs(corridor.article.text);
  expect(paras).toHaveLength(21);
  expect(paras[0]).toBe('POLITICS');
  expect(paras[5]).toMatch(/^And a natural consequence/);
  expect(paras[18]).toMatch(/^When discussing regional connectivity/);
  expect(paras[20]).toMatch(/^In conclusion/);
});

test('the nodes the issue asks for are all there', () => {
  const required = [
    'xian',
    'lianyungang',
    'chongqing',
    'urumqi',
    'khorgos',
    'altynkol',
    'alashankou',
    'dostyk',
    'almaty',
    'shu',
    'aktogay',
    'zhezkazgan',
    'beineu',
    'aktau',
    'kuryk',
    'turkmenbasy',
    'alat',
    'baku',
    'ganja',
    'boyuk-kesik',
    'tbilisi',
    'akhalkalaki',
    'kars',
    'poti',
    'batumi',
    'anaklia',
    'ankara',
    'halkali',
    'kapikule',
    'constanta',
    'pek',
    'urc',
    'gyd',
  ];
  expect([...corridor.nodes.keys()]).toEqual(expect.arrayContaining(required));
  for (const id of ['pek', 'urc', 'gyd']) expect(corridor.nodes.get(id)?.kind).toBe('airport');
});

test('the branches the issue asks for are drawn', () => {
  const has = (from: string, to: string) =>
    corridor.segments.some(
      (s) => (s.from === from && s.to === to) || (s.from === to && s.to === from),
    );
  expect(has('alashankou', 'dostyk')).toBe(true);
  expect(has('poti', 'constanta') && has('batumi', 'constanta')).toBe(true);
  expect(has('turkmenbasy', 'alat')).toBe(true);
  expect(has('kuryk', 'alat')).toBe(true);
  expect(has('halkali', 'kapikule')).toBe(true);
  expect(corridor.flights.map((f) => [f.from, f.to])).toEqual([
    ['pek', 'gyd'],
    ['urc', 'gyd'],
  ]);
});
