import { kmToMi } from './distance';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function check(km: number): void {
  if (!Number.isFinite(km) || km < 0) throw new RangeError(`not a distance: ${km}`);
}

/** `1,234 km` */
export function formatKm(km: number): string {
  check(km);
  return `${whole.format(km)} km`;
}

/** `767 mi` for 1,234 km */
export function formatMi(km: number): string {
  check(km);
  return `${whole.format(kmToMi(km))} mi`;
}

/** `1,234 km / 767 mi` */
export function formatDistance(km: number): string {
  return `${formatKm(km)} / ${formatMi(km)}`;
}
