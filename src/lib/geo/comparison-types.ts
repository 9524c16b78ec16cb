import type { LngLat, Passage } from './types';

/** Where a figure comes from: who published it, where, and as of when. */
export interface Sourced {
  source: string;
  url?: string;
  /** As-of date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source is. */
  date: string;
}

export type DurationUnit = 'minutes' | 'hours' | 'days';

/** A published time: a range, a typical value, or both, in the unit the source gives. */
export interface Duration extends Sourced {
  min?: number;
  typical?: number;
  max?: number;
  unit: DurationUnit;
  /** What the figure measures, e.g. "Xi'an – Małaszewicze". */
  covers: string;
}

export type PlaceKind = 'city' | 'port' | 'border' | 'junction';

/** A station or port of the comparison routes that is not a node of the corridor. */
export interface Place {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  coordinates: LngLat;
  /** Where the position comes from (`EST: …` when estimated). */
  source: string;
}

export type ComparisonMode = 'rail' | 'sea';

/** A drawn line of a comparison route: hand-drawn rail, or a sea leg generated from its lanes. */
export interface ComparisonLine {
  id: string;
  name: string;
  route: string;
  mode: ComparisonMode;
  from: string;
  to: string;
  /** ISO 3166-1 alpha-2 codes the line may cross besides its end places' countries. */
  countries: string[];
  coordinates: LngLat[];
  lengthKm: number;
}

export type StopKind = 'gauge' | 'transshipment' | 'border';

/** A place where the days go: a break of gauge, a port's transshipment, a border crossing. */
export interface Stop extends Sourced {
  id: string;
  /** One node, or the two sides of a crossing (e.g. `alashankou`, `dostyk`). */
  at: string[];
  kind: StopKind;
  /** Track gauges in mm, in the westbound direction, for a break of gauge. */
  gauge?: [number, number];
  what: string;
  /** The published time spent there, when there is one. */
  time?: Duration;
  coordinates: LngLat;
}

/** A stretch of a route between two nodes, with its Turf length. */
export interface MoveLeg {
  kind: 'move';
  mode: ComparisonMode;
  from: string;
  to: string;
  /** `corridor`: measured on the corridor's own segments; `lines`: on this comparison's lines. */
  on: 'corridor' | 'lines';
  coordinates: LngLat[];
  lengthKm: number;
  time?: Duration;
}

export interface StopLeg {
  kind: 'stop';
  stop: Stop;
}

export type Leg = MoveLeg | StopLeg;

/** One line of context: a verbatim passage of the article, or a sourced sentence of ours. */
export type Context =
  { kind: 'passage'; passage: Passage } | ({ kind: 'text'; text: string } & Sourced);

export interface ComparisonRoute {
  id: string;
  name: string;
  summary: string;
  /** Where the route enters the EU, when it is a leg end (`kapikule`, `malaszewicze`). */
  euBorder?: string;
  legs: Leg[];
  transit: Duration[];
  context: Context[];
}

export type LengthUnit = 'km' | 'nmi';

/** A published length to check a drawn route against. */
export interface PublishedLength extends Sourced {
  id: string;
  label: string;
  value: number;
  unit: LengthUnit;
  /** `value` in km (1 nmi = 1.852 km exactly). */
  km: number;
  route: string;
  from: string;
  to: string;
}

export type VolumeUnit = 'Mt' | 'TEU';

export interface VolumeValue extends Sourced {
  year: number;
  value: number;
  forecast: boolean;
  covers: string;
}

/** Freight on the corridor by year, as one publisher counts it. */
export interface VolumeSeries {
  id: string;
  label: string;
  unit: VolumeUnit;
  covers: string;
  values: VolumeValue[];
}

export interface Comparison {
  places: ReadonlyMap<string, Place>;
  /** The Northern route's rail lines and the generated sea lines, for the map. */
  lines: readonly ComparisonLine[];
  routes: readonly ComparisonRoute[];
  stops: readonly Stop[];
  lengths: readonly PublishedLength[];
  volumes: readonly VolumeSeries[];
}
