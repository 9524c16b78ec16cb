/**
 * `npm run bench`: load-time figures for the built app in headless Chromium at 1280×800, against
 * `vite preview`, printed as a table and appended to bench/RESULTS.md.
 *
 * Software GL is slow and noisy, so the figures that mean something are the ratios to the
 * baseline (bench/baseline.html: MapLibre and a one-layer background style), not the times.
 *
 * A measurement is one entry in MEASUREMENTS: a name, and a function that returns its samples in
 * milliseconds (it gets the servers' URLs and a way to open a fresh page).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium, waitForIdle } from './browser.ts';
import { clickablePoint, corridor } from './map-probe.ts';
import { boundsOf } from '../src/lib/geo/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_CONFIG = join(ROOT, 'bench/vite.config.ts');
const RESULTS = join(ROOT, 'bench/RESULTS.md');
/** A copy of dist/ that the bench serves, so a `vite build` run meanwhile cannot pull it away. */
const SNAPSHOT = join(ROOT, 'node_modules/.cache/bench-app');
const COMMAND = 'npm run bench (vite build && tsx scripts/bench.ts)';
const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT_MS = 120_000;

interface Env {
  /** The built app, served by `vite preview`, e.g. `http://127.0.0.1:4173/`. */
  appUrl: string;
  /** The baseline page, served the same way. */
  baselineUrl: string;
  /** A page in a fresh browser context (empty cache), closed after the measurement. */
  newPage(): Promise<Page>;
}

interface Measurement {
  name: string;
  /** The name of the measurement this one is divided by in the ratio column. */
  relativeTo?: string;
  run(env: Env): Promise<number[]>;
}

/**
 * Installed before any page script runs: stamps `__bench.idle` with `performance.now()` (ms
 * since navigation started) at the first `idle` of the map the page assigns to `window.map`, as
 * both the app and the baseline do.
 */
const FIRST_IDLE_HOOK = `(() => {
  const bench = (window.__bench = {});
  let current;
  Object.defineProperty(window, 'map', {
    configurable: true,
    get: () => current,
    set(map) {
      current = map;
      if (!map || bench.hooked) return;
      bench.hooked = true;
      if (map.loaded()) bench.missed = true;
      map.once('idle', () => { bench.idle = performance.now(); });
    },
  });
})();`;

/** Milliseconds from navigation to the first `idle` of the page's map. */
async function firstIdle(env: Env, url: string): Promise<number> {
  const page = await env.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript({ content: FIRST_IDLE_HOOK });
  await page.goto(url);
  await page.waitForFunction('window.__bench.idle !== undefined || window.__bench.missed', null, {
    timeout: TIMEOUT_MS,
  });
  const { idle, missed } = (await page.evaluate('window.__bench')) as {
    idle?: number;
    missed?: boolean;
  };
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  if (missed || idle === undefined) throw new Error(`${url}: the map was idle before the hook`);
  return idle;
}

/** `runs` samples of `sample`, after `warmup` ones that are thrown away. */
async function repeat(runs: number, sample: () => Promise<number>, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await sample();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await sample());
  return samples;
}

/**
 * Installed before page scripts: stamps the time of each mousedown on the map and of each popup
 * that appears, so a click's latency is measured in the page, not over the DevTools protocol.
 */
const CLICK_HOOK = `(() => {
  const bench = (window.__click = { down: 0, popup: 0 });
  addEventListener('mousedown', () => { bench.down = performance.now(); bench.popup = 0; }, true);
  new MutationObserver(() => {
    if (!bench.popup && document.querySelector('.maplibregl-popup')) bench.popup = performance.now();
  }).observe(document, { childList: true, subtree: true });
})();`;

/** Milliseconds from mousedown to the popup in the DOM, `runs` times at one point of the map. */
async function clickToPopup(env: Env, url: string, runs: number): Promise<number[]> {
  const page = await env.newPage();
  await page.addInitScript({ content: CLICK_HOOK });
  await page.goto(url);
  await waitForIdle(page, TIMEOUT_MS);
  let at = { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 };
  if (url === env.appUrl) {
    // A ferry segment, framed with the panel closed, at a point where only it can be hit.
    await page.getByRole('button', { name: 'Hide list' }).click();
    const ferry = corridor.segments.find((s) => s.id === 'aktau-alat')!;
    const box = boundsOf(corridor, [{ kind: 'segment', id: ferry.id }])!;
    await page.evaluate((box) => window.map!.fitBounds(box, { padding: 120, animate: false }), box);
    await waitForIdle(page, TIMEOUT_MS);
    at = await clickablePoint(page, ferry.coordinates, ferry.id);
  }
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction('window.__click.popup > 0', null, { timeout: TIMEOUT_MS });
    const { down, popup } = (await page.evaluate('window.__click')) as {
      down: number;
      popup: number;
    };
    if (i > 0) samples.push(popup - down); // the first click is a warm-up
    await page.evaluate(() =>
      document.querySelectorAll('.maplibregl-popup').forEach((p) => p.remove()),
    );
    await page.keyboard.press('Escape');
    await page.waitForTimeout(50);
  }
  return samples;
}

