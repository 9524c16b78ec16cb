import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

export type Rgb = [number, number, number];

/** Screen position of a `[lng, lat]`, from the live map's own projection. */
export async function project(
  page: Page,
  lngLat: [number, number],
): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const p = window.map!.project(ll);
    const rect = window.map!.getCanvas().getBoundingClientRect();
    return { x: p.x + rect.left, y: p.y + rect.top };
  }, lngLat);
}

/** A decoded PNG (pngjs, in Node): its size and the colour of any pixel. */
export interface Image {
  width: number;
  height: number;
  at(x: number, y: number): Rgb;
}

export function readPng(png: Buffer): Image {
  const { width, height, data } = PNG.sync.read(png);
  return {
    width,
    height,
    at(x, y) {
      const i = (Math.round(y) * width + Math.round(x)) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}

/** Colours of screen pixels, read from a real screenshot of the page. */
export async function pixels(page: Page, points: { x: number; y: number }[]): Promise<Rgb[]> {
  const image = readPng(await page.screenshot({ type: 'png' }));
  return points.map(({ x, y }) => image.at(x, y));
}

export function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function colorDistance(a: Rgb, b: Rgb): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
}
