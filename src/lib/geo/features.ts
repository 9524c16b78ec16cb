import type {
  Corridor,
  FlightCollection,
  FlightFeature,
  NodeCollection,
  NodeFeature,
  SegmentCollection,
  SegmentFeature,
} from './types';

/**
 * Rail and sea segments for the map; every feature carries a string `id` (`promoteId: 'id'`).
 * The features share the corridor's positions: the map draws the corridor from tiles cut at build
 * time and the page only reads these (the line under the pointer, the features' states), so a
 * copy would only cost the first load time (about 5 ms, see bench/README.md).
 */
export function segmentFeatures(corridor: Corridor): SegmentCollection {
  const mainIds = new Set(corridor.routes.filter((r) => r.main).map((r) => r.id));
  return {
    type: 'FeatureCollection',
    features: corridor.segments.map((s): SegmentFeature => ({
      type: 'Feature',
      properties: {
        id: s.id,
        name: s.name,
        mode: s.mode,
        route: s.route,
        main: mainIds.has(s.route),
      },
      geometry: { type: 'LineString', coordinates: s.coordinates },
    })),
  };
}

/** Great-circle flight arcs for the map. */
export function flightFeatures(corridor: Corridor): FlightCollection {
  return {
    type: 'FeatureCollection',
    features: corridor.flights.map((f): FlightFeature => ({
      type: 'Feature',
      properties: { id: f.id, name: f.name, mode: 'air' },
      geometry: { type: 'LineString', coordinates: f.coordinates },
    })),
  };
}

/** Stations, ports, border crossings and airports for the map. */
export function nodeFeatures(corridor: Corridor): NodeCollection {
  return {
    type: 'FeatureCollection',
    features: [...corridor.nodes.values()].map((n): NodeFeature => ({
      type: 'Feature',
      properties: { id: n.id, name: n.name, label: n.label, kind: n.kind, hub: n.hub },
      geometry: { type: 'Point', coordinates: [n.coordinates[0], n.coordinates[1]] },
    })),
  };
}
