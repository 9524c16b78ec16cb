export * from './screen-text.ts';
export * from './panel-text.ts';
export * from './choice-text.ts';
