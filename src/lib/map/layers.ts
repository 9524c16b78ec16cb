import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type {
  FlightCollection,
  FlightFeature,
  NodeCollection,
  SegmentCollection,
  SegmentFeature,
} from '../geo/index.ts';
import type { Theme } from './themes.ts';

/**
 * The corridor's layers: ids, paint and layout as typed constants, so a typo in a property is
 * a type error. The components in CorridorLayers.svelte only wire these to their sources.
 * Feature state: `hover` and `selected` (pointer and selection), `dim` (outside a tour step).
 */

/**
 * The corridor's one source: vector tiles cut at build time (scripts/corridor-tiles.ts), so that
 * MapLibre's worker only decodes them, with two source layers, the lines and the places. The
 * segments and flights share one layer: MapLibre draws a stencil mask over the whole view each
 * time the source changes from one line layer to the next, twice a frame (opaque and translucent
 * passes), and in software WebGL each mask costs as much as a full-screen fill.
 */
export const SOURCE_IDS = { corridor: 'corridor' } as const;
export const SOURCE_LAYERS = { lines: 'lines', nodes: 'nodes' } as const;
/** The property each source layer's features are known by in the feature state. */
export const PROMOTE_IDS = { [SOURCE_LAYERS.lines]: 'ref', [SOURCE_LAYERS.nodes]: 'id' };

/** The feature-state id of a line in the shared layer: a segment and a flight may share an id. */
export const lineRef = (kind: 'segment' | 'flight', id: string) => `${kind}:${id}`;

type LineProperties = (SegmentFeature | FlightFeature)['properties'] & { ref: string };

/** The segments and flights as one collection for the shared layer, each with its `ref`. */
export function corridorLines(
  segments: SegmentCollection,
  flights: FlightCollection,
): FeatureCollection<LineString, LineProperties> {
  const withRef =
    (kind: 'segment' | 'flight') =>
    (f: SegmentFeature | FlightFeature): Feature<LineString, LineProperties> => ({
      ...f,
      properties: { ...f.properties, ref: lineRef(kind, f.properties.id) },
    });
  return {
    type: 'FeatureCollection',
    features: [
      ...segments.features.map(withRef('segment')),
      ...flights.features.map(withRef('flight')),
    ],
  };
}

/** What the layers read of each feature (paint, filters, feature state, a click's id). */
const TILE_PROPERTIES = {
  [SOURCE_LAYERS.lines]: ['id', 'ref', 'mode', 'main'],
  [SOURCE_LAYERS.nodes]: ['id', 'label', 'kind', 'hub'],
};

/**
 * The corridor's source layers as the build cuts them into tiles: each feature with only the
 * properties the map reads (the page takes everything else from the corridor's data).
 */
export function corridorTileLayers(
  segments: SegmentCollection,
  flights: FlightCollection,
  nodes: NodeCollection,
): Record<keyof typeof SOURCE_LAYERS, FeatureCollection> {
  const keep = (layer: keyof typeof TILE_PROPERTIES, fc: FeatureCollection): FeatureCollection => ({
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      ...f,
      properties: Object.fromEntries(
        TILE_PROPERTIES[layer]
          .filter((k) => f.properties?.[k] !== undefined)
          .map((k) => [k, f.properties![k]]),
      ),
    })),
  });
  return {
    lines: keep(SOURCE_LAYERS.lines, corridorLines(segments, flights)),
    nodes: keep(SOURCE_LAYERS.nodes, nodes),
  };
}

const isFlight: ExpressionSpecification = ['==', ['get', 'mode'], 'air'];
/** Which lines of the shared source each layer draws. */
export const LINE_FILTERS = {
  flights: isFlight,
  segments: ['!', isFlight] as ExpressionSpecification,
  rail: ['==', ['get', 'mode'], 'rail'] as ExpressionSpecification,
  sea: ['==', ['get', 'mode'], 'sea'] as ExpressionSpecification,
};

export const LAYER_IDS = {
  flightsHalo: 'flights-halo',
  flights: 'flights',
  routeHalo: 'route-halo',
  routeCasing: 'route-casing',
  routeRail: 'route-rail',
  routeSea: 'route-sea',
  flightsHit: 'flights-hit',
  routeHit: 'route-hit',
  nodes: 'nodes',
  nodeLabelsMinor: 'node-labels-minor',
  nodeLabels: 'node-labels',
} as const;

/** Layers that answer a click or a hover, topmost first. */
export const INTERACTIVE_LAYERS = [LAYER_IDS.nodes, LAYER_IDS.routeHit, LAYER_IDS.flightsHit];

type Paint<L extends { paint?: unknown }> = NonNullable<L['paint']>;
type Layout<L extends { layout?: unknown }> = NonNullable<L['layout']>;

const state = (name: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', name],
  false,
];
const dimmed = (full: number, dim: number): ExpressionSpecification => [
  'case',
  state('dim'),
  dim,
  full,
];
const byZoom = (...stops: (number | ExpressionSpecification)[]): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...stops,
];
const isMain: ExpressionSpecification = ['==', ['get', 'main'], true];

/**
 * One value for every feature, written so that MapLibre reads it per feature. MapLibre links one
 * shader program for each set of paint properties that are per feature, per zoom or constant:
 * the corridor's solid lines (halos, casing, rail) all take their colour and opacity per feature
 * and their width per feature and zoom, and so share one program; the dashed ones (flights, sea)
 * share another. Each program linked costs the first load about 10 ms with software WebGL.
 */
export const perFeature = <T extends number | string>(value: T): ExpressionSpecification => [
  'case',
  ['to-boolean', ['geometry-type']],
  value,
  value,
];
const isHub: ExpressionSpecification = ['==', ['get', 'hub'], true];

