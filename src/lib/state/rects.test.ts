import { describe, expect, test } from 'vitest';
import { insetsOf, largestFreeRect, overlaps, type Rect } from './rects.ts';

const screen: Rect = Object.freeze({ left: 0, top: 0, right: 1280, bottom: 800 });
const box = (left: number, top: number, right: number, bottom: number): Rect =>
  Object.freeze({ left, top, right, bottom });

describe('the free area', () => {
  test('is the whole screen with nothing on it', () => {
    expect(largestFreeRect(screen, [])).toEqual(screen);
  });

  test('leaves out a side panel, a toolbar and a zoom control, keeping the largest room', () => {
    const panel = box(12, 12, 400, 788);
    const toolbar = box(915, 12, 1235, 46);
    const zoom = box(1240, 10, 1270, 70);
    const free = largestFreeRect(screen, [panel, toolbar, zoom]);
    for (const o of [panel, toolbar, zoom]) expect(overlaps(free, o)).toBe(false);
    expect(free.left).toBe(400);
    expect(free.bottom).toBe(800);
    // The toolbar is a thin strip: the room below it beats the room beside it.
    expect(free.top).toBeGreaterThanOrEqual(46);
    expect(free.right - free.left).toBeGreaterThan(800);
  });

  test('ignores hidden (empty) obstacles and those off screen', () => {
    expect(largestFreeRect(screen, [box(0, 0, 0, 0), box(2000, 0, 2100, 50)])).toEqual(screen);
  });

  test('insets are the distances to each edge, plus a margin', () => {
    expect(insetsOf(screen, box(400, 46, 1280, 760), 10)).toEqual({
      top: 56,
      right: 10,
      bottom: 50,
      left: 410,
    });
  });
});
