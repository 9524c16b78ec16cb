import { expect, test } from 'vitest';
import { GEO_DIR, readGeoDir } from '../../../scripts/geo-files.ts';
import { formatKm, parseCorridor } from '../geo/index.ts';
import { choiceText } from './choice-text.ts';

const corridor = parseCorridor(readGeoDir(GEO_DIR));

test('a knot of lines lists each by name with its mode and length, in the order given', () => {
  const [a, b] = corridor.segments.slice(0, 2);
  const f = corridor.flights[0]!;
  const refs = Object.freeze([
    { kind: 'segment' as const, id: a!.id },
    { kind: 'flight' as const, id: f.id },
    { kind: 'segment' as const, id: b!.id },
    { kind: 'segment' as const, id: 'no-such-line' },
  ]);
  const text = choiceText(corridor, refs);
  expect(text.title).toBe('3 lines here');
  expect(text.items.map((i) => i.name)).toEqual([a!.name, f.name, b!.name]);
  expect(text.items[0]!.detail).toContain(formatKm(a!.lengthKm));
  expect(text.items[1]!.detail).toContain(formatKm(f.lengthKm));
});

test('a place with a line too short to click apart says both', () => {
  const s = corridor.segments[0]!;
  const text = choiceText(corridor, [
    { kind: 'node', id: s.from },
    { kind: 'segment', id: s.id },
  ]);
  expect(text.title).toBe('1 place and 1 line here');
  expect(text.items.map((i) => i.name)).toEqual([corridor.nodes.get(s.from)!.name, s.name]);
});
