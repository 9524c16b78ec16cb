/**
 * Palettes for the basemap and the routes. Light is the default: calm, so the coloured routes
 * stand out. Dark is for dim rooms. Projector pushes contrast up for washed-out beamers.
 * Route colours are from Paul Tol's colour-blind-safe "bright" and "vibrant" schemes.
 */
export type ThemeName = 'light' | 'dark' | 'projector';

export interface Theme {
  name: ThemeName;
  water: string;
  land: string;
  coast: string;
  /** Rivers; lakes take the water colour. */
  river: string;
  border: string;
  countryLabel: string;
  seaLabel: string;
  labelHalo: string;
  space: string;
  rail: string;
  railCasing: string;
  branch: string;
  sea: string;
  flight: string;
  node: string;
  nodeStroke: string;
  nodeLabel: string;
  highlight: string;
}

export const THEMES: Record<ThemeName, Theme> = {
  light: {
    name: 'light',
    water: '#c9dde9',
    land: '#f5f2eb',
    coast: '#8aaabd',
    river: '#7fb0cf',
    border: '#a3988a',
    countryLabel: '#4d463d',
    seaLabel: '#3f6f8c',
    labelHalo: 'rgba(255,255,255,0.85)',
    space: '#0b1020',
    rail: '#cc3311',
    railCasing: '#ffffff',
    branch: '#ee7733',
    sea: '#0077bb',
    flight: '#aa3377',
    node: '#ffffff',
    nodeStroke: '#33302b',
    nodeLabel: '#1f1c18',
    highlight: '#ffcc00',
  },
  dark: {
    name: 'dark',
    water: '#0e1b28',
    land: '#233140',
    coast: '#4a6a84',
    river: '#3f6f94',
    border: '#6b7e91',
    countryLabel: '#c7d1db',
    seaLabel: '#7fa6c6',
    labelHalo: 'rgba(10,20,30,0.85)',
    space: '#05070d',
    rail: '#ff6e4a',
    railCasing: '#0e1b28',
    branch: '#ffaa55',
    sea: '#33bbee',
    flight: '#ee77cc',
    node: '#0e1b28',
    nodeStroke: '#f2f4f7',
    nodeLabel: '#f2f4f7',
    highlight: '#ffdd44',
  },
  projector: {
    name: 'projector',
    water: '#a9cbe3',
    land: '#ffffff',
    coast: '#4d7fa3',
    river: '#4d8fc0',
    border: '#6e6253',
    countryLabel: '#1a1814',
    seaLabel: '#164e73',
    labelHalo: '#ffffff',
    space: '#000000',
    rail: '#c0280a',
    railCasing: '#ffffff',
    branch: '#e0600f',
    sea: '#005f99',
    flight: '#8f1f66',
    node: '#ffffff',
    nodeStroke: '#000000',
    nodeLabel: '#000000',
    highlight: '#ffb000',
  },
};
