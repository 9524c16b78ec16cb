/**
 * `npm run bench`: the built app against two pages kept in bench/, in headless Chromium, at
 * 1280×800 and 3840×2160, written to bench/RESULTS.md with each budget of issue 10 met or not.
 *
 * - floor: MapLibre and a one-layer background style (bench/baseline.html), the least any map
 *   page can do;
 * - naive: MapLibre with its defaults drawing world-atlas 1:50m countries and borders from
 *   GeoJSON files (bench/naive.html), what a page does with no tuning at all;
 * - app: the built app (dist/).
 *
 * All three are served the same way (`vite preview`, gzip on, from this machine), loaded in turn
 * (floor, naive, app, floor, naive, app, …), each load in a fresh browser context (empty cache).
 * Software WebGL is slow and other work on the machine skews the times: the ratios within one
 * run are what count, not the milliseconds.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { along, bbox, length, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { chromium, type Browser, type Page } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium, waitForIdle } from './browser.ts';
import { tileOptions } from './basemap/tiles.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_CONFIG = join(ROOT, 'bench/vite.config.ts');
const BENCH_OUT = join(ROOT, 'node_modules/.cache/bench-baseline');
const RESULTS = join(ROOT, 'bench/RESULTS.md');
/** A copy of dist/ that the bench serves, so a `vite build` run meanwhile cannot pull it away. */
const SNAPSHOT = join(ROOT, 'node_modules/.cache/bench-app');
const COMMAND = 'npm run bench (vite build && tsx scripts/bench.ts)';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
/** The flyTo is measured in the first rounds only: its frame rate varies little, and it is slow. */
const FLIGHT_ROUNDS = Math.min(ROUNDS, Number(process.env.BENCH_FLIGHT_ROUNDS ?? 3));
/** `BENCH_SIZES=1280` measures one size only (for comparing alternatives quickly). */
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 3840, height: 2160 },
].filter(
  (v) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(',').includes(`${v.width}`),
);
const TIMEOUT_MS = 120_000;
/** The scripted flight of the fps measurement, the same on every page. */
const FLIGHT = {
  from: { center: [87.6, 43.8] as [number, number], zoom: 5 }, // Ürümqi
  to: { center: [49.87, 40.41] as [number, number], zoom: 5 }, // Baku
  durationMs: 2500,
};
/** One frame at 60 Hz: the click → popup budget. */
const FRAME_MS = 1000 / 60;

const segments = JSON.parse(
  readFileSync(join(ROOT, 'geo/segments.geojson'), 'utf8'),
) as FeatureCollection<LineString, { id: string }>;

/** The corridor's box, from the raw segments: the baselines open on the same part of the world. */
const CORRIDOR_BOX = bbox(segments);

interface Target {
  name: 'floor' | 'naive' | 'app';
  url: string;
  /** The layers that must be on the map at the first `idle` that counts. */
  layers: string[];
}

/**
 * Installed before any page script runs. Records long tasks, and stamps `__bench.idle` at the
 * first `idle` of the map the page assigns to `window.map` (as all three do) at which every
 * expected layer is on the map: navigation → first map idle with every layer drawn.
 */
const hook = (layers: string[]) => `(() => {
  const expected = ${JSON.stringify(layers)};
  const bench = (window.__bench = { longTasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let current;
  Object.defineProperty(window, 'map', {
    configurable: true,
    get: () => current,
    set(map) {
      current = map;
      if (!map || bench.hooked) return;
      bench.hooked = true;
      bench.made = performance.now();
      if (map.loaded()) bench.missed = true;
      const check = () => {
        if (bench.idle !== undefined || !expected.every((id) => map.getLayer(id))) return;
        bench.idle = performance.now();
        map.off('idle', check);
      };
      map.on('idle', check);
    },
  });
})();`;

interface Resource {
  url: string;
  /** Bytes of the body as they came over the wire (gzip where the server compressed). */
  transferred: number;
  /** Bytes of the body once decoded. */
  decoded: number;
}

interface Load {
  fcp: number;
  idle: number;
  /** When the page's map was made (assigned to `window.map`). */
  made: number;
  blocking: number;
  /** The longest task before the first idle. */
  longest: number;
  fps: number;
  resources: Resource[];
}

/**
 * The page's Resource Timing misses what the worker fetches; Playwright's events miss the worker
 * script itself. Per URL, the larger of the two totals.
 */
