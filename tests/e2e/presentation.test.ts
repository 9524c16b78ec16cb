import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, offOrigin, record, waitForIdle, type Browser, type PageLog } from './browser.ts';
import { articleText, corridor } from './corridor.ts';
import { focusRefs, parseTour } from '../../src/lib/geo/tour.ts';
import { boundsOf } from '../../src/lib/geo/lookup.ts';
import { project } from './pixels.ts';
import { stateTarget } from '../../src/lib/map/feature-state.ts';
import { readGeoDir, GEO_DIR } from '../../scripts/geo-files.ts';

const baseUrl = inject('baseUrl');
const tour = parseTour(readGeoDir(GEO_DIR)['tour.json']!, corridor);

const caption = (page: Page) => page.locator('section.caption');

async function captionState(page: Page) {
  return page.evaluate(() => {
    const c = document.querySelector('section.caption');
    return {
      title: c?.querySelector('.title')?.textContent ?? '',
      quote: c?.querySelector('.quote p')?.textContent ?? '',
      progress: c?.querySelector('.progress')?.textContent ?? '',
      hash: location.hash,
    };
  });
}

/** Which of the step's lines are drawn dimmed, from the map's own feature state. */
async function dimmed(page: Page, ids: { segments: string[]; flights: string[] }) {
  const targets = {
    segments: ids.segments.map((id) => stateTarget({ kind: 'segment', id })),
    flights: ids.flights.map((id) => stateTarget({ kind: 'flight', id })),
  };
  const dim = await page.evaluate((targets) => {
    const map = window.map!;
    const dim = (t: { source: string; id: string }) => map.getFeatureState(t).dim === true;
    return { segments: targets.segments.map(dim), flights: targets.flights.map(dim) };
  }, targets);
  return {
    segments: ids.segments.filter((_, i) => dim.segments[i]),
    flights: ids.flights.filter((_, i) => dim.flights[i]),
  };
}

const allSegments = corridor.segments.map((s) => s.id);
const allFlights = corridor.flights.map((f) => f.id);

