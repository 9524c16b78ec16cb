import type {
  Comparison,
  ComparisonLine,
  ComparisonMode,
  ComparisonRoute,
  Context,
  Duration,
  Leg,
  Place,
  PublishedLength,
  Sourced,
  Stop,
  VolumeSeries,
  VolumeValue,
} from './comparison-types';
import { greatCircleArc, greatCircleKm, lineLengthKm } from './measure';
import { RouteError, routeBetween } from './network';
import { CorridorError, type Problem } from './problems';
import { EntryReader, isObject, valueLabel, type JsonObject } from './read';
import type { Corridor, LngLat } from './types';

/** The files of `geo/` this module reads. */
export const COMPARISON_FILES = {
  places: 'comparison-places.geojson',
  rail: 'comparison-rail.geojson',
  routes: 'comparison.json',
  volumes: 'corridor-volumes.json',
} as const;

/** Line ends must lie this close to their places. */
export const COMPARISON_END_TOLERANCE_KM = 1;
/**
 * The comparison's rail is context, drawn through the main stations only: legs may be longer
 * than the corridor's 60 km, not longer than this.
 */
export const MAX_COMPARISON_RAIL_LEG_KM = 150;
/** Generated sea lines get a vertex at least this often, so that they draw as great circles. */
export const SEA_VERTEX_KM = 100;
/** International nautical mile (exact). */
export const KM_PER_NMI = 1.852;

const PLACE_KINDS = ['city', 'port', 'border', 'junction'] as const;
const MODES: readonly ComparisonMode[] = ['rail', 'sea'];
const STOP_KINDS = ['gauge', 'transshipment', 'border'] as const;
const GAUGES_MM = [1435, 1520];
const COUNTRY = /^[A-Z]{2}$/;
const AS_OF = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const URL_PATTERN = /^https?:\/\/\S+$/;

type Files = Readonly<Record<string, string>>;

/**
 * Reads and validates the comparison of the corridor with the Northern route and the sea, and
 * the corridor's volumes by year. Throws a `CorridorError` listing every problem, each naming
 * the file, the entry's id and the field.
 */
export function parseComparison(sources: Files, corridor: Corridor): Comparison {
  const problems: Problem[] = [];
  const comparison = readComparison(problems, sources, corridor);
  if (problems.length > 0 || comparison === undefined) throw new CorridorError(problems);
  return comparison;
}

/** As `parseComparison`, adding its problems to `problems` (for a parser reading all of geo/). */
export function readComparison(
  problems: Problem[],
  sources: Files,
  corridor: Corridor,
): Comparison | undefined {
  const before = problems.length;
  const json = (file: string): unknown => {
    const text = sources[file];
    if (text === undefined) {
      problems.push({ file, message: 'file is missing' });
      return undefined;
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      problems.push({ file, message: `is not valid JSON: ${why}` });
      return undefined;
    }
  };
  const places = readPlaces(problems, json(COMPARISON_FILES.places), corridor);
  const position = (id: string): LngLat | undefined =>
    places.get(id)?.coordinates ?? corridor.nodes.get(id)?.coordinates;
  const country = (id: string) => places.get(id)?.country ?? corridor.nodes.get(id)?.country;
  const railJson = json(COMPARISON_FILES.rail);
  const rail = readRail(problems, railJson, position, country);
  // When a rail line is invalid, the legs along it are not reported again.
  const railComplete = problems.length === before;
  const doc = json(COMPARISON_FILES.routes);
  const volumes = readVolumes(problems, json(COMPARISON_FILES.volumes));
  if (!isObject(doc)) {
    if (doc !== undefined) {
      const file = COMPARISON_FILES.routes;
      problems.push({ file, message: `must hold a JSON object, not ${valueLabel(doc)}` });
    }
    return undefined;
  }
  // Ids declared even by an invalid entry: a reference to one is not reported again.
  const declared = {
    routes: declaredIds(doc.routes),
    stops: declaredIds(doc.stops),
    lanes: declaredIds(doc.lanes),
  };
  const lanes = readLanes(problems, doc.lanes);
  const stops = readStops(problems, doc.stops, position);
  const ctx = { corridor, position, rail, railComplete, lanes, stops, declared };
  const routes = readRoutes(problems, doc.routes, ctx);
  for (const line of rail) {
    if (!declared.routes.has(line.route)) {
      problems.push({
        file: COMPARISON_FILES.rail,
        id: line.id,
        field: 'properties.route',
        message: `"${line.route}" is not a route of ${COMPARISON_FILES.routes}`,
      });
    }
  }
  const lengths = readLengths(problems, doc.lengths, routes, declared.routes);
  if (problems.length > before) return undefined;
  const seaLines = routes.flatMap((r) =>
    r.legs.flatMap((leg, i): ComparisonLine[] =>
      leg.kind === 'move' && leg.mode === 'sea' && leg.on === 'lines'
        ? [
            {
              id: r.legs.length === 1 ? r.id : `${r.id}-${i}`,
              name: r.summary,
              route: r.id,
              mode: 'sea',
              from: leg.from,
              to: leg.to,
              countries: [],
              coordinates: leg.coordinates,
              lengthKm: leg.lengthKm,
            },
          ]
        : [],
    ),
  );
  return {
    places,
    lines: [...rail, ...seaLines],
    routes,
    stops: [...stops.values()],
    lengths,
    volumes,
  };
}

