import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, offOrigin, record, waitForIdle, type Browser } from './browser.ts';
import { colorDistance, hexToRgb, pixels, project } from './pixels.ts';
import { THEMES } from '../../src/lib/map/themes.ts';

const baseUrl = inject('baseUrl');

// Open water in the southern Caspian, and the steppe of western Kazakhstan: far from routes
// and labels, so the pixel is the basemap's own fill.
const CASPIAN: [number, number] = [51.6, 38.4];
const KAZAKHSTAN: [number, number] = [60.5, 49.5];
// Open water of Lake Balkhash (from Natural Earth 1:10m), and the steppe south of it.
const BALKHASH: [number, number] = [75.6, 46.6];
const SARYESIK: [number, number] = [76.0, 45.5];

describe.each([
  { width: 1280, height: 800 },
  { width: 3840, height: 2160 },
])('the offline basemap at $width×$height', (viewport) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(viewport);
  });
  afterAll(() => browser.close());

  test('draws water and land with no request off the origin and no error', async () => {
    const page = await browser.context.newPage();
    const log = record(page);
    await page.goto(`${baseUrl}/`);
    expect(await waitForIdle(page)).toBe('idle');

    const canvas = await page.evaluate(() => {
      const c = window.map!.getCanvas();
      return { width: c.clientWidth, height: c.clientHeight };
    });
    expect(canvas).toEqual(viewport);

    const [water, land] = await pixels(page, [
      await project(page, CASPIAN),
      await project(page, KAZAKHSTAN),
    ]);
    expect(colorDistance(water!, hexToRgb(THEMES.light.water))).toBeLessThanOrEqual(6);
    expect(colorDistance(land!, hexToRgb(THEMES.light.land))).toBeLessThanOrEqual(6);

    expect(offOrigin(log.requests, baseUrl)).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('draws Lake Balkhash as water, with the steppe around it, from the built tile archive', async () => {
    const page = await browser.context.newPage();
    const log = record(page);
    await page.goto(`${baseUrl}/`);
    await waitForIdle(page);
    await page.evaluate(() => window.map!.jumpTo({ center: [75.8, 46.2], zoom: 6.5 }));
    expect(['idle', 'settled']).toContain(await waitForIdle(page));
    const [lake, steppe] = await pixels(page, [
      await project(page, BALKHASH),
      await project(page, SARYESIK),
    ]);
    expect(colorDistance(lake!, hexToRgb(THEMES.light.water))).toBeLessThanOrEqual(6);
    expect(colorDistance(steppe!, hexToRgb(THEMES.light.land))).toBeLessThanOrEqual(6);
    // One archive, read in pieces: no tile is cut or fetched from anywhere else.
    const archives = log.requests.filter((url) => /\.pmtiles$/.test(url));
    expect(archives.length).toBeGreaterThan(0);
    expect(new Set(archives).size).toBe(1);
    expect(offOrigin(log.requests, baseUrl)).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});

describe('failure modes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  test('without WebGL the page says so instead of showing a blank area', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        id: string,
        ...rest: unknown[]
      ) {
        if (id.startsWith('webgl')) return null;
        return (original as (...a: unknown[]) => RenderingContext | null).call(this, id, ...rest);
      } as typeof original;
    });
    await page.goto(`${baseUrl}/`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('cannot draw the map');
    await page.close();
  });

  test('an online style that fails to load falls back to the embedded basemap and says so', async () => {
    const page = await browser.context.newPage();
    const log = record(page);
    // Nothing listens on the discard port of the loopback address: the request fails at once.
    await page.goto(`${baseUrl}/?style=${encodeURIComponent('http://127.0.0.1:9/style.json')}`);
    await expect
      .poll(() => page.locator('.notice').textContent(), { timeout: 20_000 })
      .toContain('online basemap could not be loaded');
    await waitForIdle(page);
    const [water] = await pixels(page, [await project(page, CASPIAN)]);
    expect(colorDistance(water!, hexToRgb(THEMES.light.water))).toBeLessThanOrEqual(6);
    expect(log.requests).toContain('http://127.0.0.1:9/style.json');
    await page.close();
  });

  test('an online style that loads is used, with the corridor drawn over it', async () => {
    const page = await browser.context.newPage();
    const log = record(page);
    const styleUrl = 'https://tiles.example.org/style.json';
    // Served by the test itself: no network is needed, and the request is still observed.
    await page.route(styleUrl, (route) =>
      route.fulfill({
        json: {
          version: 8,
          sources: {},
          layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#102030' } }],
        },
      }),
    );
    await page.goto(`${baseUrl}/?style=${encodeURIComponent(styleUrl)}`);
    await waitForIdle(page);
    const layers = await page.evaluate(() => window.map!.getStyle().layers.map((l) => l.id));
    expect(layers[0]).toBe('bg');
    expect(layers).toEqual(expect.arrayContaining(['route-rail', 'route-sea', 'flights', 'nodes']));
    expect(layers).not.toContain('basemap-land');
    expect(await page.locator('.notice').count()).toBe(0);
    expect(log.requests).toContain(styleUrl);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
