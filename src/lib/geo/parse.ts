import { looseText, paragraphs, paragraphsContaining } from './article';
import { greatCircleArc, greatCircleKm, lineLengthKm } from './distance';
import { RouteError, routeBetween } from './network';
import { walkPath } from './path';
import { CorridorError, type Problem } from './problems';
import { EntryReader, describe, isObject, type JsonObject } from './read';
import type {
  ArticleInfo,
  CarrierFact,
  Corridor,
  CorridorNode,
  AlternativeFigure,
  FigureMeasure,
  Flight,
  LngLat,
  NodeKind,
  Passage,
  PublishedFigure,
  RouteInfo,
  Segment,
  SegmentMode,
} from './types';

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

/** Segment ends must lie this close to their nodes. */
export const END_TOLERANCE_KM = 1;
/** A rail segment must follow the line through stations: no straight leg longer than this. */
export const MAX_RAIL_LEG_KM = 60;
/** Vertices of a generated flight arc. */
export const FLIGHT_ARC_POINTS = 128;

const NODE_KINDS: readonly NodeKind[] = ['city', 'port', 'border', 'junction', 'airport'];
const MODES: readonly SegmentMode[] = ['rail', 'sea'];
const COUNTRY = /^[A-Z]{2}$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** File name → file text, e.g. from `import.meta.glob('/geo/*', { query: '?raw' })`. */
export type GeoSources = Readonly<Record<string, string>>;

/**
 * Parses and validates every file of `geo/` at once. Throws a `CorridorError` listing all the
 * problems found, each naming the file, the entry id and the field.
 */
export function parseCorridor(sources: GeoSources): Corridor {
  const problems: Problem[] = [];
  const json = (file: string, required = true): unknown => {
    const text = sources[file];
    if (text === undefined) {
      if (required) problems.push({ file, message: 'file is missing' });
      return undefined;
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      problems.push({
        file,
        message: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
      });
      return undefined;
    }
  };

  const articleText = sources[GEO_FILES.article];
  if (articleText === undefined)
    problems.push({ file: GEO_FILES.article, message: 'file is missing' });
  const article = readArticleInfo(problems, json(GEO_FILES.articleInfo), articleText ?? '');
  const passagesJson = json(GEO_FILES.passages);
  const nodesJson = json(GEO_FILES.nodes);
  const routesJson = json(GEO_FILES.routes);
  const segmentsJson = json(GEO_FILES.segments);
  const flightsJson = json(GEO_FILES.flights);
  // Ids declared in a file even when their entry is invalid: references to them are not
  // reported again as unknown, so that one defect gives one problem.
  const declared: Declared = {
    passages: declaredIds(passagesJson),
    nodes: declaredIds(nodesJson),
    routes: declaredIds(routesJson),
    segments: declaredIds(segmentsJson),
    flights: declaredIds(flightsJson),
  };
  const passages = readPassages(problems, passagesJson, articleText);
  const nodes = readNodes(problems, nodesJson);
  const routes = readRoutes(problems, routesJson, nodes, declared);
  const segments = readSegments(problems, segmentsJson, nodes, routes, passages, declared);
  const flights = readFlights(problems, flightsJson, nodes, passages, declared);
  const figures = readFigures(problems, json(GEO_FILES.figures, false), declared);

  // Whole-network checks only make sense once every entry is valid.
  const entriesValid = problems.length === 0;
  if (entriesValid && segments && flights && passages) {
    const used = new Set([...segments, ...flights].flatMap((s) => s.passages));
    for (const id of passages.keys()) {
      if (!used.has(id)) {
        problems.push({
          file: GEO_FILES.passages,
          id,
          message: 'is not quoted by any segment or flight: use it or remove it',
        });
      }
    }
  }
  if (entriesValid && segments && routes) checkRoutes(problems, routes, segments);

  if (
    problems.length > 0 ||
    article === undefined ||
    passages === undefined ||
    nodes === undefined ||
    routes === undefined ||
    segments === undefined ||
    flights === undefined ||
    figures === undefined
  ) {
    throw new CorridorError(problems);
  }
  const corridor: Corridor = { article, passages, nodes, routes, segments, flights, figures };
  for (const figure of figures) {
    const m = figure.measure;
    if (m.kind !== 'between') continue;
    try {
      routeBetween(corridor, m.from, m.to);
    } catch (e) {
      if (!(e instanceof RouteError)) throw e;
      problems.push({
        file: GEO_FILES.figures,
        id: figure.id,
        field: 'measure',
        message: e.message,
      });
    }
  }
  if (problems.length > 0) throw new CorridorError(problems);
  return corridor;
}

