import {
  formatKm,
  formatMi,
  get,
  mainLineKm,
  type Corridor,
  type FeatureKind,
  type FeatureRef,
  type Passage,
  type TourStep,
} from '../geo/index.ts';
import { quoteOf, type Quote } from './article-text.ts';
import { publishedText } from './panel-text.ts';

/**
 * What the screen says about a feature or a tour step, as plain strings. The popup, the tour
 * caption, the PNG export and the side panel only lay these out: none composes its own text.
 * Everything here is text (never HTML), every distance comes from the geo core and every quote
 * from geo/passages.json, with its source from geo/article.json.
 */
export interface ScreenText {
  kind: FeatureKind | 'step' | 'stop';
  id: string;
  title: string;
  /** "Rail", "Sea ferry", "Direct flight (great circle)", a node's role ("Airport · GYD"). */
  role?: string;
  /** The line under the title: "Aktau → Alat", "Meets: …", or a step's "Rail 2,977 km · Sea 508 km". */
  summary?: string;
  distance?: Distance;
  /** Further facts: the branch a segment belongs to, a flight's carriers. */
  facts: string[];
  /** A tour step's own sentence. */
  lead?: string;
  quotes: Quote[];
  /** During the tour: "3 / 9" on screen, "Step 3 of 9" for a screen reader. */
  progress?: { shown: string; spoken: string };
}

export interface Distance {
  /** "1,234 km" */
  km: string;
  /** "767 mi" */
  mi: string;
  /** For main-line segments: "3,912 km from Xi'an", counted to the segment's far end. */
  along?: string;
  /** "published 1,310 km · TCDD Taşımacılık": the segment's published length, when there is one. */
  published?: string;
}

const MODE_LABEL = { rail: 'Rail', sea: 'Sea ferry' } as const;
const NODE_ROLE = {
  city: 'City',
  port: 'Port',
  border: 'Border crossing',
  junction: 'Rail junction',
  airport: 'Airport',
} as const;
/** A popup quotes at most this many passages (a node one): a popup is read, not scrolled. */
const MAX_QUOTES = 2;

function quotes(corridor: Corridor, ids: readonly string[], max: number, first?: string): Quote[] {
  // A popup opened from a passage of the reader leads with that passage.
  const order = first && ids.includes(first) ? [first, ...ids.filter((id) => id !== first)] : ids;
  return order
    .map((id) => corridor.passages.get(id))
    .filter((p): p is Passage => p !== undefined)
    .slice(0, max)
    .map((p) => quoteOf(corridor, p));
}

const alongCache = new WeakMap<Corridor, ReturnType<typeof mainLineKm>>();
function alongMainLine(corridor: Corridor, segmentId: string): string | undefined {
  let table = alongCache.get(corridor);
  if (!table) alongCache.set(corridor, (table = mainLineKm(corridor)));
  const at = table.get(segmentId);
  const origin = corridor.routes.find((r) => r.main)?.from;
  if (!at || origin === undefined) return undefined;
  return `${formatKm(at.endKm)} from ${corridor.nodes.get(origin)?.label ?? origin}`;
}

function distance(km: number, along?: string): Distance {
  const d: Distance = { km: formatKm(km), mi: formatMi(km) };
  if (along) d.along = along;
  return d;
}

function withPublished(d: Distance, published: string | undefined): Distance {
  return published ? { ...d, published } : d;
}

/**
 * What the popup says about a segment, a flight or a node; undefined for an unknown id. `first`:
 * a passage id to quote first (the passage of the reader it was opened from).
 */
export function featureText(
  corridor: Corridor,
  ref: FeatureRef,
  first?: string,
): ScreenText | undefined {
  const nodeName = (id: string) => corridor.nodes.get(id)?.name ?? id;
  const { kind, id } = ref;
  if (kind === 'segment') {
    const s = get(corridor, 'segment', id);
    if (!s) return undefined;
    const route = corridor.routes.find((r) => r.id === s.route);
    return {
      kind,
      id,
      title: s.name,
      role: MODE_LABEL[s.mode],
      summary: `${nodeName(s.from)} → ${nodeName(s.to)}`,
      distance: withPublished(
        distance(s.lengthKm, alongMainLine(corridor, s.id)),
        publishedText(corridor, s.id),
      ),
      facts: route && !route.main ? [route.name] : [],
      quotes: quotes(corridor, s.passages, MAX_QUOTES, first),
    };
  }
  if (kind === 'flight') {
    const f = get(corridor, 'flight', id);
    if (!f) return undefined;
    return {
      kind,
      id,
      title: f.name,
      role: 'Direct flight (great circle)',
      summary: `${nodeName(f.from)} → ${nodeName(f.to)}`,
      distance: distance(f.lengthKm),
      facts: f.carrierFacts.map((c) => `${c.name} (${c.iata}): ${c.note ?? `since ${c.resumed}`}`),
      quotes: quotes(corridor, f.passages, MAX_QUOTES, first),
    };
  }
  const n = get(corridor, 'node', id);
  if (!n) return undefined;
  const meeting = [...corridor.segments, ...corridor.flights].filter(
    (l) => l.from === id || l.to === id,
  );
  const text: ScreenText = {
    kind,
    id,
    title: n.name,
    role: NODE_ROLE[n.kind] + (n.iata ? ` · ${n.iata}` : ''),
    facts: [],
    quotes: quotes(corridor, [...new Set(meeting.flatMap((l) => l.passages))], 1),
  };
  if (meeting.length) text.summary = `Meets: ${meeting.map((l) => l.name).join('; ')}`;
  return text;
}

/**
 * "Rail 2,977 km · Sea 508 km": the step's own Turf lengths, zeros left out; a step of flights
 * alone names each flight with its great-circle length.
 */
export function stepDistances(step: TourStep): string {
  const parts: string[] = [];
  if (step.km.rail > 0) parts.push(`Rail ${formatKm(step.km.rail)}`);
  if (step.km.sea > 0) parts.push(`Sea ${formatKm(step.km.sea)}`);
  const flights = step.km.flights;
  if (flights.length > 0 && parts.length > 0) {
    parts.push(`Flights ${formatKm(flights.reduce((sum, f) => sum + f.km, 0))}`);
  } else for (const f of flights) parts.push(`${f.name} ${formatKm(f.km)}`);
  return parts.join(' · ');
}

/** What the caption says for step `index` (0-based) of a tour of `count` steps. */
export function stepText(
  corridor: Corridor,
  step: TourStep,
  index: number,
  count: number,
): ScreenText {
  const text: ScreenText = {
    kind: 'step',
    id: step.id,
    title: step.title,
    facts: [],
    quotes: [quoteOf(corridor, step.passage)],
    progress: { shown: `${index + 1} / ${count}`, spoken: `Step ${index + 1} of ${count}` },
  };
  const summary = stepDistances(step);
  if (summary) text.summary = summary;
  if (step.lead) text.lead = step.lead;
  return text;
}
