import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { BasemapData } from './basemap.ts';
import type { Theme } from './themes.ts';

/**
 * The embedded basemap style: Natural Earth countries on a water background, with country and
 * sea names. It has no `glyphs`: MapLibre draws the labels with the system's own fonts, so the
 * map needs no font server. Every source is inline GeoJSON, so the style makes no request.
 */

export interface BasemapStyleOptions {
  theme: Theme;
  data: BasemapData;
  seaLabels: FeatureCollection<Point, { name: string; rank: number }>;
  /** Multiplies every text size, so labels read from the back of a room on a large screen. */
  textScale?: number;
}

export const BASEMAP_LAYER_IDS = {
  water: 'basemap-water',
  land: 'basemap-land',
  coast: 'basemap-coast',
  borders: 'basemap-borders',
  seaLabels: 'basemap-sea-labels',
  countryLabels: 'basemap-country-labels',
  countryLabelsSmall: 'basemap-country-labels-small',
} as const;

/** The first basemap layer drawn above the routes: labels stay readable over lines. */
export const FIRST_LABEL_LAYER = BASEMAP_LAYER_IDS.seaLabels;

/**
 * Context key: the layer the corridor slides under, or undefined on an online style, which has
 * no such layer (MapLibre refuses a `beforeId` it does not know), so the corridor goes on top.
 */
export const LABEL_LAYER_CONTEXT = Symbol('basemap label layer');

/**
 * Natural Earth 1:50m has no detail a zoom-5 tile cannot hold (its 8,192 units span ~150 m), so
 * deeper zooms reuse those tiles instead of cutting the whole world again in the worker: with
 * software rendering, that cut is what makes a first visit to each zoom level slow.
 */
const TILING = { type: 'geojson', maxzoom: 5 } as const;

const SANS = ['Noto Sans Regular'];
const SANS_ITALIC = ['Noto Sans Italic'];

function scaled(sizes: [number, number][], scale: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...sizes.flatMap(([z, px]) => [z, px * scale])];
}

export function createBasemapStyle({
  theme,
  data,
  seaLabels,
  textScale = 1,
}: BasemapStyleOptions): StyleSpecification {
  const ids = BASEMAP_LAYER_IDS;
  const countryLabelPaint = {
    'text-color': theme.countryLabel,
    'text-halo-color': theme.labelHalo,
    'text-halo-width': 1.5,
  };
  const layers: LayerSpecification[] = [
    { id: ids.water, type: 'background', paint: { 'background-color': theme.water } },
    {
      id: ids.land,
      type: 'fill',
      source: 'countries',
      paint: { 'fill-color': theme.land, 'fill-antialias': true },
    },
    {
      id: ids.coast,
      type: 'line',
      source: 'coast',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.coast,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 6, 1.4],
      },
    },
    {
      id: ids.borders,
      type: 'line',
      source: 'borders',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.3],
      },
    },
    {
      id: ids.seaLabels,
      type: 'symbol',
      source: 'sea-labels',
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
      },
    },
    {
      id: ids.countryLabels,
      type: 'symbol',
      source: 'country-labels',
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
      source: 'country-labels',
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
      countries: { ...TILING, data: data.countries, attribution: 'Natural Earth' },
      coast: { ...TILING, data: data.coast },
      borders: { ...TILING, data: data.borders },
      'country-labels': { ...TILING, data: data.countryLabels },
      'sea-labels': { ...TILING, data: seaLabels },
    },
    layers,
  };
}
