import { describe, expect, test } from 'vitest';
import {
  validateStyleMin,
  type SourceSpecification,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { corridorLayerStyles, LABEL_FILTERS, LAYER_IDS } from './layers.ts';
import { THEMES, type ThemeName } from './themes.ts';

const empty: SourceSpecification = {
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
};

describe.each(Object.keys(THEMES) as ThemeName[])('corridor layers in the %s theme', (name) => {
  test('are valid style-spec layers at any text scale', () => {
    for (const scale of [1, 2.5]) {
      const s = corridorLayerStyles(THEMES[name], scale);
      const line = (id: string, l: { layout?: object; paint: object }) => ({
        id,
        type: 'line' as const,
        source: 'segments',
        ...l,
      });
      const style = {
        version: 8,
        sources: { segments: empty, nodes: empty },
        layers: [
          line(LAYER_IDS.flightsHalo, s.flightsHalo),
          line(LAYER_IDS.flights, s.flights),
          line(LAYER_IDS.routeHalo, s.routeHalo),
          line(LAYER_IDS.routeCasing, s.routeCasing),
          line(LAYER_IDS.routeRail, s.routeRail),
          line(LAYER_IDS.routeSea, s.routeSea),
          line(LAYER_IDS.routeHit, s.hit),
          { id: LAYER_IDS.nodes, type: 'circle', source: 'nodes', paint: s.nodes.paint },
          {
            id: LAYER_IDS.nodeLabels,
            type: 'symbol',
            source: 'nodes',
            filter: LABEL_FILTERS.major,
            ...s.nodeLabels,
          },
          {
            id: LAYER_IDS.nodeLabelsMinor,
            type: 'symbol',
            source: 'nodes',
            filter: LABEL_FILTERS.minor,
            ...s.nodeLabels,
          },
        ],
      } as StyleSpecification;
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    }
  });
});
