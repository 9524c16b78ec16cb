// Writes the positions of geo/tracks/<segment>.json into the segments of geo/segments.geojson.
//   npm run geo:tracks               rewrites the tracked segments' coordinates
//   npm run geo:tracks -- --check    exits 1 when segments.geojson is not what the tracks say
// Exits 1, naming the file, the point and the field, when a track file is wrong.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { formatProblem, type Problem } from '../src/lib/geo/problems';
import { movedPoints, parseTrack, trackFile, trackLine, type Track } from '../src/lib/geo/tracks';
import { GEO_DIR } from './geo-files.ts';

export const TRACK_DIR = path.join(GEO_DIR, 'tracks');
const SEGMENTS = path.join(GEO_DIR, 'segments.geojson');

/** Every track file of geo/tracks/, parsed, with every problem found. */
export function readTracks(dir = TRACK_DIR): { tracks: Track[]; problems: Problem[] } {
  const tracks: Track[] = [];
  const problems: Problem[] = [];
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.json')) : [];
  for (const name of names.sort()) {
    const result = parseTrack(`tracks/${name}`, fs.readFileSync(path.join(dir, name), 'utf8'));
    problems.push(...result.problems);
    if (result.track) tracks.push(result.track);
  }
  return { tracks, problems };
}

interface SegmentFeature {
  properties: { id: string };
  geometry: { coordinates: unknown };
}

/** segments.geojson with each tracked segment's coordinates replaced by its track's line. */
export function applyTracks(
  segmentsText: string,
  tracks: readonly Track[],
): { collection: unknown; problems: Problem[] } {
  const collection = JSON.parse(segmentsText) as { features: SegmentFeature[] };
  const problems: Problem[] = [];
  for (const track of tracks) {
    const feature = collection.features.find((f) => f.properties.id === track.segment);
    if (feature === undefined) {
      problems.push({
        file: trackFile(track.segment),
        field: 'segment',
        message: `unknown segment "${track.segment}" (not in segments.geojson)`,
      });
      continue;
    }
    feature.geometry.coordinates = trackLine(track);
  }
  return { collection, problems };
}

async function main(check: boolean): Promise<number> {
  const { tracks, problems } = readTracks();
  const current = fs.readFileSync(SEGMENTS, 'utf8');
  const applied = applyTracks(current, tracks);
  problems.push(...applied.problems);
  if (problems.length > 0) {
    for (const p of problems) console.error(`  - ${formatProblem(p)}`);
    return 1;
  }
  const options = (await prettier.resolveConfig(SEGMENTS)) ?? {};
  const next = await prettier.format(JSON.stringify(applied.collection), {
    ...options,
    filepath: SEGMENTS,
  });
  if (check) {
    if (next === current) {
      console.log(`segments.geojson matches its ${tracks.length} track files`);
      return 0;
    }
    console.error('segments.geojson differs from geo/tracks/: run npm run geo:tracks');
    return 1;
  }
  if (next !== current) fs.writeFileSync(SEGMENTS, next);
  console.log(`segments.geojson: ${tracks.map((t) => t.segment).join(', ') || 'no tracks'}`);
  const moved = tracks.flatMap(movedPoints);
  const farthest = Math.max(0, ...moved.map((m) => m.km));
  console.log(
    `${moved.length} station points drawn on their track, up to ${farthest.toFixed(2)} km from their recorded position`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = await main(process.argv.includes('--check'));
