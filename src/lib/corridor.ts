import {
  flightFeatures,
  nodeFeatures,
  parseCorridor,
  parseTour,
  segmentFeatures,
  TOUR_FILE,
  type Corridor,
} from './geo/index';

// Every content file of geo/ as text, so a new one needs no code change here; parseCorridor
// ignores the files it does not read (tour.json is read by parseTour). The README stays out of
// the bundle.
const files = import.meta.glob<string>('/geo/*.{json,geojson,txt}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const sources: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);

/** The corridor's content, validated once at startup (throws `CorridorError` on bad data). */
export const corridor: Corridor = parseCorridor(sources);
export const segmentCollection = segmentFeatures(corridor);
export const flightCollection = flightFeatures(corridor);
export const nodeCollection = nodeFeatures(corridor);
/** The guided tour of geo/tour.json, checked against the corridor once at start-up. */
export const tour = parseTour(sources[TOUR_FILE] ?? '', corridor);
