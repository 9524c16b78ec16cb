import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launch, offOrigin, record, waitForIdle, type Browser, type PageLog } from './browser.ts';
import { project } from './pixels.ts';
import { articleText, clickablePoint, corridor, formatKm } from './corridor.ts';

const baseUrl = inject('baseUrl');

let browser: Browser;
let page: Page;
let log: PageLog;

async function popupText(): Promise<string> {
  const popup = page.locator('.maplibregl-popup');
  await popup.waitFor({ state: 'visible', timeout: 10_000 });
  return (await popup.textContent()) ?? '';
}

/** Frames a line with the panel out of the way, so the test clicks the map itself. */
async function frame(coordinates: readonly [number, number][]) {
  await page.evaluate((coords) => {
    const lngs = coords.map((c) => c[0]);
    const lats = coords.map((c) => c[1]);
    window.map!.fitBounds(
      [
        [Math.min(...lngs), Math.min(...lats)],
        [Math.max(...lngs), Math.max(...lats)],
      ],
      { padding: 120, animate: false },
    );
  }, coordinates);
  await waitForIdle(page);
}

function quotesIn(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
}

beforeAll(async () => {
  browser = await launch({ width: 1280, height: 800 });
  page = await browser.context.newPage();
  log = record(page);
  await page.goto(`${baseUrl}/`);
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Hide list' }).click();
});
afterAll(() => browser.close());

describe('clicking the map', () => {
  const segments = [
    'aktau-alat',
    'tbilisi-akhalkalaki',
    'kars-erzurum',
    'zhezkazgan-saksaulskaya',
    'poti-constanta',
  ];

  test.each(segments)(
    'on segment %s opens its popup with distance and a verbatim quote',
    async (id) => {
      const segment = corridor.segments.find((s) => s.id === id)!;
      await frame(segment.coordinates);
      const at = await clickablePoint(page, segment.coordinates, id);
      await page.mouse.click(at.x, at.y);
      const text = await popupText();
      expect(text).toContain(segment.name);
      expect(text).toContain(formatKm(segment.lengthKm));
      const quotes = quotesIn(text);
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) expect(articleText).toContain(q);
      expect(await page.evaluate(() => location.hash)).toContain(`segment=${id}`);
    },
  );

  test('on empty sea closes the popup', async () => {
    expect(await page.locator('.maplibregl-popup').count()).toBe(1);
    await page.evaluate(() => window.map!.jumpTo({ center: [60, 30], zoom: 3 }));
    await waitForIdle(page);
    const sea = await project(page, [62, 20]); // the Arabian Sea: no route, no label
    await page.mouse.click(sea.x, sea.y);
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
  });

  test.each(corridor.flights.map((f) => f.id))(
    'on flight %s opens its great-circle distance',
    async (id) => {
      const flight = corridor.flights.find((f) => f.id === id)!;
      await frame(flight.coordinates);
      const at = await clickablePoint(page, flight.coordinates, id);
      await page.mouse.click(at.x, at.y);
      const text = await popupText();
      expect(text).toContain(flight.name);
      expect(text).toContain(formatKm(flight.lengthKm));
      expect(text).toContain('great circle');
      for (const q of quotesIn(text)) expect(articleText).toContain(q);
    },
  );
});

describe('the keyboard alone', () => {
  test('Tab reaches the list; Enter on a segment moves the map and opens its popup', async () => {
    await page.goto(`${baseUrl}/`);
    await waitForIdle(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const before = await page.evaluate(() => window.map!.getCenter().toArray());
    const target = corridor.segments.find((s) => s.id === 'tbilisi-akhalkalaki')!;
    let focused = '';
    for (let i = 0; i < 80 && !focused.includes(target.name); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toContain(target.name);
    await page.keyboard.press('Enter');
    expect(await popupText()).toContain(formatKm(target.lengthKm));
    await waitForIdle(page);
    const after = await page.evaluate(() => window.map!.getCenter().toArray());
    expect(after).not.toEqual(before);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
  });
});

describe('links', () => {
  test('a deep link opens its segment', async () => {
    const target = corridor.segments.find((s) => s.id === 'kars-erzurum')!;
    await page.goto(`${baseUrl}/?link#segment=${target.id}`);
    await waitForIdle(page);
    const text = await popupText();
    expect(text).toContain(target.name);
    const center = await page.evaluate(() => window.map!.getCenter().toArray());
    expect(center[0]).toBeGreaterThan(40);
    expect(center[0]).toBeLessThan(44);
  });

  test('malformed and unknown hashes never throw and leave the default view', async () => {
    await page.goto(`${baseUrl}/`);
    await waitForIdle(page);
    const home = await page.evaluate(() => window.map!.getZoom());
    await page.goto(`${baseUrl}/?again#segment=../../x&map=abc`);
    await waitForIdle(page);
    expect(await page.evaluate(() => window.map!.getZoom())).toBeCloseTo(home, 5);
    // The page says what it left out of the link, and the rest of the page is as usual.
    const notice = page.getByRole('status').filter({ hasText: /^Not on this map/ });
    expect(await notice.textContent()).toContain('“segment=../../x”, “map=abc”');
    const errorsBefore = log.errors.length;
    const hashes = Array.from(
      { length: 50 },
      (_, i) =>
        [
          `#segment=nope-${i}`,
          `#map=${i}/999/${-i}`,
          `#%E0%A4%A${i}`,
          `#flight=${'x'.repeat(i * 20)}`,
          `#node=<b>${i}</b>&map=NaN/1/2`,
        ][i % 5]!,
    );
    for (const hash of hashes) {
      await page.evaluate((h) => (location.hash = h), hash);
    }
    await page.waitForTimeout(300);
    expect(log.errors.slice(errorsBefore)).toEqual([]);
    // Markup in a link is shown as text, never made into elements; a long name is cut short.
    await expect.poll(() => notice.textContent()).toContain('“node=<b>49</b>”');
    expect(await notice.locator('b').count()).toBe(0);
    await page.evaluate(() => (location.hash = `#flight=${'x'.repeat(500)}`));
    await expect.poll(async () => (await notice.textContent())!.length).toBeLessThan(120);
    expect(await page.locator('.maplibregl-popup').count()).toBe(0);
    expect(await page.evaluate(() => window.map!.getZoom())).toBeCloseTo(home, 5);
  });
});

describe('accessibility and privacy', () => {
  test('axe finds no serious or critical violation, and did check the page', async () => {
    await page.goto(`${baseUrl}/#segment=aktau-alat`);
    await waitForIdle(page);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    // A full-screen map can make axe skip rules: insist it really ran the ones that matter here.
    const ran = new Set([...results.passes, ...results.incomplete].map((r) => r.id));
    for (const rule of [
      'button-name',
      'color-contrast',
      'landmark-one-main',
      'aria-allowed-attr',
    ]) {
      expect(ran, rule).toContain(rule);
    }
  });

  test('no request left the origin and nothing threw, through all of the above', () => {
    expect(offOrigin(log.requests, baseUrl)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
