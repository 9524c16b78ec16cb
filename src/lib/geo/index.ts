export * from './types';
export { CorridorError, formatProblem, type Problem } from './problems';
export { parseCorridor, GEO_FILES, type GeoSources } from './parse';
export { paragraphs } from './article';
export { prepareCorridor, readPrepared, type PreparedCorridor } from './prepared';
export * from './distance';
export * from './measure';
export { routeBetween, RouteError, type NetworkRoute, type RouteErrorCode } from './network';
export { segmentFeatures, flightFeatures, nodeFeatures } from './features';
export { formatKm, formatMi, formatDistance } from './format';
export {
  anchorOf,
  boundsOf,
  corridorBounds,
  FEATURE_KINDS,
  get,
  type Bounds,
  type FeatureKind,
  type FeatureOf,
  type FeatureRef,
  type View,
} from './lookup';
export {
  focusRefs,
  parseTour,
  TOUR_FILE,
  TOUR_PANELS,
  type TourPanel,
  type TourStep,
  type TourView,
} from './tour';
export type * from './comparison-types';
export { parseComparison, readComparison, COMPARISON_FILES, kmAlong } from './read-comparison';
export {
  compareRoutes,
  comparisonBounds,
  comparisonLineFeatures,
  stopFeatures,
  toDays,
  volumeBars,
  type BarMode,
  type BarPart,
  type ComparisonLineFeature,
  type StopFeature,
  type DaysRange,
  type RouteSummary,
  type SourcedDays,
  type VolumeBar,
} from './comparison';
export { featuresQuoting } from './links';
