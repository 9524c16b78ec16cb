import { along, bbox, length, lineString } from '@turf/turf';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Corridor, LngLat } from '../geo/index.ts';
import type { PickKind } from '../state/selection.svelte.ts';

export type Bounds = [[number, number], [number, number]];

function coordinatesOf(corridor: Corridor, kind: PickKind, ids: readonly string[]): LngLat[] {
  const wanted = new Set(ids);
  if (kind === 'node') {
    return [...corridor.nodes.values()].filter((n) => wanted.has(n.id)).map((n) => n.coordinates);
  }
  const lines = kind === 'segment' ? corridor.segments : corridor.flights;
  return lines.filter((l) => wanted.has(l.id)).flatMap((l) => l.coordinates);
}

/** The box around some features, for `fitBounds`; undefined when none is known. */
export function boundsOf(
  corridor: Corridor,
  kind: PickKind,
  ids: readonly string[],
): Bounds | undefined {
  const points = coordinatesOf(corridor, kind, ids);
  if (points.length === 0) return undefined;
  const [w, s, e, n] = bbox({ type: 'MultiPoint', coordinates: points });
  return [
    [w, s],
    [e, n],
  ];
}

/** The box around everything the corridor draws: the first view at any window size. */
export function corridorBounds(corridor: Corridor): Bounds {
  const all = [
    ...corridor.segments.flatMap((s) => s.coordinates),
    ...corridor.flights.flatMap((f) => f.coordinates),
  ];
  const [w, s, e, n] = bbox({ type: 'MultiPoint', coordinates: all });
  return [
    [w, s],
    [e, n],
  ];
}

/** Where a popup points for a feature chosen from a list: halfway along a line, or the node. */
export function anchorOf(corridor: Corridor, kind: PickKind, id: string): LngLat | undefined {
  if (kind === 'node') return corridor.nodes.get(id)?.coordinates;
  const line = (kind === 'segment' ? corridor.segments : corridor.flights).find((l) => l.id === id);
  if (!line) return undefined;
  const feature = lineString(line.coordinates.map(([x, y]) => [x, y]));
  const [x, y] = along(feature, length(feature) / 2).geometry.coordinates;
  return [x!, y!];
}

/** The box around several boxes; undefined ones are skipped. */
export function unionBounds(boxes: readonly (Bounds | undefined)[]): Bounds | undefined {
  const known = boxes.filter((b): b is Bounds => b !== undefined);
  if (known.length === 0) return undefined;
  return [
    [Math.min(...known.map((b) => b[0][0])), Math.min(...known.map((b) => b[0][1]))],
    [Math.max(...known.map((b) => b[1][0])), Math.max(...known.map((b) => b[1][1]))],
  ];
}

// The imperative side: every camera call the app makes goes through these few functions.

export interface View {
  zoom: number;
  center: [number, number];
}

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
