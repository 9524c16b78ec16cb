import { greatCircleKm } from './measure';
import { RouteError, routeBetween } from './network';
import { walkPath } from './path';
import type { Problem } from './problems';
import type { EntryReader } from './read';
import { GEO_FILES } from './files/common';
import type { Corridor, CorridorNode, LngLat, MainLineStep, RouteInfo, Segment } from './types';

/**
 * The rules that span files or measure geometry: segment ends on their nodes, rail that follows
 * its stations, every passage quoted, the main line one unbranched path, figures measurable.
 */

/** Segment ends must lie this close to their nodes. */
export const END_TOLERANCE_KM = 1;
/** A rail segment must follow the line through stations: no straight leg longer than this. */
export const MAX_RAIL_LEG_KM = 60;

const km1 = (km: number) => `${km.toFixed(1)} km`;

export function checkEnds(
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

export function checkRailLegs(reader: EntryReader, line: LngLat[]): void {
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

/**
 * Every route has segments, and the main line is one unbranched path from its `from` to its `to`:
 * returns that path, in travel order (empty when it is not one).
 */
export function checkRoutes(
  problems: Problem[],
  routes: RouteInfo[],
  segments: Segment[],
): MainLineStep[] {
  let mainLine: MainLineStep[] = [];
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
    if (walk.ok) {
      mainLine = walk.steps.map(({ segment, reversed }) => ({ id: segment.id, reversed }));
    } else {
      problems.push({
        file: GEO_FILES.segments,
        id: route.id,
        field: 'properties.route',
        message: `the main line ${walk.message}`,
      });
    }
  }
  return mainLine;
}

/** Every passage of passages.json is quoted by some segment or flight. */
export function checkPassagesUsed(
  problems: Problem[],
  corridor: Pick<Corridor, 'passages' | 'segments' | 'flights'>,
): void {
  const used = new Set([...corridor.segments, ...corridor.flights].flatMap((s) => s.passages));
  for (const id of corridor.passages.keys()) {
    if (!used.has(id)) {
      problems.push({
        file: GEO_FILES.passages,
        id,
        message: 'is not quoted by any segment or flight: use it or remove it',
      });
    }
  }
}

/** Each figure measured `between` two nodes must have a route between them on the network. */
export function checkFigureRoutes(problems: Problem[], corridor: Corridor): void {
  for (const figure of corridor.figures) {
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
}
