// index.html paints the page's title before any script has run; the app then replaces it with
// the side panel, whose title must be the same words.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test("index.html's first title is the side panel's", () => {
  const boot = /<p class="boot"[^>]*>([^<]+)<\/p>/.exec(read('index.html'))?.[1];
  const panel = /<h1>([^<]+)<\/h1>/.exec(read('src/lib/ui/SidePanel.svelte'))?.[1];
  expect(boot).toBeDefined();
  expect(boot).toBe(panel);
});
