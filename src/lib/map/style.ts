import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Theme } from './themes.ts';
import { perFeature } from './layers.ts';

/**
 * The embedded basemap style: Natural Earth land, lakes, rivers and borders on a water
 * background, with country, sea and river names. Its one source is the vector tile archive built
 * with the page (scripts/basemap): static tiles of the page's own origin, or, in the single-file
 * build, an inlined archive read through the `basemap://` protocol (embedded.ts); the style
 * makes no request elsewhere. It has no `glyphs`: MapLibre draws the labels with the
 * system's own fonts, so the map needs no font server.
 */

export interface BasemapStyleOptions {
  theme: Theme;
  /** The deepest zoom of the tile archive: MapLibre over-zooms its tiles beyond it. */
  maxZoom: number;
  /** Multiplies every text size, so labels read from the back of a room on a large screen. */
  textScale?: number;
  /** The tiles' URL template: an absolute URL with `{z}/{x}/{y}`, or BASEMAP_TILES.url. */
  tiles?: string;
  /** On the globe the water layer is drawn: the space around the globe is the container's. */
  globe?: boolean;
}

/** How the style addresses the inlined tile archive; embedded.ts answers these requests. */
export const BASEMAP_TILES = {
  protocol: 'basemap',
  url: 'basemap://{z}/{x}/{y}',
} as const;

export const BASEMAP_LAYER_IDS = {
  water: 'basemap-water',
  land: 'basemap-land',
  lakes: 'basemap-lakes',
  rivers: 'basemap-rivers',
  coast: 'basemap-coast',
  lakeShores: 'basemap-lake-shores',
  borders: 'basemap-borders',
  riverLabels: 'basemap-river-labels',
  seaLabels: 'basemap-sea-labels',
  countryLabels: 'basemap-country-labels',
  countryLabelsSmall: 'basemap-country-labels-small',
} as const;

/** The first basemap layer drawn above the routes: labels stay readable over lines. */
export const FIRST_LABEL_LAYER = BASEMAP_LAYER_IDS.riverLabels;

/**
 * Context key: the layer the corridor slides under, or undefined on an online style, which has
 * no such layer (MapLibre refuses a `beforeId` it does not know), so the corridor goes on top.
 */
export const LABEL_LAYER_CONTEXT = Symbol('basemap label layer');

/** Context key: whether the map's style carries the corridor's source (the embedded one does). */
export const CORRIDOR_IN_STYLE_CONTEXT = Symbol('corridor source in the style');

const SOURCE = 'basemap';
/**
 * Country and sea names come from the same archive through a second source capped at zoom 2:
 * MapLibre over-zooms those few tiles instead of laying out labels in every tile of the view.
 * Each tile with labels waits for its glyphs from the page's main thread, and with software
 * WebGL that thread is busy drawing for a second at a time at 3840×2160: two to four such round
 * trips instead of twenty-four halve the time to the first idle. A point at zoom 2 is placed to
 * within 2.4 km, which no label shows.
 */
const LABELS = 'basemap-labels';
const LABELS_MAX_ZOOM = 2;

/**
 * Opaque, but read per feature as the corridor's node labels read theirs (they dim outside a tour
 * step): all labels then share one shader program (see perFeature).
 */
const LABEL_OPACITY = perFeature(1);

const SANS = ['Noto Sans Regular'];
const SANS_ITALIC = ['Noto Sans Italic'];

function scaled(sizes: [number, number][], scale: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...sizes.flatMap(([z, px]) => [z, px * scale])];
}

