/**
 * What the map does from navigation to its first idle with every layer drawn, counted in the page
 * for the app and the bench's naive page, loaded in turn, each load in a fresh context: when the map
 * is made (the page sets `window.map` as soon as it has one), MapLibre's
 * frames (`render`), its `data` events by source (tiles included), the page's calls of addSource,
 * addLayer, setData, setFeatureState and the camera, the shader programs linked and the time spent
 * waiting for them (`getProgramParameter`), the long tasks, and the CPU time of all the browser's
 * processes (from /proc, Linux only: unlike wall time it hardly moves when other jobs share the
 * cores). Prints each page's medians and their ratio to the naive page.
 *
 *   npx vite build && npx vite build --config bench/vite.config.ts
 *   npx tsx scripts/probe-idle.ts 1280 5 'naive app app?x=y base'
 *
 * Pages: `naive`, `app` followed by the app's query string, `base` likewise for another build of
 * the app (PROBE_BASE=<its dist folder>, e.g. main's, to compare in one run). VERBOSE=1 prints
 * each load's timeline, PROGRAMS=1 the programs MapLibre linked, COUNTS=1 the counts by event,
 * PROFILE=1 what runs in each stretch of main-thread work of 50 ms or more up to the idle (V8's
 * sampling profiler; one stretch may be several tasks back to back, the long tasks of VERBOSE=1
 * tell them apart): milliseconds by function for the page's own scripts, by script for MapLibre.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';

/** CPU time (ms) of every process descended from this one: the browser's processes. */
function cpuMs(): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(f[1]));
      ticks.set(Number(d), Number(f[11]) + Number(f[12]));
    } catch {
      // gone
    }
  }
  let total = 0;
  for (const [pid, t] of ticks) {
    let p: number | undefined = pid;
    while (p && p !== process.pid) p = parent.get(p);
    if (p === process.pid) total += t;
  }
  return total * 10;
}
import { bbox } from '@turf/turf';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const width = Number(process.argv[2] ?? 1280);
const loads = Number(process.argv[3] ?? 1);
const which = process.argv[4] ?? 'naive app';
const viewport = width === 3840 ? { width: 3840, height: 2160 } : { width: 1280, height: 800 };

const HOOK = (layers: string[]) => `(() => {
  const expected = ${JSON.stringify(layers)};
  const P = (window.__probe = { log: [], programs: 0, linkMs: 0, longTasks: [], counts: {} });
  const t = () => Math.round(performance.now());
  const count = (k) => (P.counts[k] = (P.counts[k] || 0) + 1);
  new PerformanceObserver((l) => { for (const e of l.getEntries()) P.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) {
    const link = C.prototype.linkProgram;
    C.prototype.linkProgram = function (p) { if (P.idle === undefined) { P.programs++; P.log.push([t(), 'linkProgram']); } return link.call(this, p); };
    const gpp = C.prototype.getProgramParameter;
    C.prototype.getProgramParameter = function (p, n) { const s = performance.now(); const r = gpp.call(this, p, n); if (P.idle === undefined) P.linkMs += performance.now() - s; return r; };
  }
  let current;
  Object.defineProperty(window, 'map', { configurable: true, get: () => current, set(map) {
    current = map;
    if (!map || P.hooked) return;
    P.hooked = true; P.made = t(); P.log.push([t(), 'window.map set, loaded=' + map.loaded() + ' styleLoaded=' + map.isStyleLoaded()]);
    const wrap = (obj, name, label) => { const f = obj[name]; if (typeof f !== 'function') return; obj[name] = function (...a) { if (P.idle === undefined) { count(label || name); P.log.push([t(), (label||name) + ' ' + (typeof a[0] === 'string' ? a[0] : (a[0] && a[0].source) ? a[0].source + ':' + a[0].id : '')]); } return f.apply(this, a); }; };
    for (const n of ['addSource','addLayer','removeLayer','removeSource','setFeatureState','removeFeatureState','setPaintProperty','setLayoutProperty','setFilter','jumpTo','easeTo','flyTo','fitBounds','setPadding','setProjection','setStyle','resize','triggerRepaint','moveLayer','setLayerZoomRange']) wrap(map, n);
    const addSource = map.addSource;
    map.addSource = function (id, spec) { const r = addSource.call(this, id, spec); const s = map.getSource(id); if (s) for (const n of ['setData','setClusterOptions','updateData']) wrap(s, n, id + '.' + n); return r; };
    for (const id of Object.keys(map.style?.sourceCaches ?? map.style?.tileManagers ?? {})) { const s = map.getSource(id); if (s) for (const n of ['setData']) wrap(s, n, id + '.' + n); }
    map.on('render', () => { if (P.idle === undefined) { count('render'); P.log.push([t(), 'render']); } });
    for (const ev of ['load','style.load','styledata','movestart','moveend']) map.on(ev, () => { if (P.idle === undefined) { count(ev); P.log.push([t(), ev]); } });
    map.on('data', (e) => { if (P.idle !== undefined || e.dataType !== 'source') return; const k = 'data ' + e.sourceId + ' ' + (e.sourceDataType || (e.tile ? 'tile' : e.isSourceLoaded ? 'loaded' : '-')); count(k); P.log.push([t(), k + (e.tile ? ' ' + e.tile.tileID.canonical.z + '/' + e.tile.tileID.canonical.x + '/' + e.tile.tileID.canonical.y : '')]); });
    map.on('dataloading', (e) => { if (P.idle !== undefined || e.dataType !== 'source') return; count('dataloading ' + e.sourceId); });
    const check = () => { if (P.idle !== undefined || !expected.every((id) => map.getLayer(id))) { P.log.push([t(), 'idle (not all layers)']); return; } P.idle = t(); P.log.push([P.idle, 'IDLE']); };
    map.on('idle', check);
  }});
})();`;

