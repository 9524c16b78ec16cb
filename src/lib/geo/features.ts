import type {
  Corridor,
  FlightCollection,
  FlightFeature,
  LngLat,
  NodeCollection,
  NodeFeature,
  SegmentCollection,
  SegmentFeature,
} from './types';

const copy = (line: readonly LngLat[]) => line.map(([lon, lat]) => [lon, lat]);

/** Rail and sea segments for the map; every feature carries a string `id` (`promoteId: 'id'`). */
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
      geometry: { type: 'LineString', coordinates: copy(s.coordinates) },
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
      geometry: { type: 'LineString', coordinates: copy(f.coordinates) },
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
