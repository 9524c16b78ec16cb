// geo/tracks/<segment>.json: the sourced positions a rail segment is drawn through, in order.
// `npm run geo:tracks` writes them into segments.geojson; a test keeps the two equal, so every
// vertex of a tracked segment is a named place with a named source, or a stated estimate.
import { greatCircleKm } from './measure';
import type { Problem } from './problems';
import { drawnPositions } from './station-hooks';
import { EntryReader, isObject, valueLabel, type JsonObject } from './read';
import type { LngLat } from './types';

/**
 * What a point of a track is. `track` is a vertex of the line's own surveyed geometry (a map of
 * the railway itself), `town` a settlement a source says the line serves. `estimate` needs a
 * `why`; every other kind needs a `source`.
 */
export const TRACK_POINT_KINDS = [
  'station',
  'junction',
  'border',
  'port',
  'tunnel',
  'bridge',
  'pass',
  'town',
  'track',
  'estimate',
] as const;
export type TrackPointKind = (typeof TRACK_POINT_KINDS)[number];

/** The longest straight leg a track may draw, as for every rail segment. */
export const TRACK_MAX_LEG_KM = 60;

export interface TrackSource {
  title: string;
  url?: string;
}

export interface TrackPoint {
  name: string;
  kind: TrackPointKind;
  at: LngLat;
  /** Id in the track's `sources`; absent only for an estimate. */
  source?: string;
  /** Why an estimate is where it is (the course a source describes, without coordinates). */
  why?: string;
}

export interface Track {
  segment: string;
  /** Which line, which towns, which valleys and passes, and which sources say so. */
  course: string;
  sources: Readonly<Record<string, TrackSource>>;
  points: readonly TrackPoint[];
}

/** A track file's name for its segment: `geo/tracks/<segment>.json`. */
export function trackFile(segment: string): string {
  return `tracks/${segment}.json`;
}

/**
 * The line written into segments.geojson: the points in order, a station lying beside the track
 * drawn on it (station-hooks.ts), rounded to 5 decimals (about 1 m).
 */
export function trackLine(track: Track): LngLat[] {
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  return drawnPositions(track.points).line.map(([lon, lat]): LngLat => [round(lon), round(lat)]);
}

/** The points of a track drawn elsewhere than their recorded position, with how far, in km. */
export function movedPoints(track: Track): { name: string; km: number }[] {
  const { line, moved } = drawnPositions(track.points);
  return moved.map((i) => ({
    name: track.points[i]!.name,
    km: greatCircleKm(track.points[i]!.at, line[i]!),
  }));
}

/** Reads and checks one track file; `file` is its name inside geo/, e.g. `tracks/x-y.json`. */
export function parseTrack(file: string, text: string): { track?: Track; problems: Problem[] } {
  const problems: Problem[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
    return { problems };
  }
  const reader = new EntryReader(problems, file, '');
  if (!isObject(value)) {
    reader.report(undefined, `must hold a JSON object, not ${valueLabel(value)}`);
    return { problems };
  }
  const segment = reader.readId(value, 'segment');
  const expected = segment === undefined ? undefined : trackFile(segment);
  if (expected !== undefined && expected !== file)
    reader.report('segment', `names "${segment}", so the file must be ${expected}`);
  const course = reader.string(value, 'course');
  const sources = readSources(reader, value);
  const points = readPoints(reader, value, sources);
  if (problems.length > 0 || !segment || !course || !sources || !points) return { problems };
  return { track: { segment, course, sources, points }, problems };
}

function readSources(reader: EntryReader, obj: JsonObject) {
  const value = reader.object(obj, 'sources');
  if (value === undefined) return undefined;
  const sources: Record<string, TrackSource> = {};
  for (const [id, entry] of Object.entries(value)) {
    const field = `sources.${id}`;
    if (!isObject(entry)) {
      reader.report(field, `must be { "title", "url"? }, not ${valueLabel(entry)}`);
      continue;
    }
    const title = reader.string(entry, 'title', `${field}.title`);
    const url = reader.optionalString(entry, 'url', `${field}.url`);
    if (url !== undefined && !/^https?:\/\//.test(url))
      reader.report(`${field}.url`, `${valueLabel(url)} is not an http(s) address`);
    if (title !== undefined) sources[id] = url === undefined ? { title } : { title, url };
  }
  if (Object.keys(value).length === 0) reader.report('sources', 'must name at least one source');
  return sources;
}

function readPoints(
  reader: EntryReader,
  obj: JsonObject,
  sources: Record<string, TrackSource> | undefined,
): TrackPoint[] | undefined {
  const list = obj.points;
  if (!Array.isArray(list) || list.length < 2) {
    const got = Array.isArray(list) ? `${list.length} point(s)` : valueLabel(list);
    reader.report('points', `must list at least 2 points, not ${got}`);
    return undefined;
  }
  const used = new Set<string>();
  const points: TrackPoint[] = [];
  list.forEach((entry: unknown, i) => {
    const field = `points[${i}]`;
    if (!isObject(entry)) {
      reader.report(field, `must be an object, not ${valueLabel(entry)}`);
      return;
    }
    const name = reader.string(entry, 'name', `${field}.name`);
    const kind = reader.oneOf(entry, 'kind', TRACK_POINT_KINDS, `${field}.kind`);
    const at = reader.position(entry.at, `${field}.at`);
    const point = readPointSource(reader, entry, field, kind, sources);
    if (point !== undefined && point.source !== undefined) used.add(point.source);
    if (name === undefined || kind === undefined || at === undefined || point === undefined) return;
    points.push({ name, kind, at, ...point });
  });
  if (points.length !== list.length) return undefined;
  let ok = true;
  for (let i = 1; i < points.length; i++) {
    const km = greatCircleKm(points[i - 1]!.at, points[i]!.at);
    if (km > TRACK_MAX_LEG_KM) {
      reader.report(
        `points[${i}].at`,
        `is ${km.toFixed(1)} km from "${points[i - 1]!.name}": legs must be ≤ ${TRACK_MAX_LEG_KM} km (add the places the line passes between them)`,
      );
      ok = false;
    }
  }
  for (const id of Object.keys(sources ?? {}))
    if (!used.has(id)) reader.report(`sources.${id}`, 'is not used by any point');
  return ok ? points : undefined;
}

function readPointSource(
  reader: EntryReader,
  entry: JsonObject,
  field: string,
  kind: TrackPointKind | undefined,
  sources: Record<string, TrackSource> | undefined,
): { source?: string; why?: string } | undefined {
  if (kind === 'estimate') {
    const why = reader.string(entry, 'why', `${field}.why`);
    const source = reader.optionalString(entry, 'source', `${field}.source`);
    if (why === undefined) return undefined;
    if (source !== undefined && sources !== undefined && !(source in sources)) {
      reader.report(`${field}.source`, `unknown source "${source}" (not in "sources")`);
      return undefined;
    }
    return source === undefined ? { why } : { why, source };
  }
  if (entry.why !== undefined)
    reader.report(`${field}.why`, 'is for estimates only: a sourced point names its source');
  const source = reader.string(entry, 'source', `${field}.source`);
  if (source === undefined) return undefined;
  if (sources !== undefined && !(source in sources)) {
    reader.report(`${field}.source`, `unknown source "${source}" (not in "sources")`);
    return undefined;
  }
  return { source };
}