function declaredIds(value: unknown): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(value)) return ids;
  for (const item of value) if (isObject(item) && typeof item.id === 'string') ids.add(item.id);
  return ids;
}

function list(problems: Problem[], file: string, value: unknown, what: string) {
  if (Array.isArray(value)) return value;
  problems.push({ file, message: `${what} must be an array, not ${valueLabel(value)}` });
  return [];
}

function features(problems: Problem[], file: string, value: unknown): unknown[] {
  if (value === undefined) return [];
  if (!isObject(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    problems.push({ file, message: 'must be a GeoJSON FeatureCollection with a "features" array' });
    return [];
  }
  return value.features;
}

/** Runs `read` on each object of a list, with a reader that knows the entry's place. */
function eachEntry(
  problems: Problem[],
  file: string,
  items: unknown[],
  prefix: string,
  read: (reader: EntryReader, obj: JsonObject) => void,
) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const reader = new EntryReader(problems, file, `${prefix}[${i}]`);
    if (!isObject(item)) {
      reader.report(undefined, `must be an object, not ${valueLabel(item)}`);
      return;
    }
    const props = prefix === 'features' ? item.properties : item;
    const id = isObject(props) && typeof props.id === 'string' ? props.id : undefined;
    if (id !== undefined && seen.has(id)) {
      reader.id = id;
      reader.report(prefix === 'features' ? 'properties.id' : 'id', 'is a duplicate');
      return;
    }
    if (id !== undefined) seen.add(id);
    read(reader, item);
  });
}

/** Reports a problem and gives nothing, for use inside `map`. */
function fail(r: EntryReader, field: string, message: string): undefined {
  r.report(field, message);
  return undefined;
}

function readSourced(r: EntryReader, obj: JsonObject, at = ''): Sourced | undefined {
  const source = r.string(obj, 'source', `${at}source`);
  const date = r.matching(obj, 'date', AS_OF, 'a date (YYYY, YYYY-MM or YYYY-MM-DD)', `${at}date`);
  const url =
    obj.url === undefined
      ? undefined
      : r.matching(obj, 'url', URL_PATTERN, 'an http(s) address', `${at}url`);
  if (source === undefined || date === undefined) return undefined;
  return url === undefined ? { source, date } : { source, url, date };
}

