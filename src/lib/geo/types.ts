import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';

/** `[lng, lat]` in WGS84 degrees, as in RFC 7946. */
export type LngLat = [number, number];

/** `[[west, south], [east, north]]`, as `fitBounds` takes it. */
export type Bounds = [[number, number], [number, number]];

export type NodeKind = 'city' | 'port' | 'border' | 'junction' | 'airport';
export type SegmentMode = 'rail' | 'sea';

/** A place on the network: a station, a port, a border crossing or an airport. */
export interface CorridorNode {
  /** Lowercase ASCII place name, e.g. `baku`, `kars`, `pek`. */
  id: string;
  name: string;
  /** The short name drawn on the map (`Baku (GYD)`); the full name when the data gives none. */
  label: string;
  kind: NodeKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  coordinates: LngLat;
  /** A hub is drawn larger and labelled first. */
  hub: boolean;
  iata?: string;
  icao?: string;
  /** A caveat shown with the node, e.g. a port still under construction. */
  note?: string;
}

/** A verbatim passage of the source article. */
export interface Passage {
  id: string;
  /** 1-based number of the article's non-empty lines (the headline line `POLITICS` is ¶1). */
  paragraph: number;
  text: string;
}

export interface RouteInfo {
  /** `main` for China → Europe, otherwise the branch id. */
  id: string;
  name: string;
  /** True for the main line China → Europe. */
  main: boolean;
  /** Node the route starts from (required for the main line: cumulative km count from here). */
  from?: string;
  /** Node the route ends at. */
  to?: string;
}

/** One stretch of rail or sea between two nodes. */
export interface Segment {
  id: string;
  name: string;
  mode: SegmentMode;
  from: string;
  to: string;
  route: string;
  passages: string[];
  /** ISO 3166-1 alpha-2 codes the line may cross besides its end nodes' countries. */
  countries: string[];
  coordinates: LngLat[];
  lengthKm: number;
  /** Halfway along the line: where its popup points when it is chosen from a list or a link. */
  midpoint: LngLat;
  /** The box around the line: what the camera frames. */
  bounds: Bounds;
}

/** A carrier flying a route, with the facts the popup shows. */
export interface CarrierFact {
  name: string;
  /** IATA airline designator, e.g. `J2`. */
  iata: string;
  flightNumbers: string[];
  /** ISO date (YYYY-MM-DD) the service started or resumed. */
  resumed: string;
  note?: string;
}

export interface Flight {
  id: string;
  name: string;
  from: string;
  to: string;
  /** Display names, e.g. `Azerbaijan Airlines (J2)`. */
  carriers: string[];
  carrierFacts: CarrierFact[];
  passages: string[];
  /** Great-circle arc generated with Turf, never drawn by hand. */
  coordinates: LngLat[];
  lengthKm: number;
  /** Halfway along the arc: where its popup points when it is chosen from a list or a link. */
  midpoint: LngLat;
  /** The box around the arc: what the camera frames. */
  bounds: Bounds;
}

export interface ArticleInfo {
  title: string;
  source: string;
  place: string;
  date: string;
  publisher: string;
  author: string;
  url?: string;
  text: string;
}

/** How a published figure is measured on the data. */
export type FigureMeasure =
  | { kind: 'segments'; segments: string[] }
  | { kind: 'between'; from: string; to: string }
  | { kind: 'flight'; flight: string };

/** A published distance to check the drawn geometry against. */
/** Another source's figure for the same distance, recorded beside the one the line is held to. */
export interface AlternativeFigure {
  km: number;
  source: string;
}

export interface PublishedFigure {
  id: string;
  label: string;
  km: number;
  source: string;
  /** What exactly the figure measures (stations, track or route length, sailing distance). */
  measures: string;
  measure: FigureMeasure;
  alternatives: AlternativeFigure[];
  /** Why the drawn line is known to miss the figure's tolerance; absent when it meets it. */
  gap?: string;
}

export interface Corridor {
  article: ArticleInfo;
  passages: ReadonlyMap<string, Passage>;
  nodes: ReadonlyMap<string, CorridorNode>;
  routes: readonly RouteInfo[];
  segments: readonly Segment[];
  flights: readonly Flight[];
  figures: readonly PublishedFigure[];
  /** Place names of the article linked to the map (geo/places.json). */
  placeLinks: readonly PlaceLink[];
  /** The main line's segments in travel order from its origin, as the parse walked them. */
  mainLine: readonly MainLineStep[];
}

export interface MainLineStep {
  id: string;
  /** True when the segment is drawn against the direction of travel. */
  reversed: boolean;
}

/**
 * A place name of the article that links to the map: the first occurrence of `phrase` in each
 * of its paragraphs; it opens a feature's popup, or frames a named area.
 */
export interface PlaceLink {
  id: string;
  phrase: string;
  paragraphs: number[];
  target:
    | { kind: 'segment' | 'flight' | 'node'; id: string }
    | { name: string; bounds: [[number, number], [number, number]] };
}

export type SegmentFeature = Feature<
  LineString,
  { id: string; name: string; mode: SegmentMode; route: string; main: boolean }
>;
export type FlightFeature = Feature<LineString, { id: string; name: string; mode: 'air' }>;
export type NodeFeature = Feature<
  Point,
  { id: string; name: string; label: string; kind: NodeKind; hub: boolean }
>;
export type SegmentCollection = FeatureCollection<LineString, SegmentFeature['properties']>;
export type FlightCollection = FeatureCollection<LineString, FlightFeature['properties']>;
export type NodeCollection = FeatureCollection<Point, NodeFeature['properties']>;
export type { FeatureCollection, Position };
