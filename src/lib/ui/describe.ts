import {
  formatKm,
  formatMi,
  mainLineKm,
  routeTotals,
  totalsByMode,
  type Corridor,
  type Passage,
} from '../geo/index.ts';
import type { PickKind } from '../state/selection.svelte.ts';

/**
 * What a popup or a list row says about a feature, as plain strings: the components only lay
 * them out. Everything here is text (never HTML) and every distance comes from the geo core.
 */
export interface Details {
  kind: PickKind;
  id: string;
  title: string;
  /** "Rail", "Sea ferry", "Direct flight", or a node's role. */
  mode: string;
  /** "Aktau → Alat", or for a node the segments that meet there. */
  fromTo?: string;
  km?: string;
  mi?: string;
  /** For main-line segments: distance from the China origin at the segment's far end. */
  cumulative?: string;
  facts: string[];
  quotes: Passage[];
}

export const SOURCE_LINE = 'AZERTAC / CGTN, 8 April 2025';

const MODE_LABEL = { rail: 'Rail', sea: 'Sea ferry' } as const;
const KIND_LABEL = {
  city: 'City',
  port: 'Port',
  border: 'Border crossing',
  junction: 'Rail junction',
  airport: 'Airport',
} as const;

/** Quotes at most this many passages: a popup is read, not scrolled. */
const MAX_QUOTES = 2;

export function describer(corridor: Corridor) {
  const cumulative = mainLineKm(corridor);
  const nodeName = (id: string) => corridor.nodes.get(id)?.name ?? id;
  const nodeLabel = (id: string) => corridor.nodes.get(id)?.label ?? id;
  const quotes = (ids: readonly string[]) =>
    ids
      .map((id) => corridor.passages.get(id))
      .filter((p): p is Passage => p !== undefined)
      .slice(0, MAX_QUOTES);

  return function describe(kind: PickKind, id: string): Details | undefined {
    if (kind === 'segment') {
      const s = corridor.segments.find((x) => x.id === id);
      if (!s) return undefined;
      const along = cumulative.get(s.id);
      const route = corridor.routes.find((r) => r.id === s.route);
      return {
        kind,
        id,
        title: s.name,
        mode: MODE_LABEL[s.mode],
        fromTo: `${nodeName(s.from)} → ${nodeName(s.to)}`,
        km: formatKm(s.lengthKm),
        mi: formatMi(s.lengthKm),
        cumulative:
          along &&
          `${formatKm(along.endKm)} from ${nodeLabel(corridor.routes.find((r) => r.main)?.from ?? '')}`,
        facts: route && !route.main ? [route.name] : [],
        quotes: quotes(s.passages),
      };
    }
    if (kind === 'flight') {
      const f = corridor.flights.find((x) => x.id === id);
      if (!f) return undefined;
      return {
        kind,
        id,
        title: f.name,
        mode: 'Direct flight (great circle)',
        fromTo: `${nodeName(f.from)} → ${nodeName(f.to)}`,
        km: formatKm(f.lengthKm),
        mi: formatMi(f.lengthKm),
        facts: f.carrierFacts.map(
          (c) => `${c.name} (${c.iata}): ${c.note ?? `since ${c.resumed}`}`,
        ),
        quotes: quotes(f.passages),
      };
    }
    const n = corridor.nodes.get(id);
    if (!n) return undefined;
    const meeting = [...corridor.segments, ...corridor.flights].filter(
      (s) => s.from === id || s.to === id,
    );
    const passageIds = [...new Set(meeting.flatMap((s) => s.passages))];
    return {
      kind,
      id,
      title: n.name,
      mode: KIND_LABEL[n.kind] + (n.iata ? ` · ${n.iata}` : ''),
      fromTo: meeting.length ? `Meets: ${meeting.map((s) => s.name).join('; ')}` : undefined,
      facts: [],
      quotes: quotes(passageIds).slice(0, 1),
    };
  };
}

export interface RouteGroup {
  id: string;
  name: string;
  main: boolean;
  total: string;
  items: { kind: 'segment' | 'flight'; id: string; name: string; mode: string; km: string }[];
}

/** The side panel's list: segments grouped by route in travel order, then the flights. */
export function routeGroups(corridor: Corridor): RouteGroup[] {
  const order = new Map<string, number>();
  [...cumulativeOrder(corridor)].forEach((id, i) => order.set(id, i));
  const groups: RouteGroup[] = routeTotals(corridor).map((t) => ({
    id: t.route.id,
    name: t.route.name,
    main: t.route.main,
    total: formatKm(t.km),
    items: corridor.segments
      .filter((s) => s.route === t.route.id)
      .map((s, i) => ({ s, rank: order.get(s.id) ?? 1000 + i }))
      .sort((a, b) => a.rank - b.rank)
      .map(({ s }) => ({
        kind: 'segment' as const,
        id: s.id,
        name: s.name,
        mode: MODE_LABEL[s.mode],
        km: formatKm(s.lengthKm),
      })),
  }));
  const air = corridor.flights.reduce((km, f) => km + f.lengthKm, 0);
  groups.push({
    id: 'flights',
    name: 'Direct flights to Baku',
    main: false,
    total: formatKm(air),
    items: corridor.flights.map((f) => ({
      kind: 'flight',
      id: f.id,
      name: f.name,
      mode: 'Flight',
      km: formatKm(f.lengthKm),
    })),
  });
  return groups;
}

function cumulativeOrder(corridor: Corridor): string[] {
  return [...mainLineKm(corridor).keys()];
}

export function modeTotals(corridor: Corridor): { label: string; km: string }[] {
  const t = totalsByMode(corridor);
  return [
    { label: 'Rail', km: formatKm(t.rail) },
    { label: 'Sea', km: formatKm(t.sea) },
    { label: 'Flights', km: formatKm(t.air) },
  ];
}