interface IdSet {
  has(id: string): boolean;
}

interface Declared {
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
function declaredIds(value: unknown): IdSet {
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

function entries(problems: Problem[], file: string, value: unknown): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ file, message: `must hold a JSON array, not ${describe(value)}` });
    return undefined;
  }
  return value;
}

function features(problems: Problem[], file: string, value: unknown): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    problems.push({ file, message: 'must be a GeoJSON FeatureCollection with a "features" array' });
    return undefined;
  }
  return value.features;
}

/** Starts reading one array entry; reports and skips it when it is not an object. */
function entry(problems: Problem[], file: string, value: unknown, position: string) {
  const reader = new EntryReader(problems, file, position);
  if (!isObject(value)) {
    reader.report(undefined, `must be an object, not ${describe(value)}`);
    return undefined;
  }
  return { reader, obj: value };
}

function noteDuplicate(
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

function readArticleInfo(problems: Problem[], value: unknown, text: string) {
  if (value === undefined) return undefined;
  const file = GEO_FILES.articleInfo;
  const reader = new EntryReader(problems, file, 'article');
  if (!isObject(value)) {
    problems.push({ file, message: `must hold a JSON object, not ${describe(value)}` });
    return undefined;
  }
  const info = {
    title: reader.string(value, 'title'),
    source: reader.string(value, 'source'),
    place: reader.string(value, 'place'),
    date: reader.matching(value, 'date', ISO_DATE, 'an ISO date (YYYY-MM-DD)'),
    publisher: reader.string(value, 'publisher'),
    author: reader.string(value, 'author'),
    url: reader.optionalString(value, 'url'),
  };
  const { title, source, place, date, publisher, author, url } = info;
  if (!title || !source || !place || !date || !publisher || !author) return undefined;
  const article: ArticleInfo = { title, source, place, date, publisher, author, text };
  if (url !== undefined) article.url = url;
  return article;
}

function readPassages(problems: Problem[], value: unknown, articleText: string | undefined) {
  const file = GEO_FILES.passages;
  const list = entries(problems, file, value);
  if (list === undefined) return undefined;
  const paras = articleText === undefined ? undefined : paragraphs(articleText);
  const passages = new Map<string, Passage>();
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const e = entry(problems, file, item, `[${i}]`);
    if (e === undefined) return;
    const { reader, obj } = e;
    const id = reader.readId(obj, 'id');
    const duplicate = noteDuplicate(seen, reader, id);
    const text = reader.string(obj, 'text');
    const paragraph = readParagraph(reader, obj.paragraph, paras?.length);
    if (
      paragraph !== undefined &&
      text !== undefined &&
      paras !== undefined &&
      articleText !== undefined
    ) {
      const para = paras[paragraph - 1] ?? '';
      if (!para.includes(text)) {
        const elsewhere = paragraphsContaining(articleText, text);
        const loose = looseText(para).includes(looseText(text));
        reader.report(
          'text',
          elsewhere.length > 0
            ? `is not in ¶${paragraph}; it is in ¶${elsewhere.join(', ¶')}`
            : loose
              ? `is not verbatim in ¶${paragraph}: quote marks, dashes or spaces differ from the article`
              : `is not a verbatim quote of ¶${paragraph}`,
        );
      }
    }
    if (id !== undefined && !duplicate && text !== undefined && paragraph !== undefined) {
      passages.set(id, { id, paragraph, text });
    }
  });
  return passages;
}

function readParagraph(reader: EntryReader, value: unknown, count: number | undefined) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    reader.report(
      'paragraph',
      value === undefined ? 'is missing' : `must be a paragraph number ≥ 1, not ${describe(value)}`,
    );
    return undefined;
  }
  if (count !== undefined && value > count) {
    reader.report('paragraph', `¶${value} does not exist: the article has ${count} paragraphs`);
    return undefined;
  }
  return value;
}