function mergeByUrl(a: Resource[], b: Resource[]): Resource[] {
  const total = (list: Resource[]) => {
    const map = new Map<string, Resource>();
    for (const r of list) {
      const t = map.get(r.url) ?? { url: r.url, transferred: 0, decoded: 0 };
      map.set(r.url, {
        url: r.url,
        transferred: t.transferred + r.transferred,
        decoded: t.decoded + r.decoded,
      });
    }
    return map;
  };
  const [x, y] = [total(a), total(b)];
  return [...new Set([...x.keys(), ...y.keys()])].map((url) => {
    const [p, q] = [x.get(url), y.get(url)];
    return !p ? q! : !q ? p : p.transferred >= q.transferred ? p : q;
  });
}

async function loadOnce(page: Page, target: Target, fly = true): Promise<Load> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Every response, the worker's too (the naive page's GeoJSON is fetched by MapLibre's worker,
  // which the page's Resource Timing does not see).
  const finished: Promise<(Resource & { startedAt: number }) | undefined>[] = [];
  page.on('requestfinished', (request) =>
    finished.push(
      (async () => {
        const sizes = await request.sizes();
        const body = await (await request.response())?.body().catch(() => undefined);
        const transferred = sizes.responseBodySize;
        const decoded = body?.length ?? transferred;
        return { url: request.url(), transferred, decoded, startedAt: request.timing().startTime };
      })().catch(() => undefined),
    ),
  );
  await page.addInitScript({ content: hook(target.layers) });
  await page.goto(target.url);
  // Predicates as functions: a string would be evaluated with eval, which the app's policy blocks.
  await page.waitForFunction(
    () => {
      const bench = (window as unknown as { __bench: { idle?: number; missed?: boolean } }).__bench;
      return bench.idle !== undefined || bench.missed === true;
    },
    null,
    { timeout: TIMEOUT_MS },
  );
  // A page may reach idle before its first contentful paint is reported: give it a moment.
  await page
    .waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
      null,
      {
        timeout: 3000,
      },
    )
    .catch(() => undefined);
  const first = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: Record<string, unknown> }).__bench;
    const idle = bench.idle as number | undefined;
    // The durations of the long tasks that started before the idle.
    const beforeIdle = (bench.longTasks as [number, number][])
      .filter(([start]) => idle !== undefined && start < idle)
      .map(([, duration]) => duration);
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ] as PerformanceResourceTiming[];
    return {
      // What was asked for before the idle: a part fetched once the map is idle is not the
      // first load's.
      timing: entries
        .filter((e) => idle === undefined || e.startTime < idle)
        .map((e) => ({
          url: e.name,
          transferred: e.encodedBodySize,
          decoded: e.decodedBodySize,
        })),
      timeOrigin: performance.timeOrigin,
      idle,
      made: bench.made as number,
      missed: bench.missed === true,
      fcp,
      // Total blocking time: what each long task spent beyond 50 ms, navigation to idle.
      blocking: beforeIdle.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
      longest: Math.max(0, ...beforeIdle),
    };
  });
  if (first.missed || first.idle === undefined)
    throw new Error(`${target.url}: the map was idle before the hook`);
  // Playwright's start times are since the epoch; one it does not know (-1) is counted.
  const idleAt = first.timeOrigin + first.idle;
  const seen = (await Promise.all([...finished]))
    .filter((r) => r !== undefined)
    .filter(({ startedAt }) => startedAt < 0 || startedAt < idleAt)
    .map(({ url, transferred, decoded }) => ({ url, transferred, decoded }));
  const resources = mergeByUrl(first.timing, seen);
  const fps = fly ? await flight(page) : NaN;
  if (errors.length) throw new Error(`${target.url}: ${errors.join('; ')}`);
  return {
    fcp: first.fcp ?? NaN,
    idle: first.idle,
    made: first.made,
    blocking: first.blocking,
    longest: first.longest,
    fps,
    resources,
  };
}

