import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import {
  buildArchive,
  cutTiles,
  tileOptions,
  type GridTile,
  type TileOptions,
} from './basemap/tiles.ts';

const ID = 'virtual:basemap';
const RESOLVED = '\0' + ID;
/** Where the dev server answers tile requests, below the page's base. */
const DEV_TILES = '@basemap/';
const TILE_PATH = /^\d+\/\d+\/\d+\.pbf$/;

export interface BasemapPluginOptions {
  /** Put the archive in the bundle as a data: URL (the single-file build), not beside it. */
  inline?: boolean;
  tiles?: TileOptions;
}

/** Every tile of zooms 0 to maxZoom as `z/x/y.pbf`; a tile of empty sea is an empty file. */
function tileFiles(tiles: GridTile[], maxZoom: number): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (let z = 0; z <= maxZoom; z++)
    for (let x = 0; x < 2 ** z; x++)
      for (let y = 0; y < 2 ** z; y++) files.set(`${z}/${x}/${y}.pbf`, new Uint8Array(0));
  for (const t of tiles) files.set(`${t.z}/${t.x}/${t.y}.pbf`, t.data);
  return files;
}

/**
 * The module's code for a tile URL template: absolute, as MapLibre's worker needs, from the page's
 * own location, with the `{z}/{x}/{y}` placeholders appended after the URL is resolved (a URL
 * parser would escape the braces).
 */
function templateCode(directory: string): string {
  return `new URL(${directory}, location.href).href + '{z}/{x}/{y}.pbf'`;
}

/**
 * Serves `virtual:basemap`, the Natural Earth basemap cut into vector tiles at build time:
 * `tiles`, a tile URL template of the page's origin, or `url`, one PMTiles archive as a data:
 * URL (the single-file build, which opens from file:// where nothing can be fetched); and
 * `maxZoom`, the deepest zoom. The build writes each tile as a static file of its own, which
 * MapLibre's worker fetches and decodes with no help from the page and any static server can
 * compress; the dev server answers the same tiles from memory.
 */
export function basemap({
  inline = false,
  tiles: options = tileOptions(),
}: BasemapPluginOptions = {}): Plugin {
  let cut: GridTile[] | undefined;
  let files: Map<string, Uint8Array> | undefined;
  let serving = false;
  let base = '/';
  const tiles = () => (cut ??= cutTiles(options));
  const served = () => (files ??= tileFiles(tiles(), options.maxZoom));
  return {
    name: 'middle-corridor-basemap',
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://dev').pathname;
        const prefix = `${base}${DEV_TILES}`;
        const file = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
        const data = file && TILE_PATH.test(file) ? served().get(file) : undefined;
        if (!data) return next();
        res.setHeader('Content-Type', 'application/x-protobuf');
        res.end(Buffer.from(data));
      });
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      const exports = [`export const maxZoom = ${options.maxZoom};`];
      if (inline) {
        const archive = Buffer.from(buildArchive(options, tiles())).toString('base64');
        const url = `data:application/vnd.pmtiles;base64,${archive}`;
        return [
          ...exports,
          `export const url = ${JSON.stringify(url)};`,
          'export const tiles = undefined;',
        ].join('\n');
      }
      let directory = JSON.stringify(`${base}${DEV_TILES}`);
      if (!serving) {
        // A directory named by the tiles' content, so a new basemap is never read from a cache.
        const hash = createHash('sha256');
        for (const [file, data] of served()) hash.update(file).update(data);
        const dir = `assets/basemap-${hash.digest('hex').slice(0, 8)}`;
        let first = '';
        for (const [file, source] of served()) {
          const ref = this.emitFile({ type: 'asset', fileName: `${dir}/${file}`, source });
          first ||= ref;
        }
        // The URL of 0/0/0.pbf, as the bundler writes it for the page's base, less that name.
        directory = `new URL('../../', new URL(import.meta.ROLLUP_FILE_URL_${first}, location.href))`;
      }
      return [
        ...exports,
        'export const url = undefined;',
        `export const tiles = ${templateCode(directory)};`,
      ].join('\n');
    },
  };
}
