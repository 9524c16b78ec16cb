import type { CorridorNode, RouteInfo } from '../types';
import type { Problem } from '../problems';
import { GEO_FILES, type Declared, eachEntry } from './common';

/** routes.json: the main line and its branches. */
export function readRoutes(
  problems: Problem[],
  value: unknown,
  nodes: Map<string, CorridorNode> | undefined,
  declared: Declared,
) {
  const file = GEO_FILES.routes;
  const routes: RouteInfo[] = [];
  const read = eachEntry(problems, file, value, ({ reader, obj, id, duplicate }) => {
    const name = reader.string(obj, 'name');
    const main = reader.boolean(obj, 'main', false);
    const ends: Partial<Record<'from' | 'to', string>> = {};
    for (const key of ['from', 'to'] as const) {
      const nodeId = main ? reader.string(obj, key) : reader.optionalString(obj, key);
      if (nodeId !== undefined && nodes !== undefined && !nodes.has(nodeId)) {
        if (!declared.nodes.has(nodeId)) reader.report(key, `unknown node "${nodeId}"`);
      } else if (nodeId !== undefined) ends[key] = nodeId;
    }
    if (id === undefined || duplicate || !name || main === undefined) return;
    routes.push({ id, name, main, ...ends });
  });
  if (!read) return undefined;
  const mains = routes.filter((r) => r.main);
  if (mains.length !== 1) {
    problems.push({
      file,
      field: 'main',
      message: `exactly one route must be the main line (main: true); found ${mains.length}`,
    });
  }
  return routes;
}
