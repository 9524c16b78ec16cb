import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../scripts/geo-files.ts';
import { compareRoutes, formatKm, parseComparison, parseCorridor } from '../geo/index.ts';
import { asOf, comparisonText, formatDays, stopText } from './comparison-text.ts';

const sources = readGeoDir(GEO_DIR);
const corridor = deepFreeze(parseCorridor(sources));
const comparison = deepFreeze(parseComparison(sources, corridor));
const summaries = compareRoutes(comparison, corridor);
const text = comparisonText(comparison, corridor);
const article = readFileSync(`${GEO_DIR}/article.txt`, 'utf8');

describe('formatDays and asOf', () => {
  test.each([
    [{ min: 13, max: 17 }, '13–17 days'],
    [{ min: 23, max: 23 }, '23 days'],
    [{ min: 55 / 1440, max: 55 / 1440 }, '55 min'],
    [{ min: 4.25 / 24, max: 9 / 24 }, '4.3–9 h'],
    [{ min: 0.5, max: 1.5 }, '0.5–1.5 days'],
  ])('%o is %s', (range, shown) => expect(formatDays(range)).toBe(shown));

  test.each([
    ['2023-11-26', '26 November 2023'],
    ['2021-08', 'August 2021'],
    ['2024', '2024'],
  ])('%s is %s', (date, shown) => expect(asOf(date)).toBe(shown));
});

describe('comparisonText', () => {
  test('one row per route of geo/comparison.json, with its Turf km and its published days', () => {
    expect(text.rows.map((r) => r.id)).toEqual(comparison.routes.map((r) => r.id));
    for (const [i, row] of text.rows.entries()) {
      const s = summaries[i]!;
      expect(row.km).toBe(formatKm(s.km.total));
      expect(row.days).toBe(formatDays(s.days));
      expect(row.transit).toHaveLength(s.transit.length);
    }
  });

  test('bars share one scale: the longest route and the longest time reach the end', () => {
    expect(Math.max(...text.rows.map((r) => r.kmShare))).toBe(1);
    expect(Math.max(...text.rows.map((r) => r.daysShare.max))).toBe(1);
    for (const row of text.rows) {
      expect(row.daysShare.min).toBeLessThanOrEqual(row.daysShare.max);
      for (const m of row.marks) {
        expect(m.share).toBeGreaterThanOrEqual(row.daysShare.min);
        expect(m.share).toBeLessThanOrEqual(row.daysShare.max);
      }
    }
  });

  test("the Middle Corridor's context quotes ¶19 on reliability verbatim, the others cite a source", () => {
    const quotes = text.rows.flatMap((r) =>
      r.context.flatMap((c) => (c.kind === 'quote' ? [c] : [])),
    );
    const reliability = quotes.find((q) => q.quote.passageId === 'reliability');
    expect(reliability?.quote.cite).toMatch(/^¶19 · /);
    expect(article).toContain(reliability?.quote.text);
    for (const row of text.rows) {
      expect(row.context.length, row.id).toBeGreaterThan(0);
      for (const c of row.context) if (c.kind === 'text') expect(c.cite).toMatch(/\d{4}$/);
    }
  });

  test('the days along a route: timed parts, then the rest no source attributes, within the bar', () => {
    expect(text.along.map((a) => a.id)).toEqual(
      summaries.filter((s) => s.along.length > 1).map((s) => s.id),
    );
    for (const row of text.along) {
      const s = summaries.find((x) => x.id === row.id)!;
      const rest = row.parts.at(-1)!;
      expect(rest.mode).toBe('rest');
      expect(rest.time).toBe(
        formatDays({
          min: Math.max(0, s.days.min - s.attributed.max),
          max: Math.max(0, s.days.max - s.attributed.min),
        }),
      );
      const total = row.parts.reduce((sum, p) => sum + p.share, 0);
      expect(total).toBeCloseTo(1, 9);
      const timed = row.parts.filter((p) => p.mode !== 'rest' && p.time);
      expect(timed).toHaveLength(s.along.filter((p) => p.time).length);
      for (const p of timed) expect(p.cite).toBeTruthy();
    }
  });

  test('volumes: a chart per series of more than one year, forecasts kept marked', () => {
    const series = comparison.volumes.filter((v) => v.values.length > 1);
    expect(text.volumes.map((v) => v.id)).toEqual(series.map((v) => v.id));
    for (const [i, chart] of text.volumes.entries()) {
      const values = series[i]!.values;
      expect(chart.bars.map((b) => b.year)).toEqual(values.map((v) => v.year));
      expect(chart.bars.map((b) => b.forecast)).toEqual(values.map((v) => v.forecast));
      expect(Math.max(...chart.bars.map((b) => b.share))).toBe(1);
    }
  });

  test("a chart cites its series' own source; a year with another source keeps it", () => {
    const file = JSON.parse(sources['corridor-volumes.json']!) as {
      series: { id: string; source: string; values: { year: number; source?: string }[] }[];
    };
    for (const chart of text.volumes) {
      const series = file.series.find((s) => s.id === chart.id)!;
      expect(chart.cite.startsWith(`${series.source}, `), chart.id).toBe(true);
      for (const v of series.values.filter((x) => x.source)) {
        const bar = chart.bars.find((b) => b.year === v.year)!;
        expect(bar.cite.startsWith(`${v.source}, `), `${chart.id} ${v.year}`).toBe(true);
      }
      for (const b of chart.bars) expect(b.value).toBe(`${b.amount} ${chart.unit}`);
    }
  });
});

describe('stopText', () => {
  test.each(comparison.stops.map((s) => [s.id, s] as const))(
    'the popup of %s says what happens there, with its source, and its time when published',
    (id, stop) => {
      const t = stopText(comparison, corridor, id)!;
      expect(t.kind).toBe('stop');
      expect(t.facts[0]).toBe(stop.what);
      expect(t.facts.join(' ')).toContain(stop.source);
      const time = t.facts.find((f) => f.startsWith('Time:'));
      if (stop.time) expect(time).toContain(stop.time.covers);
      else expect(time).toBe('Time: no published figure');
    },
  );

  test('an unknown stop has no popup', () => {
    expect(stopText(comparison, corridor, 'atlantis')).toBeUndefined();
  });
});
