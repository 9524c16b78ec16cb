import { afterEach } from 'vitest';
import { takeViolations } from './browser.ts';

// Every end-to-end test fails on a Content Security Policy violation, whatever it asserts.
afterEach(() => {
  const seen = takeViolations();
  if (seen.length)
    throw new Error(`Content Security Policy violations:\n${seen.map((v) => `  ${v}`).join('\n')}`);
});
