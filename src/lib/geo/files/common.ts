import type { CorridorNode, LngLat, Passage } from '../types';
import type { Problem } from '../problems';
import { EntryReader, valueLabel, isObject, type JsonObject } from '../read';

/** The files of `geo/` this module reads; any other file (README.md, tour.json…) is ignored. */
export const GEO_FILES = {
  article: 'article.txt',
  articleInfo: 'article.json',
  passages: 'passages.json',
  nodes: 'nodes.geojson',
  routes: 'routes.json',
  segments: 'segments.geojson',
  flights: 'flights.json',
  figures: 'figures.json',
} as const;

export const COUNTRY = /^[A-Z]{2}$/;
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** File name → file text, e.g. from `import.meta.glob('/geo/*', { query: '?raw' })`. */
export type GeoSources = Readonly<Record<string, string>>;

export interface IdSet {
  has(id: string): boolean;
}

export interface Declared {
  passages: IdSet;
  nodes: IdSet;
  routes: IdSet;
  segments: IdSet;
  flights: IdSet;
}

/**
 * Every string id of a parsed file's entries (`id` or `properties.id`), valid or not. When the
 * file itself could not be read, any id counts as declared: that file's problem is reported once.
 */
export function declaredIds(value: unknown): IdSet {
  const collection = isObject(value) && value.type === 'FeatureCollection';
  const list = collection ? value.features : value;
  if (!Array.isArray(list)) return { has: () => true };
  const ids = new Set<string>();
  for (const item of list) {
    if (!isObject(item)) continue;
    const id = isObject(item.properties) ? item.properties.id : item.id;
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

export function entries(problems: Problem[], file: string, value: unknown): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ file, message: `must hold a JSON array, not ${valueLabel(value)}` });
    return undefined;
  }
  return value;
}

export function features(problems: Problem[], file: string, value: unknown): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    problems.push({ file, message: 'must be a GeoJSON FeatureCollection with a "features" array' });
    return undefined;
  }
  return value.features;
}

/** Starts reading one array entry; reports and skips it when it is not an object. */
export function entry(problems: Problem[], file: string, value: unknown, position: string) {
  const reader = new EntryReader(problems, file, position);
  if (!isObject(value)) {
    reader.report(undefined, `must be an object, not ${valueLabel(value)}`);
    return undefined;
  }
  return { reader, obj: value };
}

export function noteDuplicate(
  seen: Set<string>,
  reader: EntryReader,
  id: string | undefined,
  field = 'id',
): boolean {
  if (id === undefined) return false;
  if (seen.has(id)) {
    reader.report(field, 'is a duplicate: ids must be unique in the file');
    return true;
  }
  seen.add(id);
  return false;
}

/** Checks a feature's geometry type and hands its coordinates to `read`. */
export function readGeometry<T>(
  reader: EntryReader,
  obj: JsonObject,
  type: 'Point' | 'LineString',
  read: (coordinates: unknown) => T | undefined,
): T | undefined {
  if (obj.type !== 'Feature')
    reader.report('type', `must be "Feature", not ${valueLabel(obj.type)}`);
  const geometry = obj.geometry;
  if (!isObject(geometry)) {
    reader.report('geometry', `must be a ${type} geometry, not ${valueLabel(geometry)}`);
    return undefined;
  }
  if (geometry.type !== type) {
    reader.report('geometry.type', `must be "${type}", not ${valueLabel(geometry.type)}`);
    return undefined;
  }
  return read(geometry.coordinates);
}

export function readLine(reader: EntryReader, coords: unknown): LngLat[] | undefined {
  if (!Array.isArray(coords) || coords.length < 2) {
    const got = Array.isArray(coords) ? `${coords.length} position(s)` : valueLabel(coords);
    reader.report('geometry.coordinates', `a LineString needs at least 2 positions, not ${got}`);
    return undefined;
  }
  const line: LngLat[] = [];
  coords.forEach((p: unknown, i) => {
    const position = reader.position(p, `geometry.coordinates[${i}]`);
    if (position !== undefined) line.push(position);
  });
  return line.length === coords.length ? line : undefined;
}

/**
 * A `from` or `to` node id: it must name a node of nodes.geojson, and an airport exactly when
 * the entry is a flight (rail and sea segments join stations and ports).
 */
export function readNodeRef(
  reader: EntryReader,
  props: JsonObject,
  key: 'from' | 'to',
  nodes: Map<string, CorridorNode> | undefined,
  declared: Declared,
  { airport = false, field = `properties.${key}` } = {},
): CorridorNode | undefined {
  const id = reader.string(props, key, field);
  if (id === undefined || nodes === undefined) return undefined;
  const node = nodes.get(id);
  if (node === undefined && declared.nodes.has(id)) return undefined;
  if (node === undefined) reader.report(field, `unknown node "${id}" (not in ${GEO_FILES.nodes})`);
  else if (airport && node.kind !== 'airport')
    reader.report(field, `"${id}" is a ${node.kind}, not an airport`);
  else if (!airport && node.kind === 'airport')
    reader.report(field, `"${id}" is an airport: rail and sea segments join stations and ports`);
  else return node;
  return undefined;
}

export function readPassageRefs(
  reader: EntryReader,
  obj: JsonObject,
  passages: Map<string, Passage> | undefined,
  declared: Declared,
  field = 'properties.passages',
): string[] | undefined {
  const ids = reader.strings(obj, 'passages', true, field);
  if (ids === undefined || passages === undefined) return ids;
  let ok = true;
  ids.forEach((id, i) => {
    if (!passages.has(id) && declared.passages.has(id)) ok = false;
    else if (!passages.has(id)) {
      reader.report(`${field}[${i}]`, `unknown passage "${id}" (not in ${GEO_FILES.passages})`);
      ok = false;
    }
  });
  return ok ? ids : undefined;
}

export interface Entry {
  reader: EntryReader;
  obj: JsonObject;
  /** The entry's id when valid; `duplicate` when another entry of the file has it already. */
  id: string | undefined;
  duplicate: boolean;
}

export interface FeatureEntry extends Entry {
  props: JsonObject | undefined;
}

/**
 * Hands each entry of a JSON array file to `read`, with its reader, its id checked and its
 * uniqueness noted. False when the file is not an array (the problem is reported).
 */
export function eachEntry(
  problems: Problem[],
  file: string,
  value: unknown,
  read: (entry: Entry) => void,
): boolean {
  const list = entries(problems, file, value);
  if (list === undefined) return false;
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const e = entry(problems, file, item, `[${i}]`);
    if (e === undefined) return;
    const id = e.reader.readId(e.obj, 'id');
    read({ ...e, id, duplicate: noteDuplicate(seen, e.reader, id) });
  });
  return true;
}

/** The same for the features of a GeoJSON FeatureCollection, whose ids are `properties.id`. */
export function eachFeature(
  problems: Problem[],
  file: string,
  value: unknown,
  read: (entry: FeatureEntry) => void,
): boolean {
  const list = features(problems, file, value);
  if (list === undefined) return false;
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const e = entry(problems, file, item, `features[${i}]`);
    if (e === undefined) return;
    const props = e.reader.object(e.obj, 'properties');
    const id = props && e.reader.readId(props, 'id', 'properties.id');
    const duplicate = noteDuplicate(seen, e.reader, id, 'properties.id');
    read({ ...e, props, id, duplicate });
  });
  return true;
}
