// The article and the route as text: loaded when the reader is first opened, or instead of the
// map when the browser cannot draw it.
import { corridor } from '../corridor.ts';
import { sources } from '../sources.ts';
import { readerText, routeText } from '../text/index.ts';

export const article = readerText(corridor, sources['article.txt'] ?? '');
export const routes = routeText(corridor);

export { default as ArticlePanel } from './ArticlePanel.svelte';
export { default as NoWebgl } from './NoWebgl.svelte';
