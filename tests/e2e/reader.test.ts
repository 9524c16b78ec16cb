import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launch, offOrigin, record, waitForIdle, type Browser, type PageLog } from './browser.ts';
import { articleText, corridor } from './corridor.ts';
import { featuresQuoting, paragraphs, type FeatureRef } from '../../src/lib/geo/index.ts';
import { publishedText, routeText } from '../../src/lib/text/index.ts';
import { parseTour } from '../../src/lib/geo/tour.ts';
import { stateTarget } from '../../src/lib/map/feature-state.ts';
import { GEO_DIR, readGeoDir } from '../../scripts/geo-files.ts';

const baseUrl = inject('baseUrl');
const source = paragraphs(articleText);
const tour = parseTour(readGeoDir(GEO_DIR)['tour.json']!, corridor);

/** Each paragraph of the reader as a reader sees it: without its ¶ number and "Map" buttons. */
function readerParagraphs(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="reader"] [data-paragraph]')].map((p) => {
      const text = p.querySelector('.para-text')!.cloneNode(true) as HTMLElement;
      text.querySelectorAll('button.show').forEach((b) => b.remove());
      return { n: Number((p as HTMLElement).dataset.paragraph), text: text.textContent };
    }),
  );
}

function positionsOf(refs: readonly FeatureRef[]): [number, number][] {
  return refs.flatMap((r) => {
    if (r.kind === 'node') return [corridor.nodes.get(r.id)!.coordinates];
    const lines = r.kind === 'segment' ? corridor.segments : corridor.flights;
    return lines
      .find((l) => l.id === r.id)!
      .coordinates.map(([x, y]) => [x, y] as [number, number]);
  });
}

/** The positions that fall outside the map's current bounds. */
function outsideView(page: Page, positions: [number, number][]) {
  return page.evaluate((positions) => {
    const b = window.map!.getBounds();
    return positions.filter((p) => !b.contains(p));
  }, positions);
}

async function lit(page: Page, refs: readonly FeatureRef[]) {
  const hover = await page.evaluate(
    (targets) => targets.map((t) => window.map!.getFeatureState(t).hover === true),
    refs.map(stateTarget),
  );
  return refs.filter((_, i) => hover[i]);
}

async function popupText(page: Page): Promise<string> {
  const popup = page.locator('.maplibregl-popup');
  await popup.waitFor({ state: 'visible', timeout: 30_000 });
  return (await popup.textContent()) ?? '';
}

