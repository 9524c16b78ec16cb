import type { Page } from 'playwright-core';

/**
 * The km scale bar's length on screen, as a distance on the map, over the distance its label
 * names. MapLibre measures its bar along the map's vertical middle: the bar as drawn must span
 * that distance there, whatever size the controls are drawn at on a large screen.
 */
export async function kmScaleRatio(page: Page): Promise<number> {
  const { label, drawnKm } = await page.evaluate(() => {
    const bar = [...document.querySelectorAll<HTMLElement>('.maplibregl-ctrl-scale')].find((el) =>
      /\s(k?m)$/.test(el.textContent ?? ''),
    )!;
    const map = window.map!;
    const width = bar.getBoundingClientRect().width;
    const y = map.getContainer().clientHeight / 2;
    const a = map.unproject([0, y]);
    const b = map.unproject([width, y]);
    return { label: bar.textContent ?? '', drawnKm: a.distanceTo(b) / 1000 };
  });
  const [, value, unit] = /^([\d.]+)\s*(km|m)$/.exec(label.trim())!;
  return drawnKm / (Number(value) / (unit === 'm' ? 1000 : 1));
}
