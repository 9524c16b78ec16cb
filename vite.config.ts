import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { basemap } from './scripts/vite-plugin-basemap.ts';
import { CORRIDOR_MODULE, corridorData, corridorTiles } from './scripts/vite-plugin-corridor.ts';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { preloadChunks } from './scripts/vite-plugin-preload.ts';
import { firstPaint } from './scripts/vite-plugin-first-paint.ts';

// Vitest 5's reporter calls Map.groupBy, which Node 20 lacks: without it a failing test crashes
// the report instead of printing it.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

// `vite build --mode single` (npm run build:single) writes ONE self-contained
// dist-single/index.html that opens from file:// with no server: vite-plugin-singlefile inlines
// the code and CSS, and every asset, the MapLibre worker included, becomes a data: URL. MapLibre
// starts its worker from that data: URL itself when the page's origin is opaque (file://).
// The normal build writes the basemap's vector tiles as static files beside the code, fetched by
// MapLibre's worker; the single-file build inlines them as one PMTiles archive in a data: URL.
const PURE = /[\\/]src[\\/]lib[\\/](geo|text)[\\/][^\\/]+\.ts$/;

export default defineConfig(({ mode }) => ({
  plugins: [
    // No `window.__svelte` version stamp: it serves tools, not the page, and costs first-load bytes.
    svelte({ compilerOptions: { discloseVersion: false } }),
    basemap({ inline: mode === 'single' }),
    corridorData(),
    corridorTiles({ inline: mode === 'single' }),
    firstPaint({ inline: mode === 'single' }),
    // The map is loaded apart from the page's shell (src/App.svelte), but from the start.
    ...(mode === 'single' ? [viteSingleFile()] : [preloadChunks(/[\\/]src[\\/]MapStage\.svelte$/)]),
    // Last: the single-file build's policy hashes the code once it is inlined.
    contentSecurityPolicy(),
  ],
  build:
    mode === 'single'
      ? { outDir: 'dist-single', assetsInlineLimit: () => true }
      : {
          chunkSizeWarningLimit: 1500,
          // A browser without `<link rel="modulepreload">` (Safari before 17) only fetches the
          // map's chunks a moment later, once the shell asks for them: no polyfill in every load.
          // The page preloads what the first view needs (index.html, and preloadChunks for the
          // map); a part loaded later fetches its own imports when it arrives, one round trip
          // later, instead of the shell carrying the list of every part's files (0.2 kB gzip).
          modulePreload: {
            polyfill: false,
            resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
          },
          // MapLibre and the corridor's data in chunks of their own, so `npm run bench` can
          // count the app's own code apart from them: the corridor as the build prepared it
          // (first load), and the files of geo/ as text that the reader and the comparison read
          // (on demand). Not `corridor-…` alone: the bundler may give that name to the code of
          // src/lib/corridor.ts.
          rolldownOptions: {
            // The geo core and the text model are pure (no effects on import): what only a part
            // loaded on demand uses of their barrels stays in that part's chunk.
            treeshake: { moduleSideEffects: (id: string) => !PURE.test(id) },
            output: {
              codeSplitting: {
                groups: [
                  // Its code only: its stylesheet is the shell's, in one file before the page's own
                  // (src/main.ts), as the page's rules for the map's controls must come after it.
                  { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ },
                  { name: 'corridor-data', test: (id: string) => id === CORRIDOR_MODULE },
                  { name: 'corridor-text', test: /[\\/]geo[\\/][^\\/]+\.(json|geojson|txt)/ },
                  // The rest of the first load (the shell, Svelte's runtime, the geo core the list
                  // reads) in the entry's one file: the bundler would otherwise put what the parts
                  // loaded later share with the shell in chunks of their own, each compressed apart.
                  // Only those modules themselves: with their dependencies, the barrels of geo/ and
                  // text/ would bring in what only the later parts use.
                  {
                    name: 'index',
                    tags: ['$initial'],
                    test: (id: string) => id !== CORRIDOR_MODULE,
                    includeDependenciesRecursively: false,
                    priority: -1,
                  },
                ],
              },
            },
          },
        },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
          // A test that asserts nothing fails: it could not have caught anything.
          expect: { requireAssertions: true },
          // Linting and fuzzing take seconds; on a busy two-core machine, more than Vitest's 5 s.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/server.ts'],
          setupFiles: ['tests/e2e/setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          // Software WebGL is slow: what a user sees within a few seconds, a test waits for.
          expect: { requireAssertions: true, poll: { timeout: 15_000, interval: 100 } },
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Debian's Firefox ESR over WebDriver BiDi, in Xvfb when there is no display.
          name: 'firefox',
          environment: 'node',
          include: ['tests/firefox/**/*.test.ts'],
          globalSetup: ['tests/e2e/server.ts', 'tests/firefox/display.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          expect: { requireAssertions: true, poll: { timeout: 15_000, interval: 100 } },
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
