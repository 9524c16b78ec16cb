import { expect, test } from 'vitest';
import { uiScale } from './viewport.ts';

test('text and controls scale with the window’s height from 1080 px, never below 1', () => {
  expect(uiScale(800)).toBe(1);
  expect(uiScale(1080)).toBe(1);
  expect(uiScale(1440)).toBe(1.3);
  expect(uiScale(2160)).toBe(2);
  // A few pixels more or less do not restyle the map.
  expect(uiScale(2150)).toBe(uiScale(2160));
});
