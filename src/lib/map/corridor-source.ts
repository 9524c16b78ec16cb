import type { VectorSourceSpecification } from 'maplibre-gl';
import * as corridor from 'virtual:corridor-tiles';
import { builtTiles } from './built-tiles.ts';
import { PROMOTE_IDS } from './layers.ts';

/**
 * The corridor's source: its lines and places as vector tiles cut by the build, over the
 * corridor's box (MapLibre asks for no tile outside it), known in the feature state by
 * `PROMOTE_IDS`.
 */
export const CORRIDOR_SOURCE = {
  tiles: [builtTiles('corridor', corridor)],
  maxzoom: corridor.maxZoom,
  bounds: corridor.bounds,
  promoteId: PROMOTE_IDS,
} satisfies Omit<VectorSourceSpecification, 'type'>;