/** A published time with its own source and date. */
function readDuration(r: EntryReader, value: unknown, field: string): Duration | undefined {
  if (!isObject(value)) {
    r.report(field, `must be an object with min, typical or max, not ${valueLabel(value)}`);
    return undefined;
  }
  const at = `${field}.`;
  const unit = r.oneOf(value, 'unit', ['minutes', 'hours', 'days'] as const, `${at}unit`);
  const covers = r.string(value, 'covers', `${at}covers`);
  const numbers: Partial<Record<'min' | 'typical' | 'max', number>> = {};
  for (const key of ['min', 'typical', 'max'] as const) {
    if (value[key] === undefined) continue;
    const n = r.positiveNumber(value, key, `${at}${key}`);
    if (n === undefined) return undefined;
    numbers[key] = n;
  }
  const { min, typical, max } = numbers;
  if (min === undefined && typical === undefined && max === undefined) {
    r.report(field, 'gives no time: set min and max, or typical');
    return undefined;
  }
  const ordered = [min, typical, max].filter((x) => x !== undefined);
  if (ordered.some((x, i) => i > 0 && x < (ordered[i - 1] ?? 0))) {
    r.report(field, `must have min ≤ typical ≤ max, not ${ordered.join(', ')}`);
    return undefined;
  }
  const own = readSourced(r, value, at);
  if (unit === undefined || covers === undefined || own === undefined) return undefined;
  return { ...numbers, unit, covers, ...own };
}

function readPlaces(problems: Problem[], value: unknown, corridor: Corridor) {
  const file = COMPARISON_FILES.places;
  const places = new Map<string, Place>();
  eachEntry(problems, file, features(problems, file, value), 'features', (r, obj) => {
    const props = r.object(obj, 'properties');
    if (props === undefined) return;
    const id = r.readId(props, 'id', 'properties.id');
    if (id !== undefined && corridor.nodes.has(id)) {
      r.report('properties.id', 'is already a node of nodes.geojson: use that node instead');
      return;
    }
    const name = r.string(props, 'name', 'properties.name');
    const kind = r.oneOf(props, 'kind', PLACE_KINDS, 'properties.kind');
    const country = r.matching(
      props,
      'country',
      COUNTRY,
      'an ISO 3166-1 alpha-2 code',
      'properties.country',
    );
    const source = r.string(props, 'source', 'properties.source');
    const geometry = obj.geometry;
    let coordinates: LngLat | undefined;
    if (!isObject(geometry) || geometry.type !== 'Point') {
      r.report('geometry', `must be a Point, not ${valueLabel(geometry)}`);
    } else coordinates = r.position(geometry.coordinates, 'geometry.coordinates');
    if (!id || !name || !kind || !country || !source || !coordinates) return;
    places.set(id, { id, name, kind, country, coordinates, source });
  });
  return places;
}

type PositionOf = (id: string) => LngLat | undefined;

function readRail(
  problems: Problem[],
  value: unknown,
  position: PositionOf,
  country: (id: string) => string | undefined,
) {
  const file = COMPARISON_FILES.rail;
  const lines: ComparisonLine[] = [];
  eachEntry(problems, file, features(problems, file, value), 'features', (r, obj) => {
    const props = r.object(obj, 'properties');
    if (props === undefined) return;
    const id = r.readId(props, 'id', 'properties.id');
    const name = r.string(props, 'name', 'properties.name');
    const route = r.string(props, 'route', 'properties.route');
    const mode = r.oneOf(props, 'mode', ['rail'] as const, 'properties.mode');
    const ends = (['from', 'to'] as const).map((key) => {
      const end = r.string(props, key, `properties.${key}`);
      if (end !== undefined && position(end) === undefined) {
        r.report(`properties.${key}`, `"${end}" is not a node or a comparison place`);
        return undefined;
      }
      return end;
    });
    const countries = r.strings(props, 'countries', false, 'properties.countries');
    countries?.forEach((c, i) => {
      if (!COUNTRY.test(c))
        r.report(`properties.countries[${i}]`, `"${c}" is not an ISO 3166-1 alpha-2 code`);
    });
    const geometry = obj.geometry;
    if (
      !isObject(geometry) ||
      geometry.type !== 'LineString' ||
      !Array.isArray(geometry.coordinates)
    ) {
      r.report('geometry', `must be a LineString, not ${valueLabel(geometry)}`);
      return;
    }
    const coords: unknown[] = geometry.coordinates;
    if (coords.length < 2) {
      r.report('geometry.coordinates', 'must hold at least two positions');
      return;
    }
    const coordinates = coords.map((c, i) => r.position(c, `geometry.coordinates[${i}]`));
    if (!coordinates.every((c) => c !== undefined)) return;
    const [from, to] = ends;
    if (!id || !name || !route || !mode || !from || !to || !countries) return;
    const endsOk = ([from, to] as const).every((end, k) => {
      const at = position(end);
      const vertex = k === 0 ? coordinates[0] : coordinates[coordinates.length - 1];
      if (!at || !vertex) return false;
      const km = greatCircleKm(at, vertex);
      if (km <= COMPARISON_END_TOLERANCE_KM) return true;
      const which = k === 0 ? 'first' : 'last';
      r.report('geometry.coordinates', `${which} position is ${km.toFixed(1)} km from "${end}"`);
      return false;
    });
    const tooLong = coordinates.findIndex(
      (c, i) => i > 0 && greatCircleKm(coordinates[i - 1] ?? c, c) > MAX_COMPARISON_RAIL_LEG_KM,
    );
    if (tooLong > 0) {
      r.report(
        `geometry.coordinates[${tooLong}]`,
        `is more than ${MAX_COMPARISON_RAIL_LEG_KM} km from the previous position: follow the line through its stations`,
      );
      return;
    }
    if (!endsOk) return;
    const own = [country(from), country(to)].filter((c) => c !== undefined);
    lines.push({
      id,
      name,
      route,
      mode,
      from,
      to,
      countries: [...new Set([...own, ...countries])],
      coordinates,
      lengthKm: lineLengthKm(coordinates),
    });
  });
  return lines;
}

