import { describe, expect, it } from 'vitest';
import { countRows, notableIncidents, responseTimes, sumCounts } from './laphar';

describe('Laphar figures', () => {
  it('reads a count table given as rows, largest first', () => {
    const rows = countRows([
      { key: 'kerumunan', label: 'Kerumunan / unjuk rasa', count: 2 },
      { code: 'bentrok', name_id: 'Bentrok antarpendukung', name_en: 'Clash between supporters', count: 5 },
      { key: 'hoaks', label: 'Hoaks', count: 2 },
      'not a row',
    ]);
    expect(rows.map((r) => [r.key, r.count])).toEqual([
      ['bentrok', 5],
      ['hoaks', 2],
      ['kerumunan', 2],
    ]);
    expect(rows[0]).toMatchObject({ label_id: 'Bentrok antarpendukung', label_en: 'Clash between supporters' });
    expect(rows[1]).toMatchObject({ label_id: 'Hoaks', label_en: 'Hoaks' });
    expect(sumCounts(rows)).toBe(9);
  });

  it('reads a count table given as an object of counts', () => {
    expect(countRows({ hijau: 3, merah: 1, kuning: { count: 2, label: 'Kuning' } }).map((r) => [r.key, r.label_id, r.count])).toEqual([
      ['hijau', 'hijau', 3],
      ['kuning', 'Kuning', 2],
      ['merah', 'merah', 1],
    ]);
    expect(countRows(null)).toEqual([]);
    expect(countRows(undefined)).toEqual([]);
  });

  it('reads notable incidents whether the server names the fields as the API or as the report', () => {
    const a = notableIncidents({
      notable: [
        {
          tracking_code: 'LP-1',
          type_label: 'Bentrok antarpendukung',
          level: 'merah',
          status_label: 'Tiba di lokasi',
          place: 'Desa Kaliwates, Kec. Kaliwates',
          reported_at: '28-11-2026 09:14 WIB',
          unit: 'KWT-1',
        },
      ],
    });
    expect(a[0]).toMatchObject({ tracking_code: 'LP-1', type_id: 'Bentrok antarpendukung', level: 'merah', status_label: 'Tiba di lokasi', place: 'Desa Kaliwates, Kec. Kaliwates', unit: 'KWT-1' });
    // The status in words (as GET /laphar sends it) is shown as words, not as a code.
    expect(notableIncidents({ notable: [{ tracking_code: 'LP-2', type: 'Teror', status: 'Ditutup' }] })[0]).toMatchObject({ type_id: 'Teror', status: '', status_label: 'Ditutup' });
    const b = notableIncidents({
      notable_incidents: [{ id: 4, tracking_code: 'LP-4', type: 'teror', type_id: 'Ancaman teror / bom', type_en: 'Terror / bomb threat', status: 'baru', desa_name: 'Silo', kecamatan_name: 'Silo' }],
    });
    expect(b[0]).toMatchObject({ id: 4, type_en: 'Terror / bomb threat', place: 'Silo, Silo', status: 'baru' });
    expect(notableIncidents({})).toEqual([]);
  });

  it('reads response times nested in seconds, flat in seconds or in minutes', () => {
    const rows = responseTimes({
      response: [
        { sector: 'Polsek Kaliwates', to_dispatch: { count: 3, median_s: 240, p90_s: 610 }, to_arrival: { count: 2, median_s: 420, p90_s: 900 } },
        { sector: 'Polsek Silo', to_dispatch: { count: 0, median_s: 0, p90_s: 0 }, to_arrival: { count: 0, median_s: 0, p90_s: 0 } },
      ],
    });
    expect(rows[0]).toMatchObject({ unit_name: 'Polsek Kaliwates', count: 3, dispatch_median_min: 4, dispatch_p90_min: 10.2, arrival_median_min: 7, arrival_p90_min: 15 });
    expect(rows[1]).toMatchObject({ unit_name: 'Polsek Silo', count: 0, dispatch_median_min: null, arrival_p90_min: null });
    const flat = responseTimes({
      response_times: [{ unit_code: 'POLSEK-1', unit_name: 'Polsek A', count: 1, dispatch_median_min: 3.25, dispatch_p90_s: 300, arrival_median_minutes: 8 }],
    });
    expect(flat[0]).toMatchObject({ unit_code: 'POLSEK-1', dispatch_median_min: 3.3, dispatch_p90_min: 5, arrival_median_min: 8, arrival_p90_min: null });
  });
});