/** Frames per second the map draws during the same scripted flyTo, Ürümqi → Baku. */
async function flight(page: Page): Promise<number> {
  await page.evaluate((from) => window.map!.jumpTo(from), FLIGHT.from);
  await waitForIdle(page, TIMEOUT_MS);
  return page.evaluate(
    ({ to, durationMs }) =>
      new Promise<number>((resolve) => {
        const map = window.map!;
        let frames = 0;
        const count = () => frames++;
        const start = performance.now();
        map.on('render', count);
        map.once('moveend', () => {
          map.off('render', count);
          resolve(frames / ((performance.now() - start) / 1000));
        });
        map.flyTo({ ...to, duration: durationMs, essential: true });
      }),
    { to: FLIGHT.to, durationMs: FLIGHT.durationMs },
  );
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

/** A point along a line, as a fraction of its length. */
function pointAlong(line: Feature<LineString>, fraction: number): [number, number] {
  const [x, y] = along(line, length(line) * fraction).geometry.coordinates;
  return [x!, y!];
}

/**
 * Milliseconds from mousedown to the popup in the DOM, `runs` times, after a warm-up click: on
 * the app, a click on the Aktau – Alat ferry framed alone with the panel closed; on a baseline,
 * a click in the middle of the map (MapLibre's own popup, nothing in between).
 */
async function clickToPopup(page: Page, target: Target, runs: number): Promise<number[]> {
  await page.addInitScript({ content: CLICK_HOOK });
  await page.goto(target.url);
  await waitForIdle(page, TIMEOUT_MS);
  const viewport = page.viewportSize()!;
  const middle = { x: viewport.width / 2, y: viewport.height / 2 };
  const ferry = segments.features.find((s) => s.properties.id === 'aktau-alat')!;
  const onFerry = pointAlong(lineString(ferry.geometry.coordinates), 0.5);
  if (target.name === 'app') {
    await page.getByRole('button', { name: 'Hide list' }).click();
    const [w, s, e, n] = bbox(ferry);
    await page.evaluate((box) => window.map!.fitBounds(box, { padding: 120, animate: false }), [
      w!,
      s!,
      e!,
      n!,
    ] as [number, number, number, number]);
    await waitForIdle(page, TIMEOUT_MS);
  }
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    // The last popup's selection cleared and the camera still: the click lands on the line.
    await page.waitForFunction(
      () => !window.map?.isMoving() && !/segment=/.test(location.hash),
      null,
      { timeout: TIMEOUT_MS },
    );
    // Where the ferry is now: the map keeps its view in the free area, which the list's closing
    // widens after it has been asked to fit the ferry.
    const at =
      target.name === 'app' ? await page.evaluate((p) => window.map!.project(p), onFerry) : middle;
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(
      () => (window as unknown as { __click: { popup: number } }).__click.popup > 0,
      null,
      { timeout: TIMEOUT_MS },
    );
    const { down, popup } = (await page.evaluate('window.__click')) as {
      down: number;
      popup: number;
    };
    if (i > 0) samples.push(popup - down);
    await page.evaluate(() =>
      document.querySelectorAll('.maplibregl-popup').forEach((p) => p.remove()),
    );
    await page.keyboard.press('Escape');
    await page.waitForTimeout(50);
  }
  return samples;
}

// ---------------------------------------------------------------------------------------------

type Kind = 'MapLibre' | 'app code' | 'CSS' | 'basemap' | 'corridor data' | 'HTML';
const KINDS: Kind[] = ['MapLibre', 'app code', 'CSS', 'basemap', 'corridor data', 'HTML'];

function kindOf(url: string): Kind | undefined {
  const path = new URL(url).pathname;
  const file = path.split('/').pop() ?? '';
  if (/^maplibre/.test(file)) return 'MapLibre';
  // The app's tiles (assets/basemap-<hash>/z/x/y.pbf), or an archive; the naive page's GeoJSON.
  if (/\/basemap-[^/]+\/\d+\/\d+\/\d+\.pbf$/.test(path)) return 'basemap';
  if (/^(basemap-.*\.pmtiles|.*\.geojson)$/.test(file)) return 'basemap';
  // The corridor as the build prepared it, its tiles (assets/corridor-tiles-<hash>/z/x/y.pbf),
  // and the files of geo/ as text (see vite.config.ts); not the code of src/lib/corridor.ts,
  // which the bundler may also name `corridor-…`.
  if (/^corridor-(data|text)-.*\.js$/.test(file)) return 'corridor data';
  if (/\/corridor-tiles-[^/]+\/\d+\/\d+\/\d+\.pbf$/.test(path)) return 'corridor data';
  if (file.endsWith('.css')) return 'CSS';
  if (file.endsWith('.js') || file.endsWith('.mjs')) return 'app code';
  if (file === '' || file.endsWith('.html')) return 'HTML';
  return undefined;
}

