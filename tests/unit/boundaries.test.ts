// The lint boundaries of eslint.config.js report what they forbid, and only that: each case
// lints one import line as if it were in a file of that folder.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

async function restricted(file: string, from: string): Promise<string[]> {
  const code = `import x from '${from}';\nexport const y = x;\n`;
  const text = file.endsWith('.svelte') ? `<script lang="ts">\n${code}</script>\n` : code;
  const [result] = await eslint.lintText(text, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const forbidden: [file: string, from: string][] = [
  ['src/lib/geo/lookup.ts', '../map/camera.ts'],
  ['src/lib/geo/files/nodes.ts', '../../ui/keys.ts'],
  ['src/lib/geo/tour.ts', '../state/hash.ts'],
  ['src/lib/geo/tour.ts', '../text/index.ts'],
  ['src/lib/geo/tour.ts', 'svelte'],
  ['src/lib/geo/tour.ts', 'svelte/store'],
  ['src/lib/geo/tour.ts', 'maplibre-gl'],
  ['src/lib/text/screen-text.ts', '../map/themes.ts'],
  ['src/lib/text/screen-text.ts', 'svelte'],
  ['src/lib/map/CorridorLayers.svelte', '../ui/keys.ts'],
  ['src/lib/state/app-state.svelte.ts', '../ui/keys.ts'],
  ['src/lib/state/hash.ts', '../map/camera.ts'],
  ['scripts/bench.ts', '../src/lib/map/camera.ts'],
  ['scripts/check-geo.ts', '../src/lib/ui/export.ts'],
  ['scripts/screenshots.ts', '../tests/e2e/browser.ts'],
  ['src/lib/geo/parse.test.ts', '../../../tests/data/anything.ts'],
  ['src/App.svelte', '../tests/e2e/browser.ts'],
  ['src/lib/ui/SidePanel.svelte', '../../../tests/e2e/corridor.ts'],
];

const allowed: [file: string, from: string][] = [
  ['src/lib/geo/lookup.ts', '@turf/turf'],
  ['src/lib/text/screen-text.ts', '../geo/index.ts'],
  ['src/lib/state/app-state.svelte.ts', '../text/index.ts'],
  ['src/lib/map/camera.ts', '../geo/index.ts'],
  ['src/lib/map/camera.ts', 'maplibre-gl'],
  ['src/lib/ui/Caption.svelte', '../state/app-state.svelte.ts'],
  ['src/lib/ui/SidePanel.svelte', '../map/themes.ts'],
  ['scripts/bench.ts', '../src/lib/geo/index.ts'],
  ['tests/e2e/corridor.ts', '../../scripts/map-probe.ts'],
  ['tests/e2e/export.test.ts', '../../src/lib/ui/export.ts'],
  ['tests/e2e/interaction.test.ts', './browser.ts'],
];

describe('lint boundaries', () => {
  test.each(forbidden)('%s may not import %s', async (file, from) => {
    const messages = await restricted(file, from);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/import/);
  });

  test.each(allowed)('%s may import %s', async (file, from) => {
    expect(await restricted(file, from)).toEqual([]);
  });
});
