import type { FeatureRef } from './lookup';
import type { Corridor } from './types';

/**
 * The lines that quote a passage, and the one whose popup it opens: the first that quotes it
 * first (a popup shows its first quotes), else the first that quotes it at all. Main-line
 * segments come in file order, then branches, then flights.
 */
export function featuresQuoting(
  corridor: Corridor,
  passageId: string,
): { refs: FeatureRef[]; primary: FeatureRef | undefined } {
  const lines = [
    ...corridor.segments.map((s) => ({ kind: 'segment' as const, line: s })),
    ...corridor.flights.map((f) => ({ kind: 'flight' as const, line: f })),
  ].filter((l) => l.line.passages.includes(passageId));
  const refs = lines.map((l) => ({ kind: l.kind, id: l.line.id }));
  const first = lines.findIndex((l) => l.line.passages[0] === passageId);
  return { refs, primary: refs[first === -1 ? 0 : first] };
}
