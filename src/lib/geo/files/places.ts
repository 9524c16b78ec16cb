import { paragraphs } from '../article';
import type { PlaceLink } from '../types';
import type { Problem } from '../problems';
import { valueLabel, type EntryReader, type JsonObject } from '../read';
import { GEO_FILES, type Declared, eachEntry } from './common';

const KINDS = ['segment', 'flight', 'node'] as const;

/**
 * places.json (optional): place names of the article that link to the map. Each phrase must
 * occur verbatim in every paragraph it lists; its target is a feature of the corridor
 * (`target: { kind, id }`) or a named area (`name` and `bounds`: [[west, south], [east, north]]).
 */
export function readPlaces(
  problems: Problem[],
  value: unknown,
  articleText: string | undefined,
  declared: Declared,
) {
  if (value === undefined) return [];
  const file = GEO_FILES.places;
  const paras = articleText === undefined ? undefined : paragraphs(articleText);
  const places: PlaceLink[] = [];
  const read = eachEntry(problems, file, value, ({ reader, obj, id, duplicate }) => {
    const phrase = reader.string(obj, 'phrase');
    const numbers = readParagraphs(reader, obj, phrase, paras);
    const target = readTarget(reader, obj, declared);
    if (id && !duplicate && phrase && numbers && target) {
      places.push({ id, phrase, paragraphs: numbers, target });
    }
  });
  return read ? places : undefined;
}

function readParagraphs(
  reader: EntryReader,
  obj: JsonObject,
  phrase: string | undefined,
  paras: string[] | undefined,
): number[] | undefined {
  const list = obj.paragraphs;
  if (!Array.isArray(list) || list.length === 0) {
    const got = list === undefined ? 'is missing' : `must list ¶ numbers, not ${valueLabel(list)}`;
    reader.report('paragraphs', got);
    return undefined;
  }
  let ok = true;
  list.forEach((n: unknown, i) => {
    const field = `paragraphs[${i}]`;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      reader.report(field, `must be a paragraph number ≥ 1, not ${valueLabel(n)}`);
      ok = false;
    } else if (paras !== undefined && n > paras.length) {
      reader.report(field, `¶${n} does not exist: the article has ${paras.length} paragraphs`);
      ok = false;
    } else if (paras !== undefined && phrase !== undefined && !paras[n - 1]!.includes(phrase)) {
      reader.report(field, `${valueLabel(phrase)} does not occur verbatim in ¶${n}`);
      ok = false;
    }
  });
  return ok ? (list as number[]) : undefined;
}

function readTarget(
  reader: EntryReader,
  obj: JsonObject,
  declared: Declared,
): PlaceLink['target'] | undefined {
  if (obj.target !== undefined && obj.bounds !== undefined) {
    reader.report('target', 'give either a target feature or bounds, not both');
    return undefined;
  }
  if (obj.target === undefined) {
    if (obj.bounds === undefined) {
      reader.report('target', 'is missing: give a target { kind, id } or a name and bounds');
      return undefined;
    }
    const name = reader.string(obj, 'name');
    const bounds = readBounds(reader, obj.bounds);
    return name && bounds ? { name, bounds } : undefined;
  }
  const t = reader.object(obj, 'target');
  if (!t) return undefined;
  const kind = reader.oneOf(t, 'kind', KINDS, 'target.kind');
  const ref = reader.string(t, 'id', 'target.id');
  if (!kind || !ref) return undefined;
  const ids = { segment: declared.segments, flight: declared.flights, node: declared.nodes }[kind];
  if (!ids.has(ref)) {
    reader.report('target.id', `unknown ${kind} "${ref}"`);
    return undefined;
  }
  return { kind, id: ref };
}

function readBounds(
  reader: EntryReader,
  value: unknown,
): [[number, number], [number, number]] | undefined {
  if (!Array.isArray(value) || value.length !== 2) {
    reader.report('bounds', `must be [[west, south], [east, north]], not ${valueLabel(value)}`);
    return undefined;
  }
  const sw = reader.position(value[0], 'bounds[0]');
  const ne = reader.position(value[1], 'bounds[1]');
  if (!sw || !ne) return undefined;
  if (sw[0] >= ne[0] || sw[1] >= ne[1]) {
    reader.report('bounds', 'the south-west corner must lie west and south of the north-east one');
    return undefined;
  }
  return [
    [sw[0], sw[1]],
    [ne[0], ne[1]],
  ];
}
