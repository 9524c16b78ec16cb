import {
  featuresQuoting,
  formatKm,
  mainLine,
  paragraphs,
  type Corridor,
  type FeatureRef,
  type PlaceLink,
} from '../geo/index.ts';
import { longDate, quoteOf, sourceLine, type Quote } from './article-text.ts';

/** A run of a paragraph: plain text, or a place name that links to the map. */
export interface Words {
  text: string;
  place?: PlaceLink;
}

/** A stretch of a paragraph: outside any quoted passage, or a passage the map quotes. */
export interface Stretch {
  /** The passage id when the map quotes this stretch. */
  passage?: string;
  /** "Show on the map: Beijing–Baku, Urumqi–Baku": what activating the passage shows. */
  shows?: string;
  /** The features a passage's activation shows, lit while it has the pointer or focus. */
  refs: FeatureRef[];
  words: Words[];
}

export interface ReaderParagraph {
  /** ¶ number, as the popups count them (geo/article.txt's non-empty lines). */
  n: number;
  /** The rubric above the title, the title, the dateline, or the body. */
  role: 'rubric' | 'title' | 'dateline' | 'body';
  /** The paragraph exactly as in the source: the stretches' text joined. */
  text: string;
  stretches: Stretch[];
}

/** The reader's whole text: the article, its attribution, every paragraph numbered. */
export interface ReaderText {
  title: string;
  /** "Baku, 8 April 2025 · AZERTAC" */
  dateline: string;
  /** Who wrote it, who published it, who presents it. */
  credit: string[];
  paragraphs: ReaderParagraph[];
}

/** Splits `text` (starting at `offset` in its paragraph) at the place names linked there. */
function linkPlaces(
  text: string,
  offset: number,
  at: readonly { start: number; place: PlaceLink }[],
) {
  const words: Words[] = [];
  let i = 0;
  for (const { start, place } of at) {
    const s = start - offset;
    if (s < i || s + place.phrase.length > text.length) continue;
    if (s > i) words.push({ text: text.slice(i, s) });
    words.push({ text: place.phrase, place });
    i = s + place.phrase.length;
  }
  if (i < text.length || words.length === 0) words.push({ text: text.slice(i) });
  return words;
}

/**
 * The article as the reader lays it out: each paragraph cut into stretches at the passages of
 * geo/passages.json, and the place names of geo/places.json (their first occurrence in each of
 * their paragraphs) marked as links. Joining the stretches gives the paragraph back verbatim.
 */
export function readerText(corridor: Corridor, articleText: string): ReaderText {
  const a = corridor.article;
  const names = (refs: FeatureRef[]) =>
    refs
      .map((r) =>
        r.kind === 'node'
          ? corridor.nodes.get(r.id)?.name
          : (r.kind === 'segment' ? corridor.segments : corridor.flights).find((l) => l.id === r.id)
              ?.name,
      )
      .filter((n): n is string => n !== undefined);
  const paras = paragraphs(articleText).map((text, index): ReaderParagraph => {
    const n = index + 1;
    const places = corridor.placeLinks
      .filter((p) => p.paragraphs.includes(n))
      .map((place) => ({ start: text.indexOf(place.phrase), place }))
      .sort((x, y) => x.start - y.start);
    const marks = [...corridor.passages.values()]
      .filter((p) => p.paragraph === n)
      .map((p) => ({ start: text.indexOf(p.text), passage: p }))
      .filter((m) => m.start >= 0)
      .sort((x, y) => x.start - y.start);
    const stretches: Stretch[] = [];
    let i = 0;
    for (const { start, passage } of marks) {
      if (start < i) continue;
      if (start > i)
        stretches.push({ refs: [], words: linkPlaces(text.slice(i, start), i, places) });
      const refs = featuresQuoting(corridor, passage.id).refs;
      const shown = names(refs);
      stretches.push({
        passage: passage.id,
        refs,
        shows: `Show on the map: ${shown.length > 3 ? `${shown.length} lines` : shown.join(', ')}`,
        words: linkPlaces(passage.text, start, places),
      });
      i = start + passage.text.length;
    }
    if (i < text.length) stretches.push({ refs: [], words: linkPlaces(text.slice(i), i, places) });
    return { n, role: 'body', text, stretches };
  });
  // The lines before the body: a rubric, the title as article.json gives it, the dateline.
  const title = paras.findIndex((p) => p.text === a.title);
  if (title >= 0) {
    paras[title]!.role = 'title';
    for (const p of paras.slice(0, title)) p.role = 'rubric';
    const next = paras[title + 1];
    if (next?.text.startsWith(`${a.place},`)) next.role = 'dateline';
  }
  return {
    title: a.title,
    dateline: `${a.place}, ${longDate(a.date)} · ${a.source}`,
    credit: [
      `By ${a.author}.`,
      `Published by ${a.publisher}; presented by ${a.source}.`,
      `Quoted on the map as ${sourceLine(a)}.`,
    ],
    paragraphs: paras,
  };
}

