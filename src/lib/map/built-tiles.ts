import { maplibregl } from './maplibre.ts';
import { fetchSource, openArchive } from './basemap.ts';

/** What a tile module of the build exports (virtual:basemap, virtual:corridor-tiles). */
interface BuiltTiles {
  tiles: string | undefined;
  url: string | undefined;
}

/**
 * The URL template of tiles built with the page. The served page's tiles are static files that
 * MapLibre's worker fetches itself. The single file, opened from file://, carries them in an
 * inlined archive instead: MapLibre asks for `<protocol>://z/x/y` and the tile comes out of the
 * archive as it was encoded at build time, so the worker only decodes it.
 */
export function builtTiles(protocol: string, { tiles, url }: BuiltTiles): string {
  // Only the single file has archives: a build-time switch, so the served page's code leaves the
  // archive reader (basemap.ts) and the protocol out (0.7 kB gzip of its first load).
  if (import.meta.env.MODE !== 'single' || tiles || !url) return tiles ?? '';
  // Opened as soon as this module loads, so the header and directory arrive while the map starts.
  const archive = openArchive(fetchSource(url));
  const pattern = new RegExp(`^${protocol}://(\\d+)/(\\d+)/(\\d+)$`);
  maplibregl.addProtocol(protocol, async ({ url: tileUrl }) => {
    const [, z, x, y] = pattern.exec(tileUrl) ?? [];
    if (z === undefined) throw new Error(`Not a ${protocol} tile: ${tileUrl}`);
    const data = await (await archive).tile(Number(z), Number(x), Number(y));
    return { data: data ?? new Uint8Array(0) };
  });
  return `${protocol}://{z}/{x}/{y}`;
}
