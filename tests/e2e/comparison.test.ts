import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launch, offOrigin, record, waitForIdle, type Browser, type PageLog } from './browser.ts';
import { project } from './pixels.ts';
import { corridor, formatKm } from './corridor.ts';
import { compareRoutes, parseComparison, parseTour } from '../../src/lib/geo/index.ts';
import { GEO_DIR, readGeoDir } from '../../scripts/geo-files.ts';

// What the screen must say, computed here from geo/ with the pure core, never copied.
const sources = readGeoDir(GEO_DIR);
const comparison = parseComparison(sources, corridor);
const routes = compareRoutes(comparison, corridor);
const tour = parseTour(sources['tour.json']!, corridor);
const baseUrl = inject('baseUrl');

/** Every published transit time is in whole days: "13–37 days", "23 days". */
const days = ({ min, max }: { min: number; max: number }) =>
  `${min === max ? min : `${min}–${max}`} days`;
const tonnes = comparison.volumes.find((v) => v.unit === 'Mt' && v.values.length > 1)!;
/** Columns show the amount; the unit (Mt) is in the chart's caption. */
const mt = (v: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(v);

/** The routes chart's labels, route by route, as the page shows them. */
async function routeLabels(page: Page, scope: string) {
  return page.locator(`${scope} [data-chart=routes] .route[data-route]`).evaluateAll((rows) =>
    rows.map((r) => ({
      id: r.getAttribute('data-route'),
      name: r.querySelector('.name')?.textContent?.trim(),
      km: r.querySelector('[data-value=km]')?.textContent?.trim(),
      days: r.querySelector('[data-value=days]')?.textContent?.trim(),
    })),
  );
}
const expectedRoutes = routes.map((r) => ({
  id: r.id,
  name: r.name,
  km: formatKm(r.km.total),
  days: days(r.days),
}));

async function volumeLabels(page: Page, scope: string, series: string) {
  return page
    .locator(`${scope} [data-chart=volumes][data-series=${series}] .column`)
    .evaluateAll((cols) =>
      cols.map((c) => ({
        year: c.querySelector('.year')?.textContent?.trim(),
        value: c.querySelector('[data-value=volume]')?.textContent?.trim(),
      })),
    );
}
const expectedTonnes = tonnes.values.map((v) => ({
  year: `${v.year}${v.forecast ? 'forecast' : ''}`,
  value: mt(v.value),
}));

async function visibility(page: Page, layer: string) {
  return page.evaluate((id) => window.map!.getLayoutProperty(id, 'visibility'), layer);
}
async function rendered(page: Page, layer: string) {
  return page.evaluate((id) => window.map!.queryRenderedFeatures({ layers: [id] }).length, layer);
}

describe('the comparison in the panel', () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;
  beforeAll(async () => {
    browser = await launch({ width: 1280, height: 800 });
    page = await browser.context.newPage();
    log = record(page);
    await page.goto(`${baseUrl}/`);
    await waitForIdle(page);
    await page.locator('[data-testid=comparison] > summary').click();
    // Frame every route compared, beside the panel.
    await page.evaluate(() =>
      window.map!.fitBounds(
        [
          [-20, -36],
          [123, 57],
        ],
        { animate: false, padding: { left: 420, top: 20, right: 20, bottom: 20 } },
      ),
    );
    await waitForIdle(page);
  });
  afterAll(() => browser.close());

  test.each([
    ['Northern route', ['compare-northern', 'compare-northern-casing']],
    ['Sea via Suez', ['compare-sea']],
    ['Where the days go', ['compare-stops']],
  ])('the "%s" switch shows and hides its layers, from the keyboard', async (label, layers) => {
    const box = page.getByRole('checkbox', { name: label });
    for (const id of layers) {
      expect(await visibility(page, id)).toBe('none');
      expect(await rendered(page, id)).toBe(0);
    }
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    await waitForIdle(page);
    for (const id of layers) {
      await expect.poll(() => visibility(page, id)).toBe('visible');
      expect(await rendered(page, id), id).toBeGreaterThan(0);
    }
    await page.keyboard.press('Space');
    await waitForIdle(page);
    for (const id of layers) {
      await expect.poll(() => visibility(page, id)).toBe('none');
      expect(await rendered(page, id)).toBe(0);
    }
  });

  test('the comparison lines lie under the corridor', async () => {
    const order = await page.evaluate(() => window.map!.getStyle().layers.map((l) => l.id));
    const lowestCorridor = Math.min(order.indexOf('route-casing'), order.indexOf('flights'));
    for (const id of ['compare-sea', 'compare-northern', 'compare-northern-casing']) {
      expect(order.indexOf(id), id).toBeGreaterThanOrEqual(0);
      expect(order.indexOf(id), id).toBeLessThan(lowestCorridor);
    }
  });

  test('shows the routes side by side with their km and days', async () => {
    expect(await routeLabels(page, '[data-testid=comparison]')).toEqual(expectedRoutes);
    const quote = page.locator('[data-testid=comparison] blockquote[data-passage=reliability]');
    const passage = corridor.passages.get('reliability')!;
    expect(await quote.locator('p').textContent()).toBe(`“${passage.text}”`);
    expect(await quote.locator('footer').textContent()).toMatch(
      new RegExp(`^¶${passage.paragraph} · `),
    );
  });

  test('the days along the route name each timed stop with its time, and the unattributed rest', async () => {
    const northern = routes.find((r) => r.id === 'northern')!;
    const rows = await page
      .locator('[data-chart=along][data-route=northern] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          mode: tr.getAttribute('data-mode'),
          label: tr.querySelector('th')?.textContent?.trim(),
          time: tr.querySelector('[data-value=time]')?.firstChild?.textContent?.trim(),
        })),
      );
    const timed = northern.along.filter((p) => p.time);
    expect(rows.slice(0, -1).map((r) => r.label)).toEqual(timed.map((p) => p.label));
    const brest = timed.find((p) => p.label.startsWith('Brest'))!;
    expect(rows.find((r) => r.label === brest.label)?.time).toBe(days(brest.time!.days));
    expect(rows.at(-1)?.mode).toBe('rest');
  });

  test('the volumes chart shows every year of the series, the forecast marked', async () => {
    expect(await volumeLabels(page, '[data-testid=comparison]', tonnes.id)).toEqual(expectedTonnes);
  });

  test('a stop on the Northern route opens its popup: what happens there, its time and source', async () => {
    await page.getByRole('checkbox', { name: 'Where the days go' }).check();
    await waitForIdle(page);
    const stop = comparison.stops.find((s) => s.id === 'brest-malaszewicze')!;
    await page.evaluate((c) => window.map!.jumpTo({ center: c, zoom: 6 }), stop.coordinates);
    await waitForIdle(page);
    const at = await project(page, stop.coordinates);
    await page.mouse.click(at.x, at.y);
    const popup = page.locator('.maplibregl-popup');
    await popup.waitFor({ state: 'visible', timeout: 10_000 });
    const text = (await popup.textContent()) ?? '';
    expect(text).toContain(stop.what);
    expect(text).toContain(stop.source);
    expect(text).toContain(stop.time!.covers);
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
  });

  test('axe finds no serious or critical violation in the comparison', async () => {
    const results = await new AxeBuilder({ page }).include('[data-testid=comparison]').analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    const ran = new Set([...results.passes, ...results.incomplete].map((r) => r.id));
    for (const rule of ['color-contrast', 'label', 'td-headers-attr'])
      expect(ran, rule).toContain(rule);
  });

  test('no request left the origin and nothing threw', () => {
    expect(offOrigin(log.requests, baseUrl)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

describe('the comparison in the tour, on the projector', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launch({ width: 1920, height: 1080 });
    page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });
  afterAll(() => browser.close());

  test('the "Why this route" step shows the routes with km and days, and draws them', async () => {
    const step = tour.find((s) => s.panel === 'comparison')!;
    await page.goto(`${baseUrl}/?theme=projector#step=${step.id}`);
    await waitForIdle(page);
    await expect.poll(() => page.locator('section.caption .title').textContent()).toBe(step.title);
    expect(await routeLabels(page, '[data-testid=tour-card]')).toEqual(expectedRoutes);
    for (const id of ['compare-northern', 'compare-sea', 'compare-stops']) {
      await expect.poll(() => visibility(page, id)).toBe('visible');
      expect(await rendered(page, id), id).toBeGreaterThan(0);
    }
    // Readable from the back of the room: the card's text is at least 2 % of the screen's height.
    const size = await page
      .locator('[data-testid=tour-card] [data-value=km]')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(1080 * 0.02);
  });

  test('the volumes step shows the freight by year, the forecast marked', async () => {
    const step = tour.find((s) => s.panel === 'volumes')!;
    await page.goto(`${baseUrl}/?theme=projector#step=${step.id}`);
    await waitForIdle(page);
    await expect.poll(() => page.locator('section.caption .title').textContent()).toBe(step.title);
    expect(await volumeLabels(page, '[data-testid=tour-card]', tonnes.id)).toEqual(expectedTonnes);
    // Leaving the step takes the card away, and the comparison layers stay as the switches say.
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('[data-testid=tour-card]').count()).toBe(0);
    expect(await visibility(page, 'compare-northern')).toBe('none');
  });
});
