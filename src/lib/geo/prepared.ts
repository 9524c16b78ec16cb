import { paragraphs } from './article';
import { GEO_FILES, type GeoSources } from './files/common';
import { parseCorridor } from './parse';
import { parseTour, TOUR_FILE, type TourStep } from './tour';
import type { Corridor } from './types';

/**
 * The corridor as the build checked it, in plain JSON: the page reads it instead of parsing and
 * validating geo/ again at every load (the build fails on bad data, naming file, id and field).
 */
export interface PreparedCorridor {
  corridor: Omit<Corridor, 'passages' | 'nodes'> & {
    passages: [string, Corridor['passages'] extends ReadonlyMap<string, infer P> ? P : never][];
    nodes: [string, Corridor['nodes'] extends ReadonlyMap<string, infer N> ? N : never][];
  };
  tour: TourStep[];
  /** How many paragraphs the article has (a link to ¶N beyond them is ignored). */
  paragraphs: number;
}

/** Parses and validates geo/ (throws `CorridorError`), for the build. */
export function prepareCorridor(sources: GeoSources): PreparedCorridor {
  const corridor = parseCorridor(sources);
  return {
    corridor: { ...corridor, passages: [...corridor.passages], nodes: [...corridor.nodes] },
    tour: parseTour(sources[TOUR_FILE] ?? '', corridor),
    paragraphs: paragraphs(sources[GEO_FILES.article] ?? '').length,
  };
}

/** The corridor back from its JSON, for the page. */
export function readPrepared(prepared: PreparedCorridor): Corridor {
  const { corridor } = prepared;
  return { ...corridor, passages: new Map(corridor.passages), nodes: new Map(corridor.nodes) };
}
