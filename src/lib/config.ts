import type { ThemeName } from './map/themes.ts';

/** What the page was asked for, from the build's environment and the page's URL. */
export interface AppConfig {
  /** An online MapLibre style URL, or undefined for the embedded offline basemap. */
  styleUrl: string | undefined;
  /** A `?style=` URL on an origin the build does not allow: not loaded, and the page says so. */
  refusedStyleUrl: string | undefined;
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

/** The build's settings that decide which online styles the page may load. */
export interface StyleEnv {
  /** The online style the build uses by default. */
  VITE_BASEMAP_STYLE?: string;
  /** Further origins a `?style=` link may name, separated by spaces or commas. */
  VITE_STYLE_ORIGINS?: string;
}

function parseStyleUrl(value: string | undefined | null): URL | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The origins a style may come from: VITE_BASEMAP_STYLE's and each of VITE_STYLE_ORIGINS, in
 * that order and without repeats. `invalid` lists the entries of VITE_STYLE_ORIGINS that are no
 * http(s) origin (a path, a query or credentials included), so a build can refuse them.
 */
export function styleOrigins(env: StyleEnv): { origins: string[]; invalid: string[] } {
  const origins = new Set<string>();
  const invalid: string[] = [];
  const basemap = parseStyleUrl(env.VITE_BASEMAP_STYLE);
  if (basemap) origins.add(basemap.origin);
  for (const entry of (env.VITE_STYLE_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean)) {
    const url = parseStyleUrl(entry);
    const bare = url && !url.username && !url.password && !url.search && !url.hash;
    if (url && bare && (url.pathname === '/' || url.pathname === '')) origins.add(url.origin);
    else invalid.push(entry);
  }
  return { origins: [...origins], invalid };
}

/**
 * `?theme=dark|light|projector` picks a palette; `?style=URL` (or VITE_BASEMAP_STYLE at build
 * time) uses an online basemap style; `?present` starts the show and `?autoplay=SECONDS` runs it
 * as a kiosk. Anything unrecognised falls back to the defaults. A link cannot make the page load
 * a stranger's content: `?style=` is honoured only on an origin of `styleOrigins(env)`.
 */
export function readConfig(
  search: string,
  env: StyleEnv,
  /** prefers-color-scheme: dark, when no theme is asked for. */
  prefersDark = false,
): AppConfig {
  const params = new URLSearchParams(search);
  const theme = THEME_NAMES.find((t) => t === params.get('theme'));
  const autoplaySeconds = parseSeconds(params.get('autoplay'));
  const asked = parseStyleUrl(params.get('style'));
  const allowed = asked !== undefined && styleOrigins(env).origins.includes(asked.origin);
  return {
    styleUrl: (allowed ? asked : parseStyleUrl(env.VITE_BASEMAP_STYLE))?.href,
    refusedStyleUrl: asked && !allowed ? asked.href : undefined,
    theme: theme ?? (prefersDark ? 'dark' : 'light'),
    themeChosen: theme !== undefined,
    present: params.has('present') || autoplaySeconds !== undefined,
    autoplaySeconds,
  };
}
