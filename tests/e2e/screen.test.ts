// Every size designed: at a phone, a laptop and a 1080p screen, from the first view, every
// segment opens (in one click, or two through the chooser) and its popup lies whole in the
// free area; no control covers another; the whole corridor is framed; the scale bar shows.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { kmScaleRatio } from './scale.ts';
import type { Page } from 'playwright-core';
import { launch, openStill, waitForIdle, type Browser } from './browser.ts';
import { corridor, pointAlong } from './corridor.ts';
import { distanceToLinePx, type ScreenPoint } from '../../src/lib/map/pick.ts';
import { contains, overlaps, type Rect } from '../../src/lib/state/rects.ts';

const baseUrl = inject('baseUrl');

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];

/** Where each sampled position of a segment is tried, as fractions of its length. */
const FRACTIONS = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);

interface Boxes {
  screen: Rect;
  /** Named boxes of everything drawn over the map: panel, its button, toolbar, controls. */
  chrome: { name: string; box: Rect }[];
  scales: Rect[];
}

/** The boxes of the page's chrome, in px from the window's top-left corner. */
function chromeBoxes(page: Page): Promise<Boxes> {
  return page.evaluate(() => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const named = (selector: string, name: (el: Element) => string) =>
      [...document.querySelectorAll(selector)]
        .filter((el) => el.getBoundingClientRect().width > 0)
        .map((el) => ({ name: name(el), box: rect(el) }));
    return {
      screen: { left: 0, top: 0, right: innerWidth, bottom: innerHeight },
      chrome: [
        ...named('.panel > button', (el) => `panel button "${el.textContent?.trim()}"`),
        ...named('.panel .body', () => 'panel'),
        ...named('[role=toolbar] button', (el) => `toolbar "${el.textContent?.trim()}"`),
        ...named('.maplibregl-ctrl:not(.maplibregl-ctrl-scale)', (el) => `control ${el.className}`),
      ],
      scales: [...document.querySelectorAll('.maplibregl-ctrl-scale')].map(rect),
    };
  });
}

/** A popup's box, or the phone's sheet, or the chooser's. */
async function openBox(page: Page, selector: string): Promise<Rect> {
  const el = page.locator(selector);
  await el.waitFor({ state: 'visible', timeout: 10_000 });
  const b = (await el.boundingBox())!;
  return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
}

/** Screen positions of lists of lng/lat points on the live map, in one call. */
function projectMany(page: Page, lists: (readonly (readonly [number, number])[])[]) {
  return page.evaluate(
    (all) =>
      all.map((pts) =>
        pts.map((p) => window.map!.project(p as [number, number])).map((p) => [p.x, p.y]),
      ),
    lists,
  ) as Promise<ScreenPoint[][]>;
}

/** Screen positions of lng/lat points on the live map. */
function projectAll(page: Page, points: readonly (readonly [number, number])[]) {
  return page.evaluate(
    (pts) => pts.map((p) => window.map!.project(p as [number, number])).map((p) => [p.x, p.y]),
    points,
  ) as Promise<ScreenPoint[]>;
}

const lines = [...corridor.segments, ...corridor.flights];
const nodes = [...corridor.nodes.values()];
/** A place's dot with its outline, in px at scale 1: a click within is on the place. */
const DOT_PX = 9;

