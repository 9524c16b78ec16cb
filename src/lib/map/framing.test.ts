import { describe, expect, test } from 'vitest';
import { fitMarks, labelRoom, type Mark } from './framing.ts';

/** Screen x of a longitude for a camera from fitMarks, in a box `width` px wide. */
const screenX = (lng: number, cam: { center: [number, number]; zoom: number }, width: number) =>
  ((lng - cam.center[0]) / 360) * 512 * 2 ** cam.zoom + width / 2;

const mark = (lng: number, lat: number, side = 0, up = 0): Mark =>
  Object.freeze({
    at: [lng, lat] as [number, number],
    left: side,
    right: side,
    top: up,
    bottom: up,
  });

describe('fitMarks', () => {
  test('two points with no room around them span the box exactly', () => {
    const cam = fitMarks([mark(0, 0), mark(90, 0)], { width: 512, height: 512 }, 20)!;
    expect(screenX(0, cam, 512)).toBeCloseTo(0, 6);
    expect(screenX(90, cam, 512)).toBeCloseTo(512, 6);
  });

  test('keeps the room a mark needs inside the box, and centres the extremes', () => {
    const marks = [mark(0, 0, 10), mark(80, 0, 10), mark(85, 0, 60)];
    const cam = fitMarks(marks, { width: 400, height: 400 }, 20)!;
    const lefts = marks.map((m) => screenX(m.at[0], cam, 400) - m.left);
    const rights = marks.map((m) => screenX(m.at[0], cam, 400) + m.right);
    expect(Math.min(...lefts)).toBeCloseTo(0, 6);
    // The label of the mark at 85° reaches further east than the mark at 80° and the box's edge.
    expect(Math.max(...rights)).toBeCloseTo(400, 6);
    expect(rights[2]).toBeCloseTo(400, 6);
  });

  test('the taller side binds, in Web Mercator', () => {
    const cam = fitMarks([mark(0, 0), mark(1, 60)], { width: 1000, height: 100 }, 20)!;
    const worldPx = 512 * 2 ** cam.zoom;
    const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    expect(((mercY(60) - mercY(0)) / (2 * Math.PI)) * worldPx).toBeCloseTo(100, 6);
    expect(cam.center[1]).toBeGreaterThan(30);
  });

  test('never past maxZoom; nothing to fit, or a label wider than the box, gives no camera', () => {
    expect(fitMarks([mark(10, 10), mark(10.0001, 10)], { width: 500, height: 500 }, 7)!.zoom).toBe(
      7,
    );
    expect(fitMarks([], { width: 500, height: 500 }, 7)).toBeUndefined();
    expect(fitMarks([mark(0, 0, 300)], { width: 500, height: 500 }, 7)).toBeUndefined();
  });
});

describe('labelRoom', () => {
  const style = { sizePx: 10, offsetEm: 1, maxWidthEm: 9 };
  test('a label that may go to either side keeps its whole width each side, centred half', () => {
    const any = labelRoom('Istanbul', style, true);
    const centred = labelRoom('Istanbul', style, false);
    expect(any.left).toBeGreaterThan(8 * 0.55 * 10 + 10);
    expect(centred.left).toBeCloseTo((any.left - 10) / 2 + 10, 6);
    expect(any.top).toBe(centred.top);
  });

  test('a label longer than the wrap width is two lines, no wider than it', () => {
    const long = labelRoom('Alashankou – Dostyk border', style, true);
    expect(long.left).toBeCloseTo((9 + 1) * 10, 6);
    expect(long.top).toBeCloseTo((2 * 1.2 + 1) * 10, 6);
  });
});
