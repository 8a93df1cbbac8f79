// Times are stored in UTC and shown in the user's unit zone. Indonesia keeps no
// daylight saving, so a zone is a fixed offset: WIB +7, WITA +8, WIT +9.

import type { TimeZoneName } from './types';

export const ZONE_OFFSET_HOURS: Record<TimeZoneName, number> = { WIB: 7, WITA: 8, WIT: 9 };

/** Polling stations open at 07:00 local time on voting day. */
export const POLLS_OPEN_HOUR = 7;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function shifted(date: Date, zone: TimeZoneName): Date {
  return new Date(date.getTime() + ZONE_OFFSET_HOURS[zone] * 3_600_000);
}

/** The calendar day (YYYY-MM-DD) it is in `zone` at `now`. */
export function dayInZone(now: Date, zone: TimeZoneName): string {
  const s = shifted(now, zone);
  return `${s.getUTCFullYear()}-${pad(s.getUTCMonth() + 1)}-${pad(s.getUTCDate())}`;
}

/** "2024-11-27" → "27-11-2024"; anything else is returned as it is. */
export function formatDay(isoDay: string | null | undefined): string {
  if (!isoDay) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : isoDay;
}

/** A UTC instant ("2026-11-22T07:59:00Z") as "22-11-2026 14:59 WIB". */
export function formatDateTime(iso: string | null | undefined, zone: TimeZoneName): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const s = shifted(d, zone);
  return (
    `${pad(s.getUTCDate())}-${pad(s.getUTCMonth() + 1)}-${s.getUTCFullYear()} ` +
    `${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())} ${zone}`
  );
}

/** Whole days from day a to day b (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);
}

export type Countdown =
  | { kind: 'none' }
  | { kind: 'future'; days: number; hours: number; minutes: number; hMinus: number }
  | { kind: 'today' }
  | { kind: 'past'; daysAgo: number };

/** Where `now` stands against voting day (polls open 07:00 in `zone`). */
export function countdownTo(votingDay: string | null | undefined, now: Date, zone: TimeZoneName): Countdown {
  if (!votingDay || !/^\d{4}-\d{2}-\d{2}$/.test(votingDay)) return { kind: 'none' };
  const today = dayInZone(now, zone);
  const hMinus = daysBetween(today, votingDay);
  if (hMinus < 0) return { kind: 'past', daysAgo: -hMinus };
  if (hMinus === 0) return { kind: 'today' };
  const opens = Date.parse(votingDay + 'T00:00:00Z') + (POLLS_OPEN_HOUR - ZONE_OFFSET_HOURS[zone]) * 3_600_000;
  const minutesLeft = Math.max(0, Math.floor((opens - now.getTime()) / 60_000));
  return {
    kind: 'future',
    days: Math.floor(minutesLeft / 1440),
    hours: Math.floor((minutesLeft % 1440) / 60),
    minutes: minutesLeft % 60,
    hMinus,
  };
}
