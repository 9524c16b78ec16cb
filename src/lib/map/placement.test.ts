import { describe, expect, test } from 'vitest';
import { MOVING_FADE_MS, skipRepeatedPlacementFrame, type PlacementHost } from './placement.ts';

/**
 * A style whose `_updatePlacement` behaves as MapLibre 6's does in the cases that matter here: it
 * commits a new placement when it places in full (always at `fadeDuration` 0), marks it stale
 * when labelled tiles arrived, and answers whether another frame is needed.
 */
function fakeStyle({ tilesArrived = true, done = true, commits = true } = {}) {
  const style: PlacementHost & { calls: number } = {
    calls: 0,
    placement: { stale: false },
    pauseablePlacement: { isDone: () => done },
    _updatePlacement() {
      this.calls++;
      if (commits) this.placement = { stale: false };
      if (tilesArrived) this.placement.stale = true;
      return !done || this.placement.stale;
    },
  };
  return style;
}

const update = (style: PlacementHost, fadeDuration: number) =>
  style._updatePlacement({}, false, fadeDuration);

describe('the frame MapLibre repeats after labelled tiles arrive', () => {
  test('is skipped when the placement just made in full already holds those tiles', () => {
    const style = fakeStyle();
    skipRepeatedPlacementFrame(style);
    expect(update(style, 0)).toBe(false);
    expect(style.placement.stale).toBe(false);
    expect(style.calls).toBe(1);
  });

  test('is drawn when labels fade in: their placement is spread over frames', () => {
    const style = fakeStyle();
    skipRepeatedPlacementFrame(style);
    expect(update(style, 300)).toBe(true);
    expect(style.placement.stale).toBe(true);
  });

  test('is drawn when no new placement was committed in this frame', () => {
    const style = fakeStyle({ commits: false });
    skipRepeatedPlacementFrame(style);
    expect(update(style, 0)).toBe(true);
    expect(style.placement.stale).toBe(true);
  });

  test('is drawn while a placement is still in progress', () => {
    const style = fakeStyle({ done: false });
    skipRepeatedPlacementFrame(style);
    expect(update(style, 0)).toBe(true);
  });

  test('nothing changes when no labelled tile arrived', () => {
    const style = fakeStyle({ tilesArrived: false });
    skipRepeatedPlacementFrame(style);
    expect(update(style, 0)).toBe(false);
    expect(style.placement.stale).toBe(false);
  });
});

describe('labels while the camera moves', () => {
  /** A style that records the fade MapLibre is asked to place its labels with. */
  function movingStyle(moving: boolean) {
    const fades: number[] = [];
    const style: PlacementHost = {
      map: { isMoving: () => moving },
      placement: { stale: false },
      pauseablePlacement: { isDone: () => true },
      _updatePlacement(_transform, _boxes, fadeDuration) {
        fades.push(fadeDuration);
        this.placement = { stale: false };
        return false;
      },
    };
    skipRepeatedPlacementFrame(style);
    return { style, fades };
  }

  test("are placed with MapLibre's default fade, so not again in every frame of a flight", () => {
    const { style, fades } = movingStyle(true);
    update(style, 0);
    expect(fades).toEqual([MOVING_FADE_MS]);
    expect(MOVING_FADE_MS).toBeGreaterThan(0);
  });

  test('are placed in full, at once, when the camera is still', () => {
    const { style, fades } = movingStyle(false);
    update(style, 0);
    expect(fades).toEqual([0]);
  });
});
