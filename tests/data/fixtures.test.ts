import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { checkGeo } from '../../scripts/check-geo';
import {
  checkFigures,
  compareRoutes,
  CorridorError,
  formatDistance,
  formatKm,
  mainLine,
  parseComparison,
  parseCorridor,
} from '../../src/lib/geo/index';
import {
  FIXTURE_DIR,
  GEO_DIR,
  applyFixture,
  listFixtures,
  readFixture,
  readGeoDir,
} from '../../scripts/geo-files.ts';

const valid = readGeoDir(GEO_DIR);
const fixtures = listFixtures();

function problemsOf(sources: Record<string, string>) {
  try {
    parseCorridor(sources);
  } catch (e) {
    if (e instanceof CorridorError) return e;
    throw e;
  }
  throw new Error('parseCorridor accepted broken data');
}

test('there are at least 20 broken fixtures', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(20);
});

describe.each(fixtures)('fixture %s', (name) => {
  const fixture = readFixture(path.join(FIXTURE_DIR, name));

  test('changes the valid data', () => {
    expect(applyFixture(valid, fixture)).not.toEqual(valid);
  });

  test(`raises exactly its problem: ${fixture.defect}`, () => {
    const error = problemsOf(applyFixture(valid, fixture));
    expect(error.problems).toHaveLength(1);
    const [problem] = error.problems;
    const { message, ...where } = fixture.expect;
    expect(problem).toEqual({ ...where, message: expect.stringContaining(message) });
    expect(error.message).toContain(message);
    expect(error.message).not.toMatch(/\n\s+at /);
  });
});

const run = promisify(execFile);
const ROOT = path.join(GEO_DIR, '..');

/** check:geo's logic in-process (fast); the real script runs below, in child processes. */
function check(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = checkGeo(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('check:geo', () => {
  test('--markdown prints one table row per published figure, with its status', () => {
    const { code, stdout } = check(['--markdown']);
    expect(code).toBe(0);
    const rows = stdout.split('\n').slice(2);
    const figures = checkFigures(parseCorridor(valid));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(figures.map((f) => `| ${f.figure.id}`));
    expect(rows.filter((r) => r.endsWith('| ok |')).length).toBe(
      figures.filter((f) => f.met).length,
    );
  });

  test('passes on geo/ and prints the distance table', () => {
    const { code, stdout, stderr } = check([]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // The figures come from geo/ itself, so a redrawn line changes the table, not this test.
    const corridor = parseCorridor(valid);
    const main = mainLine(corridor);
    const ferry = main.find((s) => s.segment.id === 'aktau-alat');
    const n = (km: number) => formatKm(km).replace(' km', '');
    const rx = (text: string) => new RegExp(text.replace(/[.()]/g, '\\$&'), 'm');
    expect(ferry).toBeDefined();
    if (ferry) {
      const span = `${n(ferry.startKm)} – ${n(ferry.endKm)}`;
      expect(stdout).toMatch(rx(`^aktau-alat +sea +main +${n(ferry.segment.lengthKm)} +${span}$`));
    }
    const total = main.at(-1)?.endKm ?? 0;
    expect(stdout).toMatch(rx(`Main line total +${formatDistance(total).replace(/ /g, ' +')}`));
    const middle = compareRoutes(parseComparison(valid, corridor), corridor)[0];
    expect(middle?.km.total).toBeCloseTo(total, 6);
    if (middle) {
      const { rail, sea, total: km } = middle.km;
      expect(stdout).toMatch(
        rx(`^ {2}${middle.name} +${n(km)} km +rail +${n(rail)} +sea +${n(sea)}`),
      );
    }
    expect(stdout).toMatch(/urc-gyd +3,081 km \/ 1,914 mi/);
    expect(stdout).toMatch(
      /^ {2}urumqi-brest +published +5,750 km .* drawn +[\d,]+ km +[−+][\d.]+%/m,
    );
    expect(stdout).toContain('(Mt): 2021 0.586, 2022 1.485, 2023 2.764, 2024 4.484, 2025 4.119');
  });

  test('accepts a directory of geo files', () => {
    expect(check([GEO_DIR]).code).toBe(0);
  });

  test.each(fixtures)('exits 1 with a readable message on %s', (name) => {
    const fixture = readFixture(path.join(FIXTURE_DIR, name));
    const { code, stdout, stderr } = check([path.join(FIXTURE_DIR, name)]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Invalid corridor data \(1 problem\):\n {2}- /);
    expect(stderr).toContain(fixture.expect.message);
  });
});

describe('npm run check:geo (child process)', () => {
  test('exits 0 and prints the table', { timeout: 30_000 }, async () => {
    const { stdout } = await run('npx', ['tsx', 'scripts/check-geo.ts'], { cwd: ROOT });
    expect(stdout).toContain('Published figures');
  });

  test.each(['json-syntax-error.json', 'unknown-node.json'])(
    'exits 1 on %s with the problem and no stack trace',
    { timeout: 30_000 },
    async (name) => {
      const fixture = readFixture(path.join(FIXTURE_DIR, name));
      const args = ['tsx', 'scripts/check-geo.ts', path.join(FIXTURE_DIR, name)];
      const result = await run('npx', args, { cwd: ROOT }).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(fixture.expect.message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
