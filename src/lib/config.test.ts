import { expect, test } from 'vitest';
import { readConfig, styleOrigins } from './config.ts';

test('defaults to the embedded basemap in the light theme', () => {
  expect(readConfig('', {})).toEqual({
    styleUrl: undefined,
    refusedStyleUrl: undefined,
    theme: 'light',
    themeChosen: false,
    present: false,
    autoplaySeconds: undefined,
  });
});

test('takes an online style from the build environment, or from ?style= on an allowed origin', () => {
  const env = {
    VITE_BASEMAP_STYLE: 'https://tiles.example.org/style.json',
    VITE_STYLE_ORIGINS: 'https://a.example, https://b.example:8443/',
  };
  expect(readConfig('', env).styleUrl).toBe('https://tiles.example.org/style.json');
  expect(readConfig('?style=https%3A%2F%2Fa.example%2Fs.json', env)).toMatchObject({
    styleUrl: 'https://a.example/s.json',
    refusedStyleUrl: undefined,
  });
  expect(readConfig('?style=https://tiles.example.org/dark.json', env).styleUrl).toBe(
    'https://tiles.example.org/dark.json',
  );
  expect(readConfig('?style=https://b.example:8443/x.json', env).styleUrl).toBe(
    'https://b.example:8443/x.json',
  );
});

test("refuses a ?style= on any other origin, and keeps the build's own basemap", () => {
  const env = { VITE_BASEMAP_STYLE: 'https://tiles.example.org/style.json' };
  for (const stranger of [
    'https://evil.example.net/style.json',
    'http://tiles.example.org/style.json',
    'https://tiles.example.org:8443/style.json',
    'https://tiles.example.org.evil.example.net/style.json',
  ]) {
    expect(readConfig(`?style=${encodeURIComponent(stranger)}`, env)).toMatchObject({
      styleUrl: 'https://tiles.example.org/style.json',
      refusedStyleUrl: stranger,
    });
  }
  expect(readConfig('?style=https://a.example/s.json', {})).toMatchObject({
    styleUrl: undefined,
    refusedStyleUrl: 'https://a.example/s.json',
  });
});

test("styleOrigins: the basemap style's origin, then the allow-list; anything but an origin is invalid", () => {
  expect(
    styleOrigins({
      VITE_BASEMAP_STYLE: 'https://tiles.example.org/style.json',
      VITE_STYLE_ORIGINS: 'https://a.example https://tiles.example.org,,http://127.0.0.1:8080',
    }),
  ).toEqual({
    origins: ['https://tiles.example.org', 'https://a.example', 'http://127.0.0.1:8080'],
    invalid: [],
  });
  expect(
    styleOrigins({
      VITE_STYLE_ORIGINS:
        'a.example https://a.example/styles ftp://b.example https://u:p@c.example',
    }),
  ).toEqual({
    origins: [],
    invalid: ['a.example', 'https://a.example/styles', 'ftp://b.example', 'https://u:p@c.example'],
  });
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

test('a system that prefers dark gets the dark palette, unless a theme is asked for', () => {
  expect(readConfig('', {}, true)).toMatchObject({ theme: 'dark', themeChosen: false });
  expect(readConfig('?theme=light', {}, true)).toMatchObject({ theme: 'light', themeChosen: true });
  expect(readConfig('', {}, false).theme).toBe('light');
});
