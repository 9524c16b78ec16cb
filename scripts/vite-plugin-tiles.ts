import { createHash } from 'node:crypto';
import type { Plugin, PluginOption } from 'vite';
import { writePmtiles } from './basemap/pmtiles.ts';
import type { GridTile } from './basemap/tiles.ts';

const TILE_PATH = /^\d+\/\d+\/\d+\.pbf$/;

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

const WORLD: Bounds = [-180, -85.05, 180, 85.05];

export interface TilesetOptions {
  /**
   * Names the module `virtual:<name>`, the dev server's path `@<name>/` and the build's folder
   * `assets/<name>-<hash>/`.
   */
  name: string;
  /** Put the tiles in the bundle as one PMTiles archive in a data: URL (the single-file build). */
  inline: boolean;
  /** The deepest zoom cut; MapLibre over-zooms its tiles beyond it. */
  maxZoom: number;
  /** [lng, lat, zoom] written in the archive's header. */
  center: [number, number, number];
  /**
   * The tiles, cut at build time (again when the dev server reloads the module), and the box they
   * cover: each tile of it gets a file, empty where nothing was cut (the world by default).
   */
  cut: (plugin: { addWatchFile(file: string): void }) => Cut | Promise<Cut>;
}

export interface Cut {
  tiles: GridTile[];
  bounds?: Bounds;
}

/** The tiles of zoom `z` that cover `bounds` (Web Mercator, as MapLibre asks for them). */
export function tilesCovering(z: number, [west, south, east, north]: Bounds) {
  const n = 2 ** z;
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v)));
  const x = (lng: number) => clamp(((lng + 180) / 360) * n);
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return clamp(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  };
  return { x: [x(west), x(east)], y: [y(north), y(south)] };
}

/** Every tile of zooms 0 to maxZoom over `bounds` as `z/x/y.pbf`; one with nothing is empty. */
function tileFiles(tiles: GridTile[], maxZoom: number, bounds: Bounds): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (let z = 0; z <= maxZoom; z++) {
    const { x, y } = tilesCovering(z, bounds);
    for (let i = x[0]!; i <= x[1]!; i++)
      for (let j = y[0]!; j <= y[1]!; j++) files.set(`${z}/${i}/${j}.pbf`, new Uint8Array(0));
  }
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
 * Serves `virtual:<name>`, vector tiles cut at build time: `tiles`, a tile URL template of the
 * page's origin, or `url`, one PMTiles archive as a data: URL (the single-file build, which opens
 * from file:// where nothing can be fetched); `maxZoom`, the deepest zoom, and `bounds`, the box
 * with tiles. The build writes each tile as a static file of its own, which MapLibre's worker
 * fetches and decodes with no help from the page and any static server can compress (an empty
 * file where there is nothing, so no request of the box answers 404); the dev server answers the
 * same tiles from memory.
 */
export function tileset(o: TilesetOptions): PluginOption {
  const id = `virtual:${o.name}`;
  const resolved = '\0' + id;
  let files: Map<string, Uint8Array> | undefined;
  let serving = false;
  let base = '/';
  const plugin: Plugin = {
    name: `middle-corridor-tiles-${o.name}`,
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://dev').pathname;
        const prefix = `${base}@${o.name}/`;
        const file = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
        const data = file && TILE_PATH.test(file) ? files?.get(file) : undefined;
        if (!data) return next();
        res.setHeader('Content-Type', 'application/x-protobuf');
        res.end(Buffer.from(data));
      });
    },
    resolveId: (source) => (source === id ? resolved : undefined),
    async load(source) {
      if (source !== resolved) return;
      const { tiles, bounds = WORLD } = await o.cut(this);
      files = tileFiles(tiles, o.maxZoom, bounds);
      const exports = [
        `export const maxZoom = ${o.maxZoom};`,
        `export const bounds = ${JSON.stringify(bounds)};`,
      ];
      if (o.inline) {
        const info = { minZoom: 0, maxZoom: o.maxZoom, bounds, center: o.center };
        const archive = Buffer.from(writePmtiles(tiles, info)).toString('base64');
        const url = `data:application/vnd.pmtiles;base64,${archive}`;
        return [
          ...exports,
          `export const url = ${JSON.stringify(url)};`,
          'export const tiles = undefined;',
        ].join('\n');
      }
      let directory = JSON.stringify(`${base}@${o.name}/`);
      if (!serving) {
        // A directory named by the tiles' content, so new tiles are never read from a cache.
        const hash = createHash('sha256');
        for (const [file, data] of files) hash.update(file).update(data);
        const dir = `assets/${o.name}-${hash.digest('hex').slice(0, 8)}`;
        let first = '';
        for (const [file, data] of files) {
          const ref = this.emitFile({ type: 'asset', fileName: `${dir}/${file}`, source: data });
          first ||= ref;
        }
        // The URL of the first tile, as the bundler writes it for the page's base, less its name.
        directory = `new URL('../../', new URL(import.meta.ROLLUP_FILE_URL_${first}, location.href))`;
      }
      return [
        ...exports,
        'export const url = undefined;',
        `export const tiles = ${templateCode(directory)};`,
      ].join('\n');
    },
  };
  return plugin;
}
