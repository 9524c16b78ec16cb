import type { Corridor, LngLat, Segment } from './types';

export type RouteErrorCode = 'unknown-node' | 'no-path';

export class RouteError extends Error {
  constructor(
    readonly code: RouteErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RouteError';
  }
}

/** A path along the rail and sea network. */
export interface NetworkRoute {
  from: string;
  to: string;
  /** Node ids in travel order, `from` first. */
  nodes: string[];
  /** Segments in travel order. */
  segments: Segment[];
  lengthKm: number;
  /** The whole path as one line, in travel order. */
  coordinates: LngLat[];
}

/**
 * Shortest path (by km) between two nodes along rail and sea segments (Dijkstra). Flights are
 * not part of the network. Throws a `RouteError` for an unknown node or when no path exists.
 */
export function routeBetween(corridor: Corridor, fromId: string, toId: string): NetworkRoute {
  for (const id of [fromId, toId]) {
    if (!corridor.nodes.has(id)) throw new RouteError('unknown-node', `unknown node "${id}"`);
  }
  const best = new Map<string, { km: number; via?: Segment }>([[fromId, { km: 0 }]]);
  const done = new Set<string>();
  for (;;) {
    let at: string | undefined;
    let atKm = Infinity;
    for (const [id, { km }] of best) {
      if (!done.has(id) && km < atKm) {
        at = id;
        atKm = km;
      }
    }
    if (at === undefined || at === toId) break;
    done.add(at);
    for (const s of corridor.segments) {
      const next = s.from === at ? s.to : s.to === at ? s.from : undefined;
      if (next === undefined || done.has(next)) continue;
      const km = atKm + s.lengthKm;
      if (km < (best.get(next)?.km ?? Infinity)) best.set(next, { km, via: s });
    }
  }
  const end = best.get(toId);
  if (end === undefined) {
    const name = (id: string) => `"${corridor.nodes.get(id)?.name ?? id}"`;
    throw new RouteError(
      'no-path',
      `no rail or sea connection between ${name(fromId)} and ${name(toId)}`,
    );
  }
  const nodes = [toId];
  const segments: Segment[] = [];
  for (let at = toId, via = end.via; via !== undefined; via = best.get(at)?.via) {
    segments.unshift(via);
    at = via.from === at ? via.to : via.from;
    nodes.unshift(at);
  }
  const coordinates: LngLat[] = [];
  segments.forEach((s, i) => {
    const forward = s.from === nodes[i];
    const line = forward ? s.coordinates : [...s.coordinates].reverse();
    coordinates.push(...line.slice(i === 0 ? 0 : 1).map(([lon, lat]): LngLat => [lon, lat]));
  });
  return { from: fromId, to: toId, nodes, segments, lengthKm: end.km, coordinates };
}
