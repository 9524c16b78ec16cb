import { expect, test } from 'vitest';
import { formatDistance, formatKm, formatMi } from './format';

test('formats km and miles with thousands separators, rounded', () => {
  expect(formatDistance(1234)).toBe('1,234 km / 767 mi');
  expect(formatKm(9014.44)).toBe('9,014 km');
  expect(formatMi(470)).toBe('292 mi');
  expect(formatDistance(0)).toBe('0 km / 0 mi');
  expect(formatKm(0.6)).toBe('1 km');
});

test('rejects what is not a distance', () => {
  expect(() => formatKm(-1)).toThrow(RangeError);
  expect(() => formatDistance(Number.NaN)).toThrow('not a distance: NaN');
  expect(() => formatMi(Infinity)).toThrow(RangeError);
});
