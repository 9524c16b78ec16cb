/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:basemap' {
  /** The basemap's PMTiles archive: a URL of the page's origin, or a data: URL. */
  export const url: string;
  /** The deepest zoom the archive has tiles for; MapLibre over-zooms beyond it. */
  export const maxZoom: number;
}

interface ImportMetaEnv {
  /** URL of an online MapLibre style to use instead of the embedded basemap. */
  readonly VITE_BASEMAP_STYLE?: string;
}

interface Window {
  /** The map instance, as in MapLibre's own examples: for the console and for tests. */
  map?: import('maplibre-gl').Map;
}
