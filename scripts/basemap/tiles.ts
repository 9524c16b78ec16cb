import type { FeatureCollection } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { zxyToTileId } from 'pmtiles';
import { buildCountries, loadNaturalEarth } from './build.ts';
import { readLakes, readRivers, readSeaLabels } from './water.ts';
import { writePmtiles, type Tile } from './pmtiles.ts';

/**
 * Cuts the basemap into Mapbox vector tiles at build time (geojson-vt simplifies each zoom to
 * what its pixels can show and quantises coordinates to the tile grid; vt-pbf encodes them) and
 * packs them in one PMTiles archive, so the page's map worker only decodes ready tiles.
 */

export interface TileOptions {
  /** Deepest zoom cut; MapLibre over-zooms these tiles beyond it. */
  maxZoom: number;
  /** Tile grid units across one tile (4096 is the vector tile default). */
  extent: number;
  /** Douglas-Peucker tolerance in grid units. */
  tolerance: number;
  /** Zooms up to this one draw Natural Earth 1:110m countries instead of 1:50m (-1: never). */
  coarseUpToZoom: number;
  /** Keep the deepest zoom's tiles unsimplified (they are magnified when over-zoomed). */
  deepDetail: boolean;
}

/**
 * What `npm run build` uses; the alternatives measured are in bench/README.md. MapLibre draws a
 * tile 512 px wide, so 4096 units are 8 to a pixel and a tolerance of 8 simplifies to 1 px.
 */
export const TILE_OPTIONS: TileOptions = {
  maxZoom: 5,
  extent: 4096,
  tolerance: 8,
  coarseUpToZoom: 2,
  deepDetail: true,
};

/** The vector tile layer names, one per GeoJSON collection. */
export const SOURCE_LAYERS = [
  'land',
  'borders',
  'lakes',
  'rivers',
  'country-labels',
  'sea-labels',
] as const;
export type SourceLayer = (typeof SOURCE_LAYERS)[number];

export type BasemapCollections = Record<SourceLayer, FeatureCollection>;

/** The layers; `outlines` only changes land and borders (names keep their 1:50m places). */
export function basemapCollections(outlines: '50m' | '110m' = '50m'): BasemapCollections {
  const fine = buildCountries(loadNaturalEarth('50m'));
  const countries = outlines === '50m' ? fine : buildCountries(loadNaturalEarth(outlines));
  return {
    land: countries.land,
    borders: countries.borders,
    lakes: readLakes(),
    rivers: readRivers(),
    'country-labels': fine.countryLabels,
    'sea-labels': readSeaLabels(),
  };
}

function indexes(layers: BasemapCollections, o: TileOptions) {
  return SOURCE_LAYERS.map((name) => ({
    name,
    index: new GeoJSONVT(layers[name], {
      // geojson-vt keeps full detail at its maxZoom: the deepest tiles are the ones MapLibre
      // over-zooms, to zoom 9 where the lines along shores and valleys are looked at.
      maxZoom: o.deepDetail ? o.maxZoom : 24,
      indexMaxZoom: o.maxZoom,
      indexMaxPoints: 0,
      extent: o.extent,
      tolerance: o.tolerance,
      buffer: 64,
    }),
  }));
}

/** A tile and where it sits in the grid. */
export interface GridTile extends Tile {
  z: number;
  x: number;
  y: number;
}

/** A geojson-vt index for each vector tile layer. */
export type LayerIndexes = { name: string; index: GeoJSONVT }[];

/**
 * Every non-empty tile from zoom 0 to `maxZoom`, encoded as a vector tile: the layers of
 * `layersAt(z)`, over the tiles `cover(z)` gives (x and y from, to; the whole grid by default).
 */
export function encodeTiles(
  maxZoom: number,
  extent: number,
  layersAt: (z: number) => LayerIndexes,
  cover = (z: number) => ({ x: [0, 2 ** z - 1], y: [0, 2 ** z - 1] }),
): GridTile[] {
  const tiles: GridTile[] = [];
  for (let z = 0; z <= maxZoom; z++) {
    const source = layersAt(z);
    const { x: xs, y: ys } = cover(z);
    for (let x = xs[0]!; x <= xs[1]!; x++) {
      for (let y = ys[0]!; y <= ys[1]!; y++) {
        const layers: Parameters<typeof fromGeojsonVt>[0] = {};
        for (const { name, index } of source) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) layers[name] = tile;
        }
        if (Object.keys(layers).length === 0) continue;
        const data = fromGeojsonVt(layers, { version: 2, extent });
        tiles.push({ z, x, y, id: zxyToTileId(z, x, y), data });
      }
    }
  }
  return tiles;
}

/** Every non-empty tile of the basemap from zoom 0 to `maxZoom`. */
export function cutTiles(o: TileOptions = TILE_OPTIONS): GridTile[] {
  const fine = indexes(basemapCollections('50m'), o);
  const coarse = o.coarseUpToZoom >= 0 ? indexes(basemapCollections('110m'), o) : fine;
  return encodeTiles(o.maxZoom, o.extent, (z) => (z <= o.coarseUpToZoom ? coarse : fine));
}

/**
 * TILE_OPTIONS, with any field overridden by the JSON in `BASEMAP_TILES` (for measuring
 * alternatives: `BASEMAP_TILES='{"maxZoom":4}' npm run bench`).
 */
export function tileOptions(env = process.env.BASEMAP_TILES): TileOptions {
  return { ...TILE_OPTIONS, ...(env ? (JSON.parse(env) as Partial<TileOptions>) : {}) };
}

/** The basemap as one PMTiles archive. */
export function buildArchive(
  o: TileOptions = TILE_OPTIONS,
  tiles: Tile[] = cutTiles(o),
): Uint8Array {
  return writePmtiles(tiles, {
    minZoom: 0,
    maxZoom: o.maxZoom,
    bounds: [-180, -85.05, 180, 85.05],
    center: [65, 42, 3],
  });
}
