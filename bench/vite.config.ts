import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

// Builds the benchmark's two baseline pages on their own, so they never enter the app's bundle.
// The output goes under node_modules/.cache: it is rebuilt by every `npm run bench` and never
// committed. MapLibre goes in a chunk of its own, named as in the app's build, so the bench can
// count its bytes apart.
const root = fileURLToPath(new URL('.', import.meta.url));
const page = (name: string) => fileURLToPath(new URL(`${name}.html`, import.meta.url));

/**
 * `virtual:naive-geojson`: the URLs of world-atlas 1:50m countries and their borders as plain
 * GeoJSON files, what a naive page would serve to MapLibre.
 */
function naiveGeojson(): Plugin {
  const ID = 'virtual:naive-geojson';
  return {
    name: 'naive-geojson',
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    load(id) {
      if (id !== '\0' + ID) return;
      const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
      const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
        countries: GeometryCollection;
      }>;
      const countries = feature(topo, topo.objects.countries);
      const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
      const emit = (name: string, data: unknown) =>
        `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name, source: JSON.stringify(data) })}`;
      return [
        `export const countries = ${emit('countries.geojson', countries)};`,
        `export const borders = ${emit('borders.geojson', borders)};`,
      ].join('\n');
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  plugins: [naiveGeojson()],
  build: {
    outDir: fileURLToPath(new URL('../node_modules/.cache/bench-baseline', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: { baseline: page('baseline'), naive: page('naive') },
      output: {
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
});
