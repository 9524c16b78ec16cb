// "Why this route": the comparison with the Northern route and the sea, and the volumes. Loaded
// when first asked for (the panel's section opened, a switch, the show), not with the page.
import { corridor } from './corridor.ts';
import { sources } from './sources.ts';
import {
  comparisonBounds,
  comparisonLineFeatures,
  parseComparison,
  stopFeatures,
} from './geo/index.ts';
import { comparisonText, stopText } from './text/index.ts';

export { comparisonChartColors } from './map/comparison-layers.ts';
export { default as ComparisonPanel } from './ui/comparison/ComparisonPanel.svelte';
export { default as ComparisonCard } from './ui/comparison/ComparisonCard.svelte';

/** The comparison of geo/, checked against the corridor once, when loaded. */
export const comparison = parseComparison(sources, corridor);
export const lines = comparisonLineFeatures(comparison);
export const stops = stopFeatures(comparison, corridor);
export const text = comparisonText(comparison, corridor);
export const popupText = (id: string) => stopText(comparison, corridor, id);
// The Cape variant runs far south of the rest: a frame holding it would shrink the routes to
// a strip above the caption, so the frame holds the others and the Cape route runs out of it.
export const bounds = comparisonBounds(comparison, corridor, ['northern', 'sea-suez']);
