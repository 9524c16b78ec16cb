import { FEATURE_KINDS, type FeatureKind, type FeatureRef, type View } from '../geo/index.ts';

/**
 * The address's hash records what is on screen, so a link reopens it:
 * `#segment=aktau-alat&map=4.2/41.5/50.1` (zoom/lat/lng, as MapLibre's own hash) or
 * `#step=caspian` for a tour step. Anything malformed or unknown is left out, never thrown, and
 * named in `ignored`.
 */
export interface HashState {
  pick?: FeatureRef;
  view?: View;
  step?: string;
  /** `#p=19`: the reader open at that paragraph. */
  paragraph?: number;
  /** The parts of a link that name nothing here, as written: `segment=tbilisi-kars`. */
  ignored?: string[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function parseView(value: string | null): HashState['view'] {
  if (!value) return undefined;
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return undefined;
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lng) > 180) return undefined;
  return { zoom, center: [lng, lat] };
}

export function parseHash(
  hash: string,
  known: {
    pick: (kind: FeatureKind, id: string) => boolean;
    step: (id: string) => boolean;
    paragraph?: (n: number) => boolean;
  },
): HashState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return {};
  }
  const state: HashState = {};
  const ignored: string[] = [];
  const read = (key: string, take: (value: string) => unknown) => {
    const value = params.get(key);
    if (value !== null && !take(value)) ignored.push(`${key}=${value}`);
  };
  for (const kind of FEATURE_KINDS)
    read(
      kind,
      (id) => !state.pick && ID.test(id) && known.pick(kind, id) && (state.pick = { kind, id }),
    );
  read('step', (id) => ID.test(id) && known.step(id) && (state.step = id));
  read('p', (p) => /^[1-9]\d{0,3}$/.test(p) && known.paragraph?.(+p) && (state.paragraph = +p));
  read('map', (v) => (state.view = parseView(v)));
  if (ignored.length) state.ignored = ignored;
  return state;
}

export function formatHash(state: HashState): string {
  const params: string[] = [];
  if (state.step) params.push(`step=${state.step}`);
  if (state.pick) params.push(`${state.pick.kind}=${state.pick.id}`);
  if (state.paragraph) params.push(`p=${state.paragraph}`);
  if (state.view) {
    const { zoom, center } = state.view;
    params.push(`map=${zoom.toFixed(2)}/${center[1].toFixed(4)}/${center[0].toFixed(4)}`);
  }
  return params.length ? `#${params.join('&')}` : '';
}