function readNodes(problems: Problem[], value: unknown) {
  const file = GEO_FILES.nodes;
  const list = features(problems, file, value);
  if (list === undefined) return undefined;
  const nodes = new Map<string, CorridorNode>();
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const e = entry(problems, file, item, `features[${i}]`);
    if (e === undefined) return;
    const { reader, obj } = e;
    const props = reader.object(obj, 'properties');
    const id = props && reader.readId(props, 'id', 'properties.id');
    const duplicate = noteDuplicate(seen, reader, id, 'properties.id');
    const coordinates = readGeometry(reader, obj, 'Point', (coords) =>
      reader.position(coords, 'geometry.coordinates'),
    );
    if (props === undefined) return;
    const name = reader.string(props, 'name', 'properties.name');
    const kind = reader.oneOf(props, 'kind', NODE_KINDS, 'properties.kind');
    const country = reader.matching(
      props,
      'country',
      COUNTRY,
      'an ISO 3166-1 alpha-2 code',
      'properties.country',
    );
    const hub = reader.boolean(props, 'hub', false, 'properties.hub');
    const note = reader.optionalString(props, 'note', 'properties.note');
    const label = reader.optionalString(props, 'label', 'properties.label');
    let iata: string | undefined;
    let icao: string | undefined;
    if (kind === 'airport') {
      iata = reader.matching(
        props,
        'iata',
        /^[A-Z]{3}$/,
        'an IATA airport code',
        'properties.iata',
      );
      icao = reader.matching(
        props,
        'icao',
        /^[A-Z]{4}$/,
        'an ICAO airport code',
        'properties.icao',
      );
      if (iata === undefined || icao === undefined) return;
    } else if (kind !== undefined) {
      for (const key of ['iata', 'icao']) {
        if (props[key] !== undefined)
          reader.report(`properties.${key}`, `only airports have one, not a ${kind}`);
      }
    }
    if (
      id === undefined ||
      duplicate ||
      !name ||
      !kind ||
      !country ||
      hub === undefined ||
      !coordinates
    )
      return;
    const node: CorridorNode = { id, name, label: label ?? name, kind, country, coordinates, hub };
    if (iata !== undefined) node.iata = iata;
    if (icao !== undefined) node.icao = icao;
    if (note !== undefined) node.note = note;
    nodes.set(id, node);
  });
  return nodes;
}

/** Checks a feature's geometry type and hands its coordinates to `read`. */
function readGeometry<T>(
  reader: EntryReader,
  obj: JsonObject,
  type: 'Point' | 'LineString',
  read: (coordinates: unknown) => T | undefined,
): T | undefined {
  if (obj.type !== 'Feature') reader.report('type', `must be "Feature", not ${describe(obj.type)}`);
  const geometry = obj.geometry;
  if (!isObject(geometry)) {
    reader.report('geometry', `must be a ${type} geometry, not ${describe(geometry)}`);
    return undefined;
  }
  if (geometry.type !== type) {
    reader.report('geometry.type', `must be "${type}", not ${describe(geometry.type)}`);
    return undefined;
  }
  return read(geometry.coordinates);
}

function readRoutes(
  problems: Problem[],
  value: unknown,
  nodes: Map<string, CorridorNode> | undefined,
  declared: Declared,
) {
  const file = GEO_FILES.routes;
  const list = entries(problems, file, value);
  if (list === undefined) return undefined;
  const routes: RouteInfo[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const e = entry(problems, file, item, `[${i}]`);
    if (e === undefined) return;
    const { reader, obj } = e;
    const id = reader.readId(obj, 'id');
    const duplicate = noteDuplicate(seen, reader, id);
    const name = reader.string(obj, 'name');
    const main = reader.boolean(obj, 'main', false);
    const ends: Partial<Record<'from' | 'to', string>> = {};
    for (const key of ['from', 'to'] as const) {
      const nodeId = main ? reader.string(obj, key) : reader.optionalString(obj, key);
      if (nodeId !== undefined && nodes !== undefined && !nodes.has(nodeId)) {
        if (!declared.nodes.has(nodeId)) reader.report(key, `unknown node "${nodeId}"`);
      } else if (nodeId !== undefined) ends[key] = nodeId;
    }
    if (id === undefined || duplicate || !name || main === undefined) return;
    routes.push({ id, name, main, ...ends });
  });
  const mains = routes.filter((r) => r.main);
  if (mains.length !== 1) {
    problems.push({
      file,
      field: 'main',
      message: `exactly one route must be the main line (main: true); found ${mains.length}`,
    });
  }
  return routes;
}

