import {
  formatKm,
  mainLineKm,
  routeTotals,
  totalsByMode,
  type Corridor,
  type FeatureKind,
  type PublishedFigure,
} from '../geo/index.ts';

/** One route of the side panel's list, with its total and its rows in travel order. */
export interface RouteGroup {
  id: string;
  name: string;
  main: boolean;
  total: string;
  items: {
    kind: Exclude<FeatureKind, 'node'>;
    id: string;
    name: string;
    km: string;
    /** "published 1,310 km · TCDD Taşımacılık", beside the drawn length, when there is one. */
    published?: string;
  }[];
}

/** The side panel's list: segments grouped by route in travel order, then the flights. */
export function routeGroups(corridor: Corridor): RouteGroup[] {
  const order = new Map([...mainLineKm(corridor).keys()].map((id, i) => [id, i]));
  const groups: RouteGroup[] = routeTotals(corridor).map((t) => ({
    id: t.route.id,
    name: t.route.name,
    main: t.route.main,
    total: formatKm(t.km),
    items: corridor.segments
      .filter((s) => s.route === t.route.id)
      .map((s, i) => ({ s, rank: order.get(s.id) ?? 1000 + i }))
      .sort((a, b) => a.rank - b.rank)
      .map(({ s }) => {
        const published = publishedText(corridor, s.id);
        return {
          kind: 'segment' as const,
          id: s.id,
          name: s.name,
          km: formatKm(s.lengthKm),
          ...(published ? { published } : {}),
        };
      }),
  }));
  groups.push({
    id: 'flights',
    name: 'Direct flights to Baku',
    main: false,
    total: formatKm(corridor.flights.reduce((km, f) => km + f.lengthKm, 0)),
    items: corridor.flights.map((f) => ({
      kind: 'flight',
      id: f.id,
      name: f.name,
      km: formatKm(f.lengthKm),
    })),
  });
  return groups;
}

/** Rail, sea and flight totals for the legend. */
export function modeTotals(corridor: Corridor): { label: string; km: string }[] {
  const t = totalsByMode(corridor);
  return [
    { label: 'Rail', km: formatKm(t.rail) },
    { label: 'Sea', km: formatKm(t.sea) },
    { label: 'Flights', km: formatKm(t.air) },
  ];
}

/** "TCDD Taşımacılık" from "TCDD Taşımacılık via Daily Sabah (2022)…": the source's own name. */
export function shortSource(source: string): string {
  return source.split(/[,;(]/)[0]!.split(' via ')[0]!.trim();
}

/**
 * The published length of exactly this segment, when geo/figures.json has one: a figure that
 * measures this segment alone, or the way between its two end nodes. A figure over several
 * segments (Kars–Ankara) is not this segment's, and a computed one is not published.
 */
export function publishedFigure(
  corridor: Corridor,
  segmentId: string,
): PublishedFigure | undefined {
  const s = corridor.segments.find((x) => x.id === segmentId);
  if (!s) return undefined;
  return corridor.figures.find((f) => {
    const m = f.measure;
    if (m.kind === 'segments') return m.segments.length === 1 && m.segments[0] === s.id;
    if (m.kind === 'between')
      return (m.from === s.from && m.to === s.to) || (m.from === s.to && m.to === s.from);
    return false;
  });
}

/** "published 1,310 km · TCDD Taşımacılık", or undefined when the segment has no figure. */
export function publishedText(corridor: Corridor, segmentId: string): string | undefined {
  const f = publishedFigure(corridor, segmentId);
  return f && `published ${formatKm(f.km)} · ${shortSource(f.source)}`;
}
