import { describe, expect, test } from 'vitest';
import { holdFramesWhileLoading, skipEmptyFirstDraw, type FrameHost } from './first-frames.ts';

/** A map that counts the frames it is asked for, with tiles loading or not, and a fake clock. */
function fakeMap({ deferred = false } = {}) {
  const queue: (() => void)[] = [];
  /** Runs what the map deferred to the end of the current task. */
  const flush = () => queue.splice(0).forEach((run) => run());
  const listeners = new Map<string, Set<(e: { sourceDataType?: string }) => void>>();
  const timers = new Map<number, { at: number; run: () => void }>();
  const state = { frames: 0, tilesLoaded: false, moving: false, time: 0, nextTimer: 1 };
  const map = {
    triggerRepaint() {
      state.frames++;
    },
    areTilesLoaded: () => state.tilesLoaded,
    isMoving: () => state.moving,
    on(type: string, listener: (e: { sourceDataType?: string }) => void) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
    },
    off(type: string, listener: (e: { sourceDataType?: string }) => void) {
      listeners.get(type)?.delete(listener);
    },
  } as FrameHost;
  const fire = (type: string, e: { sourceDataType?: string } = {}) =>
    [...(listeners.get(type) ?? [])].forEach((l) => l(e));
  /** MapLibre draws the frame it was asked for. */
  const render = () => fire('render');
  const advance = (ms: number) => {
    state.time += ms;
    for (const [id, t] of [...timers]) {
      if (t.at > state.time) continue;
      timers.delete(id);
      t.run();
    }
  };
  holdFramesWhileLoading(map, {
    maxHoldMs: 1000,
    now: () => state.time,
    setTimer: (run, ms) => {
      const id = state.nextTimer++;
      timers.set(id, { at: state.time + ms, run });
      return id;
    },
    clearTimer: (id) => timers.delete(id as number),
    defer: (run) => (deferred ? queue.push(run) : run()),
  });
  /** The first frame, asked for and drawn: from here on, frames wait for the tiles. */
  const started = () => {
    map.triggerRepaint();
    render();
  };
  return { map, state, fire, advance, listeners, started, flush };
}

describe('frames during the first load', () => {
  test('the first frame is drawn at once: it asks for the tiles', () => {
    const { map, state } = fakeMap();
    map.triggerRepaint();
    expect(state.frames).toBe(1);
  });

  test('a frame asked for while the first is drawn waits for the tiles that frame asks for', () => {
    const { map, state, fire, flush } = fakeMap({ deferred: true });
    map.triggerRepaint();
    flush();
    expect(state.frames).toBe(1);
    // MapLibre draws it: the style's update fires source events that ask for a frame, then
    // `render`, and only then does the task end.
    map.triggerRepaint();
    map.triggerRepaint();
    fire('render');
    flush();
    expect(state.frames).toBe(1);
    state.tilesLoaded = true;
    map.triggerRepaint();
    flush();
    expect(state.frames).toBe(2);
  });

  test('while tiles load, the frames asked for wait; once all are in, one frame is drawn', () => {
    const { map, state, started } = fakeMap();
    started();
    for (let i = 0; i < 5; i++) map.triggerRepaint();
    expect(state.frames).toBe(1);
    state.tilesLoaded = true;
    map.triggerRepaint();
    expect(state.frames).toBe(2);
  });

  test('a source whose data is ready gets a frame at once, which asks for its tiles', () => {
    const { map, state, fire, started } = fakeMap();
    started();
    map.triggerRepaint();
    fire('sourcedata', { sourceDataType: 'content' });
    expect(state.frames).toBe(1);
    fire('sourcedata', { sourceDataType: 'metadata' });
    expect(state.frames).toBe(2);
  });

  test('a camera on the move is drawn at every frame', () => {
    const { map, state, started } = fakeMap();
    started();
    state.moving = true;
    map.triggerRepaint();
    expect(state.frames).toBe(2);
  });

  test('slow tiles still show progress: a frame at least every maxHoldMs', () => {
    const { map, state, advance, started } = fakeMap();
    started();
    advance(300);
    map.triggerRepaint();
    map.triggerRepaint();
    advance(600);
    expect(state.frames).toBe(1);
    advance(100);
    expect(state.frames).toBe(2);
  });

  test('after the first idle, every frame asked for is drawn and the listeners are gone', () => {
    const { map, state, fire, listeners, started } = fakeMap();
    started();
    fire('idle');
    map.triggerRepaint();
    map.triggerRepaint();
    expect(state.frames).toBe(3);
    expect([...listeners.values()].every((set) => set.size === 0)).toBe(true);
  });
});

describe('the first frame, drawn before any tile has come', () => {
  /** A map whose painter counts what it draws. */
  function paintedMap(tilesLoaded: boolean) {
    const map = {
      drawn: 0,
      tilesLoaded,
      painter: {
        render() {
          map.drawn++;
        },
      },
      areTilesLoaded: () => map.tilesLoaded,
    };
    skipEmptyFirstDraw(map);
    return map;
  }

  test("draws nothing: the water it would show is the container's colour", () => {
    const map = paintedMap(false);
    map.painter.render();
    expect(map.drawn).toBe(0);
  });

  test('every frame after it draws, tiles or not', () => {
    const map = paintedMap(false);
    map.painter.render();
    map.painter.render();
    map.tilesLoaded = true;
    map.painter.render();
    expect(map.drawn).toBe(2);
  });

  test('draws when its tiles are already there', () => {
    const map = paintedMap(true);
    map.painter.render();
    expect(map.drawn).toBe(1);
  });
});