/** Opens the show (without motion) and turns its pages with PageDown, calling `each` at each. */
async function walkTour(
  browser: Browser,
  each: (page: Page, step: (typeof tour)[number]) => Promise<void>,
) {
  const page = await browser.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${baseUrl}/?present`);
  await waitForIdle(page);
  for (const [i, step] of tour.entries()) {
    if (i > 0) await page.keyboard.press('PageDown');
    await expect.poll(async () => (await captionState(page)).title).toBe(step.title);
    await each(page, step);
  }
  await page.close();
}

describe('walking the tour with a clicker', () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;
  beforeAll(async () => {
    browser = await launch({ width: 1920, height: 1080 });
    page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    log = record(page);
    await page.goto(`${baseUrl}/?present`);
    await waitForIdle(page);
  });
  afterAll(() => browser.close());

  async function expectStep(i: number) {
    const step = tour[i]!;
    await expect.poll(async () => (await captionState(page)).title).toBe(step.title);
    const state = await captionState(page);
    expect(state.progress).toBe(`${i + 1} / ${tour.length}`);
    expect(state.hash).toBe(`#step=${step.id}`);
    expect(state.quote).toBe(`“${step.passage.text}”`);
    expect(articleText).toContain(step.passage.text);
    // The step's own lines stand out; with "all", nothing is dimmed; otherwise the rest is.
    await expect
      .poll(() => dimmed(page, { segments: step.focus.segments, flights: step.focus.flights }))
      .toEqual({ segments: [], flights: [] });
    const others = {
      segments: allSegments.filter((id) => !step.focus.segments.includes(id)),
      flights: allFlights.filter((id) => !step.focus.flights.includes(id)),
    };
    expect(await dimmed(page, others)).toEqual(others);
  }

  test('PageDown walks every step with its caption, quote and highlight; PageUp walks back', async () => {
    await expect.poll(() => caption(page).count()).toBe(1);
    expect(await page.locator('aside.panel').isVisible()).toBe(false);
    for (let i = 0; i < tour.length; i++) {
      if (i > 0) await page.keyboard.press('PageDown');
      await expectStep(i);
    }
    await page.keyboard.press('PageDown'); // past the end: stays on the last step
    await expectStep(tour.length - 1);
    for (let i = tour.length - 2; i >= 0; i--) {
      await page.keyboard.press('PageUp');
      await expectStep(i);
    }
  });

  test('Home and End jump; arrows, Space, N and P turn pages too', async () => {
    await page.keyboard.press('End');
    await expectStep(tour.length - 1);
    await page.keyboard.press('Home');
    await expectStep(0);
    for (const key of ['ArrowRight', 'Space', 'n', 'ArrowDown']) await page.keyboard.press(key);
    await expectStep(4);
    for (const key of ['ArrowLeft', 'p', 'Backspace']) await page.keyboard.press(key);
    await expectStep(1);
  });

  test('B blanks the screen and brings it back', async () => {
    const blank = page.locator('.blank');
    await page.keyboard.press('b');
    await expect.poll(() => blank.count()).toBe(1);
    expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('.');
    await expect.poll(() => blank.count()).toBe(0);
  });

  test('a swipe to the left turns the page', async () => {
    await page.keyboard.press('Home');
    await expectStep(0);
    const before = (await captionState(page)).progress;
    await page.evaluate(() => {
      const at = (x: number) =>
        new Touch({ identifier: 1, target: document.body, clientX: x, clientY: 500 });
      window.dispatchEvent(
        new TouchEvent('touchstart', { touches: [at(900)], changedTouches: [at(900)] }),
      );
      window.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [at(600)] }));
    });
    await expect.poll(async () => (await captionState(page)).progress).not.toBe(before);
  });

  test('G switches between globe and flat map', async () => {
    const projection = () => page.evaluate(() => window.map!.getProjection()?.type ?? 'mercator');
    const before = await projection();
    await page.keyboard.press('g');
    await expect.poll(projection).not.toBe(before);
    await page.keyboard.press('g');
    await expect.poll(projection).toBe(before);
  });

  test('the cursor hides after 3 s still and comes back when the mouse moves', async () => {
    const cursor = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('.maplibregl-canvas')!).cursor);
    await page.mouse.move(700, 300);
    expect(await cursor()).not.toBe('none');
    await page.waitForTimeout(3300);
    expect(await cursor()).toBe('none');
    await page.mouse.move(720, 320);
    await expect.poll(cursor).not.toBe('none');
  });

  test('Esc leaves the presentation and brings the panel back', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => caption(page).count()).toBe(0);
    expect(await page.locator('aside.panel').isVisible()).toBe(true);
    await page.keyboard.press('F5');
    await expect.poll(() => caption(page).count()).toBe(1);
  });

  test('a link to a step starts the show there', async () => {
    await page.goto(`${baseUrl}/?link#step=caucasus`);
    await waitForIdle(page);
    await expectStep(tour.findIndex((s) => s.id === 'caucasus'));
  });

  test('nothing threw and nothing left the origin', () => {
    expect(log.errors).toEqual([]);
    expect(offOrigin(log.requests, baseUrl)).toEqual([]);
  });
});

describe.each([
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
])('captions at $width×$height', (viewport) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(viewport);
  });
  afterAll(() => browser.close());

  test('read from the back of the room and fit the screen at every step', async () => {
    await walkTour(browser, async (page, step) => {
      const m = await page.evaluate(() => {
        const box = document.querySelector('section.caption')!;
        const size = (sel: string) =>
          parseFloat(getComputedStyle(box.querySelector(sel)!).fontSize);
        const r = box.getBoundingClientRect();
        return {
          title: size('.title'),
          quote: size('.quote p'),
          box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
          clipped: box.scrollHeight > box.clientHeight + 1,
        };
      });
      expect(m.title, step.id).toBeGreaterThanOrEqual(0.04 * viewport.height);
      expect(m.quote, step.id).toBeGreaterThanOrEqual(0.025 * viewport.height);
      expect(m.box.left).toBeGreaterThanOrEqual(0);
      expect(m.box.top).toBeGreaterThanOrEqual(0);
      expect(m.box.right).toBeLessThanOrEqual(viewport.width);
      expect(m.box.bottom).toBeLessThanOrEqual(viewport.height);
      expect(m.clipped, `${step.id}: caption text is cut off`).toBe(false);
    });
  });
});

