import { describe, expect, test } from 'vitest';
import {
  createPropertyExpression,
  isExpression,
  latest,
  validateStyleMin,
  type SourceSpecification,
  type StylePropertySpecification,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FlightCollection, NodeCollection, SegmentCollection } from '../geo/index.ts';
import {
  corridorLayerStyles,
  corridorLines,
  LABEL_FILTERS,
  LAYER_IDS,
  LINE_FILTERS,
  PROMOTE_IDS,
  SOURCE_IDS,
  SOURCE_LAYERS,
  corridorTileLayers,
} from './layers.ts';
import { stateTarget } from './feature-state.ts';
import { THEMES, type ThemeName } from './themes.ts';
import { BASEMAP_LAYER_IDS, createBasemapStyle } from './style.ts';

const tiles: SourceSpecification = {
  type: 'vector',
  tiles: ['corridor://{z}/{x}/{y}'],
  promoteId: PROMOTE_IDS,
};

describe.each(Object.keys(THEMES) as ThemeName[])('corridor layers in the %s theme', (name) => {
  test('are valid style-spec layers at any text scale', () => {
    for (const scale of [1, 2.5]) {
      const s = corridorLayerStyles(THEMES[name], scale);
      const line = (id: string, filter: unknown, l: { layout?: object; paint: object }) => ({
        id,
        type: 'line' as const,
        source: SOURCE_IDS.corridor,
        'source-layer': SOURCE_LAYERS.lines,
        filter,
        ...l,
      });
      const style = {
        version: 8,
        sources: { [SOURCE_IDS.corridor]: tiles },
        layers: [
          line(LAYER_IDS.flightsHalo, LINE_FILTERS.flights, s.flightsHalo),
          line(LAYER_IDS.flights, LINE_FILTERS.flights, s.flights),
          line(LAYER_IDS.flightsHit, LINE_FILTERS.flights, s.hit),
          line(LAYER_IDS.routeHalo, LINE_FILTERS.segments, s.routeHalo),
          line(LAYER_IDS.routeCasing, LINE_FILTERS.rail, s.routeCasing),
          line(LAYER_IDS.routeRail, LINE_FILTERS.rail, s.routeRail),
          line(LAYER_IDS.routeSea, LINE_FILTERS.sea, s.routeSea),
          line(LAYER_IDS.routeHit, LINE_FILTERS.segments, s.hit),
          {
            id: LAYER_IDS.nodes,
            type: 'circle',
            source: SOURCE_IDS.corridor,
            'source-layer': SOURCE_LAYERS.nodes,
            paint: s.nodes.paint,
          },
          {
            id: LAYER_IDS.nodeLabels,
            type: 'symbol',
            source: SOURCE_IDS.corridor,
            'source-layer': SOURCE_LAYERS.nodes,
            filter: LABEL_FILTERS.major,
            ...s.nodeLabels,
          },
          {
            id: LAYER_IDS.nodeLabelsMinor,
            type: 'symbol',
            source: SOURCE_IDS.corridor,
            'source-layer': SOURCE_LAYERS.nodes,
            filter: LABEL_FILTERS.minor,
            ...s.nodeLabels,
          },
        ],
      } as StyleSpecification;
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    }
  });
});

