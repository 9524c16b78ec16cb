import { describe, expect, test } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { booleanPointInPolygon } from '@turf/turf';
import { buildCountries } from '../../../scripts/basemap/build.ts';
import { readSeaLabels } from '../../../scripts/basemap/water.ts';
import { SOURCE_LAYERS } from '../../../scripts/basemap/tiles.ts';
import { createBasemapStyle, BASEMAP_LAYER_IDS, BASEMAP_TILES } from './style.ts';
import { THEMES, type ThemeName } from './themes.ts';

describe.each(Object.keys(THEMES) as ThemeName[])('the %s basemap style', (name) => {
  const style = createBasemapStyle({ theme: THEMES[name], maxZoom: 5, textScale: 1.5 });
  const layer = (id: string) => style.layers.find((l) => l.id === id);

  test('validates against the MapLibre style specification', () => {
    expect(validateStyleMin(style as StyleSpecification)).toEqual([]);
  });

  test('needs no network: no glyphs, sprite or URL; tiles come from the built-in archive', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source).toMatchObject({ type: 'vector', tiles: [BASEMAP_TILES.url] });
      expect(source).not.toHaveProperty('url');
    }
    expect(Object.values(style.sources).map((s) => (s as { maxzoom: number }).maxzoom)).toEqual([
      5, 2,
    ]);
  });

  test("served tiles: both sources read the page's own tile files, and the style still validates", () => {
    const tiles = 'https://corridor.example/assets/basemap-0123abcd/{z}/{x}/{y}.pbf';
    const served = createBasemapStyle({ theme: THEMES[name], maxZoom: 5, tiles });
    expect(validateStyleMin(served as StyleSpecification)).toEqual([]);
    for (const source of Object.values(served.sources))
      expect(source).toMatchObject({ tiles: [tiles] });
  });

  test('every layer reads a layer the archive has', () => {
    for (const l of style.layers) {
      if (l.type === 'background') continue;
      expect(SOURCE_LAYERS, l.id).toContain(l['source-layer']);
    }
  });

  test('paints water, lakes, rivers and land in the theme colours, with stable layer ids', () => {
    expect(layer(BASEMAP_LAYER_IDS.water)?.paint).toMatchObject({
      'background-color': THEMES[name].water,
    });
    expect(layer(BASEMAP_LAYER_IDS.land)?.paint).toMatchObject({ 'fill-color': THEMES[name].land });
    expect(layer(BASEMAP_LAYER_IDS.lakes)?.paint).toMatchObject({
      'fill-color': THEMES[name].water,
    });
    expect(layer(BASEMAP_LAYER_IDS.rivers)?.paint).toMatchObject({
      'line-color': THEMES[name].river,
    });
    expect(new Set(style.layers.map((l) => l.id)).size).toBe(style.layers.length);
  });

  test("leaves the flat map's water to the map's container: its layer is hidden until the globe", () => {
    expect(layer(BASEMAP_LAYER_IDS.water)).toMatchObject({
      type: 'background',
      layout: { visibility: 'none' },
    });
    const hidden = style.layers.filter((l) => l.layout?.visibility === 'none').map((l) => l.id);
    expect(hidden).toEqual([BASEMAP_LAYER_IDS.water]);
  });

  test('draws the water layer on the globe, whose surroundings are space', () => {
    const globe = createBasemapStyle({ theme: THEMES[name], maxZoom: 5, globe: true });
    expect(globe.layers.filter((l) => l.layout?.visibility === 'none')).toEqual([]);
    expect(globe.layers.find((l) => l.id === BASEMAP_LAYER_IDS.water)?.layout).toEqual({
      visibility: 'visible',
    });
  });
});

test('every sea label lies on water', () => {
  const { countries } = buildCountries();
  for (const sea of readSeaLabels().features) {
    const onLand = countries.features.find((c) => booleanPointInPolygon(sea, c));
    expect(onLand?.properties.name, sea.properties.name ?? '').toBeUndefined();
  }
});
