import { describe, expect, it } from 'vitest';
import { isPublicPath } from './entry';
import { trackHref, zoneOfOffset } from './values';

describe('public pages', () => {
  it('opens /lapor and /lacak without a login, nothing else', () => {
    expect(isPublicPath('/lapor')).toBe(true);
    expect(isPublicPath('/lacak')).toBe(true);
    expect(isPublicPath('/lacak/LP-2026-ABC')).toBe(true);
    expect(isPublicPath('/laporan')).toBe(false);
    expect(isPublicPath('/laphar')).toBe(false);
    expect(isPublicPath('/insiden')).toBe(false);
    expect(isPublicPath('/')).toBe(false);
  });

  it('names the device’s zone from its offset', () => {
    expect(zoneOfOffset(7 * 60)).toBe('WIB');
    expect(zoneOfOffset(8 * 60)).toBe('WITA');
    expect(zoneOfOffset(9 * 60)).toBe('WIT');
    expect(zoneOfOffset(0)).toBe('WIB');
  });

  it('links a tracking code', () => {
    expect(trackHref('LP-1')).toBe('/lacak/LP-1');
    expect(trackHref('LP 1/2')).toBe('/lacak/LP%201%2F2');
  });
});
