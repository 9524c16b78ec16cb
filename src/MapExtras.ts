// What the map shows only once asked, loaded apart from the map's first view (see MapStage): the
// popups and the line chooser, the comparison's layers, what the pointer is over, the corridor's
// feature state and the globe's projection.
export { default as MapExtras } from './MapExtrasView.svelte';
export { default as CorridorStates } from './lib/map/CorridorStates.svelte';
