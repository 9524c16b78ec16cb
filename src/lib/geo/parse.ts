import { CorridorError, type Problem } from './problems';
import { readArticleInfo } from './files/article';
import { GEO_FILES, declaredIds, type Declared, type GeoSources } from './files/common';
import { readFigures } from './files/figures';
import { readFlights } from './files/flights';
import { readNodes } from './files/nodes';
import { readPassages } from './files/passages';
import { readPlaces } from './files/places';
import { readRoutes } from './files/routes';
import { readSegments } from './files/segments';
import { checkFigureRoutes, checkPassagesUsed, checkRoutes } from './rules';
import type { Corridor } from './types';

export { GEO_FILES, type GeoSources } from './files/common';
export { END_TOLERANCE_KM, MAX_RAIL_LEG_KM } from './rules';
export { FLIGHT_ARC_POINTS } from './files/flights';

/**
 * Parses and validates every file of `geo/` at once. Throws a `CorridorError` listing all the
 * problems found, each naming the file, the entry id and the field.
 */
export function parseCorridor(sources: GeoSources): Corridor {
  const problems: Problem[] = [];
  const json = (file: string, required = true): unknown => {
    const text = sources[file];
    if (text === undefined) {
      if (required) problems.push({ file, message: 'file is missing' });
      return undefined;
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      problems.push({
        file,
        message: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
      });
      return undefined;
    }
  };

  const articleText = sources[GEO_FILES.article];
  if (articleText === undefined)
    problems.push({ file: GEO_FILES.article, message: 'file is missing' });
  const article = readArticleInfo(problems, json(GEO_FILES.articleInfo), articleText ?? '');
  const passagesJson = json(GEO_FILES.passages);
  const nodesJson = json(GEO_FILES.nodes);
  const routesJson = json(GEO_FILES.routes);
  const segmentsJson = json(GEO_FILES.segments);
  const flightsJson = json(GEO_FILES.flights);
  // Ids declared in a file even when their entry is invalid: references to them are not
  // reported again as unknown, so that one defect gives one problem.
  const declared: Declared = {
    passages: declaredIds(passagesJson),
    nodes: declaredIds(nodesJson),
    routes: declaredIds(routesJson),
    segments: declaredIds(segmentsJson),
    flights: declaredIds(flightsJson),
  };
  const passages = readPassages(problems, passagesJson, articleText);
  const nodes = readNodes(problems, nodesJson);
  const routes = readRoutes(problems, routesJson, nodes, declared);
  const segments = readSegments(problems, segmentsJson, nodes, routes, passages, declared);
  const flights = readFlights(problems, flightsJson, nodes, passages, declared);
  const figures = readFigures(problems, json(GEO_FILES.figures, false), declared);
  const places = readPlaces(problems, json(GEO_FILES.places, false), articleText, declared);

  // Whole-network checks only make sense once every entry is valid.
  if (problems.length === 0 && segments && flights && passages) {
    checkPassagesUsed(problems, { passages, segments, flights });
  }
  const mainLine =
    problems.length === 0 && segments && routes ? checkRoutes(problems, routes, segments) : [];

  if (
    problems.length > 0 ||
    article === undefined ||
    passages === undefined ||
    nodes === undefined ||
    routes === undefined ||
    segments === undefined ||
    flights === undefined ||
    figures === undefined ||
    places === undefined
  ) {
    throw new CorridorError(problems);
  }
  const corridor: Corridor = {
    article,
    passages,
    nodes,
    routes,
    segments,
    flights,
    figures,
    placeLinks: places,
    mainLine,
  };
  checkFigureRoutes(problems, corridor);
  if (problems.length > 0) throw new CorridorError(problems);
  return corridor;
}
