import { describe, expect, test } from 'vitest';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../scripts/geo-files.ts';
import { mainLine } from './distance';
import { greatCircleKm, lineLengthKm } from './measure';
import { parseCorridor } from './parse';
import { CorridorError, type Problem } from './problems';
import {
  COMPARISON_FILES,
  KM_PER_NMI,
  SEA_VERTEX_KM,
  kmAlong,
  parseComparison,
  seaLine,
} from './read-comparison';

const sources = deepFreeze(readGeoDir(GEO_DIR));
const corridor = parseCorridor(sources);
const comparison = parseComparison(sources, corridor);

function problems(edited: Record<string, string>): readonly Problem[] {
  try {
    parseComparison(edited, corridor);
  } catch (e) {
    if (e instanceof CorridorError) return e.problems;
    throw e;
  }
  throw new Error('accepted');
}

/** Edits one JSON file of the valid data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reaches into the JSON it breaks
function edit(file: string, change: (json: any) => void): Record<string, string> {
  const json: unknown = JSON.parse(sources[file] ?? 'null');
  change(json);
  return { ...sources, [file]: JSON.stringify(json) };
}

const route = (id: string) => {
  const r = comparison.routes.find((x) => x.id === id);
  if (!r) throw new Error(`no route ${id}`);
  return r;
};
const routeKm = (id: string) =>
  route(id).legs.reduce((km, l) => km + (l.kind === 'move' ? l.lengthKm : 0), 0);

describe('seaLine', () => {
  test('Port Said to off Gibraltar is one great circle, a vertex at least every 100 km', () => {
    const line = seaLine([
      [32.33, 31.27],
      [-5.6, 35.95],
    ]);
    expect(lineLengthKm(line)).toBeCloseTo(greatCircleKm([32.33, 31.27], [-5.6, 35.95]), 3);
    expect(line[0]).toEqual([32.33, 31.27]);
    expect(line.at(-1)).toEqual([-5.6, 35.95]);
    for (let i = 1; i < line.length; i++) {
      expect(greatCircleKm(line[i - 1] ?? [0, 0], line[i] ?? [0, 0])).toBeLessThanOrEqual(
        SEA_VERTEX_KM,
      );
    }
  });

  test('a short hop stays two points', () => {
    expect(
      seaLine([
        [3.5, 51.95],
        [4.03, 51.96],
      ]),
    ).toEqual([
      [3.5, 51.95],
      [4.03, 51.96],
    ]);
  });
});

describe('parseComparison on the real data', () => {
  test('reads the four routes in file order', () => {
    expect(comparison.routes.map((r) => r.id)).toEqual([
      'middle-corridor',
      'northern',
      'sea-suez',
      'sea-cape',
    ]);
  });

  test("the Middle Corridor's legs are the corridor's main line, km for km", () => {
    const main = mainLine(corridor).at(-1)?.endKm ?? NaN;
    expect(routeKm('middle-corridor')).toBeCloseTo(main, 6);
  });

  test('every drawn line is measured by Turf on its own coordinates', () => {
    for (const line of comparison.lines) {
      expect(line.lengthKm, line.id).toBeCloseTo(lineLengthKm(line.coordinates), 9);
    }
    for (const r of comparison.routes) {
      for (const leg of r.legs) {
        if (leg.kind === 'move') expect(leg.lengthKm).toBeCloseTo(lineLengthKm(leg.coordinates), 9);
      }
    }
  });

  test('each sea route is one generated line from Shanghai to Rotterdam', () => {
    const sea = comparison.lines.filter((l) => l.mode === 'sea');
    expect(sea.map((l) => [l.id, l.from, l.to])).toEqual([
      ['sea-suez', 'yangshan', 'rotterdam'],
      ['sea-cape', 'yangshan', 'rotterdam'],
    ]);
    const [suez, cape] = sea;
    expect(suez?.coordinates[0]).toEqual(comparison.places.get('yangshan')?.coordinates);
    expect(suez?.coordinates.at(-1)).toEqual(comparison.places.get('rotterdam')?.coordinates);
    expect(cape?.lengthKm).toBeGreaterThan((suez?.lengthKm ?? Infinity) + 5000);
  });

  test('the drawn routes are within 5 % of their published lengths', () => {
    expect(comparison.lengths.map((l) => l.id)).toEqual([
      'urumqi-brest',
      'shanghai-rotterdam-suez',
      'shanghai-rotterdam-cape',
    ]);
    for (const l of comparison.lengths) {
      const r = route(l.route);
      const km = (kmAlong(r, l.to) ?? NaN) - (kmAlong(r, l.from) ?? NaN);
      expect(Math.abs(km / l.km - 1), l.id).toBeLessThan(0.05);
    }
  });

  test('nautical miles are converted exactly', () => {
    const suez = comparison.lengths.find((l) => l.id === 'shanghai-rotterdam-suez');
    expect(suez).toMatchObject({ value: 10600, unit: 'nmi' });
    expect(suez?.km).toBe(10600 * KM_PER_NMI);
  });

  test('every published time, stop time and volume has a source and a date', () => {
    const sourced = [
      ...comparison.routes.flatMap((r) => r.transit),
      ...comparison.stops.flatMap((s) => (s.time ? [s, s.time] : [s])),
      ...comparison.volumes.flatMap((s) => s.values),
      ...comparison.routes.flatMap((r) => r.context.flatMap((c) => (c.kind === 'text' ? [c] : []))),
    ];
    expect(sourced.length).toBeGreaterThan(30);
    for (const x of sourced) {
      expect(x.source.trim()).not.toBe('');
      expect(x.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  test("the Middle Corridor's context quotes the article's ¶19 verbatim", () => {
    const [first] = route('middle-corridor').context;
    expect(first).toMatchObject({ kind: 'passage', passage: { id: 'reliability', paragraph: 19 } });
  });

  test('the stops the issue asks for are there, with their gauges', () => {
    const byId = new Map(comparison.stops.map((s) => [s.id, s]));
    expect(byId.get('khorgos-altynkol')?.gauge).toEqual([1435, 1520]);
    expect(byId.get('alashankou-dostyk')?.gauge).toEqual([1435, 1520]);
    expect(byId.get('akhalkalaki')?.gauge).toEqual([1520, 1435]);
    expect(byId.get('brest-malaszewicze')?.gauge).toEqual([1520, 1435]);
    for (const port of ['aktau', 'kuryk', 'alat', 'poti', 'batumi', 'constanta']) {
      expect(byId.get(port)?.kind, port).toBe('transshipment');
    }
  });

  test('a forecast stays marked as one', () => {
    const tonnes = comparison.volumes.find((s) => s.id === 'tonnes');
    const forecasts = tonnes?.values.filter((v) => v.forecast).map((v) => v.year);
    expect(forecasts).toEqual([2030]);
    expect(tonnes?.values.find((v) => v.year === 2030)?.source).toMatch(/World Bank/);
  });
});

describe('parseComparison names the file, the entry and the field of each problem', () => {
  const { routes: ROUTES, volumes: VOLUMES, rail: RAIL, places: PLACES } = COMPARISON_FILES;

  test('a transit time without a date', () => {
    const bad = edit(ROUTES, (j) => delete j.routes[1].transit[0].date);
    expect(problems(bad)).toEqual([
      { file: ROUTES, id: 'northern', field: 'transit[0].date', message: 'is missing' },
    ]);
  });

  test('a negative number of days', () => {
    const bad = edit(ROUTES, (j) => (j.routes[0].transit[0].min = -3));
    expect(problems(bad)).toEqual([
      expect.objectContaining({ id: 'middle-corridor', field: 'transit[0].min' }),
    ]);
  });

  test('a time without its unit', () => {
    const bad = edit(ROUTES, (j) => delete j.stops[1].time.unit);
    expect(problems(bad)).toEqual([
      expect.objectContaining({ id: 'alashankou-dostyk', field: 'time.unit' }),
    ]);
  });

  test('a range upside down', () => {
    const bad = edit(ROUTES, (j) => Object.assign(j.routes[2].transit[0], { min: 40, max: 30 }));
    expect(problems(bad)[0]).toMatchObject({
      id: 'sea-suez',
      field: 'transit[0]',
      message: 'must have min ≤ typical ≤ max, not 40, 30',
    });
  });

  test('a stop that is not where the previous leg ends', () => {
    const bad = edit(ROUTES, (j) => (j.routes[0].legs[1] = { stop: 'akhalkalaki' }));
    expect(problems(bad)[0]).toMatchObject({ id: 'middle-corridor', field: 'legs[1]' });
  });

  test('a gap between two legs', () => {
    const bad = edit(ROUTES, (j) => (j.routes[1].legs[6].from = 'moscow'));
    expect(problems(bad).map((p) => p.field)).toContain('legs[6].from');
  });

  test('a corridor leg that would take a ferry where the data says rail', () => {
    const bad = edit(ROUTES, (j) => (j.routes[0].legs[2].to = 'alat'));
    expect(problems(bad)[0]?.message).toMatch(/takes sea segment "aktau-alat", not only rail/);
  });

  test('an unknown passage', () => {
    const bad = edit(ROUTES, (j) => (j.routes[0].context[0].passage = 'invented'));
    expect(problems(bad)).toEqual([
      expect.objectContaining({ field: 'context[0].passage', id: 'middle-corridor' }),
    ]);
  });

  test('a gauge that is not a gauge', () => {
    const bad = edit(ROUTES, (j) => (j.stops[0].gauge = [1435, 1000]));
    expect(problems(bad)).toEqual([
      expect.objectContaining({ id: 'khorgos-altynkol', field: 'gauge' }),
    ]);
  });

  test('a volume without a unit', () => {
    const bad = edit(VOLUMES, (j) => delete j.series[0].unit);
    expect(problems(bad)).toEqual([
      expect.objectContaining({ file: VOLUMES, id: 'tonnes', field: 'unit' }),
    ]);
  });

  test('a new year is one line, and a year out of order is caught', () => {
    const next = edit(VOLUMES, (j) => j.series[0].values.splice(5, 0, { year: 2026, value: 5 }));
    const added = parseComparison(next, corridor).volumes[0]?.values.find((v) => v.year === 2026);
    expect(added).toMatchObject({ value: 5, forecast: false, date: '2026-03-10' });
    const bad = edit(VOLUMES, (j) => j.series[0].values.push({ year: 2022, value: 1 }));
    expect(problems(bad)[0]).toMatchObject({ id: 'tonnes', field: 'values[6].year' });
  });

  test('a rail line drawn away from its station', () => {
    const bad = edit(RAIL, (j) => (j.features[3].geometry.coordinates[2] = [23.0, 52.04]));
    expect(problems(bad)).toEqual([
      expect.objectContaining({
        file: RAIL,
        id: 'brest-malaszewicze',
        field: 'geometry.coordinates',
        message: expect.stringMatching(/^last position is 36\.\d km from "malaszewicze"$/),
      }),
    ]);
  });

  test('a straight rail leg across half of Russia', () => {
    const bad = edit(RAIL, (j) => j.features[1].geometry.coordinates.splice(1, 20));
    expect(problems(bad)[0]).toMatchObject({
      id: 'petropavl-moscow',
      field: 'geometry.coordinates[1]',
    });
  });

  test('a place that repeats a corridor node', () => {
    const bad = edit(PLACES, (j) => (j.features[0].properties.id = 'baku'));
    expect(problems(bad)[0]).toMatchObject({ file: PLACES, id: 'baku', field: 'properties.id' });
  });

  test('a missing file', () => {
    const rest = Object.fromEntries(Object.entries(sources).filter(([f]) => f !== VOLUMES));
    expect(problems(rest)).toEqual([{ file: VOLUMES, message: 'file is missing' }]);
  });
});
