// src/lib/corridor.ts loads geo/ through Vite's import.meta.glob: the app sees the same data.
import { expect, test } from 'vitest';
import {
  corridor,
  flightCollection,
  nodeCollection,
  segmentCollection,
} from '../../src/lib/corridor';
import { parseCorridor } from '../../src/lib/geo/index';
import { GEO_DIR, readGeoDir } from '../../scripts/geo-files.ts';

test('the app module holds the validated corridor read from every file of geo/', () => {
  expect(corridor).toEqual(parseCorridor(readGeoDir(GEO_DIR)));
  expect(segmentCollection.features).toHaveLength(corridor.segments.length);
  expect(flightCollection.features).toHaveLength(corridor.flights.length);
  expect(nodeCollection.features).toHaveLength(corridor.nodes.size);
});
