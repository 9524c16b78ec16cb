import { describe, expect, test } from 'vitest';
import { loadFailure, onDemand } from './on-demand.ts';

describe('onDemand', () => {
  test('loads once, however many ask', async () => {
    let loads = 0;
    const part = onDemand(async () => ++loads);
    expect(await Promise.all([part(), part(), part()])).toEqual([1, 1, 1]);
    expect(loads).toBe(1);
  });

  test('after a failure, the next call loads again', async () => {
    let loads = 0;
    const part = onDemand(async () => {
      if (++loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'reader';
    });
    await expect(part()).rejects.toThrow('Failed to fetch');
    expect(await part()).toBe('reader');
    expect(loads).toBe(2);
  });
});

test('a failure names the part and the reason', () => {
  expect(loadFailure('The map', new TypeError('Failed to fetch'))).toBe(
    'The map could not be loaded (Failed to fetch). Check the connection, then try again.',
  );
});
