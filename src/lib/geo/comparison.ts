import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type {
  Comparison,
  ComparisonMode,
  Context,
  Duration,
  Sourced,
  StopKind,
  VolumeSeries,
  VolumeValue,
} from './comparison-types';
import { kmAlong } from './read-comparison';
import type { Bounds } from './lookup';
import type { Corridor } from './types';

/** A span of days; `min` equals `max` for a single figure. */
export interface DaysRange {
  min: number;
  max: number;
}

/** A published time in days, with what it covers and who published it. */
export interface SourcedDays extends Sourced {
  days: DaysRange;
  typical?: number;
  covers: string;
}

/** The four kinds of time in the "days along the route" bar. */
export type BarMode = 'rail' | 'sea' | 'border' | 'transshipment';

export interface BarPart {
  mode: BarMode;
  /** e.g. `Xi'an → Khorgos` or `Akhalkalaki: break of gauge 1,520/1,435 mm`. */
  label: string;
  /** Turf length of a moving leg; stops have none. */
  km?: number;
  /** The published time, when there is one. */
  time?: SourcedDays;
}

/** One route of the comparison, ready for a panel: km by mode, days with sources, context. */
export interface RouteSummary {
  id: string;
  name: string;
  summary: string;
  km: { rail: number; sea: number; total: number };
  /** Km from the start to where the route enters the EU, when the data says where. */
  toEu?: { at: string; km: number };
  /** From the shortest to the longest published time: sources disagree, and the range shows it. */
  days: DaysRange;
  transit: SourcedDays[];
  context: Context[];
  /** Leg by leg, in travel order. */
  along: BarPart[];
  /** Days the published leg and stop times add up to; the rest of `days` is not attributed. */
  attributed: DaysRange;
}

const PER_DAY: Record<Duration['unit'], number> = { minutes: 24 * 60, hours: 24, days: 1 };

/** A published time in days, whatever unit the source gave. */
export function toDays(d: Duration): SourcedDays {
  const f = 1 / PER_DAY[d.unit];
  const lo = d.min ?? d.typical ?? d.max ?? 0;
  const hi = d.max ?? d.typical ?? d.min ?? 0;
  const out: SourcedDays = {
    days: { min: lo * f, max: hi * f },
    covers: d.covers,
    source: d.source,
    date: d.date,
  };
  if (d.typical !== undefined) out.typical = d.typical * f;
  if (d.url !== undefined) out.url = d.url;
  return out;
}

const STOP_BAR: Record<StopKind, BarMode> = {
  // A break of gauge is spent moving boxes between wagons: transshipment time.
  gauge: 'transshipment',
  transshipment: 'transshipment',
  border: 'border',
};

const STOP_WORDS: Record<StopKind, string> = {
  gauge: 'break of gauge',
  transshipment: 'transshipment',
  border: 'border crossing',
};

const mm = new Intl.NumberFormat('en-GB');

