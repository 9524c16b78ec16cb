import { describe, expect, test } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { CORRIDOR_TILES, cutCorridorTiles } from '../../scripts/corridor-tiles.ts';
import { tilesCovering } from '../../scripts/vite-plugin-tiles.ts';
import { corridor } from '../../scripts/map-probe.ts';
import { flightFeatures, nodeFeatures, segmentFeatures } from '../../src/lib/geo/index.ts';
import { corridorTileLayers, PROMOTE_IDS } from '../../src/lib/map/layers.ts';
import { stateTarget } from '../../src/lib/map/feature-state.ts';

const layers = corridorTileLayers(
  segmentFeatures(corridor),
  flightFeatures(corridor),
  nodeFeatures(corridor),
);
const { tiles, bounds } = cutCorridorTiles(layers);
const decode = (data: Uint8Array) => new VectorTile(new PbfReader(data));

/** The promoted ids of one source layer across the tiles of one zoom. */
function idsAt(z: number, layer: keyof typeof PROMOTE_IDS): Set<unknown> {
  const ids = new Set<unknown>();
  for (const t of tiles.filter((t) => t.z === z)) {
    const l = decode(t.data).layers[layer];
    for (let i = 0; l && i < l.length; i++) ids.add(l.feature(i).properties[PROMOTE_IDS[layer]]);
  }
  return ids;
}

describe("the corridor's vector tiles", () => {
  // A line shorter than a pixel or so at a zoom is dropped from its tiles, as MapLibre's own
  // GeoJSON source drops it (the map finds it by its positions instead: CorridorLayers.svelte).
  test('every place is in the tiles of every zoom, every line from zoom 4, by its state id', () => {
    const lines = [
      ...corridor.segments.map((s) => stateTarget({ kind: 'segment', id: s.id }).id),
      ...corridor.flights.map((f) => stateTarget({ kind: 'flight', id: f.id }).id),
    ];
    const places = [...corridor.nodes.keys()].map((id) => stateTarget({ kind: 'node', id }).id);
    for (let z = 0; z <= CORRIDOR_TILES.maxZoom; z++) {
      expect(idsAt(z, 'nodes'), `zoom ${z}`).toEqual(new Set(places));
      if (z >= 4) expect(idsAt(z, 'lines'), `zoom ${z}`).toEqual(new Set(lines));
    }
  });

  test('every tile lies in the box the source asks tiles for', () => {
    for (const t of tiles) {
      const { x, y } = tilesCovering(t.z, bounds);
      expect(t.x).toBeGreaterThanOrEqual(x[0]!);
      expect(t.x).toBeLessThanOrEqual(x[1]!);
      expect(t.y).toBeGreaterThanOrEqual(y[0]!);
      expect(t.y).toBeLessThanOrEqual(y[1]!);
    }
  });

  test('the deepest zoom keeps every vertex of a surveyed line, to within 20 m', () => {
    const z = CORRIDOR_TILES.maxZoom;
    const segment = corridor.segments.find((s) => s.id === 'tbilisi-akhalkalaki')!;
    const drawn: [number, number][] = [];
    for (const t of tiles.filter((t) => t.z === z)) {
      const l = decode(t.data).layers.lines!;
      for (let i = 0; i < l.length; i++) {
        const f = l.feature(i);
        if (f.properties.ref !== stateTarget({ kind: 'segment', id: segment.id }).id) continue;
        const geo = f.toGeoJSON(t.x, t.y, t.z).geometry;
        const parts =
          geo.type === 'LineString'
            ? [geo.coordinates]
            : geo.type === 'MultiLineString'
              ? geo.coordinates
              : [];
        for (const p of parts.flat()) drawn.push([p[0]!, p[1]!]);
      }
    }
    const metres = ([a, b]: readonly number[], [c, d]: readonly number[]) =>
      Math.hypot((a! - c!) * 111_320 * Math.cos((b! * Math.PI) / 180), (b! - d!) * 110_540);
    for (const v of segment.coordinates) {
      const nearest = Math.min(...drawn.map((p) => metres(p, v)));
      expect(nearest, `${segment.id} at ${v.join(',')}`).toBeLessThan(20);
    }
  });
});