interface Lane {
  id: string;
  via: LngLat[];
}

function readLanes(problems: Problem[], value: unknown) {
  const file = COMPARISON_FILES.routes;
  const lanes = new Map<string, Lane>();
  eachEntry(problems, file, list(problems, file, value, '"lanes"'), 'lanes', (r, obj) => {
    const id = r.readId(obj, 'id');
    r.string(obj, 'name');
    const via = Array.isArray(obj.via) ? obj.via : [];
    if (via.length === 0) r.report('via', 'must list at least one waypoint');
    const points = via.map((w: unknown, i) =>
      isObject(w)
        ? r.position(w.at, `via[${i}].at`)
        : fail(r, `via[${i}]`, `must be an object { "at": [lon, lat] }, not ${valueLabel(w)}`),
    );
    const ok = points.every((p) => p !== undefined);
    if (id !== undefined && ok && via.length > 0) lanes.set(id, { id, via: points });
  });
  return lanes;
}

function readStops(problems: Problem[], value: unknown, position: PositionOf) {
  const file = COMPARISON_FILES.routes;
  const stops = new Map<string, Stop>();
  eachEntry(problems, file, list(problems, file, value, '"stops"'), 'stops', (r, obj) => {
    const id = r.readId(obj, 'id');
    const at = r.strings(obj, 'at', true);
    if (at && at.length > 2) r.report('at', 'names one node, or the two sides of a crossing');
    at?.forEach((node, i) => {
      if (position(node) === undefined)
        r.report(`at[${i}]`, `"${node}" is not a node or a comparison place`);
    });
    const kind = r.oneOf(obj, 'kind', STOP_KINDS);
    const what = r.string(obj, 'what');
    const sourced = readSourced(r, obj);
    let gauge: [number, number] | undefined;
    if (kind === 'gauge' || obj.gauge !== undefined) {
      const g = obj.gauge;
      const [a, b] = Array.isArray(g) ? g : [];
      if (
        !Array.isArray(g) ||
        g.length !== 2 ||
        typeof a !== 'number' ||
        typeof b !== 'number' ||
        !GAUGES_MM.includes(a) ||
        !GAUGES_MM.includes(b) ||
        a === b
      ) {
        r.report('gauge', `must be the two gauges in mm, e.g. [1435, 1520], not ${valueLabel(g)}`);
      } else gauge = [a, b];
    }
    const time = obj.time === undefined ? undefined : readDuration(r, obj.time, 'time');
    if (obj.time !== undefined && time === undefined) return;
    const first = at?.[0];
    const coordinates = first === undefined ? undefined : position(first);
    if (!id || !at || !kind || !what || !sourced || !coordinates) return;
    if (kind === 'gauge' && gauge === undefined) return;
    const stop: Stop = { id, at, kind, what, ...sourced, coordinates };
    if (gauge) stop.gauge = gauge;
    if (time) stop.time = time;
    stops.set(id, stop);
  });
  return stops;
}