const LAYERS = {
  app: ['basemap-land', 'route-rail', 'route-sea', 'flights', 'nodes'],
  naive: ['countries', 'borders'],
};

const app = await preview({
  root: ROOT,
  logLevel: 'warn',
  preview: { port: 0, host: '127.0.0.1' },
});
const base = await preview({
  configFile: join(ROOT, 'bench/vite.config.ts'),
  root: ROOT,
  build: { outDir: join(ROOT, 'node_modules/.cache/bench-baseline') },
  logLevel: 'warn',
  preview: { port: 0, host: '127.0.0.1' },
});
const baseApp = process.env.PROBE_BASE
  ? await preview({
      root: ROOT,
      build: { outDir: process.env.PROBE_BASE },
      logLevel: 'warn',
      preview: { port: 0, host: '127.0.0.1' },
    })
  : undefined;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const naiveUrl = `${base.resolvedUrls!.local[0]}naive.html?bounds=${bbox(JSON.parse(readFileSync(join(ROOT, 'geo/segments.geojson'), 'utf8'))).join(',')}`;
const targets = which.split(' ').map((name) => ({
  name,
  url:
    name === 'naive'
      ? naiveUrl
      : name.startsWith('base')
        ? baseApp!.resolvedUrls!.local[0]! + name.slice(4)
        : app.resolvedUrls!.local[0]! + name.slice(3),
}));
const summary: Record<
  string,
  {
    made: number[];
    idle: number[];
    blocking: number[];
    renders: number[];
    programs: number[];
    cpu: number[];
  }
