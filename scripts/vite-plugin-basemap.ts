import type { Plugin } from 'vite';
import { buildBasemap } from './basemap/build.ts';

const ID = 'virtual:basemap';
const RESOLVED = '\0' + ID;

/**
 * Serves `virtual:basemap`: the Natural Earth basemap built at build time and embedded in the
 * bundle (no request at run time, so it also works from `file://`). JSON.parse of a string
 * literal is parsed faster than the same data as a JavaScript object literal.
 */
export function basemap(): Plugin {
  let code: string | undefined;
  return {
    name: 'middle-corridor-basemap',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      code ??= `export default JSON.parse(${JSON.stringify(JSON.stringify(buildBasemap()))});`;
      return code;
    },
  };
}
