import type { Corridor, PublishedFigure, RouteInfo, Segment } from './types';
import { routeBetween } from './network';

/** International mile (exact). */
export const KM_PER_MILE = 1.609344;

export function kmToMi(km: number): number {
  return km / KM_PER_MILE;
}

export interface RouteTotal {
  route: RouteInfo;
  km: number;
  railKm: number;
  seaKm: number;
  segments: number;
}

/** Sum of segment lengths per route, main line first, then branches in file order. */
export function routeTotals(corridor: Corridor): RouteTotal[] {
  const totals = corridor.routes.map((route): RouteTotal => {
    const own = corridor.segments.filter((s) => s.route === route.id);
    const sum = (mode?: Segment['mode']) =>
      own
        .filter((s) => mode === undefined || s.mode === mode)
        .reduce((km, s) => km + s.lengthKm, 0);
    return { route, km: sum(), railKm: sum('rail'), seaKm: sum('sea'), segments: own.length };
  });
  return [...totals.filter((t) => t.route.main), ...totals.filter((t) => !t.route.main)];
}

export interface MainLineStretch {
  segment: Segment;
  /** Distance along the main line from its origin (China) to the start of this segment. */
  startKm: number;
  endKm: number;
  /** True when the segment is drawn against the direction of travel from the origin. */
  reversed: boolean;
}

/** The main line's segments in order from its origin (as the parse walked it), with cumulative km. */
export function mainLine(corridor: Corridor): MainLineStretch[] {
  const byId = new Map(corridor.segments.map((s) => [s.id, s]));
  let km = 0;
  return corridor.mainLine.map(({ id, reversed }) => {
    const segment = byId.get(id)!;
    const startKm = km;
    km += segment.lengthKm;
    return { segment, startKm, endKm: km, reversed };
  });
}

/** Segment id → its span in km along the main line from the China origin. */
export function mainLineKm(
  corridor: Corridor,
): ReadonlyMap<string, { startKm: number; endKm: number }> {
  return new Map(
    mainLine(corridor).map((s) => [s.segment.id, { startKm: s.startKm, endKm: s.endKm }]),
  );
}

export interface ModeTotals {
  rail: number;
  sea: number;
  air: number;
}

/** Total km drawn per mode, over all routes and flights. */
export function totalsByMode(corridor: Corridor): ModeTotals {
  const sum = (xs: readonly { lengthKm: number }[]) => xs.reduce((km, x) => km + x.lengthKm, 0);
  return {
    rail: sum(corridor.segments.filter((s) => s.mode === 'rail')),
    sea: sum(corridor.segments.filter((s) => s.mode === 'sea')),
    air: sum(corridor.flights),
  };
}

/** How far a drawn line may be from its published figure: rail ±5 %, ferries ±10 % (sailing
 * distances depend on the course steered), great circles ±0.1 % (rounding only). */
export const FIGURE_TOLERANCE = { rail: 0.05, sea: 0.1, air: 0.001 } as const;
export type FigureMode = keyof typeof FIGURE_TOLERANCE;

export interface FigureCheck {
  figure: PublishedFigure;
  /** `rail` unless every measured segment is a ferry (`sea`) or the figure is a flight (`air`). */
  mode: FigureMode;
  computedKm: number;
  /** (computed − published) / published, e.g. 0.08 for 8 % longer. */
  ratio: number;
  tolerance: number;
  /** Within the tolerance of its mode. */
  met: boolean;
}

/** Measures each published figure on the data, for the check table and the README. */
export function checkFigures(corridor: Corridor): FigureCheck[] {
  return corridor.figures.map((figure) => {
    const m = figure.measure;
    let computedKm: number;
    let mode: FigureMode = 'rail';
    if (m.kind === 'segments') {
      const segments = m.segments.map((id) => corridor.segments.find((s) => s.id === id));
      computedKm = segments.reduce((km, s) => km + (s?.lengthKm ?? NaN), 0);
      if (segments.every((s) => s?.mode === 'sea')) mode = 'sea';
    } else if (m.kind === 'between') {
      const route = routeBetween(corridor, m.from, m.to);
      computedKm = route.lengthKm;
      if (route.segments.every((s) => s.mode === 'sea')) mode = 'sea';
    } else {
      computedKm = corridor.flights.find((f) => f.id === m.flight)?.lengthKm ?? NaN;
      mode = 'air';
    }
    const ratio = computedKm / figure.km - 1;
    const tolerance = FIGURE_TOLERANCE[mode];
    return { figure, mode, computedKm, ratio, tolerance, met: Math.abs(ratio) <= tolerance };
  });
}
