// What the map shows only once asked, loaded apart from the map's first view (see MapStage): the
// popups and the line chooser, the comparison's layers, what the pointer is over and the
// corridor's feature state.
export { default as MapExtras } from './MapExtrasView.svelte';
export { default as CorridorStates } from './lib/map/CorridorStates.svelte';
