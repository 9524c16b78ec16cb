import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { kmScaleRatio } from './scale.ts';
import { launch, offOrigin, record, waitForIdle, type Browser } from './browser.ts';
import { colorDistance, hexToRgb, pixels, project, readPng } from './pixels.ts';
import { THEMES } from '../../src/lib/map/themes.ts';

const baseUrl = inject('baseUrl');
// The online style origin that .env.e2e allows: the tests serve its styles themselves.
const ALLOWED_ORIGIN = 'https://tiles.example.org';

// Open water in the southern Caspian, and the steppe of western Kazakhstan: far from routes
// and labels, so the pixel is the basemap's own fill.
const CASPIAN: [number, number] = [51.6, 38.4];
const KAZAKHSTAN: [number, number] = [60.5, 49.5];
// Open water of Lake Balkhash (from Natural Earth 1:10m), and the steppe south of it.
const BALKHASH: [number, number] = [75.6, 46.6];
const SARYESIK: [number, number] = [76.0, 45.5];
// Open water of the Arabian Sea, clear of labels on the flat map and on the globe.
const ARABIAN_SEA: [number, number] = [64, 14];

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
    // The controls grow with the screen; the scale bar must still measure what it says.
    const ratio = await kmScaleRatio(page);
    expect(ratio).toBeGreaterThan(0.97);
    expect(ratio).toBeLessThan(1.03);

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

  test("the globe's seas have the water's colour, as the flat map's do before and after it", async () => {
    const page = await browser.context.newPage();
    const log = record(page);
    await page.goto(`${baseUrl}/`);
    await waitForIdle(page);
    const projection = () => page.evaluate(() => window.map!.getProjection()?.type ?? 'mercator');
    const water = async () => (await pixels(page, [await project(page, ARABIAN_SEA)]))[0]!;
    for (const type of ['mercator', 'globe', 'mercator']) {
      if ((await projection()) !== type) await page.keyboard.press('g');
      await expect.poll(projection).toBe(type);
      await waitForIdle(page);
      expect(colorDistance(await water(), hexToRgb(THEMES.light.water)), type).toBeLessThanOrEqual(
        6,
      );
    }
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
    // Tiles built with the page, fetched as files of one directory of its origin: no tile is cut
    // or fetched from anywhere else, and the deepest tiles of the zoomed-in view were read.
    const tiles = log.requests.flatMap((url) => {
      const match = /^(.*\/basemap-[0-9a-f]+\/)(\d+)\/\d+\/\d+\.pbf$/.exec(url);
      return match ? [{ directory: match[1]!, z: Number(match[2]) }] : [];
    });
    const directories = new Set(tiles.map((t) => t.directory));
    expect(directories.size).toBe(1);
    expect([...directories][0]).toMatch(new RegExp(`^${baseUrl}/assets/basemap-`));
    const deepest = await page.evaluate(() => window.map!.getSource('basemap')!.maxzoom);
    expect(Math.max(...tiles.map((t) => t.z))).toBe(deepest);
    expect(offOrigin(log.requests, baseUrl)).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});

describe('the first idle', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  // The map skips MapLibre's repeated frame after labelled tiles arrive (src/lib/map/placement.ts):
  // what it shows at its first idle must already be what one more frame draws, every label placed.
  test('shows the final picture: one more frame draws the same pixels, labels and all', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/`);
    expect(await waitForIdle(page)).toBe('idle');
    const canvas = await page.evaluate(() => {
      const r = window.map!.getCanvas().getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    const before = await page.screenshot({ clip: canvas });
    const again = page.evaluate(
      () => new Promise<void>((resolve) => window.map!.once('idle', () => resolve())),
    );
    await page.evaluate(() => window.map!.triggerRepaint());
    await again;
    const after = await page.screenshot({ clip: canvas });
    const a = readPng(before);
    const b = readPng(after);
    let differ = 0;
    for (let y = 0; y < a.height; y++)
      for (let x = 0; x < a.width; x++) if (colorDistance(a.at(x, y), b.at(x, y)) > 0) differ++;
    expect(differ).toBe(0);
    // The labels were there to be placed: the corridor's and the basemap's.
    const labels = await page.evaluate(
      () =>
        window.map!.queryRenderedFeatures({ layers: ['node-labels', 'basemap-country-labels'] })
          .length,
    );
    expect(labels).toBeGreaterThan(10);
    await page.close();
  });
});

describe('failure modes', () => {
  let browser: Browser;
  beforeAll(async () => {
    const built = readFileSync(fileURLToPath(new URL('../../dist/index.html', import.meta.url)));
    if (!built.includes(ALLOWED_ORIGIN))
      throw new Error(
        `dist/ does not allow ${ALLOWED_ORIGIN}: build it with \`vite build --mode e2e\``,
      );
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
    const styleUrl = `${ALLOWED_ORIGIN}/missing.json`;
    await page.route(styleUrl, (route) => route.abort('connectionrefused'));
    await page.goto(`${baseUrl}/?style=${encodeURIComponent(styleUrl)}`);
    await expect
      .poll(() => page.locator('.notice').textContent(), { timeout: 20_000 })
      .toContain('online basemap could not be loaded');
    await waitForIdle(page);
    const [water] = await pixels(page, [await project(page, CASPIAN)]);
    expect(colorDistance(water!, hexToRgb(THEMES.light.water))).toBeLessThanOrEqual(6);
    expect(log.requests).toContain(styleUrl);
    await page.close();
  });

  test('a style on an origin the build does not allow is refused, not requested, and said so', async () => {
    const page = await browser.context.newPage();
    const log = record(page);
    const stranger = 'https://evil.example.net/style.json';
    await page.goto(`${baseUrl}/?style=${encodeURIComponent(stranger)}`);
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain('does not load map styles from https://evil.example.net');
    await waitForIdle(page);
    const [water] = await pixels(page, [await project(page, CASPIAN)]);
    expect(colorDistance(water!, hexToRgb(THEMES.light.water))).toBeLessThanOrEqual(6);
    expect(log.requests.filter((r) => r.startsWith('https://evil.example.net'))).toEqual([]);
    expect(offOrigin(log.requests, baseUrl)).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('an online style that loads is used, with the corridor drawn over it', async () => {
    const page = await browser.context.newPage();
    const log = record(page);
    const styleUrl = `${ALLOWED_ORIGIN}/style.json`;
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
