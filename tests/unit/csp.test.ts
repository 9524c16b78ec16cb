import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { buildPolicy, inlineHashes, policyText } from '../../scripts/vite-plugin-csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('inlineHashes hashes each non-empty inline script and style, not external ones', () => {
  const html =
    '<script type="module" src="/a.js"></script><script type="module" crossorigin>let a = 1;</script>' +
    '<style rel="stylesheet">p{color:red}</style><style></style>';
  expect(inlineHashes(html)).toEqual({
    scripts: [hash('let a = 1;')],
    styles: [hash('p{color:red}')],
  });
});

test('the served policy allows its own origin and the style origins, nothing inline', () => {
  const policy = buildPolicy('served', ['https://tiles.example.org']);
  expect(policyText(policy)).toBe(
    "default-src 'none'; script-src 'self'; style-src 'self'; " +
      "img-src 'self' data: blob: https://tiles.example.org; " +
      "connect-src 'self' https://tiles.example.org; worker-src 'self'; " +
      "base-uri 'none'; form-action 'none'",
  );
});

test('the single-file policy allows its inline code by hash only, and its blob: or data: worker', () => {
  const inline = { scripts: ["'sha256-a'"], styles: ["'sha256-b'"] };
  const policy = buildPolicy('single', [], inline);
  expect(policy['script-src']).toEqual(["'sha256-a'"]);
  expect(policy['style-src']).toEqual(["'sha256-b'"]);
  expect(policy['worker-src']).toEqual(['blob:', 'data:']);
  expect(policy['connect-src']).toEqual(['blob:']);
  expect(Object.values(policy).flat()).not.toContain("'self'");
});

test('only the dev server allows inline styles and a WebSocket', () => {
  const dev = buildPolicy('dev', []);
  expect(dev['style-src']).toContain("'unsafe-inline'");
  expect(dev['connect-src']).toEqual(["'self'", 'ws:', 'wss:']);
  expect(dev['script-src']).toEqual(["'self'"]);
});
