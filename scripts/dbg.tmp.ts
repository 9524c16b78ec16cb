import { launch } from '../tests/e2e/browser.ts';
import { preview } from 'vite';
const server = await preview({ preview: { port: 0, host: '127.0.0.1' } });
const base = server.resolvedUrls!.local[0]!;
const b = await launch();
for (let i = 0; i < 3; i++) {
const page = await b.context.newPage();
await page.addInitScript(() => {
  const w = window as any; w.t = {};
  let cur: any;
  Object.defineProperty(window, 'map', { configurable: true, get: () => cur, set(m) { cur = m; if (!m || w.t.created) return; w.t.created = performance.now();
    m.once('styledata', () => (w.t.styledata = performance.now()));
    m.once('load', () => (w.t.load = performance.now()));
    m.once('render', () => (w.t.firstRender = performance.now()));
    m.once('idle', () => (w.t.idle = performance.now())); } });
});
await page.goto(base);
await page.waitForFunction(() => (window as any).t.idle, null, { timeout: 60000 });
const t = await page.evaluate(() => ({ ...(window as any).t, dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd }));
console.log(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v as number)])));
await page.close();
}
await b.close(); await server.close();
