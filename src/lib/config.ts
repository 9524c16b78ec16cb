import type { ThemeName } from './map/themes.ts';

/** What the page was asked for, from the build's environment and the page's URL. */
export interface AppConfig {
  /** An online MapLibre style URL, or undefined for the embedded offline basemap. */
  styleUrl: string | undefined;
  theme: ThemeName;
  /** False when the theme is the default, so the show may switch to the projector palette. */
  themeChosen: boolean;
  /** `?present`: open straight into the presentation. */
  present: boolean;
  /** `?autoplay=SECONDS`: a kiosk that advances by itself and loops; undefined when off. */
  autoplaySeconds: number | undefined;
}

/** Autoplay faster than this would not let anyone read a caption (tests may go lower). */
export const MIN_AUTOPLAY_SECONDS = 0.05;

function parseSeconds(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.max(n, MIN_AUTOPLAY_SECONDS) : undefined;
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
 * time) uses an online basemap style; `?present` starts the show and `?autoplay=SECONDS` runs it
 * as a kiosk. Anything unrecognised falls back to the defaults.
 */
export function readConfig(
  search: string,
  env: { VITE_BASEMAP_STYLE?: string },
  /** prefers-color-scheme: dark, when no theme is asked for. */
  prefersDark = false,
): AppConfig {
  const params = new URLSearchParams(search);
  const theme = THEME_NAMES.find((t) => t === params.get('theme'));
  const autoplaySeconds = parseSeconds(params.get('autoplay'));
  return {
    styleUrl: parseStyleUrl(params.get('style')) ?? parseStyleUrl(env.VITE_BASEMAP_STYLE),
    theme: theme ?? (prefersDark ? 'dark' : 'light'),
    themeChosen: theme !== undefined,
    present: params.has('present') || autoplaySeconds !== undefined,
    autoplaySeconds,
  };
}
