// The tracked rail segments are drawn exactly through their track files' sourced points: the
// data cannot drift from its sources without this failing (npm run geo:tracks rewrites it).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/geo/problems';
import { trackLine } from '../../src/lib/geo/tracks';
import { GEO_DIR } from '../../scripts/geo-files.ts';
import { readTracks } from '../../scripts/tracks.ts';

const { tracks, problems } = readTracks();
const segments = JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'segments.geojson'), 'utf8')) as {
  features: { properties: { id: string; mode: string }; geometry: { coordinates: number[][] } }[];
};

test('every track file of geo/tracks/ is valid', () => {
  expect(problems.map(formatProblem)).toEqual([]);
  expect(tracks.length).toBeGreaterThan(0);
});

test.each(tracks.map((t) => [t.segment, t] as const))(
  '%s in segments.geojson is its track, point for point',
  (id, track) => {
    const feature = segments.features.find((f) => f.properties.id === id);
    expect(feature?.properties.mode, `segment ${id}`).toBe('rail');
    expect(feature!.geometry.coordinates).toEqual(trackLine(track));
  },
);