const MEASUREMENTS: Measurement[] = [
  {
    name: 'baseline: navigation → first idle',
    run: (env) => repeat(5, () => firstIdle(env, env.baselineUrl)),
  },
  {
    name: 'app: navigation → first idle',
    relativeTo: 'baseline: navigation → first idle',
    run: (env) => repeat(5, () => firstIdle(env, env.appUrl)),
  },
  {
    name: 'baseline: click → MapLibre popup in the DOM',
    run: (env) => clickToPopup(env, env.baselineUrl, 20),
  },
  {
    name: 'app: click on a segment → its popup in the DOM',
    relativeTo: 'baseline: click → MapLibre popup in the DOM',
    run: (env) => clickToPopup(env, env.appUrl, 20),
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Row {
  name: string;
  samples: number[];
  median: number;
  ratio?: number;
}

async function serve(configFile: string | undefined, outDir?: string): Promise<PreviewServer> {
  const server = await preview({
    configFile,
    ...(outDir && { build: { outDir } }),
    logLevel: 'warn',
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  if (!server.resolvedUrls?.local[0]) throw new Error('vite preview did not report a URL');
  return server;
}

async function measure(browser: Browser, env: Omit<Env, 'newPage'>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const m of MEASUREMENTS) {
    const contexts: Awaited<ReturnType<Browser['newContext']>>[] = [];
    const newPage = async () => {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      // tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`: a
      // function passed to page.evaluate would then fail in the page without this.
      await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
      contexts.push(context);
      return context.newPage();
    };
    process.stdout.write(`${m.name} … `);
    try {
      const samples = await m.run({ ...env, newPage });
      const row: Row = { name: m.name, samples, median: median(samples) };
      const base = m.relativeTo && rows.find((r) => r.name === m.relativeTo);
      if (base) row.ratio = row.median / base.median;
      rows.push(row);
      console.log(`${row.median.toFixed(0)} ms`);
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
    }
  }
  return rows;
}

interface Size {
  part: string;
  file: string;
  raw: number;
  gzip: number;
}

const PARTS: [string, (file: string) => boolean][] = [
  ['JS (app + MapLibre)', (f) => f.endsWith('.js') && !f.startsWith('basemap-')],
  ['basemap (virtual:basemap)', (f) => f.startsWith('basemap-')],
  ['MapLibre worker', (f) => f.startsWith('maplibre-gl-worker-')],
  ['CSS', (f) => f.endsWith('.css')],
  ['other', () => true],
];

/** The built files, by part: app JS, the embedded basemap chunk, CSS, the MapLibre worker. */
function sizes(): Size[] {
  const dir = join(SNAPSHOT, 'assets');
  const size = (part: string, path: string, file: string): Size => {
    const content = readFileSync(path);
    return { part, file, raw: content.length, gzip: gzipSync(content).length };
  };
  const assets = readdirSync(dir).map((name) => {
    const part = PARTS.findIndex(([, test]) => test(name));
    return { order: part, size: size(PARTS[part]![0], join(dir, name), `dist/assets/${name}`) };
  });
  const result = assets.sort((a, b) => a.order - b.order).map((a) => a.size);
  const single = join(ROOT, 'dist-single/index.html');
  if (existsSync(single))
    result.push(
      size('single file (last `npm run build:single`)', single, 'dist-single/index.html'),
    );
  return result;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function report(rows: Row[], files: Size[], chromiumVersion: string): string {
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const dirty = git('status', '--porcelain').length > 0 ? ' (with uncommitted changes)' : '';
  return [
    `## ${date}`,
    '',
    `- Command: \`${COMMAND}\``,
    `- Chromium ${chromiumVersion}, headless, software WebGL (SwiftShader), ` +
      `${VIEWPORT.width}×${VIEWPORT.height}, a fresh browser context (empty cache) per sample`,
    `- Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    `- Load average at the end (other work on the machine skews the times): ` +
      loadavg()
        .map((l) => l.toFixed(2))
        .join(', '),
    `- Commit ${git('rev-parse', '--short', 'HEAD')}${dirty}`,
    '',
    '| measurement | samples | median | min–max | ratio |',
    '| --- | --: | --: | --: | --: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.samples.length} | ${r.median.toFixed(0)} ms | ` +
        `${Math.min(...r.samples).toFixed(0)}–${Math.max(...r.samples).toFixed(0)} ms | ` +
        `${r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×`} |`,
    ),
    '',
    '| part | file | raw | gzip (zlib default level) |',
    '| --- | --- | --: | --: |',
    ...files.map((f) => `| ${f.part} | \`${f.file}\` | ${kB(f.raw)} | ${kB(f.gzip)} |`),
    '',
  ].join('\n');
}

const HEADER = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts), one section per run, newest last. Times come from
headless Chromium with software WebGL and vary a lot between machines and runs: compare the
ratios to the baseline (bench/baseline.html, MapLibre with a one-layer background style), not
the milliseconds.
`;

async function main() {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('Run `vite build` first.');
  rmSync(SNAPSHOT, { recursive: true, force: true });
  cpSync(join(ROOT, 'dist'), SNAPSHOT, { recursive: true });
  await build({ configFile: BENCH_CONFIG });

  const app = await serve(undefined, SNAPSHOT);
  const baseline = await serve(BENCH_CONFIG);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const rows = await measure(browser, {
      appUrl: app.resolvedUrls!.local[0]!,
      baselineUrl: new URL('baseline.html', baseline.resolvedUrls!.local[0]!).href,
    });
    const section = report(rows, sizes(), browser.version());
    const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : HEADER;
    const text = await format(`${previous.trimEnd()}\n\n${section}`, {
      ...(await resolveConfig(RESULTS)),
      filepath: RESULTS,
    });
    writeFileSync(RESULTS, text);
    console.log(`\n${await format(section, { parser: 'markdown' })}`);
    console.log(`Written to ${relative(ROOT, RESULTS)}.`);
  } finally {
    await browser.close();
    await Promise.all([app.close(), baseline.close()]);
  }
}

await main();
