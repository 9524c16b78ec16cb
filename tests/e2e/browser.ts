import type { Page } from 'playwright-core';

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
