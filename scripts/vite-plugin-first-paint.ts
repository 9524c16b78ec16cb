import { readFileSync } from 'node:fs';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * The page's first paint, its title (index.html), waits only for the page itself and
 * public/boot.css, a few hundred bytes, not for the page's stylesheet (80 kB with MapLibre's): in
 * the served build that stylesheet's link moves from <head> to after the title, where it holds
 * back what follows it but not the title above it, and still holds back the page's code (a
 * module script runs only once the style sheets before it in the page have loaded), so the shell
 * never shows unstyled. The single-file build, opened from file://, has boot.css inline.
 */
export function firstPaint({ inline }: { inline: boolean }): Plugin {
  let config: ResolvedConfig;
  const link = /\s*<link rel="stylesheet" href="[^"]*\/boot\.css"\s*\/?>/;
  return {
    name: 'middle-corridor-first-paint',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!link.test(html)) throw new Error('index.html: no <link> to /boot.css');
        if (inline) {
          const css = readFileSync(`${config.publicDir}/boot.css`, 'utf8');
          return html.replace(link, () => `\n    <style>\n${css}</style>`);
        }
        const sheets = /\s*<link rel="stylesheet" crossorigin href="[^"]*\/assets\/[^"]+\.css">/g;
        const moved = html.match(sheets) ?? [];
        if (moved.length === 0) throw new Error('index.html: no stylesheet of the build');
        return html
          .replace(sheets, '')
          .replace(/(<div id="app">.*?<\/div>)/s, (app) => `${app}${moved.join('')}`);
      },
    },
  };
}
