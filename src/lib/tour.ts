import tourText from '../../geo/tour.json?raw';
import { corridor } from './corridor.ts';
import { parseTour } from './geo/tour.ts';

/** The guided tour of geo/tour.json, checked against the corridor once at start-up. */
export const tour = parseTour(tourText, corridor);
