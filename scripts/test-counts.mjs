// Sums the tests that Vitest reported in reports/*.json and prints one plain closing line,
// `N passed, N failed`. A failed `npm test` with no failing test (type check or lint stopped
// it, or a runner crashed) counts as one failure, so the line never reads green by accident.
import { readdirSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;
let files = [];
try {
  files = readdirSync('reports').filter((f) => f.endsWith('.json'));
} catch {
  // No report: npm test stopped before any test runner.
}
for (const file of files) {
  const report = JSON.parse(readFileSync(`reports/${file}`, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
if (status !== 0 && failed === 0) {
  console.log(`npm test exited ${status} outside the test runners (type check, lint or a crash)`);
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
