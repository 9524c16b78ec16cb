import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the benchmark's baseline page on its own, so it never enters the app's bundle. The
// output goes under node_modules/.cache: it is rebuilt by every `npm run bench` and never
// committed.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../node_modules/.cache/bench-baseline', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: { baseline: fileURLToPath(new URL('baseline.html', import.meta.url)) },
    },
  },
});