interface RouteContext {
  corridor: Corridor;
  position: PositionOf;
  rail: ComparisonLine[];
  lanes: Map<string, Lane>;
  stops: Map<string, Stop>;
  declared: { routes: Set<string>; stops: Set<string>; lanes: Set<string> };
  railComplete: boolean;
}

/** A sea line through waypoints, each stretch a great circle with a vertex every ~100 km. */
export function seaLine(points: readonly LngLat[]): LngLat[] {
  const out: LngLat[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev === undefined) {
      out.push(p);
      return;
    }
    const km = greatCircleKm(prev, p);
    const n = Math.ceil(km / SEA_VERTEX_KM) + 1;
    out.push(...(n <= 2 ? [p] : greatCircleArc(prev, p, n).slice(1)));
  });
  return out;
}

/** The way along a route's own lines from `from` to `to` (depth-first), or where it got to. */
function chain(lines: ComparisonLine[], from: string, to: string) {
  let furthest = from;
  const walk = (at: string, used: Set<string>): LngLat[] | undefined => {
    if (at === to) return [];
    furthest = at;
    for (const next of lines) {
      if (used.has(next.id) || (next.from !== at && next.to !== at)) continue;
      const forward = next.from === at;
      const rest = walk(forward ? next.to : next.from, new Set([...used, next.id]));
      if (rest === undefined) continue;
      const line = forward ? next.coordinates : [...next.coordinates].reverse();
      return [...line, ...rest.slice(1)];
    }
    return undefined;
  };
  const coordinates = walk(from, new Set());
  return coordinates === undefined
    ? { ok: false as const, at: furthest }
    : { ok: true as const, coordinates };
}

function readLeg(
  r: EntryReader,
  obj: JsonObject,
  field: string,
  routeId: string | undefined,
  ctx: RouteContext,
): Leg | undefined {
  if (obj.stop !== undefined) {
    const id = r.string(obj, 'stop', `${field}.stop`);
    const stop = id === undefined ? undefined : ctx.stops.get(id);
    if (id !== undefined && !ctx.declared.stops.has(id)) {
      r.report(`${field}.stop`, `"${id}" is not a stop`);
    }
    return stop && { kind: 'stop', stop };
  }
  const mode = r.oneOf(obj, 'mode', MODES, `${field}.mode`);
  const from = r.string(obj, 'from', `${field}.from`);
  const to = r.string(obj, 'to', `${field}.to`);
  const on =
    obj.on === undefined ? 'lines' : r.oneOf(obj, 'on', ['corridor'] as const, `${field}.on`);
  const time = obj.time === undefined ? undefined : readDuration(r, obj.time, `${field}.time`);
  if (!mode || !from || !to || !on || (obj.time !== undefined && !time)) return undefined;
  for (const [key, id] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (ctx.position(id) === undefined) {
      r.report(`${field}.${key}`, `"${id}" is not a node or a comparison place`);
      return undefined;
    }
  }
  let coordinates: LngLat[];
  if (on === 'corridor') {
    try {
      const path = routeBetween(ctx.corridor, from, to);
      const other = path.segments.find((s) => s.mode !== mode);
      if (other) {
        r.report(
          field,
          `the corridor's way from "${from}" to "${to}" takes ${other.mode} segment "${other.id}", not only ${mode}`,
        );
        return undefined;
      }
      coordinates = path.coordinates;
    } catch (e) {
      if (!(e instanceof RouteError)) throw e;
      r.report(field, e.message);
      return undefined;
    }
  } else if (mode === 'sea') {
    const ids = r.strings(obj, 'lanes', true, `${field}.lanes`);
    const lanes = ids?.map((id, i) => {
      const lane = ctx.lanes.get(id);
      if (!ctx.declared.lanes.has(id)) r.report(`${field}.lanes[${i}]`, `"${id}" is not a lane`);
      return lane;
    });
    const a = ctx.position(from);
    const b = ctx.position(to);
    if (!lanes || !lanes.every((l) => l !== undefined) || !a || !b) return undefined;
    coordinates = seaLine([a, ...lanes.flatMap((l) => l.via), b]);
  } else {
    const own = ctx.rail.filter((l) => l.route === routeId);
    const walk = chain(own, from, to);
    if (!walk.ok) {
      if (!ctx.railComplete) return undefined;
      r.report(
        field,
        `no ${COMPARISON_FILES.rail} line of this route goes on from "${walk.at}" towards "${to}"`,
      );
      return undefined;
    }
    coordinates = walk.coordinates;
  }
  const leg: Leg = {
    kind: 'move',
    mode,
    from,
    to,
    on: on === 'corridor' ? 'corridor' : 'lines',
    coordinates,
    lengthKm: lineLengthKm(coordinates),
  };
  if (time) leg.time = time;
  return leg;
}

