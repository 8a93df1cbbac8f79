import { describe, expect, it } from 'vitest';
import { countdownTo, dayInZone, formatDateTime, formatDay } from './time';

describe('time in the unit zone', () => {
  it('shows a UTC instant in WIB, WITA and WIT', () => {
    expect(formatDateTime('2026-11-22T07:59:00Z', 'WIB')).toBe('22-11-2026 14:59 WIB');
    expect(formatDateTime('2026-11-22T17:30:00Z', 'WITA')).toBe('23-11-2026 01:30 WITA');
    expect(formatDateTime('2026-11-22T17:30:00Z', 'WIT')).toBe('23-11-2026 02:30 WIT');
  });

  it('knows which day it is in the zone', () => {
    const now = new Date('2024-11-26T18:00:00Z'); // 01:00 on the 27th in WIB
    expect(dayInZone(now, 'WIB')).toBe('2024-11-27');
    expect(dayInZone(new Date('2024-11-26T16:00:00Z'), 'WIB')).toBe('2024-11-26');
  });

  it('writes days as DD-MM-YYYY', () => {
    expect(formatDay('2024-11-27')).toBe('27-11-2024');
  });

  it('counts down to 07:00 on voting day', () => {
    const c = countdownTo('2024-11-27', new Date('2024-11-25T00:00:00Z'), 'WIB'); // 07:00 WIB on the 25th
    expect(c).toEqual({ kind: 'future', days: 2, hours: 0, minutes: 0, hMinus: 2 });
  });

  it('says today on voting day and past after it', () => {
    expect(countdownTo('2024-11-27', new Date('2024-11-27T03:00:00Z'), 'WITA')).toEqual({ kind: 'today' });
    expect(countdownTo('2024-11-27', new Date('2026-11-22T03:00:00Z'), 'WIB')).toEqual({ kind: 'past', daysAgo: 725 });
    expect(countdownTo(null, new Date(), 'WIB')).toEqual({ kind: 'none' });
  });
});
