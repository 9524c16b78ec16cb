import type { Page } from 'playwright-core';

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

/** Colours of screen pixels, read from a real screenshot of the page. */
export async function pixels(page: Page, points: { x: number; y: number }[]): Promise<Rgb[]> {
  const png = (await page.screenshot({ type: 'png' })).toString('base64');
  const reader = await page.context().newPage();
  try {
    return await reader.evaluate(
      async ({ png, points }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return points.map(({ x, y }) => {
          const d = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data;
          return [d[0]!, d[1]!, d[2]!] as [number, number, number];
        });
      },
      { png, points },
    );
  } finally {
    await reader.close();
  }
}

export function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function colorDistance(a: Rgb, b: Rgb): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
}
