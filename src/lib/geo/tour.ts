import type { Corridor, Passage } from './types';
import type { FeatureRef } from './lookup';
import { CorridorError, type Problem } from './problems';
import { EntryReader, isObject } from './read';

/**
 * The guided tour, kept as data in `geo/tour.json`: each step names the segments, flights and
 * nodes it is about, the article passage it quotes, and whether it is seen on the globe. Adding
 * a step touches that file only; this module checks it against the corridor once, at start-up.
 */
export type TourView = 'globe' | 'flat';

/** A chart a step shows beside its caption: the route comparison, or the volumes by year. */
export const TOUR_PANELS = ['comparison', 'volumes'] as const;
export type TourPanel = (typeof TOUR_PANELS)[number];

export interface TourStep {
  id: string;
  title: string;
  lead: string;
  view: TourView;
  panel?: TourPanel;
  /** Everything the step highlights: its segments and flights, and the nodes they join. */
  focus: { segments: string[]; flights: string[]; nodes: string[] };
  passage: Passage;
  /** Turf lengths of the step's own lines in km: rail and sea summed, flights one by one. */
  km: { rail: number; sea: number; flights: { name: string; km: number }[] };
}

export const TOUR_FILE = 'tour.json';

export function parseTour(text: string, corridor: Corridor): TourStep[] {
  const problems: Problem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CorridorError([
      { file: TOUR_FILE, message: `is not valid JSON: ${(e as Error).message}` },
    ]);
  }
  if (!Array.isArray(json) || json.length === 0) {
    throw new CorridorError([{ file: TOUR_FILE, message: 'must be a non-empty array of steps' }]);
  }
  const segmentIds = new Set(corridor.segments.map((s) => s.id));
  const flightIds = new Set(corridor.flights.map((f) => f.id));
  const seen = new Set<string>();
  const steps: TourStep[] = [];

  json.forEach((entry: unknown, i) => {
    const r = new EntryReader(problems, TOUR_FILE, `[${i}]`);
    if (!isObject(entry)) {
      r.report(undefined, 'must be an object');
      return;
    }
    const id = r.readId(entry, 'id');
    if (id !== undefined) {
      if (seen.has(id)) r.report('id', 'is used by another step');
      seen.add(id);
    }
    const title = r.string(entry, 'title');
    const lead = r.optionalString(entry, 'lead') ?? '';
    const view = entry.view === undefined ? 'flat' : r.oneOf(entry, 'view', ['globe', 'flat']);
    const panel = entry.panel === undefined ? undefined : r.oneOf(entry, 'panel', TOUR_PANELS);
    const all = r.boolean(entry, 'all', false);
    const known = (field: string, ids: string[] | undefined, valid: (id: string) => boolean) =>
      (ids ?? []).filter((x, k) => {
        if (!valid(x)) r.report(`${field}[${k}]`, `"${x}" is not a known ${field.slice(0, -1)}`);
        return valid(x);
      });
    const segments = all
      ? [...segmentIds]
      : known('segments', r.strings(entry, 'segments', false), (x) => segmentIds.has(x));
    const flights = all
      ? [...flightIds]
      : known('flights', r.strings(entry, 'flights', false), (x) => flightIds.has(x));
    const extraNodes = known('nodes', r.strings(entry, 'nodes', false), (x) =>
      corridor.nodes.has(x),
    );
    if (segments.length + flights.length + extraNodes.length === 0) {
      r.report('segments', 'shows nothing: list segments, flights or nodes, or set "all": true');
    }
    const passageId = r.string(entry, 'passage');
    const passage = passageId === undefined ? undefined : corridor.passages.get(passageId);
    if (passageId !== undefined && passage === undefined) {
      r.report('passage', `"${passageId}" is not a passage of passages.json`);
    }
    if (id === undefined || title === undefined || view === undefined || passage === undefined) {
      return;
    }
    const lines = [
      ...corridor.segments.filter((s) => segments.includes(s.id)),
      ...corridor.flights.filter((f) => flights.includes(f.id)),
    ];
    const nodes = new Set([...extraNodes, ...lines.flatMap((l) => [l.from, l.to])]);
    const km = (mode: 'rail' | 'sea') =>
      corridor.segments
        .filter((s) => s.mode === mode && segments.includes(s.id))
        .reduce((sum, s) => sum + s.lengthKm, 0);
    steps.push({
      id,
      title,
      lead,
      view,
      ...(panel ? { panel } : {}),
      focus: { segments, flights, nodes: [...nodes] },
      passage,
      km: {
        rail: km('rail'),
        sea: km('sea'),
        flights: corridor.flights
          .filter((f) => flights.includes(f.id))
          .map((f) => ({ name: f.name, km: f.lengthKm })),
      },
    });
  });
  if (problems.length > 0) throw new CorridorError(problems);
  return steps;
}

/** Everything a step highlights, as feature references: what the camera frames. */
export function focusRefs(step: TourStep): FeatureRef[] {
  const { segments, flights, nodes } = step.focus;
  return [
    ...segments.map((id) => ({ kind: 'segment' as const, id })),
    ...flights.map((id) => ({ kind: 'flight' as const, id })),
    ...nodes.map((id) => ({ kind: 'node' as const, id })),
  ];
}
