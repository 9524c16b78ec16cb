// The article and the route as text: loaded when the reader is first opened, or instead of the
// map when the browser cannot draw it.
import { corridor } from '../corridor.ts';
import { sources } from '../sources.ts';
import { readerText, routeText } from '../text/index.ts';

export { default as Reader } from './Reader.svelte';
export { default as RouteText } from './RouteText.svelte';
export { default as NoWebgl } from './NoWebgl.svelte';

export const article = readerText(corridor, sources['article.txt'] ?? '');
export const routes = routeText(corridor);
