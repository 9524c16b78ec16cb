import { formatKm } from '../geo/index.ts';
import type { TourStep } from '../geo/tour.ts';

/**
 * "Rail 2,977 km · Sea 508 km": the step's own Turf lengths, zeros left out; a step of flights
 * alone names each flight with its great-circle length.
 */
export function stepDistances(step: TourStep): string {
  const parts: string[] = [];
  if (step.km.rail > 0) parts.push(`Rail ${formatKm(step.km.rail)}`);
  if (step.km.sea > 0) parts.push(`Sea ${formatKm(step.km.sea)}`);
  const flights = step.km.flights;
  if (flights.length > 0 && parts.length > 0) {
    parts.push(`Flights ${formatKm(flights.reduce((sum, f) => sum + f.km, 0))}`);
  } else for (const f of flights) parts.push(`${f.name} ${formatKm(f.km)}`);
  return parts.join(' · ');
}
