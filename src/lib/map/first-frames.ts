/** The part of a MapLibre map this module touches. */
export interface FrameHost {
  triggerRepaint(): void;
  areTilesLoaded(): boolean;
  isMoving(): boolean;
  on(type: 'render' | 'idle', listener: () => void): unknown;
  on(type: 'sourcedata', listener: (e: { sourceDataType?: string }) => void): unknown;
  off(type: 'render' | 'idle', listener: () => void): unknown;
  off(type: 'sourcedata', listener: (e: { sourceDataType?: string }) => void): unknown;
}

export interface HoldOptions {
  /** The longest the map goes without a frame while tiles load, so a slow network still shows progress. */
  maxHoldMs: number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** Runs `run` once the current task's own work is done (a microtask). */
  defer?: (run: () => void) => void;
}

/**
 * Until the map's first `idle`, draws a frame only when no tile of the view is still loading,
 * instead of one each time a tile or a source arrives. MapLibre asks for a frame at every arrival;
 * with software WebGL a frame costs 100 ms at 1280×800 and 400 ms at 3840×2160, and while one is
 * drawn the main thread cannot answer the worker (the glyphs of a tile with labels), so the first
 * load drew eight or nine frames, most of them of a half-loaded map. Frames still come at once for
 * the first one (it asks for the tiles), a source whose data is ready (its tiles are asked for in
 * the next frame), a camera on the move, and at least every `maxHoldMs`. A frame is asked for
 * during a frame too (the sources' events as the style updates), before that frame's `render`:
 * each request is weighed once the task that made it is done, so one made while the first frame
 * is drawn waits for the tiles that frame asks for, like any other.
 */
export function holdFramesWhileLoading(
  map: FrameHost,
  {
    maxHoldMs,
    now = () => performance.now(),
    setTimer = (run, ms) => setTimeout(run, ms),
    clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    defer = queueMicrotask,
  }: HoldOptions,
): void {
  const trigger = map.triggerRepaint.bind(map);
  let lastFrame: number | undefined;
  let timer: unknown;
  const draw = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    trigger();
  };
  let asked = false;
  let idle = false;
  const decide = () => {
    asked = false;
    if (idle) return trigger(); // the first idle came in between
    if (lastFrame === undefined || map.isMoving() || map.areTilesLoaded()) return draw();
    timer ??= setTimer(draw, Math.max(0, lastFrame + maxHoldMs - now()));
  };
  const hold = () => {
    if (asked) return;
    asked = true;
    defer(decide);
  };
  map.triggerRepaint = hold;
  const onRender = () => (lastFrame = now());
  const onSource = (e: { sourceDataType?: string }) => {
    if (e.sourceDataType === 'metadata') draw();
  };
  const onIdle = () => {
    idle = true;
    map.triggerRepaint = trigger;
    if (timer !== undefined) clearTimer(timer);
    map.off('render', onRender);
    map.off('sourcedata', onSource);
    map.off('idle', onIdle);
  };
  map.on('render', onRender);
  map.on('sourcedata', onSource);
  map.on('idle', onIdle);
}

/** The part of a MapLibre map `skipEmptyFirstDraw` touches. */
export interface PaintHost {
  painter: { render(...args: never[]): void };
  areTilesLoaded(): boolean;
}

/**
 * The map's first frame asks for the view's tiles, and none has come yet: it would draw the water
 * alone, the colour the map's container already has (App.svelte). With software WebGL that is a
 * task of about 100 ms at 1280×800 that delays the worker's first tiles. The first frame does all
 * the rest (the camera, the tiles asked for, its `render` event) but draws only if its tiles are
 * there; every later frame draws.
 */
export function skipEmptyFirstDraw(map: PaintHost): void {
  const { painter } = map;
  const render = painter.render;
  painter.render = function (...args) {
    painter.render = render;
    if (map.areTilesLoaded()) render.apply(this, args);
  };
}
