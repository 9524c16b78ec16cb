// Screenshots of the built app in headless Chromium, for looking at what we build:
//   npm run build && npx tsx scripts/screenshots.ts [outDir] [path ...]
// Each path (default `/`) is shot at 390×844 (a phone), 1280×800, 1920×1080 and 3840×2160, or at
// the widths listed in SHOT_WIDTHS (e.g. SHOT_WIDTHS=1920).
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launch, waitForIdle } from './browser.ts';

const [outDir = 'screenshots', ...paths] = process.argv.slice(2);
const widths = process.env.SHOT_WIDTHS?.split(',').map(Number);
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
].filter((v) => !widths || widths.includes(v.width));

mkdirSync(outDir, { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' } });
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
for (const viewport of VIEWPORTS) {
  const browser = await launch(viewport);
  for (const path of paths.length ? paths : ['/']) {
    const page = await browser.context.newPage();
    await page.goto(base + path);
    await waitForIdle(page);
    await page.waitForTimeout(300);
    const name = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${viewport.width}.png`;
    await page.screenshot({ path: name });
    console.log(name);
    await page.close();
  }
  await browser.close();
}
await server.close();