export function createBasemapStyle({
  theme,
  maxZoom,
  textScale = 1,
  tiles = BASEMAP_TILES.url,
  globe = false,
}: BasemapStyleOptions): StyleSpecification {
  const ids = BASEMAP_LAYER_IDS;
  const countryLabelPaint = {
    'text-color': theme.countryLabel,
    'text-halo-color': theme.labelHalo,
    'text-halo-width': 1.5,
    'text-opacity': LABEL_OPACITY,
  };
  const layers: LayerSpecification[] = [
    // Hidden on the flat map, whose container has the water's colour under a transparent canvas:
    // in software WebGL a background layer costs each frame a full-screen fill, and the map's
    // first frame one more shader program. The globe shows it, as the space around the globe is
    // the container's.
    {
      id: ids.water,
      type: 'background',
      layout: { visibility: globe ? 'visible' : 'none' },
      paint: { 'background-color': theme.water },
    },
    {
      id: ids.land,
      type: 'fill',
      source: SOURCE,
      'source-layer': 'land',
      // No antialiased outline pass: the coast layer draws the edge.
      paint: { 'fill-color': theme.land, 'fill-antialias': false },
    },
    {
      id: ids.lakes,
      type: 'fill',
      source: SOURCE,
      'source-layer': 'lakes',
      paint: { 'fill-color': theme.water, 'fill-antialias': false },
    },
    {
      id: ids.rivers,
      type: 'line',
      source: SOURCE,
      'source-layer': 'rivers',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': theme.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 6, 1.2, 9, 2.2],
      },
    },
    // The land's own outline: a line layer over polygons skips the edges MapLibre's tiles cut.
    {
      id: ids.coast,
      type: 'line',
      source: SOURCE,
      'source-layer': 'land',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.coast,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 6, 1.4],
      },
    },
    {
      id: ids.lakeShores,
      type: 'line',
      source: SOURCE,
      'source-layer': 'lakes',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.coast,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 1, 9, 1.4],
      },
    },
    {
      id: ids.borders,
      type: 'line',
      source: SOURCE,
      'source-layer': 'borders',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.3],
      },
    },
    {
      id: ids.riverLabels,
      type: 'symbol',
      source: SOURCE,
      'source-layer': 'rivers',
      minzoom: 5,
      filter: ['all', ['has', 'name'], ['==', ['get', 'rank'], 1]],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': ['get', 'name'],
        'text-font': SANS_ITALIC,
        'text-size': scaled(
          [
            [5, 10],
            [9, 14],
          ],
          textScale,
        ),
        'text-letter-spacing': 0.08,
      },
      paint: {
        'text-color': theme.seaLabel,
        'text-halo-color': theme.land,
        'text-halo-width': 1.2,
        'text-opacity': LABEL_OPACITY,
      },
    },
    {
      id: ids.seaLabels,
      type: 'symbol',
      source: LABELS,
      'source-layer': 'sea-labels',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': SANS_ITALIC,
        'text-size': scaled(
          [
            [1, 11],
            [6, 17],
          ],
          textScale,
        ),
        'text-letter-spacing': 0.12,
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': theme.seaLabel,
        'text-halo-color': theme.water,
        'text-halo-width': 1,
        'text-opacity': LABEL_OPACITY,
      },
    },
    {
      id: ids.countryLabels,
      type: 'symbol',
      source: LABELS,
      'source-layer': 'country-labels',
      filter: ['<=', ['get', 'rank'], 3],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': SANS,
        'text-size': scaled(
          [
            [1, 11],
            [4, 14],
            [7, 18],
          ],
          textScale,
        ),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: countryLabelPaint,
    },
    {
      id: ids.countryLabelsSmall,
      type: 'symbol',
      source: LABELS,
      'source-layer': 'country-labels',
      minzoom: 4.5,
      filter: ['>', ['get', 'rank'], 3],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': SANS,
        'text-size': scaled(
          [
            [4, 11],
            [7, 15],
          ],
          textScale,
        ),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
      },
      paint: countryLabelPaint,
    },
  ];
  return {
    version: 8,
    name: `Middle Corridor basemap (${theme.name})`,
    sources: {
      [SOURCE]: {
        type: 'vector',
        tiles: [tiles],
        maxzoom: maxZoom,
        attribution: 'Natural Earth',
      },
      [LABELS]: {
        type: 'vector',
        tiles: [tiles],
        maxzoom: Math.min(LABELS_MAX_ZOOM, maxZoom),
      },
    },
    layers,
  };
}