describe('the camera at 1280×800: motion and framing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  /** Map `move` events between pressing PageDown and the camera coming to rest. */
  async function movesForOneStep(page: Page): Promise<number> {
    await page.evaluate(() => {
      const w = window as unknown as { moves: number };
      w.moves = 0;
      window.map!.on('move', () => w.moves++);
    });
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => (window as unknown as { moves: number }).moves > 0);
    await waitForIdle(page);
    return page.evaluate(() => (window as unknown as { moves: number }).moves);
  }

  test('with prefers-reduced-motion, steps jump: one move, no animation frames', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/?present#step=china`); // china → kazakhstan: both flat maps
    await waitForIdle(page);
    expect(await movesForOneStep(page)).toBe(1);
    await page.close();
  });

  test('without it, steps fly (so the test above can tell the difference)', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(`${baseUrl}/?present#step=china`);
    await waitForIdle(page);
    expect(await movesForOneStep(page)).toBeGreaterThan(3);
    await page.close();
  });

  // The chart's card comes with a part fetched after the caption: a link straight to its step
  // frames the step once more when the card has taken its room.
  test("a link to a step with a chart frames the step's lines clear of the caption and the card", async () => {
    const step = tour.find((s) => s.panel === 'volumes' && s.view === 'flat')!;
    const [[w, s], [e, n]] = boundsOf(corridor, focusRefs(step))!;
    const page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/?present#step=${step.id}`);
    await page.locator('[data-covers-map].card').waitFor();
    await waitForIdle(page);
    const covers = await page.evaluate(() =>
      [...document.querySelectorAll('section.caption, [data-covers-map].card')].map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }),
    );
    expect(covers).toHaveLength(2);
    const corners: [number, number][] = [
      [w, s],
      [w, n],
      [e, s],
      [e, n],
    ];
    const under = async () => {
      const hidden: string[] = [];
      for (const ll of corners) {
        const { x, y } = await project(page, ll);
        const off = x < 0 || y < 0 || x > 1280 || y > 800;
        const covered = covers.some((c) => x > c.left && x < c.right && y > c.top && y < c.bottom);
        if (off || covered) hidden.push(`${ll.join(',')} at ${Math.round(x)},${Math.round(y)}`);
      }
      return hidden;
    };
    await expect.poll(under).toEqual([]);
    await page.close();
  });
});

describe('presenting on a phone held upright (390×844)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ width: 390, height: 844 });
  });
  afterAll(() => browser.close());

  test('each step: caption across the width, its chart apart from it, nothing cut off', async () => {
    await walkTour(browser, async (page, step) => {
      if (step.panel) await page.locator('[data-covers-map].card').waitFor();
      const m = await page.evaluate(() => {
        const box = (el: Element | null) => {
          const r = el?.getBoundingClientRect();
          return r && { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        };
        // Cut off: its last line ends below its box (a chart's labels may overhang its columns).
        const cut = (el: Element | null) =>
          !!el &&
          el.lastElementChild!.getBoundingClientRect().bottom >
            el.getBoundingClientRect().bottom + 1;
        const caption = document.querySelector('section.caption')!;
        const card = document.querySelector('[data-covers-map].card');
        return {
          caption: box(caption)!,
          card: box(card),
          clipped: cut(caption),
          cardClipped: cut(card),
        };
      });
      const { caption, card } = m;
      expect(caption.left, step.id).toBeGreaterThanOrEqual(0);
      expect(caption.right, step.id).toBeLessThanOrEqual(390);
      expect(caption.right - caption.left, step.id).toBeGreaterThan(0.9 * 390);
      expect(caption.bottom, step.id).toBeLessThanOrEqual(844);
      expect(m.clipped, `${step.id}: caption text is cut off`).toBe(false);
      if (card) {
        expect(card.top, step.id).toBeGreaterThanOrEqual(0);
        expect(card.right, step.id).toBeLessThanOrEqual(390);
        expect(card.bottom, `${step.id}: card over the caption`).toBeLessThanOrEqual(caption.top);
        expect(m.cardClipped, `${step.id}: the chart is cut off`).toBe(false);
      }
    });
  });
});
