// The corridor as the app sees it, read in Node from geo/ with the same core, so that tests
// compute expected names, distances and positions instead of hard-coding them.
import { readFileSync } from 'node:fs';

export {
  CLICK_FRACTIONS,
  clickableInPage,
  clickablePoint,
  corridor,
  pointAlong,
} from '../../scripts/map-probe.ts';
export { formatKm } from '../../src/lib/geo/index.ts';
export const articleText = readFileSync(new URL('../../geo/article.txt', import.meta.url), 'utf8');
