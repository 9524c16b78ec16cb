import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launch, offOrigin, record, waitForIdle, type Browser } from './browser.ts';

const baseUrl = inject('baseUrl');
/** A longer soak: KIOSK_STEPS=2000 npx vitest run --project e2e tests/e2e/kiosk.test.ts */
const STEPS = Number(process.env.KIOSK_STEPS) || 200;

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ width: 1280, height: 800 });
});
afterAll(() => browser.close());

/** Steps shown so far: the app rewrites the link to `#step=…` once per step. */
async function stepsShown(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { stepsShown: number }).stepsShown);
}

async function untilSteps(page: Page, n: number) {
  await page.waitForFunction(
    (n) => (window as unknown as { stepsShown: number }).stepsShown >= n,
    n,
    { timeout: 300_000, polling: 200 },
  );
}

/** JS heap and DOM size after a full garbage collection, as DevTools reports them. */
async function footprint(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heapMB: heap.usedSize / 2 ** 20, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

test(
  `autoplay loops through ${STEPS}+ steps without errors, leaks or growth`,
  { timeout: 60_000 + STEPS * 500 },
  async () => {
    const page = await browser.context.newPage();
    const log = record(page);
    await page.addInitScript(() => {
      const w = window as unknown as { stepsShown: number };
      w.stepsShown = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (data, unused, url) => {
        if (String(url).includes('#step=')) w.stepsShown++;
        replace(data, unused, url);
      };
    });
    const cdp = await browser.context.newCDPSession(page);
    // At this pace the camera never rests (each step cuts the last one's flight short): no idle.
    await page.goto(`${baseUrl}/?autoplay=0.1`);

    // Warm up over six full loops, so that every step's tiles, glyphs, caption and chart card have
    // been seen and the map's caches have filled (after two loops the start still varied by 1.3 MB
    // and 18 DOM nodes from run to run). Measure at rest, the show paused (Esc) and the map idle,
    // so a flight in progress is not counted as growth; F5 resumes the kiosk.
    const measureAtRest = async () => {
      await page.keyboard.press('Escape');
      await waitForIdle(page);
      const f = await footprint(cdp);
      await page.keyboard.press('F5');
      return f;
    };
    await untilSteps(page, 60);
    const start = await measureAtRest();
    const startSteps = await stepsShown(page);
    let end = start;
    for (let done = 0; done < STEPS; done += 200) {
      await untilSteps(page, startSteps + Math.min(done + 200, STEPS));
      end = await measureAtRest();
      console.log(
        `kiosk: ${(await stepsShown(page)) - startSteps} steps; heap ${start.heapMB.toFixed(1)} → ` +
          `${end.heapMB.toFixed(1)} MB; DOM nodes ${start.nodes} → ${end.nodes}; ` +
          `listeners ${start.listeners} → ${end.listeners}`,
      );
    }
    const steps = (await stepsShown(page)) - startSteps;
    expect(steps).toBeGreaterThanOrEqual(STEPS);
    expect(end.heapMB).toBeLessThan(start.heapMB * 1.1 + 2);
    expect(end.nodes).toBeLessThanOrEqual(start.nodes + 50);
    expect(end.listeners).toBeLessThanOrEqual(start.listeners + 10);
    expect(log.errors).toEqual([]);
    expect(offOrigin(log.requests, baseUrl)).toEqual([]);
    await page.close();
  },
);
