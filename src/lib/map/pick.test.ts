import { describe, expect, test } from 'vitest';
import {
  distanceToLinePx,
  pointToSegmentPx,
  rankByDistance,
  underPointer,
  type ScreenPoint,
} from './pick.ts';

const rule = Object.freeze({ radiusPx: 10, knotPx: 3 });

describe('screen distance', () => {
  test('to a segment: perpendicular inside it, to the nearer end outside it', () => {
    expect(pointToSegmentPx([5, 4], [0, 0], [10, 0])).toBe(4);
    expect(pointToSegmentPx([13, 4], [0, 0], [10, 0])).toBe(5);
    expect(pointToSegmentPx([-3, -4], [0, 0], [10, 0])).toBe(5);
    expect(pointToSegmentPx([3, 4], [0, 0], [0, 0])).toBe(5);
  });

  test('to a polyline: its nearest piece; to a single point: the straight distance', () => {
    const line = Object.freeze([
      [0, 0],
      [10, 0],
      [10, 10],
    ] as ScreenPoint[]);
    expect(distanceToLinePx([12, 6], line)).toBe(2);
    expect(distanceToLinePx([3, 4], [[0, 0]])).toBe(5);
  });
});

describe('the line under the pointer', () => {
  const lines = Object.freeze([
    {
      item: 'far',
      line: [
        [0, 30],
        [100, 30],
      ] as ScreenPoint[],
    },
    {
      item: 'near',
      line: [
        [0, 2],
        [100, 2],
      ] as ScreenPoint[],
    },
    {
      item: 'mid',
      line: [
        [0, 8],
        [100, 8],
      ] as ScreenPoint[],
    },
  ]);

  test('ranks by distance, not by drawing order', () => {
    expect(rankByDistance([50, 0], lines).map((r) => [r.item, r.px])).toEqual([
      ['near', 2],
      ['mid', 8],
      ['far', 30],
    ]);
  });

  test('the nearest line wins when the next is more than knotPx farther', () => {
    expect(underPointer(rankByDistance([50, 0], lines), rule)).toEqual(['near']);
  });

  test('lines within knotPx of the nearest make a knot to choose from, nearest first', () => {
    expect(underPointer(rankByDistance([50, 6], lines), rule)).toEqual(['mid', 'near']);
  });

  test('nothing within the radius means nothing is under the pointer', () => {
    expect(underPointer(rankByDistance([50, 50], lines), rule)).toEqual([]);
  });
});
