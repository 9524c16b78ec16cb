import { createHash } from 'node:crypto';
import type { Plugin, ResolvedConfig } from 'vite';
import { styleOrigins } from '../src/lib/config.ts';

/** A Content Security Policy as directive → sources; `policyText` joins it for the page. */
export type Policy = Record<string, string[]>;

export function policyText(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of the inline `<script>` and `<style>` elements of a page, in document order. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const hashes = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
      .map((m) => m[1]!)
      .filter((body) => body.length > 0)
      .map(sha256);
  return { scripts: hashes('script'), styles: hashes('style') };
}

/**
 * The policy of each build; every source beyond 'none' is there for a reason given beside it.
 * `origins` are the online style origins the build allows (see `styleOrigins`).
 */
export function buildPolicy(
  kind: 'served' | 'single' | 'dev',
  origins: string[],
  inline: { scripts: string[]; styles: string[] } = { scripts: [], styles: [] },
): Policy {
  // Served: the app is files of its own origin and nothing else runs.
  // Single: the whole app is one file opened from file://, whose origin is opaque, so 'self'
  // matches nothing useful; its code and CSS are inline and allowed by their hashes alone.
  // Dev: Vite's dev server injects each CSS module as a <style> element and talks over a
  // WebSocket for hot reload; `npm run dev` only, never shipped.
  const own = kind === 'single' ? [] : ["'self'"];
  const scripts = kind === 'single' ? inline.scripts : own;
  const styles =
    kind === 'single' ? inline.styles : kind === 'dev' ? [...own, "'unsafe-inline'"] : own;
  return {
    'default-src': ["'none'"],
    'script-src': scripts,
    'style-src': styles,
    // data: for the icon and MapLibre's control icons (SVGs in its CSS); blob: for the images
    // MapLibre decodes from tiles and sprites of an online style; the style's origins for its
    // raster tiles and sprites.
    'img-src': [...own, 'data:', 'blob:', ...origins],
    // The online style, its tiles and glyphs. From file:// (an opaque origin), MapLibre reads
    // the single file's worker code from its blob: to start it from a data: URL (see
    // `workerFactory` in MapLibre, and `ownWorkerUrl` in src/lib/map/maplibre.ts).
    'connect-src': [
      ...own,
      ...(kind === 'single' ? ['blob:'] : []),
      ...(kind === 'dev' ? ['ws:', 'wss:'] : []),
      ...origins,
    ],
    // MapLibre's worker: a file of the page's origin. The single file carries it inline and
    // starts it from a blob: of its code when served over http(s), from a data: URL when opened
    // from file:// (Chromium starts no module worker from blob: on an opaque origin).
    'worker-src': kind === 'single' ? ['blob:', 'data:'] : own,
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

const META = (policy: Policy) =>
  `<meta http-equiv="Content-Security-Policy" content="${policyText(policy)}" />`;

/** Puts the policy first in <head>, before any element it governs (after the charset). */
function insertMeta(html: string, policy: Policy): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('index.html: no <meta charset> to put the policy after');
  return html.replace(charset, (tag) => `${tag}\n    ${META(policy)}`);
}

/**
 * Writes a Content Security Policy into index.html as a <meta> element: in the served build, the
 * single-file build (with the hashes of its inline code, computed after it is inlined) and the
 * dev server. A <meta> policy cannot set frame-ancestors or report-uri, and does not reach the
 * MapLibre worker of the served build (a worker loaded from a URL takes the policy of its own
 * response): a host that can send headers should send the same policy as a header too.
 */
export function contentSecurityPolicy(): Plugin {
  let config: ResolvedConfig;
  let origins: string[] = [];
  return {
    name: 'middle-corridor-csp',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
      const { origins: allowed, invalid } = styleOrigins(resolved.env);
      if (invalid.length)
        throw new Error(
          `VITE_STYLE_ORIGINS: ${invalid.map((e) => JSON.stringify(e)).join(', ')} ` +
            'is not an origin (scheme://host[:port], http or https, nothing after it)',
        );
      origins = allowed;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return config.command === 'serve' ? insertMeta(html, buildPolicy('dev', origins)) : html;
      },
    },
    generateBundle: {
      // After vite-plugin-singlefile has inlined the code, so the hashes are of the final text.
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset' || typeof page.source !== 'string') return;
        const inline = inlineHashes(page.source);
        const kind = config.mode === 'single' ? 'single' : 'served';
        if (kind === 'served' && (inline.scripts.length || inline.styles.length))
          throw new Error('index.html: the served build must have no inline script or style');
        page.source = insertMeta(page.source, buildPolicy(kind, origins, inline));
      },
    },
  };
}
