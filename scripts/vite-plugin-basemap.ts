import type { Plugin } from 'vite';
import { buildArchive, tileOptions, type TileOptions } from './basemap/tiles.ts';

const ID = 'virtual:basemap';
const RESOLVED = '\0' + ID;

export interface BasemapPluginOptions {
  /** Put the archive in the bundle as a data: URL (the single-file build), not beside it. */
  inline?: boolean;
  tiles?: TileOptions;
}

/**
 * Serves `virtual:basemap`: `url`, the Natural Earth basemap cut into vector tiles at build time
 * and packed in one PMTiles archive, and `maxZoom`, its deepest zoom. The build writes the
 * archive as an asset of its own, read by range requests from the page's origin; the single-file
 * build and the dev server inline it.
 */
export function basemap({
  inline = false,
  tiles = tileOptions(),
}: BasemapPluginOptions = {}): Plugin {
  let archive: Uint8Array | undefined;
  let serving = false;
  return {
    name: 'middle-corridor-basemap',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      archive ??= buildArchive(tiles);
      const url =
        inline || serving
          ? JSON.stringify(
              `data:application/vnd.pmtiles;base64,${Buffer.from(archive).toString('base64')}`,
            )
          : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: 'basemap.pmtiles', source: archive })}`;
      return [`export const url = ${url};`, `export const maxZoom = ${tiles.maxZoom};`].join('\n');
    },
  };
}
