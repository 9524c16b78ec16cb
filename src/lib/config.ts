import type { ThemeName } from './map/themes.ts';

/** What the page was asked for, from the build's environment and the page's URL. */
export interface AppConfig {
  /** An online MapLibre style URL, or undefined for the embedded offline basemap. */
  styleUrl: string | undefined;
  theme: ThemeName;
}

const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'projector'];

function parseStyleUrl(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `?theme=dark|light|projector` picks a palette; `?style=URL` (or VITE_BASEMAP_STYLE at build
 * time) uses an online basemap style. Anything unrecognised falls back to the defaults.
 */
export function readConfig(search: string, env: { VITE_BASEMAP_STYLE?: string }): AppConfig {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    styleUrl: parseStyleUrl(params.get('style')) ?? parseStyleUrl(env.VITE_BASEMAP_STYLE),
    theme: THEME_NAMES.find((t) => t === theme) ?? 'light',
  };
}