> = {};
const verbose = process.env.VERBOSE === '1';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}
/** Script file name without its content hash: `maplibre`, `index`, `MapStage`. */
const scriptName = (url: string) => url.replace(/.*\//, '').replace(/-[\w-]{8}\.js$/, '');
/**
 * Splits the samples into stretches of work between idle samples and prints those of 50 ms or
 * more, timed from the start of the profile (just before navigation): where each sample's time went, by function for the page's own scripts, by script for
 * MapLibre's and by label for the browser's own work (`(program)`: layout, paint, the GPU).
 */
function printBursts(profile: CpuProfile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const bursts: { start: number; end: number; by: Map<string, number> }[] = [];
  let now = 0;
  let open = false;
  profile.samples.forEach((id, k) => {
    now += profile.timeDeltas[k]! / 1000;
    const leaf = nodes.get(id)!.callFrame;
    if (leaf.functionName === '(idle)') return void (open = false);
    if (!open) bursts.push({ start: now, end: now, by: new Map() });
    open = true;
    const burst = bursts.at(-1)!;
    burst.end = now;
    // The sampled function, named with its script when it is the page's own; else its script (or
    // the browser's label), followed by the innermost function of the page's own it runs under.
    const own = (url: string) => url && !/maplibre/.test(url);
    let key = own(leaf.url)
      ? `${scriptName(leaf.url)} ${leaf.functionName || '(top level)'}`
      : scriptName(leaf.url) || leaf.functionName;
    for (let up = parent.get(id); up && !own(leaf.url); up = parent.get(up)) {
      const { url, functionName } = nodes.get(up)!.callFrame;
      if (!own(url)) continue;
      key += ` under ${scriptName(url)} ${functionName || '(top level)'}`;
      break;
    }
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    burst.by.set(key, (burst.by.get(key) ?? 0) + dt);
  });
  for (const b of bursts.filter((b) => b.end - b.start >= 50)) {
    console.log(`work from ${b.start.toFixed(0)} ms, ${(b.end - b.start).toFixed(0)} ms:`);
    for (const [key, ms] of [...b.by].sort((x, y) => y[1] - x[1]).filter(([, ms]) => ms >= 2))
      console.log(`  ${ms.toFixed(1).padStart(6)} ${key}`);
  }
}
for (let i = 0; i < loads; i++) {
  for (const target of targets) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    await page.addInitScript({ content: HOOK(LAYERS[target.name === 'naive' ? 'naive' : 'app']) });
    const cdp = process.env.PROFILE === '1' ? await context.newCDPSession(page) : undefined;
    await cdp?.send('Profiler.enable');
    await cdp?.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp?.send('Profiler.start');
    const cpu0 = cpuMs();
    await page.goto(target.url);
    await page.waitForFunction(
      () => (window as unknown as { __probe: { idle?: number } }).__probe.idle !== undefined,
      null,
      { timeout: 120_000 },
    );
    const cpu = cpuMs() - cpu0;
    if (cdp) {
      console.log(`\n== ${target.name} ${viewport.width}: profile, navigation to idle`);
      printBursts(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile);
    }
    const p = (await page.evaluate('window.__probe')) as {
      log: [number, string][];
      programs: number;
      linkMs: number;
      idle: number;
      made: number;
      longTasks: [number, number][];
      counts: Record<string, number>;
    };
    const blocking = p.longTasks
      .filter(([s]) => s < p.idle)
      .reduce((a, [, d]) => a + Math.max(0, d - 50), 0);
    if (verbose)
      console.log(
        `\n== ${target.name} ${viewport.width}: idle ${p.idle} ms, blocking ${blocking} ms, programs ${p.programs} (${p.linkMs.toFixed(0)} ms in getProgramParameter)`,
      );
    if (process.env.PROGRAMS === '1')
      console.log(
        await page.evaluate(() =>
          Object.keys(
            (window as unknown as { map: { painter: { programCache: { programs: object } } } }).map
              .painter.programCache.programs,
          ).join('\n'),
        ),
      );
    if (process.env.COUNTS === '1') console.log(JSON.stringify(p.counts, null, 0));
    const sm = (summary[target.name] ??= {
      idle: [],
      blocking: [],
      renders: [],
      programs: [],
      cpu: [],
      made: [],
    });
    sm.idle.push(p.idle);
    sm.blocking.push(blocking);
    sm.renders.push(p.counts.render ?? 0);
    sm.programs.push(p.programs);
    sm.cpu.push(cpu);
    sm.made.push(p.made);
    if (verbose) {
      // Collapse runs of identical lines.
      let last = '';
      let n = 0;
      let from = 0;
      for (const [time, what] of [...p.log, [Infinity, ''] as [number, string]]) {
        if (what === last) {
          n++;
          continue;
        }
        if (last) console.log(`${String(from).padStart(6)} ${last}${n > 1 ? ` ×${n}` : ''}`);
        last = what;
        n = 1;
        from = time;
      }
      console.log('long tasks', JSON.stringify(p.longTasks));
    }
    await context.close();
  }
}
const med = (v: number[]) => {
  const a = [...v].sort((x, y) => x - y);
  return a.length % 2 ? a[(a.length - 1) / 2]! : (a[a.length / 2 - 1]! + a[a.length / 2]!) / 2;
};
console.log(`\nsummary ${viewport.width}, ${loads} loads each (median; ratio to naive)`);
const nv = summary.naive;
for (const [name, sm] of Object.entries(summary))
  console.log(
    `${name.padEnd(28)} map made ${med(sm.made)} ms${nv ? ` (${(med(sm.made) / med(nv.made)).toFixed(2)}×)` : ''} [${sm.made.join(' ')}], idle ${med(sm.idle)} ms${nv ? ` (${(med(sm.idle) / med(nv.idle)).toFixed(2)}×)` : ''} [${sm.idle.join(' ')}], blocking ${med(sm.blocking)} ms${nv ? ` (${(med(sm.blocking) / med(nv.blocking)).toFixed(2)}×)` : ''}, renders ${med(sm.renders)} [${sm.renders.join(' ')}], programs ${med(sm.programs)}, cpu ${med(sm.cpu)} ms${nv ? ` (${(med(sm.cpu) / med(nv.cpu)).toFixed(2)}×)` : ''} [${sm.cpu.join(' ')}]`,
  );
await browser.close();
await app.close();
await base.close();
await baseApp?.close();
process.exit(0);
