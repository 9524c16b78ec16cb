// The page's shell comes first and the rest follows: the title before any script, the list and
// the legend before MapLibre, and what the first view does not show when it is asked for.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { launch, record, waitForIdle, type Browser } from './browser.ts';
import { clickablePoint, corridor } from './corridor.ts';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ width: 1280, height: 800 });
});
afterAll(() => browser.close());

/** The file names of the scripts a page asked for. */
const scripts = (requests: string[]) =>
  requests
    .map((url) => new URL(url).pathname.split('/').pop() ?? '')
    .filter((file) => file.endsWith('.js'));

async function withPage(run: (page: Page) => Promise<void>) {
  const page = await browser.context.newPage();
  try {
    await run(page);
  } finally {
    await page.close();
  }
}

/** Holds the page's requests for a script until the returned function is called. */
async function hold(page: Page, script: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(script, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe('the shell', () => {
  test('the page shows its title before any script has run', async () => {
    await withPage(async (page) => {
      await page.route(/\.js$/, (route) => route.abort());
      await page.goto(`${baseUrl}/`);
      await expect.poll(() => page.getByText('The Middle Corridor').isVisible()).toBe(true);
    });
  });

  test('the title, the list and the legend are on screen before MapLibre has loaded', async () => {
    await withPage(async (page) => {
      const release = await hold(page, /\/maplibre-[^/]*\.js$/);
      await page.goto(`${baseUrl}/`);
      await expect
        .poll(() => page.getByRole('heading', { name: 'The Middle Corridor', level: 1 }).count())
        .toBe(1);
      const legend = page.getByRole('region', { name: 'Legend' });
      await expect.poll(() => legend.getByText('Main line, rail').isVisible()).toBe(true);
      await expect
        .poll(() => page.getByRole('navigation', { name: 'Route segments' }).isVisible())
        .toBe(true);
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Loading the map…');
      expect(await page.evaluate(() => window.map)).toBeUndefined();

      release();
      expect(await waitForIdle(page)).toBe('idle');
      expect(await page.getByRole('status').count()).toBe(0);
    });
  });

  test('the first view loads no part it does not show; each loads when asked for', async () => {
    await withPage(async (page) => {
      const log = record(page);
      await page.goto(`${baseUrl}/`);
      await waitForIdle(page);
      const first = scripts(log.requests);
      // (comparison-layers, the style of the comparison's map layers, may be there already: it
      // comes with the map's popups, fetched once the map is idle; see the next test.)
      for (const part of [/^reader-/, /^Presentation-/, /^export-/, /^comparison-(?!layers-)/])
        expect(first.filter((file) => part.test(file))).toEqual([]);

      // "Why this route", then the article (which, on a screen this narrow, hides the list):
      // each a script of its own, then its content.
      await page.locator('[data-testid=comparison] > summary').click();
      await expect
        .poll(() => page.getByRole('checkbox', { name: /Northern route/ }).isVisible())
        .toBe(true);
      expect(scripts(log.requests).some((file) => /^comparison-(?!layers-)/.test(file))).toBe(true);

      await page.getByRole('button', { name: 'Article' }).click();
      await expect.poll(() => page.getByTestId('reader').count()).toBeGreaterThan(0);
      expect(scripts(log.requests).some((file) => /^reader-/.test(file))).toBe(true);
      expect(log.errors).toEqual([]);
    });
  });

  test('the popups are fetched once the map is first idle, before anyone clicks', async () => {
    await withPage(async (page) => {
      // The time of the map's first `idle`, taken in the page.
      await page.addInitScript(() => {
        let map: Window['map'];
        Object.defineProperty(window, 'map', {
          configurable: true,
          get: () => map,
          set(m: Window['map']) {
            map = m;
            m?.once(
              'idle',
              () => ((window as { firstIdle?: number }).firstIdle ??= performance.now()),
            );
          },
        });
      });
      const log = record(page);
      await page.goto(`${baseUrl}/`);
      await waitForIdle(page);
      // When the page asked for it: its timing entry is there once the script has arrived.
      const fetched = () =>
        page.evaluate(
          () =>
            performance
              .getEntriesByType('resource')
              .find((e) => /\/MapExtras-[^/]*\.js$/.test(e.name))?.startTime ?? 0,
        );
      await expect.poll(fetched).toBeGreaterThan(0);
      const idle = await page.evaluate(() => (window as { firstIdle?: number }).firstIdle ?? 0);
      expect(idle).toBeGreaterThan(0);
      expect(await fetched()).toBeGreaterThan(idle);

      // A row of the list opens its popup at once: its code is there already.
      await page
        .getByRole('navigation', { name: 'Route segments' })
        .getByRole('button')
        .first()
        .click();
      await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(1);
      expect(log.errors).toEqual([]);
    });
  });

  test('a click on a line before the part that picks has come opens its popup once it has', async () => {
    await withPage(async (page) => {
      const release = await hold(page, /\/MapExtras-[^/]*\.js$/);
      await page.goto(`${baseUrl}/`);
      await waitForIdle(page);
      await page.getByRole('button', { name: 'Hide list' }).click();
      const ferry = corridor.segments.find((s) => s.id === 'aktau-alat')!;
      // The ferry across the screen, clear of every other line.
      await page.evaluate((coords) => {
        const [lngs, lats] = [coords.map((c) => c[0]), coords.map((c) => c[1])];
        window.map!.fitBounds(
          [
            [Math.min(...lngs), Math.min(...lats)],
            [Math.max(...lngs), Math.max(...lats)],
          ],
          { padding: 120, animate: false },
        );
      }, ferry.coordinates);
      await waitForIdle(page);
      const at = await clickablePoint(page, ferry.coordinates, ferry.id);
      await page.mouse.click(at.x, at.y);
      expect(await page.locator('.maplibregl-popup').count()).toBe(0);

      release();
      await expect
        .poll(() => page.locator('.maplibregl-popup').textContent())
        .toContain(ferry.name);
      // And from then on the pointer shows what it is over: a point of the line that the popup,
      // opened beside it (the map may have moved to keep it whole), leaves in sight.
      await waitForIdle(page);
      const over = await clickablePoint(page, ferry.coordinates, ferry.id);
      await page.mouse.move(over.x - 1, over.y);
      await page.mouse.move(over.x, over.y);
      await expect
        .poll(() => page.evaluate(() => window.map!.getCanvas().style.cursor))
        .toBe('pointer');
    });
  });

  test('the map credits OpenStreetMap, whose survey of the track many rail lines follow', async () => {
    await withPage(async (page) => {
      await page.goto(`${baseUrl}/`);
      await waitForIdle(page);
      const credits = await page.locator('.maplibregl-ctrl-attrib-inner').textContent();
      expect(credits).toContain('Natural Earth');
      expect(credits).toContain('© OpenStreetMap contributors');
    });
  });
});

describe('a part that cannot be loaded', () => {
  test('the article says so, and opens at the next try once it can be loaded', async () => {
    await withPage(async (page) => {
      await page.goto(`${baseUrl}/`);
      await waitForIdle(page);
      await page.route(/\/reader-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
      const article = page.getByRole('button', { name: 'Article' });
      await article.click();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toMatch(/^The article could not be loaded \(/);

      await page.unroute(/\/reader-[^/]*\.js$/);
      await article.click(); // closes
      await article.click(); // and opens again
      await expect.poll(() => page.getByTestId('reader').count()).toBeGreaterThan(0);
      expect(await alert.count()).toBe(0);
    });
  });

  test('a popup whose part cannot be loaded says so, and opens at the next try', async () => {
    await withPage(async (page) => {
      await page.route(/\/MapExtras-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
      await page.goto(`${baseUrl}/`);
      await waitForIdle(page);
      const row = page
        .getByRole('navigation', { name: 'Route segments' })
        .getByRole('button')
        .first();
      await row.click();
      const notice = page.getByRole('status').filter({ hasText: /could not be loaded/ });
      await expect.poll(() => notice.textContent()).toMatch(/^A part of the map could not be/);
      expect(await page.locator('.maplibregl-popup').count()).toBe(0);

      await page.unroute(/\/MapExtras-[^/]*\.js$/);
      await row.click();
      await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(1);
    });
  });

  test('without MapLibre, the page says the map could not be loaded and the list still works', async () => {
    await withPage(async (page) => {
      await page.route(/\/maplibre-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
      await page.goto(`${baseUrl}/`);
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toMatch(/^The map could not be loaded \(/);
      await page.getByRole('button', { name: 'Hide list' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Routes' }).isVisible()).toBe(true);
    });
  });
});