/** The comparison routes side by side, in file order, measured on their drawn lines. */
export function compareRoutes(comparison: Comparison, corridor: Corridor): RouteSummary[] {
  const name = (id: string) =>
    comparison.places.get(id)?.name ?? corridor.nodes.get(id)?.name ?? id;
  return comparison.routes.map((route) => {
    const km: Record<ComparisonMode, number> = { rail: 0, sea: 0 };
    const along = route.legs.map((leg): BarPart => {
      if (leg.kind === 'move') {
        km[leg.mode] += leg.lengthKm;
        const part: BarPart = {
          mode: leg.mode,
          label: `${name(leg.from)} → ${name(leg.to)}`,
          km: leg.lengthKm,
        };
        if (leg.time) part.time = toDays(leg.time);
        return part;
      }
      const { stop } = leg;
      const gauge = stop.gauge ? ` ${stop.gauge.map((g) => mm.format(g)).join('/')} mm` : '';
      const part: BarPart = {
        mode: STOP_BAR[stop.kind],
        label: `${stop.at.map(name).join('/')}: ${STOP_WORDS[stop.kind]}${gauge}`,
      };
      if (stop.time) part.time = toDays(stop.time);
      return part;
    });
    const transit = route.transit.map(toDays);
    const timed = along.flatMap((p) => (p.time ? [p.time.days] : []));
    const euKm = route.euBorder === undefined ? undefined : kmAlong(route, route.euBorder);
    const toEu =
      route.euBorder && euKm !== undefined ? { at: name(route.euBorder), km: euKm } : undefined;
    return {
      ...(toEu ? { toEu } : {}),
      id: route.id,
      name: route.name,
      summary: route.summary,
      km: { rail: km.rail, sea: km.sea, total: km.rail + km.sea },
      days: {
        min: Math.min(...transit.map((t) => t.days.min)),
        max: Math.max(...transit.map((t) => t.days.max)),
      },
      transit,
      context: route.context,
      along,
      attributed: {
        min: timed.reduce((sum, d) => sum + d.min, 0),
        max: timed.reduce((sum, d) => sum + d.max, 0),
      },
    };
  });
}

export interface VolumeBar extends VolumeValue {
  /** e.g. `4.48 Mt` or `77,000 TEU`. */
  label: string;
  /** The value over the series' largest, 0–1: the bar's height. */
  share: number;
}

const VOLUME_FORMAT = {
  Mt: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
  TEU: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};

/** One series as bars for a chart (and the rows of its table), forecasts kept marked. */
export function volumeBars(series: VolumeSeries): VolumeBar[] {
  const max = Math.max(...series.values.map((v) => v.value));
  return series.values.map((v) => ({
    ...v,
    label: `${VOLUME_FORMAT[series.unit].format(v.value)} ${series.unit}`,
    share: v.value / max,
  }));
}

export type ComparisonLineFeature = Feature<
  LineString,
  { id: string; name: string; route: string; mode: ComparisonMode }
>;
export type StopFeature = Feature<Point, { id: string; kind: StopKind; label: string }>;

/** The comparison's own lines (Northern rail, sea), for a context layer under the corridor. */
export function comparisonLineFeatures(
  comparison: Comparison,
): FeatureCollection<LineString, ComparisonLineFeature['properties']> {
  return {
    type: 'FeatureCollection',
    features: comparison.lines.map((l) => ({
      type: 'Feature',
      id: l.id,
      properties: { id: l.id, name: l.name, route: l.route, mode: l.mode },
      geometry: { type: 'LineString', coordinates: l.coordinates.map(([x, y]) => [x, y]) },
    })),
  };
}

/** Where the days go, as points at each stop's first node. */
export function stopFeatures(
  comparison: Comparison,
  corridor: Corridor,
): FeatureCollection<Point, StopFeature['properties']> {
  const name = (id: string) =>
    comparison.places.get(id)?.name ?? corridor.nodes.get(id)?.name ?? id;
  return {
    type: 'FeatureCollection',
    features: comparison.stops.map((s) => ({
      type: 'Feature',
      id: s.id,
      properties: { id: s.id, kind: s.kind, label: s.at.map(name).join('/') },
      geometry: { type: 'Point', coordinates: [...s.coordinates] },
    })),
  };
}

/**
 * The box around the corridor's lines and the comparison lines of `routes` (all when omitted):
 * a frame for the routes compared.
 */
export function comparisonBounds(
  comparison: Comparison,
  corridor: Corridor,
  routes?: readonly string[],
): Bounds {
  const lines = comparison.lines.filter((l) => !routes || routes.includes(l.route));
  const points = [...corridor.segments, ...lines].flatMap((l) =>
    l.coordinates.map(([x, y]) => [x, y]),
  );
  const [w, s, e, n] = bbox({ type: 'MultiPoint', coordinates: points });
  return [
    [w, s],
    [e, n],
  ];
}
