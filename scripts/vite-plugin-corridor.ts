import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin, type PluginOption } from 'vite';
import { CORRIDOR_TILES, cutCorridorTiles } from './corridor-tiles.ts';
import { GEO_DIR, readGeoDir } from './geo-files.ts';
import { tileset } from './vite-plugin-tiles.ts';

type Prepare = typeof import('../src/lib/geo/prepared.ts');
// Through Vite's module runner, not this config's own imports: the geo core imports without
// file extensions, as the bundler allows and Node's own loader does not.
const PREPARED = fileURLToPath(new URL('../src/lib/geo/prepared.ts', import.meta.url));

const ID = 'virtual:corridor';
/** The bundle's `corridor-data` chunk takes this module (see vite.config.ts). */
export const CORRIDOR_MODULE = '\0' + ID;

/**
 * Serves `virtual:corridor`: the corridor of geo/ parsed and validated here, at build time (a
 * problem in the data fails the build, naming file, id and field), as JSON the page only reads.
 * The dev server prepares it again when a file of geo/ changes.
 */
export function corridorData(): Plugin {
  return {
    name: 'middle-corridor-data',
    resolveId: (id) => (id === ID ? CORRIDOR_MODULE : undefined),
    async load(id) {
      if (id !== CORRIDOR_MODULE) return;
      const { module } = await runnerImport<Prepare>(PREPARED, { configFile: false });
      const { prepareCorridor } = module;
      const sources = readGeoDir(GEO_DIR);
      for (const file of Object.keys(sources)) this.addWatchFile(join(GEO_DIR, file));
      // JSON.parse of a string is quicker for the page than the same object as code.
      const json = JSON.stringify(prepareCorridor(sources));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}

type Layers = typeof import('../src/lib/map/layers.ts');
type Features = typeof import('../src/lib/geo/features.ts');
const LAYERS = fileURLToPath(new URL('../src/lib/map/layers.ts', import.meta.url));
const FEATURES = fileURLToPath(new URL('../src/lib/geo/features.ts', import.meta.url));

/**
 * Serves `virtual:corridor-tiles`: the corridor's lines and places as vector tiles cut at build
 * time (scripts/corridor-tiles.ts), static files beside the page or, in the single-file build, an
 * inlined archive (see vite-plugin-tiles.ts). The map draws them; everything else the page reads
 * of the corridor (a click's line, the popups, the measures) comes from `virtual:corridor`.
 */
export function corridorTiles({ inline = false } = {}): PluginOption {
  return tileset({
    name: 'corridor-tiles',
    inline,
    maxZoom: CORRIDOR_TILES.maxZoom,
    center: [65, 42, 3],
    async cut(plugin) {
      const load = async <T>(path: string) =>
        (await runnerImport<T>(path, { configFile: false })).module;
      const { prepareCorridor, readPrepared } = await load<Prepare>(PREPARED);
      const { segmentFeatures, flightFeatures, nodeFeatures } = await load<Features>(FEATURES);
      const { corridorTileLayers } = await load<Layers>(LAYERS);
      const sources = readGeoDir(GEO_DIR);
      for (const file of Object.keys(sources)) plugin.addWatchFile(join(GEO_DIR, file));
      const corridor = readPrepared(prepareCorridor(sources));
      const layers = corridorTileLayers(
        segmentFeatures(corridor),
        flightFeatures(corridor),
        nodeFeatures(corridor),
      );
      return cutCorridorTiles(layers);
    },
  });
}
