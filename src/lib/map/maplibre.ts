import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * Under Vite the worker is an asset of our own origin. The single-file build inlines it as a
 * data: URL, which MapLibre, on a page served over http(s), would start through a blob: that
 * imports the data: URL, so the page's policy would have to allow data: scripts. A blob: of the
 * page's own origin holding the code itself needs only `worker-src blob:`; from file://, where
 * the origin is opaque, MapLibre reads that blob: and starts the worker from a data: URL.
 */
export function ownWorkerUrl(url: string): string {
  const match = /^data:([^,;]*)(;base64)?,(.*)$/s.exec(url);
  if (!match) return url;
  const [, type, base64, body = ''] = match;
  const code = base64
    ? Uint8Array.from(atob(body), (c) => c.charCodeAt(0))
    : decodeURIComponent(body);
  return URL.createObjectURL(new Blob([code], { type: type || 'text/javascript' }));
}

maplibregl.setWorkerUrl(ownWorkerUrl(workerUrl));

export { maplibregl };
