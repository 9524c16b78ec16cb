import type { FeatureCollection } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { bbox } from '@turf/turf';
import { encodeTiles, type GridTile } from './basemap/tiles.ts';
import { tilesCovering, type Bounds } from './vite-plugin-tiles.ts';

/**
 * The corridor's lines and places cut into vector tiles at build time, as MapLibre's GeoJSON
 * source would cut them in its worker at every load: the same grid (8192 units to a tile) and
 * simplification (0.375 px), full detail at the deepest zoom, which MapLibre over-zooms.
 */
export const CORRIDOR_TILES = {
  /** A unit of a zoom 8 tile is 15 m at the corridor's latitudes: half a pixel at zoom 12. */
  maxZoom: 8,
  extent: 8192,
  /** 0.375 px of a 512 px tile, MapLibre's default for GeoJSON sources. */
  tolerance: 6,
  /** 64 px around each tile: a line's widest halo and a place's dot cross tile edges whole. */
  buffer: 1024,
};

/** The tiles of every zoom over the corridor's box, and that box. */
export function cutCorridorTiles(
  layers: Record<string, FeatureCollection>,
  o = CORRIDOR_TILES,
): { tiles: GridTile[]; bounds: Bounds } {
  const all: FeatureCollection = {
    type: 'FeatureCollection',
    features: Object.values(layers).flatMap((fc) => fc.features),
  };
  const bounds = bbox(all) as Bounds;
  const indexes = Object.entries(layers).map(([name, fc]) => ({
    name,
    index: new GeoJSONVT(fc, {
      maxZoom: o.maxZoom,
      indexMaxZoom: o.maxZoom,
      indexMaxPoints: 0,
      extent: o.extent,
      tolerance: o.tolerance,
      buffer: o.buffer,
    }),
  }));
  const tiles = encodeTiles(
    o.maxZoom,
    o.extent,
    () => indexes,
    (z) => tilesCovering(z, bounds),
  );
  return { tiles, bounds };
}
