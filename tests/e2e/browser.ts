import type { Page } from 'playwright-core';
import { launch, waitForIdle, type Browser } from '../../scripts/browser.ts';

export {
  CHROMIUM_ARGS,
  findChromium,
  launch,
  mapIdleInPage,
  takeViolations,
  waitForIdle,
  type Browser,
} from '../../scripts/browser.ts';

/** Everything a page did that a test may want to assert on. */
export interface PageLog {
  requests: string[];
  errors: string[];
}

export function record(page: Page): PageLog {
  const log: PageLog = { requests: [], errors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(`console: ${m.text()}`);
  });
  return log;
}

export function offOrigin(requests: string[], origin: string): string[] {
  return requests.filter(
    (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}

/** A browser at `size` and a page of it with reduced motion, loaded at `url`, the map idle. */
export async function openStill(
  size: { width: number; height: number },
  url: string,
): Promise<{ browser: Browser; page: Page }> {
  const browser = await launch(size);
  const page = await browser.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url);
  await waitForIdle(page);
  return { browser, page };
}
