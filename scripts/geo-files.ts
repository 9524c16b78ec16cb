// Reads geo/ from disk for Node (check-geo, bench, the tests) and applies the broken fixtures of
// tests/fixtures/geo/: each one is a small edit of the valid data with the problem it must raise.
// It lives with the scripts so that scripts never import from tests/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../src/lib/geo/problems';

export const GEO_DIR = fileURLToPath(new URL('../geo/', import.meta.url));
export const FIXTURE_DIR = fileURLToPath(new URL('../tests/fixtures/geo/', import.meta.url));

/** Every file of a directory as text, keyed by file name (subdirectories are skipped). */
export function readGeoDir(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => [d.name, fs.readFileSync(path.join(dir, d.name), 'utf8')]),
  );
}

/** A step into parsed JSON: a key, an index, or the array element with that id. */
type PathStep = string | number | { id: string };

export type Edit =
  | { file: string; at: PathStep[]; set: unknown }
  | { file: string; at: PathStep[]; delete: true }
  | { file: string; at: PathStep[]; append: unknown }
  | { file: string; at: PathStep[]; reverse: true }
  | { file: string; replace: [string, string] }
  | { file: string; remove: true };

export interface Fixture {
  /** The one defect, in words. */
  defect: string;
  edits: Edit[];
  /** The problem it must raise; `message` is matched as a substring. */
  expect: Problem;
}

export function readFixture(file: string): Fixture {
  const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (
    typeof value !== 'object' ||
    value === null ||
    !('defect' in value && 'edits' in value && 'expect' in value) ||
    !Array.isArray(value.edits)
  ) {
    throw new Error(`${file}: a fixture needs "defect", "edits" and "expect"`);
  }
  // The fixture files are ours and shaped by the type above; checked loosely here.
  return value as Fixture;
}

export function listFixtures(): string[] {
  return fs
    .readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

function child(node: unknown, step: PathStep): unknown {
  if (typeof step === 'object') {
    if (!Array.isArray(node)) throw new Error(`{id: ${step.id}} needs an array`);
    return node.find((el: unknown) => {
      if (typeof el !== 'object' || el === null) return false;
      const props = 'properties' in el ? el.properties : undefined;
      const id =
        typeof props === 'object' && props !== null && 'id' in props ? props.id : undefined;
      return ('id' in el && el.id === step.id) || id === step.id;
    });
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const value: unknown = Reflect.get(node, step);
  return value;
}

function indexOf(parent: unknown, step: PathStep): string | number {
  if (typeof step !== 'object') return step;
  if (!Array.isArray(parent)) throw new Error(`{id: ${step.id}} needs an array`);
  const i = parent.indexOf(child(parent, step));
  if (i < 0) throw new Error(`no element with id "${step.id}"`);
  return i;
}

/** Applies a fixture's edits to a copy of `sources`. */
export function applyFixture(
  sources: Readonly<Record<string, string>>,
  fixture: Fixture,
): Record<string, string> {
  const out = { ...sources };
  for (const edit of fixture.edits) {
    const text = out[edit.file];
    if (text === undefined) throw new Error(`fixture edits missing file ${edit.file}`);
    if ('remove' in edit) {
      delete out[edit.file];
      continue;
    }
    if ('replace' in edit) {
      const [find, by] = edit.replace;
      if (!text.includes(find)) throw new Error(`"${find}" not found in ${edit.file}`);
      out[edit.file] = text.replace(find, by);
      continue;
    }
    const root: unknown = JSON.parse(text);
    const steps = [...edit.at];
    const last = steps.pop();
    if (last === undefined) {
      // An empty path edits the file's top-level array.
      if (!Array.isArray(root) || !('append' in edit)) throw new Error('an edit needs a path');
      root.push(edit.append);
      out[edit.file] = JSON.stringify(root, null, 2);
      continue;
    }
    const parent = steps.reduce(child, root);
    if (typeof parent !== 'object' || parent === null) {
      throw new Error(`${edit.file}: path ${JSON.stringify(edit.at)} not found`);
    }
    const key = indexOf(parent, last);
    if ('set' in edit) Reflect.set(parent, key, edit.set);
    else if ('delete' in edit) Reflect.deleteProperty(parent, key);
    else {
      const list: unknown = Reflect.get(parent, key);
      if (!Array.isArray(list)) throw new Error(`${edit.file}: ${String(key)} is not an array`);
      if ('append' in edit) list.push(edit.append);
      else list.reverse();
    }
    out[edit.file] = JSON.stringify(root, null, 2);
  }
  return out;
}

/** Freezes a value and everything reachable from it (Maps' entries included). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k);
      deepFreeze(v);
    }
    // A frozen Map can still be written through its methods: block them.
    const readOnly = (): never => {
      throw new TypeError('frozen Map');
    };
    Object.assign(value, { set: readOnly, delete: readOnly, clear: readOnly });
  }
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}