function readRoutes(problems: Problem[], value: unknown, ctx: RouteContext) {
  const file = COMPARISON_FILES.routes;
  const routes: ComparisonRoute[] = [];
  eachEntry(problems, file, list(problems, file, value, '"routes"'), 'routes', (r, obj) => {
    const id = r.readId(obj, 'id');
    const name = r.string(obj, 'name');
    const summary = r.string(obj, 'summary');
    const legsJson = Array.isArray(obj.legs) ? obj.legs : [];
    if (legsJson.length === 0) r.report('legs', 'must list at least one leg');
    const legs = legsJson.map((leg: unknown, i) =>
      isObject(leg)
        ? readLeg(r, leg, `legs[${i}]`, id, ctx)
        : fail(r, `legs[${i}]`, `must be an object, not ${valueLabel(leg)}`),
    );
    let at: string | undefined;
    legs.forEach((leg, i) => {
      if (leg === undefined) {
        // Where an invalid leg ends is unknown: the next one is not reported for it.
        at = undefined;
        return;
      }
      if (leg.kind === 'stop') {
        if (at !== undefined && !leg.stop.at.includes(at)) {
          r.report(
            `legs[${i}]`,
            `stop "${leg.stop.id}" is not at "${at}", where the previous leg ends`,
          );
        }
        return;
      }
      if (at !== undefined && leg.from !== at) {
        r.report(`legs[${i}].from`, `must be "${at}", where the previous leg ends`);
      }
      at = leg.to;
    });
    const transitJson = Array.isArray(obj.transit) ? obj.transit : [];
    if (transitJson.length === 0) r.report('transit', 'must list at least one published time');
    const transit = transitJson.map((t: unknown, i) => readDuration(r, t, `transit[${i}]`));
    const contextJson = Array.isArray(obj.context) ? obj.context : [];
    if (contextJson.length === 0) r.report('context', 'must give at least one line of context');
    const context = contextJson.map((c: unknown, i): Context | undefined => {
      const field = `context[${i}]`;
      if (!isObject(c)) return fail(r, field, `must be an object, not ${valueLabel(c)}`);
      if (c.passage !== undefined) {
        const pid = r.string(c, 'passage', `${field}.passage`);
        const passage = pid === undefined ? undefined : ctx.corridor.passages.get(pid);
        if (pid !== undefined && !passage)
          r.report(`${field}.passage`, `"${pid}" is not a passage of passages.json`);
        return passage && { kind: 'passage', passage };
      }
      const text = r.string(c, 'text', `${field}.text`);
      const sourced = readSourced(r, c, `${field}.`);
      return text !== undefined && sourced ? { kind: 'text', text, ...sourced } : undefined;
    });
    const all = <T>(xs: (T | undefined)[]): xs is T[] => xs.every((x) => x !== undefined);
    if (!id || !name || !summary || !all(legs) || !all(transit) || !all(context)) return;
    if (legs.length === 0 || transit.length === 0 || context.length === 0) return;
    const route: ComparisonRoute = { id, name, summary, legs, transit, context };
    if (obj.euBorder !== undefined) {
      const euBorder = r.string(obj, 'euBorder');
      if (euBorder === undefined) return;
      if (kmAlong(route, euBorder) === undefined) {
        r.report('euBorder', `"${euBorder}" is not where a leg of the route starts or ends`);
        return;
      }
      route.euBorder = euBorder;
    }
    routes.push(route);
  });
  return routes;
}

