// Every drawn line on the right side of every border and sea, checked against Natural Earth
// 1:50m countries (world-atlas). Rail must stay in the countries it runs through; ferries must
// stay at sea (the Caspian is water in these data: no country polygon covers it).
import { describe, expect, test } from 'vitest';
import { lineLengthKm, parseCorridor, type LngLat, type Segment } from '../../src/lib/geo/index';
import { strays as straysOf } from './countries';
import { GEO_DIR, readGeoDir } from '../../scripts/geo-files.ts';

const corridor = parseCorridor(readGeoDir(GEO_DIR));
const node = (id: string) => {
  const n = corridor.nodes.get(id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};

/** Where a segment leaves the land or sea it must stay in: one line per bad sample. */
const strays = (s: Segment) => straysOf({ ...s, ends: [node(s.from), node(s.to)] });

describe.each(corridor.segments.map((s) => [s.id, s] as const))('%s', (_, s) => {
  test(s.mode === 'rail' ? 'stays in the countries it runs through' : 'stays at sea', () => {
    expect(strays(s)).toEqual([]);
  });
});

describe('the check itself can fail', () => {
  const withLine = (s: Segment, coordinates: LngLat[]): Segment => ({
    ...s,
    coordinates,
    lengthKm: lineLengthKm(coordinates),
  });
  const straight = (from: string, to: string, mode: Segment['mode']): Segment => {
    const base = corridor.segments.find((x) => x.mode === mode);
    if (!base) throw new Error('missing');
    const line = [node(from).coordinates, node(to).coordinates];
    return withLine({ ...base, id: `${from}-${to}`, from, to, countries: [] }, line);
  };

  test('a straight Shu → Beineu line is caught crossing Uzbekistan', () => {
    const bad = strays(straight('shu', 'beineu', 'rail'));
    expect(bad.some((b) => b.includes('Uzbekistan'))).toBe(true);
  });

  test('a straight Aktau → Alat ferry is caught crossing the Absheron peninsula', () => {
    const bad = strays(straight('aktau', 'alat', 'sea'));
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.every((b) => b.includes('Azerbaijan'))).toBe(true);
  });

  test('one vertex of the real Ganja–Böyük Kəsik line pushed into Armenia is caught', () => {
    const real = corridor.segments.find((x) => x.id === 'ganja-boyuk-kesik');
    if (!real) throw new Error('missing');
    // The vertex at Ağstafa station (45.45, 41.12) moved 38 km west-northwest, across the border
    // near Gazakh.
    const aghstafa = real.coordinates.reduce((best, c) =>
      Math.hypot(c[0] - 45.45, c[1] - 41.12) < Math.hypot(best[0] - 45.45, best[1] - 41.12)
        ? c
        : best,
    );
    const moved = real.coordinates.map((c): LngLat => (c === aghstafa ? [45.0, 41.15] : c));
    expect(moved).not.toEqual(real.coordinates);
    expect(strays(real)).toEqual([]);
    expect(strays(withLine(real, moved)).some((b) => b.includes('Armenia'))).toBe(true);
  });
});
