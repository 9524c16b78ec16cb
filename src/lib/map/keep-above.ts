import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Bounds } from '../geo/index.ts';
import { contains } from '../state/rects.ts';

// The popups' one camera move, apart from camera.ts so that it comes with them, not with the
// map's first view.

/**
 * Eases the map, never closer in, so that `box` shows whole above the bottom `coverPx` px of the
 * map (a sheet over it), `margin` px clear of it and of the map's padding; unless it already does.
 */
export function keepAbove(
  map: MaplibreMap,
  box: Bounds,
  coverPx: number,
  margin: number,
  animate: boolean,
): void {
  const { top = 0, right = 0, bottom = 0, left = 0 } = map.getPadding();
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const [a, b] = [map.project(box[0]), map.project(box[1])];
  const room = {
    left: left + margin,
    top: top + margin,
    right: w - right - margin,
    bottom: h - Math.max(coverPx, bottom) - margin,
  };
  const onScreen = {
    left: Math.min(a.x, b.x),
    top: Math.min(a.y, b.y),
    right: Math.max(a.x, b.x),
    bottom: Math.max(a.y, b.y),
  };
  const shows = contains(room, onScreen, 0);
  if (shows || room.bottom <= room.top) return;
  // Added to the map's padding (the free area), so the camera keeps that padding.
  const camera = map.cameraForBounds(box, {
    padding: {
      top: margin,
      right: margin,
      left: margin,
      bottom: Math.max(0, coverPx - bottom) + margin,
    },
    maxZoom: map.getZoom(),
  });
  if (camera) map.easeTo({ ...camera, animate, duration: 300 });
}
