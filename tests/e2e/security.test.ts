import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, record, takeViolations, waitForIdle, type Browser } from './browser.ts';
import { corridor } from './corridor.ts';

const baseUrl = inject('baseUrl');

function builtPolicy(dir: string): Map<string, string[]> {
  const html = readFileSync(new URL(`../../${dir}/index.html`, import.meta.url), 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
  if (!meta) throw new Error(`${dir}/index.html has no Content Security Policy`);
  return new Map(
    meta[1]!.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe.each(['dist', 'dist-single'])('the policy of %s/index.html', (dir) => {
  const policy = builtPolicy(dir);

  test('denies by default and allows no inline or eval code, no plugin, no base change', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    for (const directive of ['script-src', 'style-src', 'worker-src']) {
      const sources = policy.get(directive) ?? [];
      expect(sources.length, directive).toBeGreaterThan(0);
      expect(sources, directive).not.toContain("'unsafe-inline'");
      expect(sources, directive).not.toContain("'unsafe-eval'");
      expect(sources, directive).not.toContain('*');
      expect(sources, directive).not.toContain('https:');
    }
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('object-src') ?? policy.get('default-src')).toEqual(["'none'"]);
  });
});

describe('the served page under its policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  test('refuses injected inline script, eval and a request to a stranger, and each is reported', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/`);
    await waitForIdle(page);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true;';
      document.head.append(script);
      // Later, from the page's own task: code a test runs directly may eval regardless.
      const evaluated = await new Promise<boolean>((resolve) =>
        setTimeout(() => {
          try {
            resolve((0, eval)('true') as boolean);
          } catch {
            resolve(false);
          }
        }),
      );
      const fetched = await fetch('https://evil.example.net/x').then(
        () => true,
        () => false,
      );
      await new Promise((r) => setTimeout(r, 200));
      return { inline: 'window.__inline' in window, evaluated, fetched };
    });
    expect(outcome).toEqual({ inline: false, evaluated: false, fetched: false });
    // The hook every e2e test relies on saw all three (the browser's console reports arrive a
    // little later than the events: drain both, so none is left to fail the next check).
    const seen: string[] = [];
    const drained = () => (seen.push(...takeViolations()), seen.join('\n'));
    await expect.poll(drained).toMatch(/script-src(-elem)? blocked inline/);
    await expect.poll(drained).toMatch(/script-src blocked eval/);
    await expect.poll(drained).toMatch(/connect-src blocked https:\/\/evil\.example\.net/);
    await expect.poll(drained).toMatch(/console: Fetch API cannot load https:\/\/evil/);
    await page.close();
    takeViolations();
  });

  test('markup in a name shows as text: no element, no script run', async () => {
    const id = 'aktau-alat';
    const name = corridor.segments.find((s) => s.id === id)!.name;
    // No quote, backslash or backtick: it stays the same text inside the bundle's string.
    const markup = 'Aktau <img src=x onerror=window.__pwned=1> <script>window.__pwned=2</script>';
    const page = await browser.context.newPage();
    const log = record(page);
    let replaced = 0;
    // The corridor travels in the corridor-data chunk, as the build prepared it (compact JSON),
    // and the geo/ files as they are in corridor-text: serve copies in which the name is markup.
    await page.route(/\/assets\/corridor-[^/]+\.js$/, async (route) => {
      const response = await route.fetch();
      const code = await response.text();
      const modified = ['": "', '":"'].reduce(
        (text, colon) => text.split(`"name${colon}${name}"`).join(`"name${colon}${markup}"`),
        code,
      );
      replaced += modified === code ? 0 : 1;
      await route.fulfill({ response, body: modified });
    });
    await page.goto(`${baseUrl}/#segment=${id}`);
    await waitForIdle(page);
    expect(replaced).toBe(1);

    const popup = page.locator('.maplibregl-popup');
    await expect.poll(() => popup.textContent()).toContain(markup);
    expect(await popup.locator('img, script').count()).toBe(0);
    expect(await page.locator('#app img, #app script').count()).toBe(0);
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
    expect(log.requests.filter((r) => r.endsWith('/x'))).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
