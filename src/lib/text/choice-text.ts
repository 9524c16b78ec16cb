import type { Corridor, FeatureRef } from '../geo/index.ts';
import { featureText } from './screen-text.ts';

/**
 * The short list a click on a knot opens: "3 lines here" (or "1 place and 1 line here" on a
 * place's dot), each with its name.
 */
export interface ChoiceText {
  title: string;
  items: (FeatureRef & { name: string; detail: string })[];
}

export function choiceText(corridor: Corridor, refs: readonly FeatureRef[]): ChoiceText {
  const items = refs.flatMap((ref) => {
    const t = featureText(corridor, ref);
    if (!t) return [];
    const detail = [t.role, t.distance?.km].filter(Boolean).join(' · ');
    return [{ kind: ref.kind, id: ref.id, name: t.title, detail }];
  });
  const count = (n: number, one: string) => (n ? [`${n} ${one}${n === 1 ? '' : 's'}`] : []);
  const places = items.filter((i) => i.kind === 'node').length;
  const title = [...count(places, 'place'), ...count(items.length - places, 'line')].join(' and ');
  return { title: `${title} here`, items };
}
