import type { SourceSpecification } from 'maplibre-gl';

/** The part of a MapLibre map this module touches. */
export interface SourceHost {
  addSource(id: string, spec: SourceSpecification): unknown;
  getSource(id: string): unknown;
}

interface ClusterOptions {
  cluster?: boolean;
  clusterMaxZoom?: number;
  clusterRadius?: number;
}

interface Settable {
  setData(data: unknown): Promise<void>;
  updateData(diff: unknown): Promise<void>;
  setClusterOptions(options: ClusterOptions): Promise<void>;
}

const settable = (s: unknown): s is Settable =>
  ['setData', 'updateData', 'setClusterOptions'].every(
    (name) => typeof (s as Record<string, unknown> | undefined)?.[name] === 'function',
  );

/**
 * svelte-maplibre-gl's GeoJSONSource adds its source with the data, then, as soon as the source is
 * ready, hands the same data over once more with `setData` and sets its clustering (off) with
 * `setClusterOptions`, each of which has the map's worker cut every tile of the source again, while
 * the first frames are drawn. From here on, a GeoJSON source the map adds skips a `setData` of the
 * data it already holds (equal as JSON) and a `setClusterOptions` that leaves clustering off; other
 * data, and anything after an `updateData`, goes through.
 */
export function skipRepeatedGeoJSON(map: SourceHost): void {
  const addSource = map.addSource.bind(map);
  map.addSource = (id, spec) => {
    const added = addSource(id, spec);
    const source = map.getSource(id);
    if (spec.type !== 'geojson' || !settable(source)) return added;
    let held: string | undefined = JSON.stringify(spec.data);
    const setData = source.setData.bind(source);
    const updateData = source.updateData.bind(source);
    source.setData = (data) => {
      const text = JSON.stringify(data);
      if (text === held) return Promise.resolve();
      held = text;
      return setData(data);
    };
    source.updateData = (diff) => {
      held = undefined;
      return updateData(diff);
    };
    let clustered = spec.cluster === true;
    const setClusterOptions = source.setClusterOptions.bind(source);
    source.setClusterOptions = (options) => {
      if (!clustered && !options.cluster) return Promise.resolve();
      clustered = options.cluster === true;
      return setClusterOptions(options);
    };
    return added;
  };
}