/** Invisible lines this wide (px) catch clicks and taps near a thin route. */
export const HIT_WIDTH_PX = 20;

export function corridorLayerStyles(theme: Theme, scale = 1) {
  // A zoom curve must be the outermost expression: the main/branch choice goes inside each stop.
  const mainOr = (main: number, branch: number): ExpressionSpecification => [
    'case',
    isMain,
    main * scale,
    branch * scale,
  ];
  const width = byZoom(2, mainOr(3, 2), 6, mainOr(6, 4));
  const halo = (extra: number): Paint<LineLayerSpecification> => ({
    'line-color': perFeature(theme.highlight),
    'line-width': byZoom(2, perFeature((3 + extra) * scale), 6, perFeature((6 + extra) * scale)),
    'line-blur': 1,
    'line-opacity': ['case', state('selected'), 0.95, state('hover'), 0.6, 0],
  });
  return {
    flightsHalo: { paint: halo(7) },
    flights: {
      layout: { 'line-cap': 'round' } satisfies Layout<LineLayerSpecification>,
      paint: {
        'line-color': theme.flight,
        'line-width': byZoom(2, perFeature(1.8 * scale), 6, perFeature(3 * scale)),
        'line-dasharray': [0.1, 2],
        'line-opacity': dimmed(0.95, 0.2),
      } satisfies Paint<LineLayerSpecification>,
    },
    routeHalo: { paint: halo(9) },
    routeCasing: {
      layout: {
        'line-join': 'round',
        'line-cap': 'round',
      } satisfies Layout<LineLayerSpecification>,
      paint: {
        'line-color': perFeature(theme.railCasing),
        'line-width': byZoom(2, mainOr(5, 3.5), 6, mainOr(9, 6.5)),
        'line-opacity': dimmed(0.9, 0.15),
      } satisfies Paint<LineLayerSpecification>,
    },
    routeRail: {
      layout: {
        'line-join': 'round',
        'line-cap': 'round',
      } satisfies Layout<LineLayerSpecification>,
      paint: {
        'line-color': ['case', isMain, theme.rail, theme.branch],
        'line-width': width,
        'line-opacity': dimmed(1, 0.25),
      } satisfies Paint<LineLayerSpecification>,
    },
    routeSea: {
      layout: { 'line-join': 'round' } satisfies Layout<LineLayerSpecification>,
      paint: {
        'line-color': theme.sea,
        'line-width': width,
        'line-dasharray': [2, 1.2],
        'line-opacity': ['case', state('dim'), 0.25, isMain, 1, 0.75],
      } satisfies Paint<LineLayerSpecification>,
    },
    hit: {
      layout: {
        'line-cap': 'round',
        'line-join': 'round',
      } satisfies Layout<LineLayerSpecification>,
      // Opacity 0, not a transparent colour: MapLibre then skips drawing the layer (a 20 px
      // wide line costs a frame as much as the routes themselves in software WebGL), while its
      // features still answer queryRenderedFeatures.
      paint: {
        'line-opacity': 0,
        'line-width': HIT_WIDTH_PX,
      } satisfies Paint<LineLayerSpecification>,
    },
    nodes: {
      paint: {
        'circle-radius': [
          'match',
          ['get', 'kind'],
          'airport',
          5.5 * scale,
          [
            'case',
            ['==', ['get', 'hub'], true],
            6.5 * scale,
            ['match', ['get', 'kind'], 'port', 5 * scale, 'border', 4 * scale, 3.5 * scale],
          ],
        ],
        'circle-color': [
          'match',
          ['get', 'kind'],
          'airport',
          theme.flight,
          'border',
          theme.nodeStroke,
          theme.node,
        ],
        'circle-stroke-color': [
          'match',
          ['get', 'kind'],
          'port',
          theme.sea,
          'airport',
          theme.node,
          theme.nodeStroke,
        ],
        'circle-stroke-width': ['case', state('selected'), 3.5 * scale, 2 * scale],
        'circle-opacity': dimmed(1, 0.3),
        'circle-stroke-opacity': dimmed(1, 0.3),
      } satisfies Paint<CircleLayerSpecification>,
    },
    nodeLabels: {
      layout: {
        'text-field': ['get', 'label'],
        'text-font': ['Noto Sans Bold'],
        'text-size': byZoom(2, ['case', isHub, 13 * scale, 11 * scale], 6, [
          'case',
          isHub,
          17 * scale,
          14 * scale,
        ]),
        'text-variable-anchor': [
          'top',
          'bottom',
          'left',
          'right',
          'top-left',
          'top-right',
          'bottom-left',
          'bottom-right',
        ],
        'text-radial-offset': 0.8,
        'text-justify': 'auto',
        'text-max-width': 9,
        'symbol-sort-key': [
          'case',
          ['==', ['get', 'hub'], true],
          0,
          ['==', ['get', 'kind'], 'airport'],
          1,
          2,
        ],
        'text-optional': false,
      } satisfies Layout<SymbolLayerSpecification>,
      paint: {
        'text-color': theme.nodeLabel,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 2 * scale,
        'text-opacity': dimmed(1, 0.35),
      } satisfies Paint<SymbolLayerSpecification>,
    },
  };
}

const hubOrAirport: ExpressionSpecification = [
  'any',
  ['==', ['get', 'hub'], true],
  ['==', ['get', 'kind'], 'airport'],
];

/** Hubs and airports are labelled at every zoom; other places from this zoom on. */
export const MINOR_LABELS_MINZOOM = 4.5;
export const LABEL_FILTERS = {
  major: hubOrAirport,
  minor: ['!', hubOrAirport] as ExpressionSpecification,
};
