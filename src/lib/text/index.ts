export * from './screen-text.ts';
export * from './panel-text.ts';
