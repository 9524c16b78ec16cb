import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { GEO_DIR, readGeoDir } from './geo-files.ts';

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
