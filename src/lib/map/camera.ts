import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Bounds, View } from '../geo/index.ts';
import { sameInsets, type Insets } from '../state/rects.ts';

// The imperative side: every camera call the app makes goes through these few functions, and
// keep-above.ts, the popups' own (loaded with them).

export interface FrameOptions {
  /** The free area's insets: the map's padding. */
  insets: Insets;
  /** Room kept around the box, in px, inside the free area. */
  margin: number;
  animate: boolean;
  maxZoom?: number;
  durationMs?: number;
}

/**
 * Makes `insets` the map's padding (https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setpadding),
 * so framing, the hash's centre and the popups' anchors all mean the free area, while the map
 * stays where it is on screen: the new centre is whatever lies under the free area's middle.
 */
export function keepPadding(map: MaplibreMap, insets: Insets): void {
  if (sameInsets(map.getPadding(), insets)) return;
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const x = insets.left + (w - insets.left - insets.right) / 2;
  const y = insets.top + (h - insets.top - insets.bottom) / 2;
  map.jumpTo({ center: map.unproject([x, y]), padding: insets });
}

/**
 * Fits a box in the free area, `margin` px from its edges, in one move that also makes the free
 * area's insets the map's padding (a margin the same on every side leaves the centre in place).
 */
export function frame(map: MaplibreMap, box: Bounds, o: FrameOptions): void {
  const m = o.margin;
  const { top, right, bottom, left } = o.insets;
  const camera = map.cameraForBounds(box, {
    padding: { top: top + m, right: right + m, bottom: bottom + m, left: left + m },
    absolutePadding: true,
    maxZoom: o.maxZoom ?? 7,
  });
  if (!camera) return;
  map.flyTo({
    ...camera,
    padding: o.insets,
    animate: o.animate,
    duration: o.durationMs ?? 1200,
  });
}

/** Centres a link's view in the free area. */
export function jump(map: MaplibreMap, view: View, insets: Insets): void {
  map.jumpTo({ center: view.center, zoom: view.zoom, padding: insets });
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
