import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, offOrigin, record, waitForIdle, type Browser, type PageLog } from './browser.ts';
import { colorDistance, hexToRgb, project, readPng, type Rgb } from './pixels.ts';
import { THEMES } from '../../src/lib/map/themes.ts';
import { layoutCaption } from '../../src/lib/ui/export.ts';

const baseUrl = inject('baseUrl');

// Open water in the southern Caspian, far from routes and labels, above the export's caption.
const CASPIAN: [number, number] = [51.6, 39.0];
// The Aktau–Alat ferry picked, so there is a caption; the view puts the Caspian point right of
// centre, clear of the caption in the bottom-left, also once the map has panned for the popup
// (which opens beside the ferry).
const START = '/#segment=aktau-alat&map=4.50/39.0000/48.0000';

let browser: Browser;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  browser = await launch({ width: 1280, height: 800 });
  page = await browser.context.newPage();
  log = record(page);
});
afterAll(() => browser.close());

interface Decoded {
  caspian: Rgb;
  panelTop: number;
  darkPixels: number;
}

/**
 * Reads the exported PNG: the colour at the Caspian point, the top of the caption panel (walking
 * up its left padding while it stays white), and how many dark (text) pixels the panel holds.
 */
function decode(
  png: Buffer,
  caspian: { x: number; y: number },
  panel: { x: number; bottom: number; width: number; radius: number },
): Decoded {
  const { at } = readPng(png);
  const column = panel.x + panel.radius;
  let top = panel.bottom - panel.radius - 1;
  while (top > 0 && at(column, top - 1).every((v) => v >= 250)) top--;
  let darkPixels = 0;
  for (let y = top; y < panel.bottom; y++) {
    for (let x = panel.x; x < panel.x + panel.width; x++) {
      if (Math.max(...at(x, y)) < 100) darkPixels++;
    }
  }
  return { caspian: at(caspian.x, caspian.y), panelTop: top, darkPixels };
}

test('S saves the view as a PNG with the map and its caption, built in the page', async () => {
  await page.goto(`${baseUrl}${START}`);
  await waitForIdle(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const size = await page.evaluate(() => {
    const c = window.map!.getCanvas();
    return { width: c.width, height: c.height };
  });
  expect(size).toEqual({ width: 1280, height: 800 });
  const caspian = await project(page, CASPIAN);

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    page.keyboard.press('s'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^middle-corridor-\d{8}-\d{6}\.png$/);
  expect(download.url()).toMatch(/^blob:/);
  const png = readFileSync(await download.path());

  // PNG signature, then the IHDR chunk: width and height as big-endian uint32 at bytes 16–23.
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(size);

  // Where the panel's left edge, bottom and width fall does not depend on the text measured.
  const { panel } = layoutCaption({ title: '', lines: [] }, size.width, size.height, () => 0);
  const box = {
    x: panel.x,
    bottom: panel.y + panel.height,
    width: panel.width,
    radius: panel.radius,
  };
  const image = decode(png, caspian, box);

  // Not blank: the Caspian has the theme's water colour…
  expect(caspian.y).toBeLessThan(image.panelTop);
  expect(colorDistance(image.caspian, hexToRgb(THEMES.light.water))).toBeLessThanOrEqual(8);
  // …and a caption panel at least a title high sits bottom-left, with dark text in it.
  expect(box.bottom - image.panelTop).toBeGreaterThan(size.height * 0.06);
  expect(image.darkPixels).toBeGreaterThan(300);

  expect(offOrigin(log.requests, baseUrl)).toEqual([]);
  expect(log.errors).toEqual([]);
});

test('the Save PNG button does the same as S', async () => {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PNG' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^middle-corridor-\d{8}-\d{6}\.png$/);
  const png = readFileSync((await download.path())!);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
});
