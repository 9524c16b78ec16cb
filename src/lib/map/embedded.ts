import type { FeatureCollection, Point } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import topology from 'virtual:basemap';
import seaLabels from '../../../geo/basemap/sea-labels.json';
import { decodeBasemap } from './basemap.ts';
import { createBasemapStyle } from './style.ts';
import { THEMES, type ThemeName } from './themes.ts';

const data = decodeBasemap(topology);
const seas = seaLabels as FeatureCollection<Point, { name: string; rank: number }>;

/** The offline basemap style for a theme, built from the data embedded in the bundle. */
export function embeddedStyle(theme: ThemeName, textScale = 1): StyleSpecification {
  return createBasemapStyle({ theme: THEMES[theme], data, seaLabels: seas, textScale });
}