/** Km along a route from the start of its legs to a leg boundary, or undefined. */
export function kmAlong(route: ComparisonRoute, node: string): number | undefined {
  let km = 0;
  for (const leg of route.legs) {
    if (leg.kind !== 'move') continue;
    if (leg.from === node) return km;
    km += leg.lengthKm;
    if (leg.to === node) return km;
  }
  return undefined;
}

function readLengths(
  problems: Problem[],
  value: unknown,
  routes: ComparisonRoute[],
  declared: Set<string>,
) {
  const file = COMPARISON_FILES.routes;
  const lengths: PublishedLength[] = [];
  if (value === undefined) return lengths;
  eachEntry(problems, file, list(problems, file, value, '"lengths"'), 'lengths', (r, obj) => {
    const id = r.readId(obj, 'id');
    const label = r.string(obj, 'label');
    const num = r.positiveNumber(obj, 'value');
    const unit = r.oneOf(obj, 'unit', ['km', 'nmi'] as const);
    const routeId = r.string(obj, 'route');
    const route = routes.find((x) => x.id === routeId);
    if (routeId !== undefined && !declared.has(routeId)) {
      r.report('route', `"${routeId}" is not a route`);
    }
    const ends = (['from', 'to'] as const).map((key) => {
      const node = r.string(obj, key);
      if (node !== undefined && route && kmAlong(route, node) === undefined) {
        r.report(key, `"${node}" is not where a leg of "${route.id}" starts or ends`);
        return undefined;
      }
      return node;
    });
    const sourced = readSourced(r, obj);
    const [from, to] = ends;
    if (!id || !label || !num || !unit || !route || !from || !to || !sourced) return;
    const km = unit === 'km' ? num : num * KM_PER_NMI;
    lengths.push({ id, label, value: num, unit, km, route: route.id, from, to, ...sourced });
  });
  return lengths;
}

function readVolumes(problems: Problem[], value: unknown): VolumeSeries[] {
  const file = COMPARISON_FILES.volumes;
  const series: VolumeSeries[] = [];
  if (value === undefined) return series;
  if (!isObject(value)) {
    problems.push({ file, message: `must hold a JSON object, not ${valueLabel(value)}` });
    return series;
  }
  eachEntry(problems, file, list(problems, file, value.series, '"series"'), 'series', (r, obj) => {
    const id = r.readId(obj, 'id');
    const label = r.string(obj, 'label');
    const unit = r.oneOf(obj, 'unit', ['Mt', 'TEU'] as const);
    const covers = r.string(obj, 'covers');
    const sourced = readSourced(r, obj);
    const valuesJson = Array.isArray(obj.values) ? obj.values : [];
    if (valuesJson.length === 0) r.report('values', 'must list at least one year');
    let lastYear = -Infinity;
    const values = valuesJson.map((v: unknown, i): VolumeValue | undefined => {
      const field = `values[${i}]`;
      if (!isObject(v)) return fail(r, field, `must be an object, not ${valueLabel(v)}`);
      const year = v.year;
      if (typeof year !== 'number' || !Number.isInteger(year) || year < 1990 || year > 2100) {
        return fail(r, `${field}.year`, `must be a year, not ${valueLabel(year)}`);
      }
      if (year <= lastYear) return fail(r, `${field}.year`, `${year} must come after ${lastYear}`);
      lastYear = year;
      const num = r.positiveNumber(v, 'value', `${field}.value`);
      const forecast = r.boolean(v, 'forecast', false, `${field}.forecast`);
      const own =
        v.source === undefined && v.date === undefined ? sourced : readSourced(r, v, `${field}.`);
      const what = v.covers === undefined ? covers : r.string(v, 'covers', `${field}.covers`);
      if (num === undefined || forecast === undefined || !own || !what) return undefined;
      return { year, value: num, forecast, covers: what, ...own };
    });
    const ok = values.every((x) => x !== undefined);
    if (!id || !label || !unit || !covers || !sourced || !ok || values.length === 0) return;
    series.push({ id, label, unit, covers, values });
  });
  return series;
}
