import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { mapIdleInPage } from '../e2e/browser.ts';
import {
  CLICK_FRACTIONS,
  clickableInPage,
  corridor,
  formatKm,
  pointAlong,
} from '../e2e/corridor.ts';
import { parseTour } from '../../src/lib/geo/tour.ts';
import { readGeoDir, GEO_DIR } from '../../scripts/geo-files.ts';
import { launchFirefox, watch, type Browser, type FirefoxLog, type Page } from './firefox.ts';

const tour = parseTour(readGeoDir(GEO_DIR)['tour.json']!, corridor);
// Built by npm run test:e2e, which npm test runs first.
const served = fileURLToPath(new URL('../../dist/index.html', import.meta.url));
const single = fileURLToPath(new URL('../../dist-single/index.html', import.meta.url));

// ?present opens in both: the show's palette is chosen before the map is made, so its style is
// built once (it used to be built twice, and the single file could throw "sendAsync of
// undefined"). F5 runs the tour in both too.
const builds = [
  { name: 'the served build', url: () => `${inject('baseUrl')}/`, present: true },
  { name: 'the single file from file://', url: () => pathToFileURL(single).href, present: true },
];

async function waitForIdle(page: Page): Promise<string> {
  await page.waitForFunction(() => window.map !== undefined, { timeout: 60_000 });
  return page.evaluate(mapIdleInPage, 60_000);
}

/** The first segment that a click at the first view can only mean, and where to click. */
async function firstClickableSegment(page: Page) {
  for (const segment of corridor.segments)
    for (const fraction of CLICK_FRACTIONS) {
      const lngLat = pointAlong(segment.coordinates, fraction);
      const at = await page.evaluate(clickableInPage, { lngLat, id: segment.id });
      if (at) return { segment, at };
    }
  throw new Error('no segment can be clicked at the first view');
}

/** Only the page itself and what it makes of what it carries (the worker's data:/blob: URL). */
function strangers(requests: string[], own: string): string[] {
  return requests.filter((r) => !r.startsWith(own) && !/^(data|blob):/.test(r));
}

describe.each(builds)('Firefox ESR: $name', ({ url, present }) => {
  let browser: Browser;
  let page: Page;
  let log: FirefoxLog;
  let own: string;
  beforeAll(async () => {
    for (const file of [served, single])
      if (!existsSync(file))
        throw new Error(`${file} is missing: run \`npm run build && npm run build:single\``);
    browser = await launchFirefox(inject('display'));
    own = url().replace(/\/[^/]*$/, '/');
  });
  afterAll(() => browser?.close());

  test('reaches map idle, and a click on a segment opens its popup', async () => {
    page = await browser.newPage();
    log = await watch(page);
    await page.goto(url());
    // From file:// the first idle can come before the page is asked to listen for it; a map that
    // has since stayed loaded, still and with its tiles in counts the same.
    expect(['idle', 'settled']).toContain(await waitForIdle(page));
    expect(await page.evaluate(() => window.map!.painter.context.gl.isContextLost())).toBe(false);

    const { segment, at } = await firstClickableSegment(page);
    await page.mouse.click(at.x, at.y);
    const popup = await page.waitForSelector('.maplibregl-popup', { timeout: 10_000 });
    const text = await popup!.evaluate((el) => el.textContent ?? '');
    expect(text).toContain(segment.name);
    expect(text).toContain(formatKm(segment.lengthKm));

    expect(strangers(log.requests, own)).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(await log.violations()).toEqual([]);
    await page.close();
  });

  const title = () =>
    page.evaluate(() => document.querySelector('section.caption .title')?.textContent ?? '');

  test.runIf(present)('?present opens the tour, and PageDown steps it', async () => {
    page = await browser.newPage();
    log = await watch(page);
    await page.goto(`${url()}?present`);
    await waitForIdle(page);
    await expect.poll(title).toBe(tour[0]!.title);
    await page.keyboard.press('PageDown');
    await expect.poll(title).toBe(tour[1]!.title);
    await page.keyboard.press('PageDown');
    await expect.poll(title).toBe(tour[2]!.title);
    expect(await page.evaluate(() => location.hash)).toBe(`#step=${tour[2]!.id}`);

    expect(strangers(log.requests, own)).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(await log.violations()).toEqual([]);
    await page.close();
  });

  test('F5 starts the tour after load, and PageDown steps it', async () => {
    page = await browser.newPage();
    log = await watch(page);
    await page.goto(url());
    await waitForIdle(page);
    await page.keyboard.press('F5');
    await expect.poll(title).toBe(tour[0]!.title);
    // The step's projection comes with its style, a frame or more after its caption.
    const projection = () => page.evaluate(() => window.map!.getProjection()?.type ?? 'mercator');
    await expect.poll(projection).toBe(tour[0]!.view === 'globe' ? 'globe' : 'mercator');
    await page.keyboard.press('PageDown');
    await expect.poll(title).toBe(tour[1]!.title);

    expect(strangers(log.requests, own)).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(await log.violations()).toEqual([]);
    await page.close();
  });

  // A table's caption is drawn outside the table's own box: hidden with the table, Firefox still
  // painted it under the chart's card.
  test.each(tour.filter((s) => s.panel).map((s) => s.id))(
    "the %s step paints none of its chart's table for screen readers",
    async (id) => {
      page = await browser.newPage();
      await page.goto(`${url()}?present#step=${id}`);
      await page.waitForSelector('[data-covers-map].card .visually-hidden caption');
      // Hit testing follows clipping: a cell that the page can point at is on screen.
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('.visually-hidden :is(caption, th, td)')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return [r.left + 2, r.left + r.width / 2].some((x) => {
              const hit = document.elementFromPoint(x, r.top + r.height / 2);
              return hit !== null && el.contains(hit);
            });
          })
          .map((el) => el.textContent),
      );
      expect(shown).toEqual([]);
      await page.close();
    },
  );
});