/** One leg of the route as text, in travel order. */
export interface Leg {
  ref: FeatureRef;
  from: string;
  to: string;
  /** "Rail", "Sea ferry", "Flight". */
  mode: string;
  km: string;
  /** Km from the route's start to this leg's end: "3,912 km". */
  cumulative: string;
  quote?: Quote;
}

export interface RouteText {
  id: string;
  heading: string;
  /** "2,977 km in 12 legs" */
  summary: string;
  legs: Leg[];
}

const MODE = { rail: 'Rail', sea: 'Sea ferry', air: 'Flight' } as const;

/**
 * The main line, each branch and the flights as ordered lists of legs: from → to, mode, km and
 * km from the route's start (the main line counts from its origin, as the popups do; a branch
 * from its own first node), with the leg's first quote.
 */
export function routeText(corridor: Corridor): RouteText[] {
  const name = (id: string) => corridor.nodes.get(id)?.name ?? id;
  const quote = (ids: readonly string[]) => {
    const p = ids[0] === undefined ? undefined : corridor.passages.get(ids[0]);
    return p && quoteOf(corridor, p);
  };
  const summary = (km: number, n: number) => `${formatKm(km)} in ${n} ${n === 1 ? 'leg' : 'legs'}`;
  const out: RouteText[] = [];
  for (const route of corridor.routes) {
    let legs: Leg[];
    let total = 0;
    if (route.main) {
      legs = mainLine(corridor).map(({ segment: s, endKm, reversed }) => {
        total = endKm;
        return {
          ref: { kind: 'segment', id: s.id },
          from: name(reversed ? s.to : s.from),
          to: name(reversed ? s.from : s.to),
          mode: MODE[s.mode],
          km: formatKm(s.lengthKm),
          cumulative: formatKm(endKm),
          quote: quote(s.passages),
        };
      });
    } else {
      // A branch may fork (Samtredia to Poti and to Batumi): each leg counts from its own start.
      const at = new Map<string, number>(route.from === undefined ? [] : [[route.from, 0]]);
      legs = corridor.segments
        .filter((s) => s.route === route.id)
        .map((s) => {
          const end = (at.get(s.from) ?? 0) + s.lengthKm;
          if (!at.has(s.to)) at.set(s.to, end);
          total += s.lengthKm;
          return {
            ref: { kind: 'segment', id: s.id },
            from: name(s.from),
            to: name(s.to),
            mode: MODE[s.mode],
            km: formatKm(s.lengthKm),
            cumulative: formatKm(end),
            quote: quote(s.passages),
          };
        });
    }
    out.push({ id: route.id, heading: route.name, summary: summary(total, legs.length), legs });
  }
  const flights = corridor.flights.map((f): Leg => ({
    ref: { kind: 'flight', id: f.id },
    from: name(f.from),
    to: name(f.to),
    mode: MODE.air,
    km: formatKm(f.lengthKm),
    cumulative: formatKm(f.lengthKm),
    quote: quote(f.passages),
  }));
  const flightKm = corridor.flights.reduce((km, f) => km + f.lengthKm, 0);
  out.push({
    id: 'flights',
    heading: 'Direct flights to Baku',
    summary: summary(flightKm, flights.length),
    legs: flights,
  });
  return out;
}
