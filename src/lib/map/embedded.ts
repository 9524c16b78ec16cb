import type { StyleSpecification } from 'maplibre-gl';
import { tiles, url, maxZoom } from 'virtual:basemap';
import { maplibregl } from './maplibre.ts';
import { fetchSource, openArchive } from './basemap.ts';
import { BASEMAP_TILES, createBasemapStyle } from './style.ts';
import { THEMES, type ThemeName } from './themes.ts';

// The served page's tiles are static files that MapLibre's worker fetches itself. The single
// file, opened from file://, carries them in an inlined archive instead: MapLibre asks for
// `basemap://z/x/y` (style.ts) and the tile comes out of the archive as it was encoded at build
// time, so the worker only decodes it.
if (url) {
  // Opened as soon as this module loads, so the header and directory arrive while the map starts.
  const archive = openArchive(fetchSource(url));
  const TILE_URL = /^basemap:\/\/(\d+)\/(\d+)\/(\d+)$/;
  maplibregl.addProtocol(BASEMAP_TILES.protocol, async ({ url: tileUrl }) => {
    const [, z, x, y] = TILE_URL.exec(tileUrl) ?? [];
    if (z === undefined) throw new Error(`Not a basemap tile: ${tileUrl}`);
    const data = await (await archive).tile(Number(z), Number(x), Number(y));
    return { data: data ?? new Uint8Array(0) };
  });
}

/** The offline basemap style for a theme, drawn from the tiles built with the page. */
export function embeddedStyle(theme: ThemeName, textScale = 1): StyleSpecification {
  return createBasemapStyle({
    theme: THEMES[theme],
    maxZoom,
    textScale,
    tiles: tiles ?? BASEMAP_TILES.url,
  });
}
