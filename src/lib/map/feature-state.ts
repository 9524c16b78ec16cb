import type { FeatureKind } from '../geo/index.ts';
import { SOURCE_IDS, SOURCE_LAYERS, lineRef } from './layers.ts';

// Apart from layers.ts: only the corridor's feature state (CorridorStates, loaded after the first
// view) needs it.

/** Where a feature's state (hover, selected, dim) lives on the map. */
export function stateTarget(ref: { kind: FeatureKind; id: string }): {
  source: string;
  sourceLayer: string;
  id: string;
} {
  return ref.kind === 'node'
    ? { source: SOURCE_IDS.corridor, sourceLayer: SOURCE_LAYERS.nodes, id: ref.id }
    : {
        source: SOURCE_IDS.corridor,
        sourceLayer: SOURCE_LAYERS.lines,
        id: lineRef(ref.kind, ref.id),
      };
}
