// Validates the corridor data and prints its distance table.
//   npm run check:geo                     checks geo/
//   npm run check:geo -- some/dir         checks another directory of the same files
//   npm run check:geo -- fixture.json     checks geo/ with a broken fixture applied
//   npm run check:geo -- --markdown       prints only the published figures, as a Markdown table
// Exits 1 with the list of problems on bad data.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  CorridorError,
  checkFigures,
  compareRoutes,
  formatDistance,
  kmAlong,
  kmToMi,
  mainLine,
  parseComparison,
  parseCorridor,
  routeTotals,
  totalsByMode,
  type Comparison,
  type Corridor,
  type DaysRange,
} from '../src/lib/geo/index';
import { GEO_DIR, applyFixture, readFixture, readGeoDir } from './geo-files.ts';

function load(arg: string | undefined): Record<string, string> {
  if (arg === undefined) return readGeoDir(GEO_DIR);
  if (fs.statSync(arg).isDirectory()) return readGeoDir(arg);
  return applyFixture(readGeoDir(GEO_DIR), readFixture(arg));
}

const n0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const n1 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const n3 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
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
  lines.push('', 'Published figures (rail ±5 %, ferries ±10 %, great circles ±0.1 %)');
  lines.push(
    `  ${pad('Figure', 26)}${lpad('Published', 11)}${lpad('Computed', 11)}${lpad('Diff', 9)}  ${pad('', 9)}Source`,
  );
  const checks = checkFigures(c);
  for (const check of checks) {
    const { figure, computedKm, ratio } = check;
    const status = figureStatus(check);
    lines.push(
      `  ${pad(figure.id, 26)}${lpad(n1.format(figure.km), 11)}${lpad(n1.format(computedKm), 11)}${lpad(signedPct(ratio), 9)}  ${pad(status === 'ok' ? status : status.toUpperCase(), 9)}${figure.source}`,
    );
    for (const alt of figure.alternatives) {
      lines.push(`  ${pad('', 26)}${lpad(n1.format(alt.km), 11)}${pad('', 31)}also: ${alt.source}`);
    }
  }
  const met = checks.filter((x) => x.met).length;
  lines.push(
    `  ${met} of ${checks.length} figures within tolerance; GAP: a known difference, its measured reason in geo/figures.json.`,
  );
  lines.push(
    '',
    `Distances with Turf on a sphere of mean radius 6,371.0088 km; 1 km = ${kmToMi(1).toFixed(6)} mi.`,
  );
  return lines.join('\n');
}

const span = ({ min, max }: DaysRange) =>
  min === max ? n1.format(min) : `${n1.format(min)}–${n1.format(max)}`;

/** The comparison with the Northern route and the sea: km by mode, days with their sources. */
function comparisonTable(c: Corridor, cmp: Comparison): string {
  const lines = ['', 'Comparison (km by Turf on the drawn lines; days as published)'];
  for (const r of compareRoutes(cmp, c)) {
    lines.push(
      `  ${pad(r.name, 18)}${lpad(km(r.km.total), 7)} km  rail ${lpad(km(r.km.rail), 6)}  sea ${lpad(km(r.km.sea), 6)}  ${span(r.days)} days  (${r.summary})`,
    );
    if (r.toEu) lines.push(`      to the EU border at ${r.toEu.at}: ${km(r.toEu.km)} km`);
    for (const t of r.transit) {
      lines.push(`      ${lpad(span(t.days), 7)} days  ${t.covers} — ${t.source}, ${t.date}`);
    }
  }
  lines.push('', 'Published lengths of the comparison routes');
  for (const l of cmp.lengths) {
    const route = cmp.routes.find((r) => r.id === l.route);
    const drawn = route ? (kmAlong(route, l.to) ?? NaN) - (kmAlong(route, l.from) ?? NaN) : NaN;
    const ratio = drawn / l.km - 1;
    lines.push(
      `  ${pad(l.id, 24)} published ${lpad(n0.format(l.value), 6)} ${pad(l.unit, 3)} = ${lpad(km(l.km), 6)} km   drawn ${lpad(km(drawn), 6)} km   ${signedPct(ratio)}   ${l.source}, ${l.date}`,
    );
  }
  lines.push('', 'Volumes on the corridor');
  for (const s of cmp.volumes) {
    const values = s.values.map(
      (v) => `${v.year} ${n3.format(v.value)}${v.forecast ? ' (forecast)' : ''}`,
    );
    lines.push(`  ${s.label} (${s.unit}): ${values.join(', ')}`);
  }
  return lines.join('\n');
}

/** "+3.2%" or "−4.1%" (a true minus sign): a drawn length against its published figure. */
function signedPct(ratio: number, space = ''): string {
  return `${ratio >= 0 ? '+' : '−'}${Math.abs(ratio * 100).toFixed(1)}${space}%`;
}

/** Within tolerance, a recorded shortfall (`gap`), or off without a reason. */
function figureStatus({ figure, met }: ReturnType<typeof checkFigures>[number]) {
  return met ? 'ok' : figure.gap !== undefined ? 'gap' : 'off';
}

/** The published figures against the drawn data, as a Markdown table (for notes and READMEs). */
function figuresMarkdown(c: Corridor): string {
  const rows = checkFigures(c).map((check) => {
    const { figure, computedKm, ratio } = check;
    const cell = (s: string) => s.replaceAll('|', '\\|');
    return `| ${figure.id} | ${cell(figure.source)} | ${n1.format(figure.km)} | ${n1.format(computedKm)} | ${signedPct(ratio, ' ')} | ${figureStatus(check)} |`;
  });
  return [
    '| figure | source | published km | computed km | difference | |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
}

/** Runs the check on `args` (optional path), writing to `out`/`err`; returns the exit code. */
export function checkGeo(
  args: readonly string[],
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  try {
    const markdown = args.includes('--markdown');
    const sources = load(args.find((a) => !a.startsWith('--')));
    const corridor = parseCorridor(sources);
    if (markdown) {
      out(figuresMarkdown(corridor));
      return 0;
    }
    out(table(corridor) + comparisonTable(corridor, parseComparison(sources, corridor)));
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
