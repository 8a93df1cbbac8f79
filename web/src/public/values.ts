// Pure helpers of the public pages.

import type { TimeZoneName } from '../core/types';

/**
 * The Indonesian zone of the visitor's device, from its UTC offset in minutes
 * east (Date#getTimezoneOffset() is minutes west, so pass its negative). A
 * device outside Indonesia's offsets falls back to WIB.
 */
export function zoneOfOffset(minutesEast: number): TimeZoneName {
  if (minutesEast === 8 * 60) return 'WITA';
  if (minutesEast === 9 * 60) return 'WIT';
  return 'WIB';
}

export function deviceZone(now: Date = new Date()): TimeZoneName {
  return zoneOfOffset(-now.getTimezoneOffset());
}

/** The tracking page of a code. */
export function trackHref(code: string): string {
  return `/lacak/${encodeURIComponent(code)}`;
}
