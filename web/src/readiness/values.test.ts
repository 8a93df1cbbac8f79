import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../core/i18n';
import type { KitItem } from './types';
import {
  barWidth,
  base64Bytes,
  base64Of,
  buildPersonCheck,
  buildVehicleCheck,
  computedResult,
  fitWithin,
  formatAge,
  formatPercent,
  fuelColor,
  fuelTone,
  initialDraft,
  initialVehicleDraft,
  itemLabel,
  kindLabel,
  parseFuel,
  progressShare,
  progressText,
  readinessShare,
  readinessTone,
  setAnswer,
  topReasons,
  vehicleFit,
} from './values';
import { labelOf, t } from './words';

afterEach(() => setLang('id'));

const kit: KitItem[] = [
  { id: 11, kind: 'ht', serial: 'HT-1', condition: 'baik' },
  { id: 12, kind: 'rompi_anti_sayat', serial: 'RAS-1', condition: 'baik' },
  { id: 13, kind: 'senter', serial: 'SNT-1', condition: 'rusak_berat' },
];

describe('readiness as a percentage', () => {
  it('shows one decimal at most, in the reader’s language', () => {
    expect(formatPercent(0.8065)).toBe('80,7%');
    expect(formatPercent(0.8)).toBe('80%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.86471)).toBe('86,5%');
    expect(formatPercent(0.8065, 'en')).toBe('80.7%');
    setLang('en');
    expect(formatPercent(0.6667)).toBe('66.7%');
  });

  it('uses the exact ratio of the counts when the server rounded it', () => {
    const kaliwates = { readiness: 0.8065, people: 20, people_ready: 17, vehicles: 11, vehicles_fit: 8 };
    expect(formatPercent(readinessShare(kaliwates))).toBe('80,6%');
    // Counts that do not give the server's figure: the server's figure counts.
    expect(readinessShare({ ...kaliwates, readiness: 0.7 })).toBe(0.7);
    expect(readinessShare({ readiness: 1, people: 0, people_ready: 0, vehicles: 0, vehicles_fit: 0 })).toBe(1);
  });

  it('dashes a missing figure', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(undefined)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });

  it('colours by band and clamps the bar', () => {
    expect(readinessTone(0.95)).toBe('good');
    expect(readinessTone(0.9)).toBe('good');
    expect(readinessTone(0.8065)).toBe('fair');
    expect(readinessTone(0.75)).toBe('fair');
    expect(readinessTone(0.6667)).toBe('poor');
    expect(barWidth(0.5)).toBe(50);
    expect(barWidth(1.2)).toBe(100);
    expect(barWidth(-1)).toBe(0);
    expect(barWidth(null)).toBe(0);
  });

  it('puts the biggest reasons first', () => {
    const missing = [
      { reason: 'item_missing', count: 1 },
      { reason: 'fuel_low', count: 3 },
      { reason: 'item_broken', count: 2 },
      { reason: 'cuti', count: 1 },
    ];
    expect(topReasons(missing, 3).map((m) => m.reason)).toEqual(['fuel_low', 'item_broken', 'item_missing']);
    expect(topReasons([], 3)).toEqual([]);
  });
});

describe('age of a report', () => {
  it('counts hours under a day, days from there', () => {
    expect(formatAge(0)).toBe('< 1 jam');
    expect(formatAge(0.5)).toBe('< 1 jam');
    expect(formatAge(1)).toBe('1 jam');
    expect(formatAge(3)).toBe('3 jam');
    expect(formatAge(23.9)).toBe('23 jam');
    expect(formatAge(24)).toBe('1 hari');
    expect(formatAge(50)).toBe('2 hari');
    expect(formatAge(24 * 400)).toBe('400 hari');
    expect(formatAge(24 * 1200)).toBe('1.200 hari');
  });

  it('speaks English with plurals', () => {
    setLang('en');
    expect(formatAge(0)).toBe('under 1 hour');
    expect(formatAge(1)).toBe('1 hour');
    expect(formatAge(3)).toBe('3 hours');
    expect(formatAge(30)).toBe('1 day');
    expect(formatAge(72)).toBe('3 days');
  });
});

