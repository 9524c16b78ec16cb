import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** FIREFOX_PATH, then Debian's Firefox ESR, then a plain `firefox`. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  throw new Error(
    'No Firefox found for the Firefox tests. Install one (Debian/Ubuntu: ' +
      '`sudo apt-get install firefox-esr`) or set FIREFOX_PATH to a Firefox executable.',
  );
}

/**
 * Stock Firefox driven over WebDriver BiDi (no geckodriver), in a window on `display`: headless
 * Firefox has no WebGL.
 */
export function launchFirefox(display: string, viewport = { width: 1280, height: 800 }) {
  return puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: findFirefox(),
    headless: false,
    env: { ...process.env, DISPLAY: display },
    defaultViewport: viewport,
    extraPrefsFirefox: {
      // Nothing of its own on the network while the tests watch the page's requests.
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.connectivity-service.enabled': false,
      'app.normandy.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
}

/** What a page did that a test asserts on: requests, errors and policy violations. */
export interface FirefoxLog {
  requests: string[];
  errors: string[];
  violations(): Promise<string[]>;
}

export async function watch(page: Page): Promise<FirefoxLog> {
  const requests: string[] = [];
  const errors: string[] = [];
  const logged: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).stack ?? e}`));
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) logged.push(`console: ${m.text()}`);
    else if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  // As in scripts/browser.ts: functions from scripts run with tsx expect an `__name` helper.
  await page.evaluateOnNewDocument('globalThis.__name ??= (fn) => fn;');
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`),
    );
  });
  return {
    requests,
    errors,
    async violations() {
      const events = await page.evaluate(
        () => (window as unknown as { __violations?: string[] }).__violations ?? [],
      );
      return [...events, ...logged];
    },
  };
}

export type { Browser, Page };
