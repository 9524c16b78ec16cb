import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launch, offOrigin, record, waitForIdle, type Browser } from './browser.ts';

const baseUrl = inject('baseUrl');

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

test('autoplay loops through 200+ steps without errors, leaks or growth', async () => {
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

  // Warm up over two full loops (every step's tiles, glyphs and caption seen once). Measure at
  // rest, the show paused (Esc) and the map idle, so a flight in progress is not counted as growth;
  // F5 resumes the kiosk.
  const measureAtRest = async () => {
    await page.keyboard.press('Escape');
    await waitForIdle(page);
    const f = await footprint(cdp);
    await page.keyboard.press('F5');
    return f;
  };
  await untilSteps(page, 20);
  const start = await measureAtRest();
  const startSteps = await stepsShown(page);
  await untilSteps(page, startSteps + 200);
  const steps = (await stepsShown(page)) - startSteps;
  const end = await measureAtRest();

  console.log(
    `kiosk: ${steps} steps; heap ${start.heapMB.toFixed(1)} → ${end.heapMB.toFixed(1)} MB; ` +
      `DOM nodes ${start.nodes} → ${end.nodes}; listeners ${start.listeners} → ${end.listeners}`,
  );
  expect(steps).toBeGreaterThanOrEqual(200);
  expect(end.heapMB).toBeLessThan(start.heapMB * 1.1 + 2);
  expect(end.nodes).toBeLessThanOrEqual(start.nodes + 50);
  expect(end.listeners).toBeLessThanOrEqual(start.listeners + 10);
  expect(log.errors).toEqual([]);
  expect(offOrigin(log.requests, baseUrl)).toEqual([]);
  await page.close();
});