describe('fuel', () => {
  it('is red under 25 %, amber under 50 %, green above, grey when unknown', () => {
    expect(fuelTone(0)).toBe('low');
    expect(fuelTone(24)).toBe('low');
    expect(fuelTone(25)).toBe('mid');
    expect(fuelTone(49)).toBe('mid');
    expect(fuelTone(50)).toBe('ok');
    expect(fuelTone(100)).toBe('ok');
    expect(fuelTone(null)).toBe('none');
    expect(fuelColor(10)).toBe('#c92a2a');
    expect(fuelColor(80)).toBe('#2b8a3e');
  });

  it('makes a vehicle fit when usable with a quarter tank', () => {
    expect(vehicleFit('baik', 25)).toBe(true);
    expect(vehicleFit('rusak_ringan', 60)).toBe(true);
    expect(vehicleFit('baik', 24)).toBe(false);
    expect(vehicleFit('rusak_berat', 100)).toBe(false);
    expect(vehicleFit('hilang', 100)).toBe(false);
    expect(vehicleFit('baik', null)).toBe(false);
  });

  it('reads a typed level as a whole number 0..100', () => {
    expect(parseFuel('0')).toEqual({ ok: true, value: 0 });
    expect(parseFuel(' 75 ')).toEqual({ ok: true, value: 75 });
    expect(parseFuel('100')).toEqual({ ok: true, value: 100 });
    expect(parseFuel('')).toEqual({ ok: false, error: 'fuelRequired' });
    expect(parseFuel('101')).toEqual({ ok: false, error: 'fuelRange' });
    expect(parseFuel('-1')).toEqual({ ok: false, error: 'fuelRange' });
    expect(parseFuel('12.5')).toEqual({ ok: false, error: 'fuelRange' });
  });
});

describe('photo size', () => {
  it('scales the longer side down to 1280 and keeps the ratio', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1280, height: 960 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 960, height: 1280 });
    expect(fitWithin(4032, 3024)).toEqual({ width: 1280, height: 960 });
    expect(fitWithin(1280, 1280)).toEqual({ width: 1280, height: 1280 });
    expect(fitWithin(2560, 1)).toEqual({ width: 1280, height: 1 });
  });

  it('never enlarges a small photo', () => {
    expect(fitWithin(640, 480)).toEqual({ width: 640, height: 480 });
    expect(fitWithin(4, 4)).toEqual({ width: 4, height: 4 });
  });

  it('takes another limit and refuses an empty image', () => {
    expect(fitWithin(1000, 500, 100)).toEqual({ width: 100, height: 50 });
    expect(fitWithin(0, 100)).toEqual({ width: 0, height: 0 });
    expect(fitWithin(Number.NaN, 100)).toEqual({ width: 0, height: 0 });
  });

  it('takes the base64 out of a data URL and counts its bytes', () => {
    expect(base64Of('data:image/jpeg;base64,/9j/4AAQ')).toBe('/9j/4AAQ');
    expect(base64Of('AAAA')).toBe('AAAA');
    expect(base64Bytes('AAAA')).toBe(3);
    expect(base64Bytes('AAA=')).toBe(2);
    expect(base64Bytes('AA==')).toBe(1);
    expect(base64Bytes(btoa('x'.repeat(1000)))).toBe(1000);
  });
});

describe('a person’s checklist', () => {
  it('starts present with every item held and working', () => {
    const d = initialDraft(kit);
    expect(d.present).toBe(true);
    expect(buildPersonCheck(d, kit)).toEqual({
      present: true,
      items: [
        { item_id: 11, held: true, working: true },
        { item_id: 12, held: true, working: true },
        { item_id: 13, held: true, working: true },
      ],
    });
  });

  it('sends one answer per item; one not working', () => {
    const d = setAnswer(initialDraft(kit), 12, 'working', false);
    expect(buildPersonCheck(d, kit).items).toEqual([
      { item_id: 11, held: true, working: true },
      { item_id: 12, held: true, working: false },
      { item_id: 13, held: true, working: true },
    ]);
  });

  it('an item not held does not work; declaring it working means it is held', () => {
    let d = setAnswer(initialDraft(kit), 11, 'held', false);
    expect(d.items[11]).toEqual({ held: false, working: false });
    d = setAnswer(d, 11, 'working', true);
    expect(d.items[11]).toEqual({ held: true, working: true });
    // Held again, it keeps what was said about working.
    d = setAnswer(setAnswer(d, 12, 'working', false), 12, 'held', false);
    d = setAnswer(d, 12, 'held', true);
    expect(d.items[12]).toEqual({ held: true, working: false });
  });

  it('someone absent has nothing with them, whatever the toggles say', () => {
    const d = { ...setAnswer(initialDraft(kit), 12, 'working', false), present: false };
    expect(buildPersonCheck(d, kit)).toEqual({
      present: false,
      items: [
        { item_id: 11, held: false, working: false },
        { item_id: 12, held: false, working: false },
        { item_id: 13, held: false, working: false },
      ],
    });
  });

  it('answers for items with no toggle yet, and sends an empty list for no kit', () => {
    expect(buildPersonCheck({ present: true, items: {} }, kit).items.every((i) => i.held && i.working)).toBe(true);
    expect(buildPersonCheck(initialDraft([]), [])).toEqual({ present: true, items: [] });
  });
});