function bytesByKind(resources: Resource[]): Record<Kind, Resource> {
  const out = Object.fromEntries(
    KINDS.map((k) => [k, { url: k, transferred: 0, decoded: 0 }]),
  ) as Record<Kind, Resource>;
  for (const r of resources) {
    const kind = kindOf(r.url);
    if (!kind) continue;
    out[kind].transferred += r.transferred;
    out[kind].decoded += r.decoded;
  }
  return out;
}

function median(values: number[] = []): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function serve(configFile: string | false, outDir: string): Promise<PreviewServer> {
  const server = await preview({
    configFile,
    root: ROOT,
    build: { outDir },
    logLevel: 'warn',
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  if (!server.resolvedUrls?.local[0]) throw new Error('vite preview did not report a URL');
  return server;
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

type Samples = Record<string, number[]>;
const key = (target: string, viewport: { width: number }, metric: string) =>
  `${target}@${viewport.width}:${metric}`;

async function measure(browser: Browser, targets: Target[], samples: Samples) {
  const started = Date.now();
  for (const viewport of VIEWPORTS) {
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of targets) {
        const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
        // tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`:
        // a function passed to page.evaluate would then fail in the page without this.
        await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
        try {
          const load = await loadOnce(await context.newPage(), target, round < FLIGHT_ROUNDS);
          const add = (metric: string, value: number) =>
            (samples[key(target.name, viewport, metric)] ??= []).push(value);
          if (!Number.isNaN(load.fcp)) add('fcp', load.fcp);
          add('idle', load.idle);
          add('made', load.made);
          add('afterMade', load.idle - load.made);
          add('blocking', load.blocking);
          add('longest', load.longest);
          if (!Number.isNaN(load.fps)) add('fps', load.fps);
          const bytes = bytesByKind(load.resources);
          for (const kind of KINDS) {
            add(`bytes:${kind}`, bytes[kind].transferred);
            add(`decoded:${kind}`, bytes[kind].decoded);
          }
        } finally {
          await context.close();
        }
      }
      const s = (t: string, m: string) => samples[key(t, viewport, m)]!.at(-1)!.toFixed(0);
      console.log(
        `${viewport.width}×${viewport.height} round ${round + 1}/${ROUNDS}: idle ` +
          targets.map((t) => `${t.name} ${s(t.name, 'idle')} ms`).join(', ') +
          ` (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
  }
  const viewport = VIEWPORTS[0]!;
  for (const target of targets.filter((t) => t.name !== 'floor')) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    try {
      samples[key(target.name, viewport, 'click')] = await clickToPopup(
        await context.newPage(),
        target,
        20,
      );
    } finally {
      await context.close();
    }
  }
}

// ---------------------------------------------------------------------------------------------

const ms = (v: number) => (Number.isNaN(v) ? '—' : `${v.toFixed(0)} ms`);
const kB = (v: number) => `${(v / 1000).toFixed(1)} kB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function spread(values: number[] = [], unit: (v: number) => string) {
  if (values.length === 0) return 'none reported';
  return `${unit(Math.min(...values))}–${unit(Math.max(...values))}`;
}

interface Budget {
  name: string;
  measured: string;
  met: boolean;
  /** What the run measured of the budget's parts, printed when it is not met. */
  parts?: string;
}

/** The gzip size of each built file the app loaded, by kind (what a gzip server sends). */
function gzipByKind(resources: Resource[]): Record<Kind, number> {
  const out = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const url of new Set(resources.map((r) => r.url))) {
    const kind = kindOf(url);
    const path = join(SNAPSHOT, new URL(url).pathname);
    if (!kind || kind === 'basemap' || !existsSync(path) || path.endsWith('/')) continue;
    out[kind] += gzipSync(readFileSync(path)).length;
  }
  return out;
}

function report(samples: Samples, appResources: Resource[], chromiumVersion: string): string {
  const med = (t: string, v: { width: number }, m: string) => median(samples[key(t, v, m)]);
  const lines: string[] = [];
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const dirty = git('status', '--porcelain').length > 0 ? ' (with uncommitted changes)' : '';
  lines.push(
    `## ${date}`,
    '',
    `- Command: \`${COMMAND}\``,
    `- Chromium ${chromiumVersion}, headless, software WebGL (SwiftShader), device scale 1; ` +
      `${ROUNDS} rounds of floor, naive, app in turn at each size (the flyTo in the first ` +
      `${FLIGHT_ROUNDS}), a fresh context (empty cache) per load; \`vite preview\` (gzip) on ` +
      `this machine`,
    `- Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}; ` +
      `load average at the end (other work skews the times): ` +
      loadavg()
        .map((l) => l.toFixed(2))
        .join(', '),
    `- Commit ${git('rev-parse', '--short', 'HEAD')}${dirty}; basemap tiles ` +
      `\`${JSON.stringify(tileOptions())}\``,
    '',
  );
  const metrics: [string, string, (v: number) => string][] = [
    ['fcp', 'first contentful paint', ms],
    ['idle', 'navigation → first map idle, every layer drawn', ms],
    ['made', 'navigation → map made (the page has its `Map`)', ms],
    ['afterMade', 'map made → first map idle', ms],
    ['blocking', 'main-thread blocking (long tasks beyond 50 ms, to idle)', ms],
    ['longest', 'the longest task before the first idle', ms],
    [
      'fps',
      `flyTo Ürümqi → Baku, ${FLIGHT.durationMs / 1000} s: frames per second`,
      (v) => v.toFixed(1),
    ],
  ];
  for (const viewport of VIEWPORTS) {
    lines.push(
      `### ${viewport.width}×${viewport.height}`,
      '',
      '| measurement | floor | naive | app | app / naive |',
      '| --- | --: | --: | --: | --: |',
    );
    for (const [m, label, unit] of metrics) {
      const cell = (t: string) =>
        `${unit(med(t, viewport, m))} (${spread(samples[key(t, viewport, m)], unit)})`;
      lines.push(
        `| ${label} | ${cell('floor')} | ${cell('naive')} | ${cell('app')} | ` +
          `${ratio(med('app', viewport, m), med('naive', viewport, m))} |`,
      );
    }
    for (const kind of KINDS) {
      const cell = (t: string) => kB(med(t, viewport, `bytes:${kind}`));
      lines.push(
        `| bytes over the wire: ${kind} | ${cell('floor')} | ${cell('naive')} | ${cell('app')} | — |`,
      );
    }
    lines.push('');
  }
  const small = VIEWPORTS[0]!;
  const clicks = samples[key('app', small, 'click')]!;
  const naiveClicks = samples[key('naive', small, 'click')]!;
  lines.push(
    `Click → popup in the DOM at ${small.width}×${small.height} (${clicks.length} clicks after a ` +
      `warm-up): app, on a ferry segment, ${ms(median(clicks))} (${spread(clicks, ms)}); ` +
      `naive page, MapLibre's own popup, ${ms(median(naiveClicks))} (${spread(naiveClicks, ms)}).`,
    '',
  );

  const gz = gzipByKind(appResources);
  const decoded = bytesByKind(appResources);
  const budgets: Budget[] = [];
  for (const viewport of VIEWPORTS) {
    const at = `${viewport.width}×${viewport.height}`;
    const r = (m: string) => med('app', viewport, m) / med('naive', viewport, m);
    /** The app's median, and the naive page's beside it. */
    const both = (m: string) =>
      `${ms(med('app', viewport, m))} (naive page ${ms(med('naive', viewport, m))})`;
    budgets.push(
      {
        name: `first map idle ≤ 0.7 × naive (${at})`,
        measured: ratio(med('app', viewport, 'idle'), med('naive', viewport, 'idle')),
        met: r('idle') <= 0.7,
        parts:
          `the app's map is made at ${both('made')} and is idle ${both('afterMade')} later; ` +
          `the longest task before the idle takes ${both('longest')}`,
      },
      {
        name: `main-thread blocking ≤ 0.7 × naive (${at})`,
        measured: ratio(med('app', viewport, 'blocking'), med('naive', viewport, 'blocking')),
        met: r('blocking') <= 0.7,
        parts:
          `the app's longest task before the idle takes ${both('longest')}: alone it blocks ` +
          `${ms(med('app', viewport, 'longest') - 50)} of the app's ${ms(med('app', viewport, 'blocking'))}; ` +
          `the naive page's blocking ranged ${spread(samples[key('naive', viewport, 'blocking')]!, ms)}`,
      },
      {
        name: `first contentful paint ≤ 500 ms and ≤ 0.5 × naive (${at})`,
        measured:
          `${ms(med('app', viewport, 'fcp'))}, ` +
          ratio(med('app', viewport, 'fcp'), med('naive', viewport, 'fcp')),
        met: med('app', viewport, 'fcp') <= 500 && r('fcp') <= 0.5,
      },
      {
        name: `flyTo frames per second ≥ 0.95 × naive (${at})`,
        measured: ratio(med('app', viewport, 'fps'), med('naive', viewport, 'fps')),
        met: r('fps') >= 0.95,
      },
    );
  }
  budgets.push(
    {
      name: 'click → popup within one frame (16.7 ms)',
      measured: ms(median(clicks)),
      met: median(clicks) <= FRAME_MS,
    },
    {
      name: 'app code beyond MapLibre ≤ 40 KB gzip in the first load',
      measured: kB(gz['app code']),
      met: gz['app code'] <= 40_000,
    },
    ...VIEWPORTS.map((viewport) => {
      const read = med('app', viewport, 'bytes:basemap');
      return {
        name:
          `basemap ≤ 250 KB gzip (${viewport.width}×${viewport.height}: bytes of the tiles ` +
          'read on the first load, as served: compressed where the server compresses them)',
        measured: kB(read),
        met: read <= 250_000,
      };
    }),
  );
  lines.push(
    '| budget (issue 10) | measured | met |',
    '| --- | --: | :-: |',
    ...budgets.map((b) => `| ${b.name} | ${b.measured} | ${b.met ? 'met' : '**not met**'} |`),
    '',
    ...unmetNote(budgets),
    `First load of the app at ${small.width}×${small.height}, gzip size of each file it loaded ` +
      '(zlib default level): ' +
      KINDS.filter((k) => k !== 'basemap')
        .map((k) => `${k} ${kB(gz[k])}`)
        .join(', ') +
      `; basemap tiles ${kB(decoded.basemap.transferred)} as served ` +
      `(${kB(decoded.basemap.decoded)} decoded).`,
    '',
  );
  return lines.join('\n');
}

/** Each budget not met, with what the run measured of its parts, and where the rest is told. */
function unmetNote(budgets: Budget[]): string[] {
  const unmet = budgets.filter((b) => !b.met);
  if (!unmet.length) return [];
  return [
    `${unmet.length} of ${budgets.length} budgets not met in this run (medians):`,
    '',
    ...unmet.map((b) => `- ${b.name}: ${b.parts ?? b.measured}.`),
    '',
    'What was tried for each and whose cost remains: bench/README.md, "Where the budgets stand".',
    '',
  ];
}

const HEADER = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts), one section per run, newest last. Times come from
headless Chromium with software WebGL and vary a lot between machines and runs: compare the
ratios between pages of one run, not the milliseconds.
`;

async function main() {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('Run `vite build` first.');
  rmSync(SNAPSHOT, { recursive: true, force: true });
  cpSync(join(ROOT, 'dist'), SNAPSHOT, { recursive: true });
  await build({ configFile: BENCH_CONFIG });

  const app = await serve(false, SNAPSHOT);
  const pages = await serve(false, BENCH_OUT);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const started = Date.now();
  try {
    const box = CORRIDOR_BOX.map((v) => v.toFixed(2)).join(',');
    const base = pages.resolvedUrls!.local[0]!;
    const targets: Target[] = [
      { name: 'floor', url: `${base}baseline.html?bounds=${box}`, layers: ['background'] },
      {
        name: 'naive',
        url: `${base}naive.html?bounds=${box}`,
        layers: ['countries', 'borders'],
      },
      {
        name: 'app',
        url: app.resolvedUrls!.local[0]!,
        layers: ['basemap-land', 'route-rail', 'route-sea', 'flights', 'nodes'],
      },
    ];
    const samples: Samples = {};
    await measure(browser, targets, samples);
    // The app's first load at the small size once more, for the bytes of each file it reads.
    const context = await browser.newContext({ viewport: VIEWPORTS[0], deviceScaleFactor: 1 });
    await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    const first = await loadOnce(await context.newPage(), targets[2]!, false);
    await context.close();
    const section = report(samples, first.resources, browser.version());
    const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : HEADER;
    const text = await format(`${previous.trimEnd()}\n\n${section}`, {
      ...(await resolveConfig(RESULTS)),
      filepath: RESULTS,
    });
    writeFileSync(RESULTS, text);
    console.log(`\n${await format(section, { parser: 'markdown' })}`);
    console.log(
      `Written to ${relative(ROOT, RESULTS)} in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    );
  } finally {
    await browser.close();
    await Promise.all([app.close(), pages.close()]);
  }
}

await main();
