import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import type { Theme, ThemeName } from './themes.ts';

/**
 * The comparison's context layers: the Northern route's rail and the sea routes, quiet and
 * under the corridor, and the stops where the days go, above it. Ids, paint and layout are
 * typed constants as in layers.ts; ComparisonLines.svelte and ComparisonStops.svelte wire them.
 */

export const COMPARISON_SOURCE_IDS = {
  lines: 'comparison-lines',
  stops: 'comparison-stops',
} as const;

export const COMPARISON_LAYER_IDS = {
  northernCasing: 'compare-northern-casing',
  northern: 'compare-northern',
  sea: 'compare-sea',
  stops: 'compare-stops',
} as const;

/** Colours per palette: greys and a muted blue, so the corridor stays the subject. */
export interface ComparisonColors {
  northern: string;
  casing: string;
  sea: string;
  /** Ring colours by kind of stop. */
  gauge: string;
  transshipment: string;
  border: string;
}

// Stop rings from Paul Tol's colour-blind-safe "vibrant" scheme (teal, magenta-free purple, grey).
export const COMPARISON_COLORS: Record<ThemeName, ComparisonColors> = {
  light: {
    northern: '#5f5a66',
    casing: '#ffffff',
    sea: '#4f7390',
    gauge: '#009988',
    transshipment: '#6a3d9a',
    border: '#33302b',
  },
  dark: {
    northern: '#b6b0c2',
    casing: '#0e1b28',
    sea: '#8fb4d3',
    gauge: '#33ccbb',
    transshipment: '#c7a2f0',
    border: '#f2f4f7',
  },
  projector: {
    northern: '#3d3844',
    casing: '#ffffff',
    sea: '#2d5676',
    gauge: '#00786b',
    transshipment: '#55267f',
    border: '#000000',
  },
};

type Paint<L extends { paint?: unknown }> = NonNullable<L['paint']>;
type Layout<L extends { layout?: unknown }> = NonNullable<L['layout']>;

const byZoom = (...stops: (number | ExpressionSpecification)[]): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...stops,
];

export const COMPARISON_FILTERS = {
  northern: ['==', ['get', 'route'], 'northern'] as ExpressionSpecification,
  sea: ['==', ['get', 'mode'], 'sea'] as ExpressionSpecification,
};

const visibility = (shown: boolean) => (shown ? 'visible' : 'none');

export function comparisonLayerStyles(
  theme: ThemeName,
  shown: { northern: boolean; sea: boolean; stops: boolean },
  scale = 1,
) {
  const c = COMPARISON_COLORS[theme];
  const northernLayout = {
    visibility: visibility(shown.northern),
    'line-join': 'round',
    'line-cap': 'round',
  } satisfies Layout<LineLayerSpecification>;
  return {
    northernCasing: {
      layout: northernLayout,
      paint: {
        'line-color': c.casing,
        'line-width': byZoom(2, 4 * scale, 6, 7 * scale),
        'line-opacity': 0.7,
      } satisfies Paint<LineLayerSpecification>,
    },
    northern: {
      layout: northernLayout,
      paint: {
        'line-color': c.northern,
        'line-width': byZoom(2, 2 * scale, 6, 4 * scale),
        'line-opacity': 0.85,
      } satisfies Paint<LineLayerSpecification>,
    },
    sea: {
      layout: {
        visibility: visibility(shown.sea),
        'line-join': 'round',
      } satisfies Layout<LineLayerSpecification>,
      paint: {
        'line-color': c.sea,
        'line-width': byZoom(2, 2 * scale, 6, 3.5 * scale),
        'line-dasharray': [1, 1.5],
        'line-opacity': 0.8,
      } satisfies Paint<LineLayerSpecification>,
    },
    stops: {
      layout: { visibility: visibility(shown.stops) } satisfies Layout<CircleLayerSpecification>,
      paint: {
        // A ring around the node: the node stays visible and clickable-looking inside it.
        'circle-radius': byZoom(2, 8 * scale, 6, 12 * scale),
        'circle-color': 'rgba(0, 0, 0, 0)',
        'circle-stroke-width': 3 * scale,
        'circle-stroke-color': [
          'match',
          ['get', 'kind'],
          'gauge',
          c.gauge,
          'transshipment',
          c.transshipment,
          c.border,
        ],
      } satisfies Paint<CircleLayerSpecification>,
    },
  };
}

/** The charts' colours, matched to the map: routes, kinds of time, stops. */
export function comparisonChartColors(theme: Theme): Record<string, string> {
  const c = COMPARISON_COLORS[theme.name];
  return {
    'middle-corridor': theme.rail,
    northern: c.northern,
    'sea-suez': c.sea,
    'sea-cape': c.sea,
    rail: theme.rail,
    sea: theme.sea,
    border: c.border,
    transshipment: c.transshipment,
    gauge: c.gauge,
  };
}
