/** The part of MapLibre's style this module touches (`Style` in MapLibre 6). */
export interface PlacementHost {
  map?: { isMoving(): boolean };
  placement: { stale: boolean };
  pauseablePlacement?: { isDone(): boolean };
  _updatePlacement(
    transform: unknown,
    showCollisionBoxes: boolean,
    fadeDuration: number,
    ...rest: never[]
  ): boolean;
}

/**
 * The labels' fade while the camera moves: MapLibre's default `fadeDuration`, with which it
 * places labels again every 300 ms of a move instead of in every frame.
 */
export const MOVING_FADE_MS = 300;

/**
 * Skips the frame MapLibre draws again, unchanged, after every frame in which tiles with labels
 * arrived. When such tiles come in, `Style._updatePlacement` marks the placement it has just made
 * stale, in case a placement spread over several frames had placed the old tiles; a stale
 * placement asks for one more frame before the map can be idle. With `fadeDuration` 0 (as here)
 * MapLibre places every label of every tile in full in each frame, so the placement of that frame
 * already holds the new tiles and the frame after draws the same picture: at 3840×2160 with
 * software WebGL, a second of work before the first idle. Only a placement committed in the same
 * call, in full, loses the mark; any other stays as MapLibre leaves it.
 *
 * And while the camera moves, labels are placed as with MapLibre's default fade (`MOVING_FADE_MS`)
 * instead: at `fadeDuration` 0 MapLibre places every label of every tile in each frame of a
 * flight, which then costs more of a frame than any of our layers. The first frame after the
 * move places them in full, at once, as at rest.
 */
export function skipRepeatedPlacementFrame(style: PlacementHost): void {
  const update = style._updatePlacement;
  style._updatePlacement = function (this: PlacementHost, ...args) {
    if (this.map?.isMoving()) args[2] = MOVING_FADE_MS;
    const before = this.placement;
    const dirty = update.apply(this, args);
    const fadeDuration = args[2];
    const fullAndNew = fadeDuration === 0 && this.placement !== before;
    if (dirty && fullAndNew && this.pauseablePlacement?.isDone() && this.placement.stale) {
      this.placement.stale = false;
      return false;
    }
    return dirty;
  };
}

const patched = new WeakSet<PlacementHost>();

/** The same for each style the map takes: the first, and any later `setStyle` that replaces it. */
export function skipRepeatedPlacementFrames(map: {
  style?: PlacementHost;
  on(type: 'style.load', listener: () => void): unknown;
}): void {
  const patch = () => {
    if (!map.style || patched.has(map.style)) return;
    patched.add(map.style);
    skipRepeatedPlacementFrame(map.style);
  };
  patch();
  map.on('style.load', patch);
}
