/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:basemap' {
  import type { Topology } from 'topojson-specification';
  const topology: Topology;
  export default topology;
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