function readSegments(
  problems: Problem[],
  value: unknown,
  nodes: Map<string, CorridorNode> | undefined,
  routes: RouteInfo[] | undefined,
  passages: Map<string, Passage> | undefined,
  declared: Declared,
) {
  const file = GEO_FILES.segments;
  const list = features(problems, file, value);
  if (list === undefined) return undefined;
  const segments: Segment[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const e = entry(problems, file, item, `features[${i}]`);
    if (e === undefined) return;
    const { reader, obj } = e;
    const props = reader.object(obj, 'properties');
    const id = props && reader.readId(props, 'id', 'properties.id');
    const duplicate = noteDuplicate(seen, reader, id, 'properties.id');
    const coordinates = readGeometry(reader, obj, 'LineString', (coords) =>
      readLine(reader, coords),
    );
    if (props === undefined) return;
    const name = reader.string(props, 'name', 'properties.name');
    const mode = reader.oneOf(props, 'mode', MODES, 'properties.mode');
    const from = readNodeRef(reader, props, 'from', nodes, declared);
    const to = readNodeRef(reader, props, 'to', nodes, declared);
    if (from !== undefined && from === to)
      reader.report('properties.to', `must differ from "from" ("${from.id}")`);
    const route = reader.string(props, 'route', 'properties.route');
    const knownRoute = route === undefined || (routes?.some((r) => r.id === route) ?? true);
    if (route !== undefined && !knownRoute && !declared.routes.has(route)) {
      reader.report('properties.route', `unknown route "${route}" (not in ${GEO_FILES.routes})`);
    }
    const quoted = readPassageRefs(reader, props, passages, declared);
    const countries = reader.strings(props, 'countries', false, 'properties.countries');
    countries?.forEach((c, ci) => {
      if (!COUNTRY.test(c))
        reader.report(
          `properties.countries[${ci}]`,
          `${describe(c)} is not an ISO 3166-1 alpha-2 code`,
        );
    });
    if (coordinates !== undefined) {
      if (from !== undefined && to !== undefined) checkEnds(reader, coordinates, from, to);
      if (mode === 'rail') checkRailLegs(reader, coordinates);
    }
    if (
      !id ||
      duplicate ||
      !name ||
      !mode ||
      !from ||
      !to ||
      !route ||
      !knownRoute ||
      !quoted ||
      !countries ||
      !coordinates
    ) {
      return;
    }
    const lengthKm = lineLengthKm(coordinates);
    segments.push({
      id,
      name,
      mode,
      from: from.id,
      to: to.id,
      route,
      passages: quoted,
      countries,
      coordinates,
      lengthKm,
    });
  });
  return segments;
}

