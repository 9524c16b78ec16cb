import { describe, expect, test } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { buildBasemap } from '../../../scripts/basemap/build.ts';
import seaLabels from '../../../geo/basemap/sea-labels.json';
import { decodeBasemap } from './basemap.ts';
import { createBasemapStyle, BASEMAP_LAYER_IDS } from './style.ts';
import { THEMES, type ThemeName } from './themes.ts';
import type { FeatureCollection, Point } from 'geojson';

const data = decodeBasemap(buildBasemap());
const seas = seaLabels as FeatureCollection<Point, { name: string; rank: number }>;

describe.each(Object.keys(THEMES) as ThemeName[])('the %s basemap style', (name) => {
  const style = createBasemapStyle({ theme: THEMES[name], data, seaLabels: seas, textScale: 1.5 });

  test('validates against the MapLibre style specification', () => {
    expect(validateStyleMin(style as StyleSpecification)).toEqual([]);
  });

  test('needs no network: no glyphs, sprite or URL sources', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  test('paints water and land in the theme colours, with stable layer ids', () => {
    const layer = (id: string) => style.layers.find((l) => l.id === id);
    expect(layer(BASEMAP_LAYER_IDS.water)?.paint).toMatchObject({
      'background-color': THEMES[name].water,
    });
    expect(layer(BASEMAP_LAYER_IDS.land)?.paint).toMatchObject({ 'fill-color': THEMES[name].land });
    expect(new Set(style.layers.map((l) => l.id)).size).toBe(style.layers.length);
  });
});

test('every sea label lies on water', async () => {
  const { booleanPointInPolygon } = await import('@turf/turf');
  for (const sea of seas.features) {
    const onLand = data.countries.features.find((c) => booleanPointInPolygon(sea, c));
    expect(onLand?.properties.name, sea.properties.name).toBeUndefined();
  }
});
