// A popup leaves in sight the segment it describes: beside it on a laptop, above it on a phone
// (where it is a sheet along the bottom), whether it was opened by a link (as a row of the list
// or the keyboard opens it: framed, the popup at its middle) or by a click; and a click still
// shows its popup in the very next frame.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openStill, waitForIdle, type Browser } from './browser.ts';
import { clickablePoint, corridor, pointAlong } from './corridor.ts';

const baseUrl = inject('baseUrl');

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

/** Segments of every shape: north–south (the ferry), long and winding, short, east–west. */
const LINKED = ['aktau-alat', 'lanzhou-urumqi', 'samtredia-poti', 'kars-erzurum', 'poti-constanta'];

/** Points along the segment, every 2.5 % of its length, ends included. */
const samplesOf = (id: string) => {
  const segment = corridor.segments.find((s) => s.id === id)!;
  return Array.from({ length: 41 }, (_, i) => pointAlong(segment.coordinates, i / 40));
};

/**
 * The share of the segment's samples a user sees: on screen, with the map itself under them
 * (not the popup, the sheet, the panel or a control).
 */
function seenShare(page: Page, id: string): Promise<number> {
  return page.evaluate((points) => {
    const map = window.map!;
    const canvas = map.getCanvas();
    const box = canvas.getBoundingClientRect();
    const seen = points.filter((lngLat) => {
      const p = map.project(lngLat);
      const [x, y] = [p.x + box.left, p.y + box.top];
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
      return document.elementFromPoint(x, y) === canvas;
    });
    return seen.length / points.length;
  }, samplesOf(id));
}

describe.each(SIZES)('at $width×$height', (size) => {
  let browser: Browser;
  let page: Page;
  const popup = size.width < 600 ? '.corridor-sheet' : '.corridor-popup';
  /** Waits for the popup of `id` and for the map to come to rest. */
  const opened = async (id: string) => {
    const name = corridor.segments.find((s) => s.id === id)!.name;
    await expect.poll(() => page.locator(`${popup} h2`).allTextContents()).toEqual([name]);
    await waitForIdle(page);
  };

  beforeAll(async () => ({ browser, page } = await openStill(size, `${baseUrl}/`)));
  afterAll(() => browser.close());

  test.each(LINKED)('a link to %s frames it with its popup, and most of it shows', async (id) => {
    await page.goto(`${baseUrl}/#segment=${id}`);
    await page.reload();
    await waitForIdle(page);
    await opened(id);
    const share = await seenShare(page, id);
    expect(share, `the share of ${id} in sight`).toBeGreaterThanOrEqual(0.9);
  });

  test('a click shows the popup in the next frame, and leaves its segment in sight', async () => {
    await page.goto(`${baseUrl}/`);
    await page.reload();
    await waitForIdle(page);
    const id = 'lanzhou-urumqi';
    const segment = corridor.segments.find((s) => s.id === id)!;
    // The segment across the whole map, where a popup or a sheet would cover much of it.
    await page.evaluate((coords) => {
      const lngs = coords.map((c) => c[0]);
      const lats = coords.map((c) => c[1]);
      const sw: [number, number] = [Math.min(...lngs), Math.min(...lats)];
      const ne: [number, number] = [Math.max(...lngs), Math.max(...lats)];
      window.map!.fitBounds([sw, ne], { padding: 60, animate: false });
    }, segment.coordinates);
    await waitForIdle(page);
    // The popups' part is fetched once the map is first idle: one popup opened and closed.
    const warm = await clickablePoint(page, segment.coordinates, id);
    await page.mouse.click(warm.x, warm.y);
    await opened(id);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(popup).count()).toBe(0);

    const at = await clickablePoint(page, segment.coordinates, id);
    const shownNextFrame = await page.evaluate(
      ({ at, popup }) =>
        new Promise<boolean>((done) => {
          const canvas = window.map!.getCanvasContainer();
          const init = { clientX: at.x, clientY: at.y, bubbles: true, button: 0 };
          for (const type of ['mousedown', 'mouseup', 'click'])
            canvas.dispatchEvent(new MouseEvent(type, init));
          requestAnimationFrame(() => {
            const el = document.querySelector(popup);
            done(Boolean(el && el.getBoundingClientRect().height > 0));
          });
        }),
      { at, popup },
    );
    expect(shownNextFrame).toBe(true);
    await opened(id);
    expect(await seenShare(page, id)).toBeGreaterThanOrEqual(0.9);
  });
});
