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
  /** The map instance, as in MapLibre's own examples: for the console and for tests. */
  map?: import('maplibre-gl').Map;
}
