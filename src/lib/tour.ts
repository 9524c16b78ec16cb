import { corridor, sources } from './corridor.ts';
import { parseTour, TOUR_FILE } from './geo/tour.ts';

/** The guided tour of geo/tour.json, checked against the corridor once at start-up. */
export const tour = parseTour(sources[TOUR_FILE] ?? '', corridor);
