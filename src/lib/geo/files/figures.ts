import type { FigureMeasure, PublishedFigure } from '../types';
import type { Problem } from '../problems';
import { GEO_FILES, type Declared, type IdSet, eachEntry } from './common';

/** figures.json (optional): published distances and how each is measured on the data. */
export function readFigures(problems: Problem[], value: unknown, declared: Declared) {
  if (value === undefined) return [];
  const file = GEO_FILES.figures;
  const figures: PublishedFigure[] = [];
  const read = eachEntry(problems, file, value, ({ reader, obj, id, duplicate }) => {
    const label = reader.string(obj, 'label');
    const km = reader.positiveNumber(obj, 'km');
    const source = reader.string(obj, 'source');
    const m = reader.object(obj, 'measure');
    const known = (ids: IdSet, what: string, field: string, ref: string) => {
      if (!ids.has(ref)) reader.report(field, `unknown ${what} "${ref}"`);
      return ids.has(ref);
    };
    let measure: FigureMeasure | undefined;
    const kinds = ['segments', 'between', 'flight'] as const;
    const kind = m && reader.oneOf(m, 'kind', kinds, 'measure.kind');
    if (m !== undefined && kind === 'segments') {
      const ids = reader.strings(m, 'segments', true, 'measure.segments');
      const ok = ids?.every((s) => known(declared.segments, 'segment', 'measure.segments', s));
      if (ids !== undefined && ok === true) measure = { kind, segments: ids };
    } else if (m !== undefined && kind === 'between') {
      const from = reader.string(m, 'from', 'measure.from');
      const to = reader.string(m, 'to', 'measure.to');
      const okFrom = from !== undefined && known(declared.nodes, 'node', 'measure.from', from);
      const okTo = to !== undefined && known(declared.nodes, 'node', 'measure.to', to);
      if (from && to && okFrom && okTo) measure = { kind, from, to };
    } else if (m !== undefined && kind === 'flight') {
      const flight = reader.string(m, 'flight', 'measure.flight');
      if (flight && known(declared.flights, 'flight', 'measure.flight', flight)) {
        measure = { kind, flight };
      }
    }
    if (id && !duplicate && label && km && source && measure) {
      figures.push({ id, label, km, source, measure });
    }
  });
  if (!read) return undefined;
  return figures;
}
