// What the map shows only once asked, loaded apart from the map's first view (see MapStage): the
// popups and the line chooser, the comparison's layers, what the pointer is over and the
// corridor's feature state.
export { default as MapPopups } from './lib/ui/MapPopups.svelte';
export { default as ComparisonLines } from './lib/map/ComparisonLines.svelte';
export { default as ComparisonStops } from './lib/map/ComparisonStops.svelte';
export { default as LinePointer } from './lib/map/LinePointer.svelte';
export { default as CorridorStates } from './lib/map/CorridorStates.svelte';