describe.each(SIZES)('at $width×$height', (size) => {
  let browser: Browser;
  let page: Page;
  let home: { center: [number, number]; zoom: number };
  let boxes: Boxes;
  const free = (r: Rect) =>
    contains(boxes.screen, r) && boxes.chrome.every((c) => !overlaps(c.box, r));

  beforeAll(async () => {
    ({ browser, page } = await openStill(size, `${baseUrl}/`));
    home = await page.evaluate(() => ({
      center: window.map!.getCenter().toArray() as [number, number],
      zoom: window.map!.getZoom(),
    }));
    boxes = await chromeBoxes(page);
  });
  afterAll(() => browser.close());

  test('no control covers another', () => {
    const all = [...boxes.chrome, ...boxes.scales.map((box) => ({ name: 'scale', box }))];
    expect(all.length).toBeGreaterThan(6);
    const clashes = all.flatMap((a, i) =>
      all
        .slice(i + 1)
        .filter((b) => overlaps(a.box, b.box))
        .map((b) => `${a.name} × ${b.name}`),
    );
    expect(clashes).toEqual([]);
  });

  test('the first view frames every place of the corridor in the free area', async () => {
    const at = await projectAll(
      page,
      nodes.map((n) => n.coordinates),
    );
    const outside = nodes.filter((_, i) => {
      const [x, y] = at[i]!;
      return !free({ left: x - 1, top: y - 1, right: x + 1, bottom: y + 1 });
    });
    expect(outside.map((n) => n.name)).toEqual([]);
  });

  test('the scale bars, km and miles, show uncovered', async () => {
    expect(boxes.scales).toHaveLength(2);
    const texts = await page.locator('.maplibregl-ctrl-scale').allTextContents();
    expect(texts.some((t) => t.endsWith('km') || t.endsWith(' m'))).toBe(true);
    expect(texts.some((t) => t.endsWith('mi') || t.endsWith('ft'))).toBe(true);
    for (const s of boxes.scales) {
      expect(free(s)).toBe(true);
      const covered = await page.evaluate(
        ({ x, y }) => !document.elementFromPoint(x, y)?.closest('.maplibregl-ctrl-scale'),
        { x: (s.left + s.right) / 2, y: (s.top + s.bottom) / 2 },
      );
      expect(covered).toBe(false);
    }
  });

  test('the km scale bar is as long on screen as the distance it names', async () => {
    const ratio = await kmScaleRatio(page);
    expect(ratio).toBeGreaterThan(0.97);
    expect(ratio).toBeLessThan(1.03);
  });

  /**
   * A segment's least crowded point in the current view: off the chrome, off the places' dots
   * where it can be, and farthest from every other line.
   */
  async function leastCrowded(
    segment: (typeof corridor.segments)[number],
  ): Promise<[number, number]> {
    const samples = FRACTIONS.map((f) => pointAlong(segment.coordinates, f));
    const others = lines.filter((l) => l.id !== segment.id);
    const [onScreen, places, ...otherLines] = await projectMany(page, [
      samples,
      nodes.map((n) => n.coordinates),
      ...others.map((l) => l.coordinates),
    ]);
    const best = onScreen!
      .filter(([x, y]) => free({ left: x - 10, top: y - 10, right: x + 10, bottom: y + 10 }))
      .map((p) => ({
        p,
        offDots: Math.min(...places!.map((n) => distanceToLinePx(p, [n]))) > DOT_PX,
        room: Math.min(...otherLines.map((o) => distanceToLinePx(p, o))),
      }))
      .sort((a, b) => Number(b.offDots) - Number(a.offDots) || b.room - a.room)[0];
    expect(best, `${segment.id} has a point on screen`).toBeDefined();
    return [best!.p[0], best!.p[1]];
  }

  test('every segment opens from the first view, its popup whole in the free area', async () => {
    const clicks: Record<string, number> = {};
    const popup = size.width < 600 ? '.corridor-sheet' : '.corridor-popup:not(.corridor-chooser)';
    const chooser = page.locator('.corridor-chooser');
    const opened = page.locator(popup);
    for (const segment of corridor.segments) {
      await page.evaluate((v) => void window.map!.jumpTo(v), home);
      await page.mouse.click(...(await leastCrowded(segment)));
      // One click opens the popup, or a chooser where lines run too close to tell apart.
      await expect.poll(async () => (await chooser.count()) + (await opened.count())).toBe(1);
      if (await chooser.count()) {
        await expect
          .poll(async () => free(await openBox(page, '.corridor-chooser')), {
            message: `chooser at ${segment.id}`,
          })
          .toBe(true);
        await chooser.getByRole('button', { name: segment.name }).click();
        clicks[segment.id] = 2;
      } else clicks[segment.id] = 1;
      await expect
        .poll(() => opened.locator('h2').allTextContents(), { message: segment.id })
        .toEqual([segment.name]);
      // Placed, or panned into place, the popup lies whole in the free area.
      await expect
        .poll(async () => free(await openBox(page, popup)), {
          message: `the popup of ${segment.id}`,
        })
        .toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => opened.count()).toBe(0);
    }
    const count = (n: number) => Object.values(clicks).filter((c) => c === n).length;
    console.log(
      `${size.width}×${size.height}: ${count(1)} segments open in one click, ${count(2)} in two`,
    );
    expect(count(1) + count(2)).toBe(corridor.segments.length);
  }, 300_000);
});

test('?present builds its style once: no style diff while loading', async () => {
  const browser = await launch({ width: 1280, height: 800 });
  try {
    const page = await browser.context.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => warnings.push(m.text()));
    await page.goto(`${baseUrl}/?present`);
    await waitForIdle(page);
    await expect.poll(() => page.locator('.caption').count()).toBe(1);
    expect(warnings.filter((w) => w.includes('style diff'))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('projector');
  } finally {
    await browser.close();
  }
});
