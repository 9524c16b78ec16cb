// Validates the corridor data and prints its distance table.
//   npm run check:geo                     checks geo/
//   npm run check:geo -- some/dir         checks another directory of the same files
//   npm run check:geo -- fixture.json     checks geo/ with a broken fixture applied
// Exits 1 with the list of problems on bad data.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  CorridorError,
  checkFigures,
  formatDistance,
  kmToMi,
  mainLine,
  parseCorridor,
  routeTotals,
  totalsByMode,
  type Corridor,
} from '../src/lib/geo/index';
import { GEO_DIR, applyFixture, readFixture, readGeoDir } from './geo-files.ts';

function load(arg: string | undefined): Record<string, string> {
  if (arg === undefined) return readGeoDir(GEO_DIR);
  if (fs.statSync(arg).isDirectory()) return readGeoDir(arg);
  return applyFixture(readGeoDir(GEO_DIR), readFixture(arg));
}

const n0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const n1 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const km = (x: number) => n0.format(x);
const pad = (s: string, w: number) => s.padEnd(w);
const lpad = (s: string, w: number) => s.padStart(w);

function table(c: Corridor): string {
  const lines: string[] = [];
  const main = mainLine(c);
  const mainIds = new Set(main.map((s) => s.segment.id));
  lines.push(
    `${pad('Segment', 26)}${pad('Mode', 6)}${pad('Route', 13)}${lpad('km', 7)}${lpad('Main line km', 17)}`,
  );
  for (const s of main) {
    const span = `${km(s.startKm)} – ${km(s.endKm)}`;
    lines.push(
      `${pad(s.segment.id, 26)}${pad(s.segment.mode, 6)}${pad(s.segment.route, 13)}${lpad(km(s.segment.lengthKm), 7)}${lpad(span, 17)}`,
    );
  }
  for (const s of c.segments.filter((s) => !mainIds.has(s.id))) {
    lines.push(`${pad(s.id, 26)}${pad(s.mode, 6)}${pad(s.route, 13)}${lpad(km(s.lengthKm), 7)}`);
  }
  lines.push('', 'Routes');
  for (const t of routeTotals(c)) {
    const label = t.route.main ? 'Main line total' : t.route.id;
    lines.push(
      `  ${pad(label, 16)}${lpad(formatDistance(t.km), 22)}  rail ${km(t.railKm)}, sea ${km(t.seaKm)}, ${t.segments} segment${t.segments === 1 ? '' : 's'}  (${t.route.name})`,
    );
  }
  const modes = totalsByMode(c);
  lines.push('', 'Totals by mode');
  for (const [mode, total] of Object.entries(modes)) {
    lines.push(`  ${pad(mode, 16)}${lpad(formatDistance(total), 22)}`);
  }
  lines.push('', 'Flights (great circle, Turf)');
  for (const f of c.flights) {
    lines.push(
      `  ${pad(f.id, 16)}${lpad(formatDistance(f.lengthKm), 22)}  ${f.carriers.join(', ')}`,
    );
  }
  lines.push('', 'Published figures');
  for (const { figure, computedKm, ratio } of checkFigures(c)) {
    const sign = ratio >= 0 ? '+' : '−';
    lines.push(
      `  ${pad(figure.id, 24)} published ${lpad(n1.format(figure.km), 7)} km   computed ${lpad(n1.format(computedKm), 7)} km   ${sign}${Math.abs(ratio * 100).toFixed(1)}%   ${figure.source}`,
    );
  }
  lines.push(
    '',
    `Distances with Turf on a sphere of mean radius 6,371.0088 km; 1 km = ${kmToMi(1).toFixed(6)} mi.`,
  );
  return lines.join('\n');
}

/** Runs the check on `args` (optional path), writing to `out`/`err`; returns the exit code. */
export function checkGeo(
  args: readonly string[],
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  try {
    out(table(parseCorridor(load(args[0]))));
    return 0;
  } catch (e) {
    if (e instanceof CorridorError) {
      err(e.message);
      return 1;
    }
    err(`check:geo failed: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = checkGeo(process.argv.slice(2), console.log, console.error);
}
