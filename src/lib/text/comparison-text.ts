import {
  compareRoutes,
  formatKm,
  toDays,
  volumeBars,
  type BarMode,
  type Comparison,
  type Corridor,
  type DaysRange,
  type Sourced,
  type SourcedDays,
  type StopKind,
  type VolumeSeries,
} from '../geo/index.ts';
import { longDate, quoteOf, type Quote } from './article-text.ts';
import type { ScreenText } from './screen-text.ts';

/**
 * What the "Why this route" panel, the tour card and the stop popups say: the comparison
 * routes with km and days as bars, the days along each route, the volumes by year. Shares are
 * 0–1 of a chart's scale, so the components only lay them out.
 */

/** "26 November 2023", "December 2023" or "2024": as precise as the source's date. */
export function asOf(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return longDate(date);
  if (/^\d{4}-\d{2}$/.test(date)) {
    return new Date(`${date}-15T12:00:00Z`).toLocaleDateString('en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }
  return date;
}

/** "Kazinform, reported by The Astana Times, August 2021" */
export function citeOf(s: Sourced): string {
  return `${s.source}, ${asOf(s.date)}`;
}

const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "13–17 days", "23 days", "55 min", "4.3–9 h": days, or hours and minutes below a day. */
export function formatDays({ min, max }: DaysRange): string {
  const [unit, f] = max < 1 / 24 ? ['min', 24 * 60] : max < 1 ? ['h', 24] : ['days', 1];
  const lo = oneDecimal.format(min * (f as number));
  const hi = oneDecimal.format(max * (f as number));
  return `${lo === hi ? lo : `${lo}–${hi}`} ${unit as string}`;
}

/** One line of context: a verbatim passage with its ¶, or a sourced sentence. */
export type ContextLine =
  { kind: 'quote'; quote: Quote } | { kind: 'text'; text: string; cite: string };

export interface TransitLine {
  /** "13–17 days" */
  days: string;
  covers: string;
  cite: string;
  url?: string;
}

/** A route's row: its km and days as text and as shares of the charts' common scales. */
export interface RouteRow {
  id: string;
  name: string;
  summary: string;
  /** "9,065 km" */
  km: string;
  /** "rail 8,557 km · sea 508 km", zeros left out */
  kmByMode: string;
  kmShare: number;
  /** "13–37 days": from the shortest to the longest published time. */
  days: string;
  daysShare: { min: number; max: number };
  /** Each source's typical figure, or the middle of its range, on the same scale. */
  marks: { share: number; days: string }[];
  transit: TransitLine[];
  context: ContextLine[];
}

export interface AlongPart {
  mode: BarMode | 'rest';
  label: string;
  /** "55 min", "10–16 days"; undefined for a leg no source puts a time on. */
  time?: string;
  km?: string;
  cite?: string;
  /** Width in the route's bar, 0–1 of its longest published time. */
  share: number;
}

/** The days along one route: the timed legs and stops, then the rest no source attributes. */
export interface AlongRow {
  id: string;
  name: string;
  /** "13–37 days" */
  days: string;
  parts: AlongPart[];
}

export interface VolumeChart {
  id: string;
  label: string;
  unit: string;
  covers: string;
  cite: string;
  bars: {
    year: number;
    /** "4.48 Mt", "300,000 TEU" */
    value: string;
    /** The value without its unit, for a narrow column: "4.48", "300,000". */
    amount: string;
    share: number;
    forecast: boolean;
    covers: string;
    cite: string;
  }[];
}

export interface ComparisonText {
  rows: RouteRow[];
  /** The top of the km and days scales, as the axis says them. */
  scale: { km: string; days: string };
  along: AlongRow[];
  volumes: VolumeChart[];
}

const mid = (d: DaysRange) => (d.min + d.max) / 2;

function transitLine(t: SourcedDays): TransitLine {
  const line: TransitLine = { days: formatDays(t.days), covers: t.covers, cite: citeOf(t) };
  if (t.url) line.url = t.url;
  return line;
}

/** Every piece of the comparison the screen shows, from geo/ through the comparison model. */
export function comparisonText(comparison: Comparison, corridor: Corridor): ComparisonText {
  const summaries = compareRoutes(comparison, corridor);
  const maxKm = Math.max(...summaries.map((s) => s.km.total));
  const maxDays = Math.max(...summaries.map((s) => s.days.max));
  const rows = summaries.map((s): RouteRow => ({
    id: s.id,
    name: s.name,
    summary: s.summary,
    km: formatKm(s.km.total),
    kmByMode: (['rail', 'sea'] as const)
      .filter((m) => s.km[m] > 0)
      .map((m) => `${m} ${formatKm(s.km[m])}`)
      .join(' · '),
    kmShare: s.km.total / maxKm,
    days: formatDays(s.days),
    daysShare: { min: s.days.min / maxDays, max: s.days.max / maxDays },
    marks: s.transit.map((t) => {
      const d = t.typical ?? mid(t.days);
      return { share: d / maxDays, days: formatDays({ min: d, max: d }) };
    }),
    transit: s.transit.map(transitLine),
    context: s.context.map((c): ContextLine =>
      c.kind === 'passage'
        ? { kind: 'quote', quote: quoteOf(corridor, c.passage) }
        : { kind: 'text', text: c.text, cite: citeOf(c) },
    ),
  }));
  const along = summaries
    .filter((s) => s.along.length > 1)
    .map((s): AlongRow => {
      const scale = s.days.max;
      const parts = s.along.map((p): AlongPart => {
        const part: AlongPart = {
          mode: p.mode,
          label: p.label,
          share: p.time ? p.time.days.max / scale : 0,
        };
        if (p.km !== undefined) part.km = formatKm(p.km);
        if (p.time) {
          part.time = formatDays(p.time.days);
          part.cite = citeOf(p.time);
        }
        return part;
      });
      const rest = {
        min: Math.max(0, s.days.min - s.attributed.max),
        max: Math.max(0, s.days.max - s.attributed.min),
      };
      parts.push({
        mode: 'rest',
        label: 'Not attributed to any leg or stop by a published source',
        time: formatDays(rest),
        share: Math.max(0, 1 - parts.reduce((sum, p) => sum + p.share, 0)),
      });
      return { id: s.id, name: s.name, days: formatDays(s.days), parts };
    });
  return {
    rows,
    scale: { km: formatKm(maxKm), days: formatDays({ min: maxDays, max: maxDays }) },
    along,
    volumes: comparison.volumes.filter((v) => v.values.length > 1).map(volumeChart),
  };
}

/** One series of geo/corridor-volumes.json as a bar chart, forecasts marked. */
export function volumeChart(series: VolumeSeries): VolumeChart {
  const bars = volumeBars(series).map((b) => ({
    year: b.year,
    value: b.label,
    amount: b.label.replace(` ${series.unit}`, ''),
    share: b.share,
    forecast: b.forecast,
    covers: b.covers,
    cite: citeOf(b),
  }));
  // The series' own source is the one most of its years share; the others are noted per year.
  const counts = new Map<string, number>();
  for (const b of bars) counts.set(b.cite, (counts.get(b.cite) ?? 0) + 1);
  const cite = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return {
    id: series.id,
    label: series.label,
    unit: series.unit,
    covers: series.covers,
    cite,
    bars,
  };
}

const STOP_ROLE: Record<StopKind, string> = {
  gauge: 'Break of gauge',
  transshipment: 'Transshipment',
  border: 'Border crossing',
};

/** What the popup of a stop says: what happens there, and the published time with its source. */
export function stopText(
  comparison: Comparison,
  corridor: Corridor,
  id: string,
): ScreenText | undefined {
  const stop = comparison.stops.find((s) => s.id === id);
  if (!stop) return undefined;
  const name = (at: string) =>
    comparison.places.get(at)?.name ?? corridor.nodes.get(at)?.name ?? at;
  const gauge = stop.gauge
    ? ` · ${stop.gauge.map((g) => g.toLocaleString('en-GB')).join(' → ')} mm`
    : '';
  const facts = [stop.what, `Source: ${citeOf(stop)}`];
  if (stop.time) {
    const t = toDays(stop.time);
    facts.push(`Time: ${formatDays(t.days)}, ${t.covers} (${citeOf(t)})`);
  } else facts.push('Time: no published figure');
  return {
    kind: 'stop',
    id,
    title: stop.at.map(name).join(' / '),
    role: STOP_ROLE[stop.kind] + gauge,
    facts,
    quotes: [],
  };
}
