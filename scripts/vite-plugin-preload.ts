import type { Plugin } from 'vite';

/**
 * The page's shell loads the map with a dynamic import, which the browser would fetch only once
 * the shell's code has run: `<link rel="modulepreload">` for the chunks of the modules named
 * here (MapStage and what it imports, MapLibre first) starts them with the page instead.
 * Served build only: the single file holds its code already.
 */
export function preloadChunks(modules: RegExp): Plugin {
  let base = '/';
  return {
    name: 'middle-corridor-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const roots = chunks.filter((c) => c.facadeModuleId && modules.test(c.facadeModuleId));
        const files = new Set<string>();
        const add = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') chunk.imports.forEach(add);
        };
        roots.forEach((c) => add(c.fileName));
        const entry = chunks.find((c) => c.isEntry);
        // The entry's own imports are preloaded by Vite already.
        const own = new Set([entry?.fileName, ...(entry?.imports ?? [])]);
        return [...files]
          .filter((file) => !own.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
