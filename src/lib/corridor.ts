import {
  flightFeatures,
  nodeFeatures,
  parseCorridor,
  segmentFeatures,
  type Corridor,
} from './geo/index';

// Every file of geo/ as text, so a new content file needs no code change here; parseCorridor
// ignores the files it does not read (README.md, tour.json…).
const files = import.meta.glob<string>('/geo/*', { query: '?raw', import: 'default', eager: true });

const sources = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);

/** The corridor's content, validated once at startup (throws `CorridorError` on bad data). */
export const corridor: Corridor = parseCorridor(sources);
export const segmentCollection = segmentFeatures(corridor);
export const flightCollection = flightFeatures(corridor);
export const nodeCollection = nodeFeatures(corridor);