describe('a vehicle’s checklist', () => {
  it('starts from the register and sends numbers', () => {
    const d = initialVehicleDraft({ condition: 'rusak_ringan', fuel_percent: 40 });
    expect(d).toEqual({ condition: 'rusak_ringan', fuel: '40', lights_ok: true, documents_ok: true });
    expect(buildVehicleCheck({ ...d, fuel: '85', lights_ok: false })).toEqual({
      ok: true,
      input: { condition: 'rusak_ringan', fuel_percent: 85, lights_ok: false, documents_ok: true },
    });
  });

  it('names the fuel field when it is wrong or empty', () => {
    const d = initialVehicleDraft({ condition: 'baik', fuel_percent: null });
    expect(d.fuel).toBe('');
    expect(buildVehicleCheck(d)).toEqual({ ok: false, field: 'fuel_percent', error: 'fuelRequired' });
    expect(buildVehicleCheck({ ...d, fuel: '150' })).toEqual({ ok: false, field: 'fuel_percent', error: 'fuelRange' });
  });
});

describe('progress and result of an inspection', () => {
  it('writes the progress the way the supervisor reads it', () => {
    const p = { people: 30, peopleChecked: 12, vehicles: 5, vehiclesChecked: 3 };
    expect(progressText(p)).toBe('12/30 personel, 3/5 kendaraan');
    expect(progressShare(p)).toBeCloseTo(15 / 35);
    expect(progressShare({ people: 0, peopleChecked: 0, vehicles: 0, vehiclesChecked: 0 })).toBe(1);
    setLang('en');
    expect(progressText({ people: 1200, peopleChecked: 1000, vehicles: 5, vehiclesChecked: 0 })).toBe(
      '1,000/1,200 personnel, 0/5 vehicles',
    );
  });

  const ready = { present: true, items: [{ item_id: 1, held: true, working: true }] };
  const broken = { present: true, items: [{ item_id: 2, held: true, working: false }] };
  const absent = { present: false, items: [] };
  const fit = { condition: 'baik' as const, fuel_percent: 80 };
  const empty = { condition: 'baik' as const, fuel_percent: 10 };

  it('is siap when everyone and every vehicle is ready', () => {
    expect(computedResult([ready, ready], [fit])).toBe('siap');
    expect(computedResult([], [])).toBe('siap');
  });

  it('is siap dengan catatan with a gap but 80 % of the people ready', () => {
    expect(computedResult([ready, ready, ready, ready, broken], [fit])).toBe('siap_dengan_catatan');
    expect(computedResult([ready, ready], [fit, empty])).toBe('siap_dengan_catatan');
  });

  it('is tidak siap under 80 % of the people ready', () => {
    expect(computedResult([ready, ready, ready, absent, broken], [fit])).toBe('tidak_siap');
    expect(computedResult([absent], [])).toBe('tidak_siap');
  });
});

describe('item names', () => {
  const kinds = new Map([
    ['kendaraan_r2', { name: 'Kendaraan R2 (sepeda motor)', name_en: 'Motorbike (R2)' }],
    ['ht', { name: 'HT / radio', name_en: 'Handheld radio' }],
  ]);

  it('puts the kind’s label in place of its code', () => {
    expect(itemLabel(kinds, 'kendaraan_r2 3509-0191')).toBe('Kendaraan R2 (sepeda motor) 3509-0191');
    expect(itemLabel(kinds, 'ht')).toBe('HT / radio');
    expect(itemLabel(kinds, 'Senter SNT-1')).toBe('Senter SNT-1');
    expect(itemLabel(kinds, null)).toBeNull();
    expect(itemLabel(new Map(), 'ht HT-1')).toBe('ht HT-1');
    setLang('en');
    expect(itemLabel(kinds, 'ht HT-3509-000376')).toBe('Handheld radio HT-3509-000376');
    expect(kindLabel(kinds, 'tameng')).toBe('tameng');
    expect(kindLabel(kinds, 'tameng', 'Tameng')).toBe('Tameng');
  });
});

describe('words', () => {
  it('has every Indonesian word in English too and labels codes', () => {
    expect(labelOf('cond', 'rusak_berat')).toBe('Rusak berat');
    expect(labelOf('result', 'siap_dengan_catatan')).toBe('Siap dengan catatan');
    expect(labelOf('fn', 'samapta')).toBe('Samapta/Sabhara');
    expect(labelOf('cond', 'unknown_code')).toBe('unknown_code');
    expect(labelOf('cond', null)).toBe('—');
    setLang('en');
    expect(labelOf('dstatus', 'ditindaklanjuti')).toBe('Being handled');
    for (const k of t.keys) expect(t(k)).not.toBe('');
  });
});
