import type { PluginOption } from 'vite';
import { cutTiles, tileOptions, type TileOptions } from './basemap/tiles.ts';
import { tileset } from './vite-plugin-tiles.ts';

export interface BasemapPluginOptions {
  /** Put the archive in the bundle as a data: URL (the single-file build), not beside it. */
  inline?: boolean;
  tiles?: TileOptions;
}

/**
 * Serves `virtual:basemap`, the Natural Earth basemap cut into vector tiles at build time (see
 * vite-plugin-tiles.ts): static tiles over the whole world, or one inlined PMTiles archive.
 */
export function basemap({
  inline = false,
  tiles: options = tileOptions(),
}: BasemapPluginOptions = {}): PluginOption {
  return tileset({
    name: 'basemap',
    inline,
    maxZoom: options.maxZoom,
    center: [65, 42, 3],
    cut: () => ({ tiles: cutTiles(options) }),
  });
}
