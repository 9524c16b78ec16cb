import { choiceText } from './choice-text.ts';
import { featureText, stepText } from './screen-text.ts';

/**
 * What writes the text of a popup, of the chooser among lines and of the tour's caption: a part
 * the page loads apart from its shell, when first needed (see AppState's `text`).
 */
export const writers = { featureText, choiceText, stepText };
export type Writers = typeof writers;
