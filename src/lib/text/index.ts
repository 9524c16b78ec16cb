export * from './article-text.ts';
export * from './screen-text.ts';
export * from './panel-text.ts';
export * from './reader-text.ts';
export * from './comparison-text.ts';
export * from './choice-text.ts';
