/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:basemap' {
  /**
   * The basemap's tiles as an absolute URL template (`…/{z}/{x}/{y}.pbf`) of the page's origin,
   * or undefined where the archive is inlined instead (the single-file build).
   */
  export const tiles: string | undefined;
  /** The basemap's PMTiles archive as a data: URL, or undefined where tiles are served. */
  export const url: string | undefined;
  /** The deepest zoom the archive has tiles for; MapLibre over-zooms beyond it. */
  export const maxZoom: number;
  export const bounds: [number, number, number, number];
}

interface ImportMetaEnv {
  /** URL of an online MapLibre style to use instead of the embedded basemap. */
  readonly VITE_BASEMAP_STYLE?: string;
  /** Further origins a `?style=` link may load a style from, separated by spaces or commas. */
  readonly VITE_STYLE_ORIGINS?: string;
}

interface Window {
  /**
   * The live map, set by MapView for those outside the app that drive or measure it: the e2e tests
   * (tests/e2e), the benchmark and the screenshots (scripts/), and the browser console. Nothing
   * in the app reads it.
   */
  map?: import('maplibre-gl').Map;
}

declare module 'virtual:naive-geojson' {
  /** world-atlas 1:50m countries, as a GeoJSON file of the benchmark's naive page. */
  export const countries: string;
  /** Their land borders, as a GeoJSON file. */
  export const borders: string;
}

declare module 'virtual:corridor-tiles' {
  /** The corridor's tiles as an absolute URL template of the page's origin, as `virtual:basemap`. */
  export const tiles: string | undefined;
  /** The corridor's PMTiles archive as a data: URL, or undefined where tiles are served. */
  export const url: string | undefined;
  /** The deepest zoom cut; MapLibre over-zooms beyond it. */
  export const maxZoom: number;
  /** [west, south, east, north]: MapLibre asks for no tile outside this box. */
  export const bounds: [number, number, number, number];
}

declare module 'virtual:corridor' {
  /** geo/ as the build parsed and checked it (scripts/vite-plugin-corridor.ts). */
  const prepared: import('./lib/geo/prepared.ts').PreparedCorridor;
  export default prepared;
}
