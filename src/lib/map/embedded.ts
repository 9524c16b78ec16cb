import type { StyleSpecification } from 'maplibre-gl';
import * as basemap from 'virtual:basemap';
import { builtTiles } from './built-tiles.ts';
import { CORRIDOR_SOURCE } from './corridor-source.ts';
import { SOURCE_IDS } from './layers.ts';
import { BASEMAP_TILES, createBasemapStyle } from './style.ts';
import { THEMES, type ThemeName } from './themes.ts';

const basemapTiles = builtTiles(BASEMAP_TILES.protocol, basemap);

/**
 * The offline basemap style for a theme, drawn from the tiles built with the page, with the
 * corridor's source: a source of the style is ready (its tiles asked for) in the map's first
 * frame, while one added once the style has loaded waits for the next (MapLibre reads a source's
 * tile list an animation frame after it is added), one more frame of an empty map before the
 * first idle. CorridorLayers adds the source itself to an online style.
 */
export function embeddedStyle(theme: ThemeName, textScale = 1, globe = false): StyleSpecification {
  const style = createBasemapStyle({
    theme: THEMES[theme],
    maxZoom: basemap.maxZoom,
    textScale,
    tiles: basemapTiles,
    globe,
  });
  return {
    ...style,
    sources: { ...style.sources, [SOURCE_IDS.corridor]: { type: 'vector', ...CORRIDOR_SOURCE } },
  };
}