function readLine(reader: EntryReader, coords: unknown): LngLat[] | undefined {
  if (!Array.isArray(coords) || coords.length < 2) {
    const got = Array.isArray(coords) ? `${coords.length} position(s)` : describe(coords);
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
function readNodeRef(
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

function readPassageRefs(
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

const km1 = (km: number) => `${km.toFixed(1)} km`;

function checkEnds(
  reader: EntryReader,
  line: LngLat[],
  from: CorridorNode,
  to: CorridorNode,
): void {
  const first = line[0];
  const last = line[line.length - 1];
  if (first === undefined || last === undefined) return;
  const d = greatCircleKm;
  const startOff = d(first, from.coordinates);
  const endOff = d(last, to.coordinates);
  if (startOff <= END_TOLERANCE_KM && endOff <= END_TOLERANCE_KM) return;
  if (
    d(first, to.coordinates) <= END_TOLERANCE_KM &&
    d(last, from.coordinates) <= END_TOLERANCE_KM
  ) {
    reader.report(
      'geometry.coordinates',
      `runs from "${to.id}" to "${from.id}": reverse it to match from/to`,
    );
    return;
  }
  if (startOff > END_TOLERANCE_KM) {
    reader.report(
      'geometry.coordinates[0]',
      `starts ${km1(startOff)} from its node "${from.id}" (must be within ${END_TOLERANCE_KM} km)`,
    );
  }
  if (endOff > END_TOLERANCE_KM) {
    reader.report(
      `geometry.coordinates[${line.length - 1}]`,
      `ends ${km1(endOff)} from its node "${to.id}" (must be within ${END_TOLERANCE_KM} km)`,
    );
  }
}

function checkRailLegs(reader: EntryReader, line: LngLat[]): void {
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (a === undefined || b === undefined) continue;
    const leg = greatCircleKm(a, b);
    if (leg > MAX_RAIL_LEG_KM) {
      reader.report(
        `geometry.coordinates[${i}]`,
        `a straight leg of ${km1(leg)} from the previous position: rail must follow the line through its stations (legs ≤ ${MAX_RAIL_LEG_KM} km)`,
      );
    }
  }
}

function readFlights(
  problems: Problem[],
  value: unknown,
  nodes: Map<string, CorridorNode> | undefined,
  passages: Map<string, Passage> | undefined,
  declared: Declared,
) {
  const file = GEO_FILES.flights;
  const list = entries(problems, file, value);
  if (list === undefined) return undefined;
  const flights: Flight[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const e = entry(problems, file, item, `[${i}]`);
    if (e === undefined) return;
    const { reader, obj } = e;
    const id = reader.readId(obj, 'id');
    const duplicate = noteDuplicate(seen, reader, id);
    const name = reader.string(obj, 'name');
    const ends = (['from', 'to'] as const).map((key) =>
      readNodeRef(reader, obj, key, nodes, declared, { airport: true, field: key }),
    );
    const [from, to] = ends;
    if (from !== undefined && from === to)
      reader.report('to', `must differ from "from" ("${from.id}")`);
    const quoted = readPassageRefs(reader, obj, passages, declared, 'passages');
    const carrierFacts = readCarriers(reader, obj);
    if (!id || duplicate || !name || !from || !to || from === to || !quoted || !carrierFacts)
      return;
    let coordinates: LngLat[];
    try {
      coordinates = greatCircleArc(from.coordinates, to.coordinates, FLIGHT_ARC_POINTS);
    } catch {
      reader.report(
        'to',
        'the great circle crosses the antimeridian, which this map does not draw',
      );
      return;
    }
    flights.push({
      id,
      name,
      from: from.id,
      to: to.id,
      carriers: carrierFacts.map((c) => `${c.name} (${c.iata})`),
      carrierFacts,
      passages: quoted,
      coordinates,
      lengthKm: lineLengthKm(coordinates),
    });
  });
  return flights;
}

function readCarriers(reader: EntryReader, obj: JsonObject): CarrierFact[] | undefined {
  const list = obj.carriers;
  if (!Array.isArray(list) || list.length === 0) {
    reader.report(
      'carriers',
      list === undefined ? 'is missing' : 'must be a non-empty array of carriers',
    );
    return undefined;
  }
  const carriers: CarrierFact[] = [];
  list.forEach((c: unknown, i) => {
    const field = `carriers[${i}]`;
    if (!isObject(c)) {
      reader.report(field, `must be an object, not ${describe(c)}`);
      return;
    }
    const name = reader.string(c, 'name', `${field}.name`);
    const iata = reader.matching(
      c,
      'iata',
      /^[A-Z0-9]{2}$/,
      'an IATA airline designator',
      `${field}.iata`,
    );
    const resumed = reader.matching(
      c,
      'resumed',
      ISO_DATE,
      'an ISO date (YYYY-MM-DD)',
      `${field}.resumed`,
    );
    const flightNumbers = reader.strings(c, 'flightNumbers', false, `${field}.flightNumbers`);
    const note = reader.optionalString(c, 'note', `${field}.note`);
    if (!name || !iata || !resumed || !flightNumbers) return;
    const fact: CarrierFact = { name, iata, flightNumbers, resumed };
    if (note !== undefined) fact.note = note;
    carriers.push(fact);
  });
  return carriers.length === list.length ? carriers : undefined;
}

function readFigures(problems: Problem[], value: unknown, declared: Declared) {
  if (value === undefined) return [];
  const file = GEO_FILES.figures;
  const list = entries(problems, file, value);
  if (list === undefined) return undefined;
  const figures: PublishedFigure[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const e = entry(problems, file, item, `[${i}]`);
    if (e === undefined) return;
    const { reader, obj } = e;
    const id = reader.readId(obj, 'id');
    const duplicate = noteDuplicate(seen, reader, id);
    const label = reader.string(obj, 'label');
    const km = reader.positiveNumber(obj, 'km');
    const source = reader.string(obj, 'source');
    const measures = reader.string(obj, 'measures');
    const gap = reader.optionalString(obj, 'gap');
    const alternatives = readAlternatives(reader, obj);
    const m = reader.object(obj, 'measure');
    const known = (ids: IdSet, what: string, field: string, ref: string) => {
      if (!ids.has(ref)) reader.report(field, `unknown ${what} "${ref}"`);
      return ids.has(ref);
    };
    let measure: FigureMeasure | undefined;
    const kinds = ['segments', 'between', 'flight'] as const;
    const kind = m && reader.oneOf(m, 'kind', kinds, 'measure.kind');
    if (m !== undefined && kind === 'segments') {
      const ids = reader.strings(m, 'segments', true, 'measure.segments');
      const ok = ids?.every((s) => known(declared.segments, 'segment', 'measure.segments', s));
      if (ids !== undefined && ok === true) measure = { kind, segments: ids };
    } else if (m !== undefined && kind === 'between') {
      const from = reader.string(m, 'from', 'measure.from');
      const to = reader.string(m, 'to', 'measure.to');
      const okFrom = from !== undefined && known(declared.nodes, 'node', 'measure.from', from);
      const okTo = to !== undefined && known(declared.nodes, 'node', 'measure.to', to);
      if (from && to && okFrom && okTo) measure = { kind, from, to };
    } else if (m !== undefined && kind === 'flight') {
      const flight = reader.string(m, 'flight', 'measure.flight');
      if (flight && known(declared.flights, 'flight', 'measure.flight', flight)) {
        measure = { kind, flight };
      }
    }
    if (id && !duplicate && label && km && source && measures && measure && alternatives) {
      const figure: PublishedFigure = { id, label, km, source, measures, measure, alternatives };
      if (gap !== undefined) figure.gap = gap;
      figures.push(figure);
    }
  });
  return figures;
}

/** Optional `alternatives`: other sources' figures, each `{ km, source }`. */
function readAlternatives(reader: EntryReader, obj: JsonObject): AlternativeFigure[] | undefined {
  const list = obj.alternatives;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    reader.report('alternatives', 'must be an array of { km, source }');
    return undefined;
  }
  const out: AlternativeFigure[] = [];
  list.forEach((a: unknown, i) => {
    const field = `alternatives[${i}]`;
    if (!isObject(a)) {
      reader.report(field, 'must be an object { km, source }');
      return;
    }
    const km = reader.positiveNumber(a, 'km', `${field}.km`);
    const source = reader.string(a, 'source', `${field}.source`);
    if (km && source) out.push({ km, source });
  });
  return out.length === list.length ? out : undefined;
}

function checkRoutes(problems: Problem[], routes: RouteInfo[], segments: Segment[]): void {
  for (const route of routes) {
    const own = segments.filter((s) => s.route === route.id);
    if (own.length === 0) {
      problems.push({
        file: GEO_FILES.routes,
        id: route.id,
        message: 'no segment belongs to this route',
      });
      continue;
    }
    if (!route.main || route.from === undefined || route.to === undefined) continue;
    const walk = walkPath(own, route.from, route.to);
    if (!walk.ok) {
      problems.push({
        file: GEO_FILES.segments,
        id: route.id,
        field: 'properties.route',
        message: `the main line ${walk.message}`,
      });
    }
  }
}
