import { describe, expect, test } from 'vitest';
import { placePopup, popupBox, seenLengthPx, shiftInto } from './popup-place.ts';
import { contains } from '../state/rects.ts';
import type { ScreenPoint } from './pick.ts';

const room = Object.freeze({ left: 0, top: 0, right: 1000, bottom: 800 });
const size = Object.freeze({ width: 300, height: 200 });
const line = (...points: ScreenPoint[]) => Object.freeze(points.map((p) => Object.freeze(p)));

describe('popupBox', () => {
  test('lays the popup out as MapLibre anchors it, the tip between it and its point', () => {
    expect(popupBox('bottom', [500, 400], size, 10)).toEqual({
      left: 350,
      top: 190,
      right: 650,
      bottom: 400,
    });
    expect(popupBox('left', [500, 400], size, 10)).toEqual({
      left: 500,
      top: 300,
      right: 810,
      bottom: 500,
    });
    expect(popupBox('top-right', [500, 400], size, 10)).toEqual({
      left: 200,
      top: 400,
      right: 500,
      bottom: 610,
    });
  });
});

describe('seenLengthPx', () => {
  test('counts the line inside the room and outside the cover', () => {
    const l = line([0, 100], [1000, 100]);
    expect(seenLengthPx([l], room, { left: 200, top: 0, right: 400, bottom: 800 })).toBeCloseTo(
      800,
      0,
    );
    // Panned 300 px to the right, the first 300 px leave the room... and 300 come in unseen.
    expect(
      seenLengthPx([l], room, { left: 200, top: 0, right: 400, bottom: 800 }, [300, 0]),
    ).toBeCloseTo(500, 0);
  });
});

describe('placePopup', () => {
  test('a line running up from the point: the popup opens below it, the line all in sight', () => {
    const l = line([500, 400], [500, 50]);
    const placed = placePopup([l], [500, 400], size, room, 10);
    expect(placed.anchor.startsWith('top')).toBe(true);
    expect(placed.seenPx).toBeCloseTo(350, 0);
  });

  test('a line through the point from lower left to upper right: the popup takes another corner', () => {
    const l = line([100, 700], [500, 400], [900, 100]);
    const placed = placePopup([l], [500, 400], size, room, 10);
    expect(['top-left', 'bottom-right']).toContain(placed.anchor);
    expect(placed.seenPx).toBeGreaterThan(990);
  });

  test('near the room edge it still fits: the pan it needs is returned and counted', () => {
    const l = line([950, 790], [950, 500]);
    const placed = placePopup([l], [950, 790], size, room, 10);
    const box = popupBox(placed.anchor, [950, 790], size, 10);
    const moved = {
      left: box.left + placed.shift[0],
      top: box.top + placed.shift[1],
      right: box.right + placed.shift[0],
      bottom: box.bottom + placed.shift[1],
    };
    expect(moved.left).toBeGreaterThanOrEqual(0);
    expect(moved.right).toBeLessThanOrEqual(1000);
    expect(moved.top).toBeGreaterThanOrEqual(0);
    expect(moved.bottom).toBeLessThanOrEqual(800);
    expect(placed.anchor.endsWith('right')).toBe(true);
    expect(placed.seenPx).toBeGreaterThan(250);
  });

  test('with nothing to keep in sight, MapLibre’s own first choice: above the point', () => {
    expect(placePopup([], [500, 400], size, room, 10).anchor).toBe('bottom');
  });
});

describe('shiftInto: moving a popup into the room', () => {
  const box = (left: number, top: number, right: number, bottom: number) =>
    Object.freeze({ left, top, right, bottom });
  const room = box(400, 50, 1270, 790);

  test('a box inside does not move', () => {
    expect(shiftInto(box(500, 100, 700, 300), room)).toEqual([0, 0]);
  });

  test('a box sticking out moves just enough, on each axis', () => {
    const moved = shiftInto(box(300, 20, 600, 200), room);
    expect(moved).toEqual([100, 30]);
    expect(contains(room, box(400, 50, 700, 230))).toBe(true);
  });

  test('a box taller than the room keeps its top (title, close button) in view', () => {
    expect(shiftInto(box(500, 0, 700, 900), room)).toEqual([0, 50]);
  });
});
