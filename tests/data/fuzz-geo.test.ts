// Seeded fuzzing of the content: 1,000 random mutations of the geo/ files (a value replaced or
// deleted, an entry duplicated, the text cut or spliced, a file removed) through the parser.
// It never crashes: it accepts the data or throws a CorridorError whose every problem names its
// file, and the entry's id and field whenever the problem is inside an entry. Replay a failure
// with the seed and path fast-check prints.
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import {
  CorridorError,
  GEO_FILES,
  formatProblem,
  parseCorridor,
  type Problem,
} from '../../src/lib/geo/index.ts';
import { parseTour } from '../../src/lib/geo/tour.ts';
import { GEO_DIR, readGeoDir } from '../../scripts/geo-files.ts';

const SEED = 20250408;
const RUNS = 1000;
const TOUR = 'tour.json';
const valid = readGeoDir(GEO_DIR);
const JSON_FILES = [...Object.values(GEO_FILES).filter((f) => f.endsWith('json')), TOUR];
const ALL_FILES = new Set<string>([...Object.values(GEO_FILES), TOUR]);

type Mutation =
  | { file: string; kind: 'set'; path: number[]; value: unknown }
  | { file: string; kind: 'delete' | 'duplicate'; path: number[] }
  | { file: string; kind: 'cut' | 'splice'; at: number; text: string }
  | { file: string; kind: 'remove' };

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    ' ',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    -1,
    0,
    1e308,
    -1e308,
    [],
    {},
    [[]],
    [0, 0, 0],
    null,
    true,
    'a'.repeat(10_000),
  ),
);

const path = fc.array(fc.nat(), { minLength: 1, maxLength: 7 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    file: fc.constantFrom(...JSON_FILES),
    kind: fc.constant('set' as const),
    path,
    value: hostileValue,
  }),
  fc.record({
    file: fc.constantFrom(...JSON_FILES),
    kind: fc.constantFrom('delete' as const, 'duplicate' as const),
    path,
  }),
  fc.record({
    file: fc.constantFrom(...ALL_FILES),
    kind: fc.constantFrom('cut' as const, 'splice' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.string({ unit: 'binary', maxLength: 6 }),
  }),
  fc.record({
    file: fc.constantFrom(...Object.values(GEO_FILES)),
    kind: fc.constant('remove' as const),
  }),
);

/** Where a mutation landed: the entry (an element of the file's list) and the field in it. */
interface Target {
  entryId?: string;
  field?: string;
}

/** Follows `choices` down a JSON value; returns the container and key of the last step. */
function walk(root: unknown, choices: number[]) {
  let parent: unknown;
  let key: string | number | undefined;
  let node = root;
  const keys: (string | number)[] = [];
  for (const choice of choices) {
    const children: (string | number)[] = Array.isArray(node)
      ? node.map((_, i) => i)
      : typeof node === 'object' && node !== null
        ? Object.keys(node)
        : [];
    if (children.length === 0) break;
    parent = node;
    key = children[choice % children.length]!;
    keys.push(key);
    node = Reflect.get(parent as object, key);
  }
  return { parent, key, keys };
}

/** The entry a JSON path is inside: `features[i]` of a GeoJSON file, or `[i]` of a list. */
function targetOf(root: unknown, keys: (string | number)[]): Target {
  const inFeatures = keys[0] === 'features';
  const list: unknown = inFeatures ? Reflect.get(root as object, 'features') : root;
  const index = inFeatures ? keys[1] : keys[0];
  if (!Array.isArray(list) || typeof index !== 'number') return {};
  const entry: unknown = list[index];
  const rest = keys.slice(inFeatures ? 2 : 1);
  const props = inFeatures ? Reflect.get(entry as object, 'properties') : entry;
  const id: unknown =
    typeof props === 'object' && props !== null ? Reflect.get(props, 'id') : undefined;
  return {
    entryId: typeof id === 'string' ? id : undefined,
    field: rest.length ? rest.join('.') : undefined,
  };
}

function mutate(sources: Record<string, string>, m: Mutation): Target {
  const text = sources[m.file]!;
  if (m.kind === 'remove') {
    delete sources[m.file];
    return {};
  }
  if ('at' in m) {
    const at = Math.floor(m.at * text.length);
    sources[m.file] =
      m.kind === 'cut' ? text.slice(0, at) : text.slice(0, at) + m.text + text.slice(at + 1);
    return {};
  }
  const root: unknown = JSON.parse(text);
  const { parent, key, keys } = walk(root, m.path);
  if (parent === undefined || key === undefined) return {};
  if (m.kind === 'set') Reflect.set(parent as object, key, m.value);
  else if (m.kind === 'delete' && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (m.kind === 'delete') Reflect.deleteProperty(parent as object, key);
  else if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  else return {};
  sources[m.file] = JSON.stringify(root, null, 2);
  return targetOf(JSON.parse(text), keys);
}

function parseAll(sources: Record<string, string>): readonly Problem[] {
  try {
    const corridor = parseCorridor(sources);
    parseTour(sources[TOUR] ?? '', corridor);
    return [];
  } catch (e) {
    if (e instanceof CorridorError) return e.problems;
    throw e;
  }
}

/** Problems about a file as a whole, which have no entry or field to name. */
const WHOLE_FILE = /^(file is missing|is not valid JSON|must be )/;

const counts = {
  runs: 0,
  accepted: 0,
  rejected: 0,
  problems: 0,
  namedEntry: 0,
  wholeFile: 0,
  targeted: 0,
};

afterAll(() => {
  console.log(
    `geo fuzz (seed ${SEED}): ${counts.runs} mutations, ${counts.accepted} accepted, ` +
      `${counts.rejected} rejected with ${counts.problems} problems ` +
      `(${counts.namedEntry} name file, id or entry, and field; ${counts.wholeFile} are about a ` +
      `whole file); ${counts.targeted} rejected edits of an entry's field, each named by file, ` +
      `entry id and field`,
  );
});

test(`${RUNS} seeded mutations of geo/ never crash the parser, and every problem says where`, () => {
  fc.assert(
    fc.property(mutation, (m) => {
      counts.runs++;
      const sources = { ...valid };
      const target = mutate(sources, m);
      const problems = parseAll(sources);
      if (problems.length === 0) {
        counts.accepted++;
        return;
      }
      counts.rejected++;
      for (const p of problems) {
        counts.problems++;
        expect(ALL_FILES.has(p.file), p.file).toBe(true);
        expect(p.message).toMatch(/\S/);
        expect(p.message).not.toMatch(/undefined|\[object |\n\s+at /);
        if (p.field !== undefined || p.id !== undefined) {
          counts.namedEntry++;
          if (p.field !== undefined) expect(p.field).toMatch(/\S/);
        } else {
          counts.wholeFile++;
          // Only an edit of the file as a whole (its text, its shape) leaves nothing to name.
          expect(target.entryId, `${p.file}: ${p.message}`).toBeUndefined();
          expect(p.message, `${p.file}: ${p.message}`).toMatch(WHOLE_FILE);
        }
      }
      // A broken field of an entry: a problem names that file, that entry's id and a field.
      // (A broken id itself is named by the entry's position, e.g. `[2].id`, checked above.)
      const idEdit = /^(properties\.)?id$/.test(target.field ?? '');
      if (target.entryId !== undefined && target.field !== undefined && !idEdit) {
        counts.targeted++;
        expect(
          problems.some((p) => p.file === m.file && p.id === target.entryId && p.field),
          `${JSON.stringify(m).slice(0, 200)}: ${problems.map(formatProblem).join('; ')}`,
        ).toBe(true);
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
});
