// Headless Chromium for the e2e tests, the benchmark and the screenshots: launch it with
// software WebGL, and wait for the map to settle.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Flags that give headless Chromium software WebGL and keep it from calling home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

/** CHROME_PATH, then Debian's chromium, then a browser Playwright installed itself. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: ' +
      '`sudo apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium executable.',
  );
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Content Security Policy violations seen by any page of any browser launched here, until
 * `takeViolations` empties the list: the e2e tests fail the test that caused one.
 */
const violations: string[] = [];

export function takeViolations(): string[] {
  return violations.splice(0);
}

/** Reports each `securitypolicyviolation` of a page to this process, and Chromium's log of it. */
async function watchPolicy(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__cspViolation', ({ page }, text: string) => {
    violations.push(`${page?.url() ?? '?'}: ${text}`);
  });
  await context.addInitScript(() => {
    const report = (globalThis as unknown as { __cspViolation(text: string): void }).__cspViolation;
    addEventListener('securitypolicyviolation', (e) =>
      report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}`),
    );
  });
  // What the event does not reach (a worker's own violations) Chromium still logs.
  context.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text()))
      violations.push(`console: ${m.text()}`);
  });
}

export async function launch(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'corridor-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: 1,
  });
  // Scripts run with tsx (benchmarks, screenshots) keep function names with an `__name` helper
  // that the page does not have: give it one, so functions passed to page.evaluate still run.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  await watchPolicy(context);
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Run in the page (by Playwright or Puppeteer): resolves once the map has drawn everything it
 * has, on MapLibre's `idle` event, or, when the map is already settled and so fires no new
 * `idle`, once it has stayed loaded and still. Resolves to which of the two it saw.
 */
export function mapIdleInPage(timeout: number): Promise<'idle' | 'settled'> {
  return new Promise((resolve, reject) => {
    const map = window.map!;
    const settled = () => map.loaded() && !map.isMoving() && map.areTilesLoaded();
    const timer = setTimeout(() => reject(new Error('the map never became idle')), timeout);
    const finish = (how: 'idle' | 'settled') => {
      clearTimeout(timer);
      resolve(how);
    };
    map.once('idle', () => finish('idle'));
    const poll = () => {
      if (settled()) setTimeout(() => (settled() ? finish('settled') : poll()), 500);
      else setTimeout(poll, 100);
    };
    poll();
  });
}

/** Waits for the map to exist, then for `mapIdleInPage`. */
export async function waitForIdle(page: Page, timeout = 60_000): Promise<'idle' | 'settled'> {
  await page.waitForFunction(() => window.map !== undefined, undefined, { timeout });
  return page.evaluate(mapIdleInPage, timeout);
}
