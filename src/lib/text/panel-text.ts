import {
  formatKm,
  mainLineKm,
  routeTotals,
  totalsByMode,
  type Corridor,
  type FeatureKind,
} from '../geo/index.ts';

/** One route of the side panel's list, with its total and its rows in travel order. */
export interface RouteGroup {
  id: string;
  name: string;
  main: boolean;
  total: string;
  items: { kind: Exclude<FeatureKind, 'node'>; id: string; name: string; km: string }[];
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
      .map(({ s }) => ({
        kind: 'segment' as const,
        id: s.id,
        name: s.name,
        km: formatKm(s.lengthKm),
      })),
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