describe('the shared source of segments and flights', () => {
  const line = [
    [49.9, 40.4],
    [51.2, 43.6],
  ];
  const segments = Object.freeze<SegmentCollection>({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: line },
        properties: { id: 'baku', name: 'Alat – Aktau', mode: 'sea', route: 'main', main: true },
      },
    ],
  });
  const flights = Object.freeze<FlightCollection>({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: line },
        properties: { id: 'baku', name: 'Ürümqi – Baku', mode: 'air' },
      },
    ],
  });

  test('keeps every line and its properties, each with a ref its state is set by', () => {
    const lines = corridorLines(segments, flights);
    expect(lines.features.map((f) => f.properties)).toEqual([
      { ...segments.features[0]!.properties, ref: stateTarget({ kind: 'segment', id: 'baku' }).id },
      { ...flights.features[0]!.properties, ref: stateTarget({ kind: 'flight', id: 'baku' }).id },
    ]);
    expect(new Set(lines.features.map((f) => f.properties.ref)).size).toBe(2);
    expect(segments.features[0]!.properties).not.toHaveProperty('ref');
  });

  test('a place keeps its own layer and id; a line is found in the shared layer by its ref', () => {
    expect(stateTarget({ kind: 'node', id: 'baku' })).toEqual({
      source: SOURCE_IDS.corridor,
      sourceLayer: SOURCE_LAYERS.nodes,
      id: 'baku',
    });
    expect(stateTarget({ kind: 'flight', id: 'baku' })).toMatchObject({
      source: SOURCE_IDS.corridor,
      sourceLayer: SOURCE_LAYERS.lines,
    });
  });

  test('the tiles keep what the layers and a click read, under the ids the state is set by', () => {
    const nodes = Object.freeze<NodeCollection>({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: line[0]! },
          properties: { id: 'baku', name: 'Baku', label: 'Baku', kind: 'port', hub: true },
        },
      ],
    });
    const layers = corridorTileLayers(segments, flights, nodes);
    const ids = (layer: keyof typeof layers) =>
      layers[layer].features.map((f) => f.properties?.[PROMOTE_IDS[layer]]);
    expect(ids('lines')).toEqual(
      [
        stateTarget({ kind: 'segment', id: 'baku' }),
        stateTarget({ kind: 'flight', id: 'baku' }),
      ].map((t) => t.id),
    );
    expect(ids('nodes')).toEqual([stateTarget({ kind: 'node', id: 'baku' }).id]);
    expect(layers.lines.features.map((f) => f.properties)).toEqual([
      { id: 'baku', ref: 'segment:baku', mode: 'sea', main: true },
      { id: 'baku', ref: 'flight:baku', mode: 'air' },
    ]);
    expect(layers.nodes.features[0]!.properties).toEqual({
      id: 'baku',
      label: 'Baku',
      kind: 'port',
      hub: true,
    });
    expect(layers.lines.features[0]!.geometry).toEqual(segments.features[0]!.geometry);
  });
});

/**
 * What decides which shader program MapLibre links for a layer of this type: for each paint
 * property that may vary per feature, whether it is a uniform (constant or by zoom only), a
 * vertex attribute (per feature) or both (per feature and zoom).
 */
function programKey(type: 'line' | 'symbol', paint: object = {}): string {
  const specs: Record<string, object> = latest[`paint_${type}`];
  const binding = { constant: 'uniform', camera: 'uniform', source: 'feature', composite: 'zoom' };
  return Object.entries(specs)
    .map(([name, spec]) => [name, spec as StylePropertySpecification] as const)
    .filter(([, spec]) => /data-driven/.test(spec['property-type']))
    .map(([name, spec]) => {
      const value = (paint as Record<string, unknown>)[name];
      if (!isExpression(value)) return `${name}: uniform`;
      const parsed = createPropertyExpression(value, name, spec);
      if (parsed.result !== 'success') throw new Error(`${name}: ${parsed.value[0]?.message}`);
      return `${name}: ${binding[parsed.value.kind]}`;
    })
    .join(', ');
}

describe.each(Object.keys(THEMES) as ThemeName[])('shader programs in the %s theme', (name) => {
  test.each([1, 2.5])(
    'the solid corridor lines share one, the dashed ones another (text scale %s)',
    (scale) => {
      const s = corridorLayerStyles(THEMES[name], scale);
      const solid = [s.flightsHalo, s.routeHalo, s.routeCasing, s.routeRail];
      const dashed = [s.flights, s.routeSea];
      for (const group of [solid, dashed]) {
        const keys = group.map((l) => programKey('line', l.paint));
        expect(new Set(keys).size, keys.join('\n')).toBe(1);
      }
      for (const l of dashed) expect(l.paint).toHaveProperty('line-dasharray');
      for (const l of solid) expect(l.paint).not.toHaveProperty('line-dasharray');
    },
  );

  test("every label, the basemap's and the corridor's places', shares one", () => {
    const basemap = createBasemapStyle({ theme: THEMES[name], maxZoom: 5 });
    const labels = basemap.layers.filter((l) => l.type === 'symbol');
    expect(labels.map((l) => l.id)).toContain(BASEMAP_LAYER_IDS.countryLabels);
    const keys = [
      ...labels.map((l) => programKey('symbol', l.paint)),
      programKey('symbol', corridorLayerStyles(THEMES[name]).nodeLabels.paint),
    ];
    expect(new Set(keys).size, keys.join('\n')).toBe(1);
  });
});
