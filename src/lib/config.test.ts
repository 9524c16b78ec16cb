import { expect, test } from 'vitest';
import { readConfig } from './config.ts';

test('defaults to the embedded basemap in the light theme', () => {
  expect(readConfig('', {})).toEqual({
    styleUrl: undefined,
    theme: 'light',
    themeChosen: false,
    present: false,
    autoplaySeconds: undefined,
  });
});

test('takes an online style from the build environment, or from ?style=', () => {
  const env = { VITE_BASEMAP_STYLE: 'https://tiles.example.org/style.json' };
  expect(readConfig('', env).styleUrl).toBe('https://tiles.example.org/style.json');
  expect(readConfig('?style=https%3A%2F%2Fa.example%2Fs.json', env).styleUrl).toBe(
    'https://a.example/s.json',
  );
});

test('ignores what it does not understand', () => {
  expect(
    readConfig('?theme=neon&style=javascript:alert(1)&autoplay=-3', { VITE_BASEMAP_STYLE: ' ' }),
  ).toMatchObject({ styleUrl: undefined, theme: 'light', themeChosen: false, present: false });
  expect(readConfig('?autoplay=soon', {}).autoplaySeconds).toBeUndefined();
  expect(readConfig('?style=not a url', {}).styleUrl).toBeUndefined();
  expect(readConfig('?theme=dark', {}).theme).toBe('dark');
});

test('?present starts the show; ?autoplay=SECONDS runs it as a kiosk', () => {
  expect(readConfig('?present', {})).toMatchObject({ present: true, autoplaySeconds: undefined });
  expect(readConfig('?autoplay=8', {})).toMatchObject({ present: true, autoplaySeconds: 8 });
  expect(readConfig('?autoplay=0.001', {}).autoplaySeconds).toBe(0.05);
  expect(readConfig('?theme=dark', {})).toMatchObject({ theme: 'dark', themeChosen: true });
});
