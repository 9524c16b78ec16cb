import { expect, test } from 'vitest';
import { readConfig } from './config.ts';

test('defaults to the embedded basemap in the light theme', () => {
  expect(readConfig('', {})).toEqual({ styleUrl: undefined, theme: 'light' });
});

test('takes an online style from the build environment, or from ?style=', () => {
  const env = { VITE_BASEMAP_STYLE: 'https://tiles.example.org/style.json' };
  expect(readConfig('', env).styleUrl).toBe('https://tiles.example.org/style.json');
  expect(readConfig('?style=https%3A%2F%2Fa.example%2Fs.json', env).styleUrl).toBe(
    'https://a.example/s.json',
  );
});

test('ignores what it does not understand', () => {
  expect(readConfig('?theme=neon&style=javascript:alert(1)', { VITE_BASEMAP_STYLE: ' ' })).toEqual({
    styleUrl: undefined,
    theme: 'light',
  });
  expect(readConfig('?style=not a url', {}).styleUrl).toBeUndefined();
  expect(readConfig('?theme=dark', {}).theme).toBe('dark');
});
