import { along, bbox, length, lineString, multiPoint } from '@turf/turf';
import { expect, test } from 'vitest';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../scripts/geo-files.ts';
import { anchorOf, boundsOf, corridorBounds } from './lookup';
import { parseCorridor } from './parse';
import type { Bounds, LngLat } from './types';

// The page frames and points with what the build measured (a line's box and midpoint travel with
// it): these must be what Turf finds on the coordinates themselves.
const corridor = deepFreeze(parseCorridor(readGeoDir(GEO_DIR)));
const lines = [...corridor.segments, ...corridor.flights];

const turfBox = (points: readonly LngLat[]): Bounds => {
  const [w, s, e, n] = bbox(multiPoint(points.map(([x, y]) => [x, y])));
  return [
    [w, s],
    [e, n],
  ];
};

test('the corridor’s box is the box around every drawn position', () => {
  expect(corridorBounds(corridor)).toEqual(turfBox(lines.flatMap((l) => l.coordinates)));
});

test('the box around features holds every position of each, nodes included', () => {
  const [segment, flight] = [corridor.segments[0]!, corridor.flights[0]!];
  const node = corridor.nodes.get(corridor.segments.at(-1)!.from)!;
  expect(boundsOf(corridor, [{ kind: 'segment', id: segment.id }])).toEqual(
    turfBox(segment.coordinates),
  );
  expect(
    boundsOf(corridor, [
      { kind: 'segment', id: segment.id },
      { kind: 'flight', id: flight.id },
      { kind: 'node', id: node.id },
      { kind: 'segment', id: 'no-such-segment' },
    ]),
  ).toEqual(turfBox([...segment.coordinates, ...flight.coordinates, node.coordinates]));
  expect(boundsOf(corridor, [{ kind: 'node', id: node.id }])).toEqual([
    node.coordinates,
    node.coordinates,
  ]);
  expect(boundsOf(corridor, [{ kind: 'flight', id: 'no-such-flight' }])).toBeUndefined();
});

test('a line chosen from a list points its popup halfway along it', () => {
  const refs = [
    ...corridor.segments.map((l) => ({ kind: 'segment' as const, line: l })),
    ...corridor.flights.map((l) => ({ kind: 'flight' as const, line: l })),
  ];
  for (const { kind, line } of refs) {
    const feature = lineString(line.coordinates.map(([x, y]) => [x, y]));
    const [x, y] = along(feature, length(feature) / 2).geometry.coordinates;
    const [ax, ay] = anchorOf(corridor, { kind, id: line.id })!;
    // Within a few metres (the build keeps 1e-5°).
    expect(ax).toBeCloseTo(x!, 4);
    expect(ay).toBeCloseTo(y!, 4);
  }
  const node = [...corridor.nodes.values()][0]!;
  expect(anchorOf(corridor, { kind: 'node', id: node.id })).toEqual(node.coordinates);
  expect(anchorOf(corridor, { kind: 'segment', id: 'no-such-segment' })).toBeUndefined();
});
