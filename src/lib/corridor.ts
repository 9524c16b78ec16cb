import prepared from 'virtual:corridor';
import {
  flightFeatures,
  nodeFeatures,
  readPrepared,
  segmentFeatures,
  type Corridor,
} from './geo/index';

/** The corridor's content, parsed and validated by the build (see `prepareCorridor`). */
export const corridor: Corridor = readPrepared(prepared);
export const segmentCollection = segmentFeatures(corridor);
export const flightCollection = flightFeatures(corridor);
export const nodeCollection = nodeFeatures(corridor);
/** The guided tour of geo/tour.json, checked against the corridor by the build. */
export const tour = prepared.tour;
/** How many paragraphs the article has. */
export const paragraphCount = prepared.paragraphs;