/** Tabs until `selector` has the focus; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function axeSerious(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  const ran = new Set([...results.passes, ...results.incomplete].map((r) => r.id));
  return { serious, ran };
}

// Rules that must really have run over the reader: a full-screen map can make axe skip some.
const RULES = ['button-name', 'color-contrast', 'heading-order', 'aria-allowed-attr', 'list'];

describe('the reader beside the map, 1280×800', () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    browser = await launch({ width: 1280, height: 800 });
    page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    log = record(page);
    await page.goto(`${baseUrl}/`);
    await waitForIdle(page);
    await page.getByRole('button', { name: 'Hide list' }).click();
  });
  afterAll(() => browser.close());

  test('opens from the Article button, with the article paragraph by paragraph', async () => {
    await page.getByRole('button', { name: 'Article', exact: true }).first().click();
    const reader = page.getByTestId('reader');
    await reader.waitFor({ state: 'visible' });
    expect(await readerParagraphs(page)).toEqual(source.map((text, i) => ({ n: i + 1, text })));
    const shown = (await reader.textContent()) ?? '';
    for (const field of ['title', 'author', 'publisher', 'source'] as const) {
      expect(shown).toContain(corridor.article[field]);
    }
  });

  test.each([...corridor.passages.keys()])(
    'passage %s: marked, lit on focus, framed and its popup opened on activation',
    async (id) => {
      const passage = corridor.passages.get(id)!;
      const { refs } = featuresQuoting(corridor, id);
      const mark = page.locator(`mark[data-passage="${id}"]`);
      expect(await mark.textContent()).toBe(passage.text);
      const button = page.locator(`button[data-show-passage="${id}"]`);
      await button.focus();
      await expect.poll(() => lit(page, refs)).toEqual(refs);
      await button.press('Enter');
      await waitForIdle(page);
      expect(await popupText(page)).toContain(`“${passage.text}”`);
      expect(await outsideView(page, positionsOf(refs))).toEqual([]);
    },
  );

  test('place names link to the map: a node opens its popup, an area is framed', async () => {
    const node = corridor.placeLinks.find((p) => 'kind' in p.target && p.target.kind === 'node')!;
    await page.locator(`button[data-place="${node.id}"]`).first().click();
    await waitForIdle(page);
    const target = node.target as FeatureRef;
    expect(await popupText(page)).toContain(corridor.nodes.get(target.id)!.name);
    const area = corridor.placeLinks.find((p) => 'bounds' in p.target)!;
    await page.locator(`button[data-place="${area.id}"]`).first().click();
    await waitForIdle(page);
    const [[w, s], [e, n]] = (area.target as { bounds: [[number, number], [number, number]] })
      .bounds;
    expect(await outsideView(page, [[(w + e) / 2, (s + n) / 2]])).toEqual([]);
  });

  test('"read in context" in a popup scrolls the reader to the paragraph, passage highlighted', async () => {
    const segment = corridor.segments.find(
      (s) => corridor.passages.get(s.passages[0]!)!.paragraph > 10,
    )!;
    const passage = corridor.passages.get(segment.passages[0]!)!;
    await page.getByRole('button', { name: 'Close the reader' }).click();
    // The map re-frames for the wider free area and writes its view into the address when it
    // settles: let it settle before the address is changed by hand.
    await waitForIdle(page);
    await page.evaluate((id) => (location.hash = `segment=${id}`), segment.id);
    await popupText(page);
    await page
      .locator('.maplibregl-popup')
      .getByRole('button', { name: 'Read in context' })
      .first()
      .click();
    const para = page.locator(`[data-testid="reader"] [data-paragraph="${passage.paragraph}"]`);
    await expect
      .poll(() => para.locator('mark.in-context').getAttribute('data-passage'))
      .toBe(passage.id);
    // The paragraph is in the reader's visible part, and has the focus for a screen reader.
    const inView = await para.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const scroller = el.closest('.scroll')!.getBoundingClientRect();
      return box.top >= scroller.top - 1 && box.top < scroller.bottom;
    });
    expect(inView).toBe(true);
    expect(await para.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => location.hash)).toContain(`p=${passage.paragraph}`);
  });

  test('a popup shows the published length beside the drawn one, where there is one', async () => {
    const segment = corridor.segments.find((s) => publishedText(corridor, s.id))!;
    await page.evaluate((id) => (location.hash = `segment=${id}`), segment.id);
    await popupText(page);
    expect(await page.getByTestId('published').textContent()).toBe(
      publishedText(corridor, segment.id),
    );
  });

  test('the route as text: focusing a leg lights it on the map, Enter opens its popup', async () => {
    await page.getByRole('button', { name: 'Route as text' }).click();
    const leg = routeText(corridor)[0]!.legs[2]!;
    const button = page.locator(`li[data-leg="${leg.ref.id}"] button.leg`);
    await button.focus();
    await expect.poll(() => lit(page, [leg.ref])).toEqual([leg.ref]);
    await button.press('Enter');
    expect(await popupText(page)).toContain(leg.km);
    expect(await page.getByRole('heading', { level: 3 }).first().textContent()).toContain(
      'The route as text',
    );
  });

  test('a #p link opens the reader at that paragraph', async () => {
    const n = source.length - 2;
    await page.goto(`${baseUrl}/#p=${n}`);
    await waitForIdle(page);
    const para = page.locator(`[data-testid="reader"] [data-paragraph="${n}"]`);
    await expect.poll(() => para.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test('keyboard only: Article, a passage, its popup, Esc and Esc', async () => {
    await page.goto(`${baseUrl}/`);
    await waitForIdle(page);
    await tabTo(page, '.toolbar button:first-child');
    await page.keyboard.press('Enter');
    await tabTo(page, 'button[data-show-passage]');
    const id = await page.evaluate(
      () => (document.activeElement as HTMLElement).dataset.showPassage!,
    );
    await page.keyboard.press('Enter');
    expect(await popupText(page)).toContain(corridor.passages.get(id)!.text);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('reader').count()).toBe(0);
  });

  test('axe: no serious or critical violation with the reader open, and the rules ran', async () => {
    await page.goto(`${baseUrl}/#p=19`);
    await waitForIdle(page);
    const { serious, ran } = await axeSerious(page);
    expect(serious).toEqual([]);
    for (const rule of RULES) expect(ran, rule).toContain(rule);
  });

  test('no request left the origin and nothing threw', () => {
    expect(offOrigin(log.requests, baseUrl)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

describe('the reader on a phone, 390×844', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch({ width: 390, height: 844 });
    page = await browser.context.newPage();
    await page.goto(`${baseUrl}/#p=21`);
    await waitForIdle(page);
  });
  afterAll(() => browser.close());

  test('is a bottom sheet that leaves the map usable above it', async () => {
    const box = (await page.getByTestId('reader').boundingBox())!;
    expect(box.y).toBeGreaterThan(844 * 0.4);
    expect(box.y + box.height).toBeCloseTo(844, 0);
    const mapOnTop = await page.evaluate(() =>
      document.elementFromPoint(195, 300)?.classList.contains('maplibregl-canvas'),
    );
    expect(mapOnTop).toBe(true);
  });

  test('axe: no serious or critical violation, and the rules ran', async () => {
    const { serious, ran } = await axeSerious(page);
    expect(serious).toEqual([]);
    for (const rule of RULES) expect(ran, rule).toContain(rule);
  });
});

describe('without WebGL', () => {
  let browser: Browser;
  let page: Page;

  async function openWithoutWebgl(path: string) {
    page = await browser.context.newPage();
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
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('alert').waitFor();
  }

  beforeAll(async () => {
    browser = await launch({ width: 1280, height: 800 });
  });
  afterAll(() => browser.close());

  test('the notice, then every leg with its distance and quote, the totals and the article', async () => {
    await openWithoutWebgl('/');
    expect(await page.getByRole('alert').textContent()).toContain('cannot draw the map');
    for (const route of routeText(corridor)) {
      expect(await page.getByRole('heading', { name: route.heading }).count()).toBe(1);
      for (const leg of route.legs) {
        const text = (await page.locator(`li[data-leg="${leg.ref.id}"]`).textContent()) ?? '';
        expect(text).toContain(`${leg.from} → ${leg.to}`);
        expect(text).toContain(leg.km);
        expect(text).toContain(leg.cumulative);
        expect(text).toContain(`“${leg.quote!.text}”`);
      }
    }
    expect(await page.getByRole('heading', { name: 'Totals' }).count()).toBe(1);
    expect(await readerParagraphs(page)).toEqual(source.map((text, i) => ({ n: i + 1, text })));
  });

  test('every leg is reached by Tab, and its "read in context" shows the paragraph', async () => {
    const legs = new Set(routeText(corridor).flatMap((r) => r.legs.map((l) => l.ref.id)));
    const reached = new Set<string>();
    for (let i = 0; i < legs.size * 3 && reached.size < legs.size; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(
        () => document.activeElement?.closest<HTMLElement>('li[data-leg]')?.dataset.leg,
      );
      if (id) reached.add(id);
    }
    expect([...legs].filter((id) => !reached.has(id))).toEqual([]);
    const leg = routeText(corridor)[0]!.legs[0]!;
    await page.locator(`li[data-leg="${leg.ref.id}"]`).getByRole('button').click();
    const para = page.locator(`[data-paragraph="${leg.quote!.paragraph}"]`);
    await expect.poll(() => para.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  test('in presentation mode the captions step with the clicker (PageDown)', async () => {
    await openWithoutWebgl('/?present');
    const title = page.locator('section.caption .title');
    await expect.poll(() => title.textContent()).toBe(tour[0]!.title);
    await page.keyboard.press('PageDown');
    await expect.poll(() => title.textContent()).toBe(tour[1]!.title);
    await page.keyboard.press('PageUp');
    await expect.poll(() => title.textContent()).toBe(tour[0]!.title);
    await page.close();
  });
});
