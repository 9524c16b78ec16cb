/** The height the interface is designed at; larger screens scale everything up from here. */
export const DESIGN_HEIGHT_PX = 1080;

/**
 * How much larger text and controls are than at 1080 px, for a window `height` px high: 1 on a
 * laptop or a 1080p projector, 2 on a 4K screen, so the map reads the same from the back of the
 * room. Rounded to a tenth so a window dragged by a few pixels does not restyle the map.
 */
export function uiScale(height: number): number {
  return Math.max(1, Math.round((height / DESIGN_HEIGHT_PX) * 10) / 10);
}
