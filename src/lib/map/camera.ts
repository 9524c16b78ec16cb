import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Bounds, View } from '../geo/index.ts';

// The imperative side: every camera call the app makes goes through these few functions.

export interface FrameOptions {
  padding: { top: number; bottom: number; left: number; right: number };
  animate: boolean;
  maxZoom?: number;
  durationMs?: number;
}

/** Fits a box in the view, inside the padding the panel or a caption leaves free. */
export function frame(map: MaplibreMap, box: Bounds, o: FrameOptions): void {
  map.fitBounds(box, {
    padding: o.padding,
    maxZoom: o.maxZoom ?? 7,
    animate: o.animate,
    duration: o.durationMs ?? 1200,
  });
}

export function jump(map: MaplibreMap, view: View): void {
  map.jumpTo({ center: view.center, zoom: view.zoom });
}

export function currentView(map: MaplibreMap): View {
  const { lng, lat } = map.getCenter();
  return { zoom: map.getZoom(), center: [lng, lat] };
}

/** Calls back whenever the camera comes to rest; returns the function that stops it. */
export function onSettled(map: MaplibreMap, callback: () => void): () => void {
  map.on('moveend', callback);
  return () => map.off('moveend', callback);
}

/** The map's own arrow-key panning, off while a clicker drives the show. */
export function setKeyboardPanning(map: MaplibreMap, enabled: boolean): void {
  if (enabled) map.keyboard.enable();
  else map.keyboard.disable();
}
