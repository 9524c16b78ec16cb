import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, record, waitForIdle, type Browser } from './browser.ts';
import { colorDistance, hexToRgb, pixels, project } from './pixels.ts';
import { THEMES } from '../../src/lib/map/themes.ts';
import { parseTour } from '../../src/lib/geo/tour.ts';
import { readGeoDir, GEO_DIR } from '../../scripts/geo-files.ts';
import { corridor } from './corridor.ts';

const tour = parseTour(readGeoDir(GEO_DIR)['tour.json']!, corridor);

// `vite build --mode single` writes it (npm run test:e2e builds it first).
const file = fileURLToPath(new URL('../../dist-single/index.html', import.meta.url));
const CASPIAN: [number, number] = [51.6, 38.4];

describe('the single-file build (from file://, unless a test says otherwise)', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:single\``);
    browser = await launch();
  });
  afterAll(() => browser?.close());

  test('draws the map with no network request and no error', async () => {
    const page = await browser.context.newPage();
    const log = record(page);
    const url = pathToFileURL(file).href;
    await page.goto(url);
    expect(await waitForIdle(page)).toBe('idle');

    const [water] = await pixels(page, [await project(page, CASPIAN)]);
    expect(colorDistance(water!, hexToRgb(THEMES.light.water))).toBeLessThanOrEqual(6);

    // The document itself, and the data:/blob: URLs the page makes of what it carries (the
    // MapLibre worker); nothing else, not even another file.
    expect(log.requests).toContain(url);
    const network = log.requests.filter(
      (r) => r !== url && !r.startsWith('data:') && !r.startsWith('blob:'),
    );
    expect(network).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('also draws the map when a web server serves it (its worker then starts from a blob:)', async () => {
    const page = await browser.context.newPage();
    const log = record(page);
    // A made-up http origin, answered by the test with the file itself.
    const url = 'http://single-file.test/index.html';
    await page.route(url, (route) => route.fulfill({ path: file, contentType: 'text/html' }));
    await page.goto(url);
    expect(await waitForIdle(page)).toBe('idle');
    const [water] = await pixels(page, [await project(page, CASPIAN)]);
    expect(colorDistance(water!, hexToRgb(THEMES.light.water))).toBeLessThanOrEqual(6);
    expect(log.requests.filter((r) => r !== url && !/^(data|blob):/.test(r))).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('runs the tour: F5, the steps with their captions, the globe', async () => {
    const page = await browser.context.newPage();
    const log = record(page);
    await page.goto(pathToFileURL(file).href);
    await waitForIdle(page);
    await page.keyboard.press('F5');
    const title = () => page.locator('section.caption .title').textContent();
    await expect.poll(title).toBe(tour[0]!.title);
    // The step's projection comes with its style, a frame or more after its caption.
    await expect.poll(() => page.evaluate(() => window.map!.getProjection()?.type)).toBe('globe');
    await page.keyboard.press('PageDown');
    await expect.poll(title).toBe(tour[1]!.title);
    await page.keyboard.press('End');
    await expect
      .poll(() => page.locator('section.caption .progress').textContent())
      .toBe(`${tour.length} / ${tour.length}`);
    expect(log.requests.filter((r) => !r.startsWith('file:') && !/^(data|blob):/.test(r))).toEqual(
      [],
    );
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
