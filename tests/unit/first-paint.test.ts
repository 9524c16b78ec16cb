import { expect, test } from 'vitest';
import type { IndexHtmlTransformHook, Plugin } from 'vite';
import { firstPaint } from '../../scripts/vite-plugin-first-paint.ts';

const PAGE = `<head>
    <title>t</title>
    <link rel="stylesheet" href="/boot.css" />
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-b.css">
  </head>
  <body>
    <div id="app"><p class="boot">t</p></div>
  </body>`;

function transform(plugin: Plugin, html: string): string {
  (plugin.configResolved as (c: unknown) => void)({ publicDir: 'public' });
  const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
  return hook.handler.call(undefined as never, html, {} as never) as string;
}

test('the served page asks for its stylesheet after the title, and for boot.css first', () => {
  const html = transform(firstPaint({ inline: false }), PAGE);
  const at = (s: string) => html.indexOf(s);
  expect(at('/boot.css')).toBeLessThan(at('<div id="app">'));
  expect(at('index-b.css')).toBeGreaterThan(at('<p class="boot">'));
  expect(html.match(/index-b\.css/g)).toHaveLength(1);
});

test('the single file has boot.css inline, in its place', () => {
  const html = transform(firstPaint({ inline: true }), PAGE);
  expect(html).not.toContain('/boot.css');
  expect(html.indexOf('.boot {')).toBeLessThan(html.indexOf('index-a.js'));
});

test('a page without the link to boot.css is an error, not a page that paints late', () => {
  expect(() =>
    transform(firstPaint({ inline: false }), PAGE.replace(/.*boot\.css.*\n/, '')),
  ).toThrow(/boot\.css/);
});
