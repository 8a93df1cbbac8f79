// Pure helpers of the readiness screens: the figures as people read them
// (percent, age of a report, fuel colour), the size a photo is scaled to, the
// checklist answers as the API takes them, and the result an inspection
// would get from its answers (as the server computes it).

import { formatNumber, getLang, pick } from '../core/i18n';
import type { EquipmentKind, ItemCheck, ItemCondition, InspectionResult, KitItem, PersonCheckInput, VehicleCheckInput } from './types';
import { t } from './words';

/** A vehicle with less fuel than this is not fit (src/domain/equipment). */
export const FUEL_LOW = 25;
/** Below this share of people ready an inspection is tidak siap (src/service/inspection_service.hpp). */
export const READY_PEOPLE_SHARE = 0.8;
/** Photos are sent at most this many pixels on their longer side. */
export const PHOTO_MAX_SIDE = 1280;

/** 0.8065 → "80,6%" (id) / "80.6%" (en); null → "—". */
export function formatPercent(share: number | null | undefined, lang = getLang()): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  const pct = Math.round(share * 1000) / 10;
  return `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(pct)}%`;
}

/**
 * The share to show for a unit: the server rounds `readiness` to four
 * decimals, so when its counts give the same figure the exact ratio is used
 * (80,645 % is "80,6%", not "80,7%" from 0.8065); otherwise the server's.
 */
export function readinessShare(r: { readiness: number; people: number; people_ready: number; vehicles: number; vehicles_fit: number }): number {
  const total = r.people + r.vehicles;
  if (total > 0) {
    const exact = (r.people_ready + r.vehicles_fit) / total;
    if (Math.abs(exact - r.readiness) <= 0.00005 + 1e-9) return exact;
  }
  return r.readiness;
}

/** Width of a bar (0..100) for a share 0..1. */
export function barWidth(share: number | null | undefined): number {
  if (share === null || share === undefined || !Number.isFinite(share)) return 0;
  return Math.max(0, Math.min(100, share * 100));
}

export type Tone = 'good' | 'fair' | 'poor';

/** Green from 90 %, amber from 75 %, red below. */
export function readinessTone(share: number): Tone {
  if (share >= 0.9) return 'good';
  if (share >= 0.75) return 'fair';
  return 'poor';
}

/** How long a report has been open: "< 1 jam", "3 jam", "2 hari". */
export function formatAge(hours: number | null | undefined): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours) || hours < 1) return t('ageUnderHour');
  const h = Math.floor(hours);
  if (h < 24) return t(h === 1 ? 'ageHour' : 'ageHours', { n: formatNumber(h) });
  const d = Math.floor(h / 24);
  return t(d === 1 ? 'ageDay' : 'ageDays', { n: formatNumber(d) });
}

export type FuelTone = 'none' | 'low' | 'mid' | 'ok';

/** Red under 25 %, amber under 50 %, green from there; grey when unknown. */
export function fuelTone(fuel: number | null | undefined): FuelTone {
  if (fuel === null || fuel === undefined || !Number.isFinite(fuel)) return 'none';
  if (fuel < FUEL_LOW) return 'low';
  if (fuel < 50) return 'mid';
  return 'ok';
}

export const FUEL_COLORS: Record<FuelTone, string> = { none: '#9e9e9e', low: '#c92a2a', mid: '#e0a100', ok: '#2b8a3e' };

export function fuelColor(fuel: number | null | undefined): string {
  return FUEL_COLORS[fuelTone(fuel)];
}

/** Whether an item in this condition can be used (baik, rusak ringan). */
export function usable(condition: ItemCondition): boolean {
  return condition === 'baik' || condition === 'rusak_ringan';
}

/** A vehicle is fit when usable and fuelled to at least 25 %. */
export function vehicleFit(condition: ItemCondition, fuel: number | null | undefined): boolean {
  return usable(condition) && (fuel ?? 0) >= FUEL_LOW;
}

/**
 * The size a photo is drawn at: the longer side at most `max`, the ratio
 * kept, never enlarged, at least 1 pixel each way.
 */
export function fitWithin(width: number, height: number, max = PHOTO_MAX_SIDE): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) return { width: 0, height: 0 };
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The base64 part of a data: URL ("data:image/jpeg;base64,AAAA" → "AAAA"). */
export function base64Of(dataUrl: string): string {
  const i = dataUrl.indexOf(',');
  return i >= 0 ? dataUrl.slice(i + 1) : dataUrl;
}

/** How many bytes a base64 text decodes to. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

// --- the checklist of one person ---------------------------------------------

export interface ItemAnswer {
  held: boolean;
  working: boolean;
}

export interface PersonDraft {
  present: boolean;
  items: Record<number, ItemAnswer>;
}

/** What a card starts with: present, every item held and working. */
export function initialDraft(items: readonly KitItem[]): PersonDraft {
  const answers: Record<number, ItemAnswer> = {};
  for (const i of items) answers[i.id] = { held: true, working: true };
  return { present: true, items: answers };
}

/** Not held means not working; working means held. */
export function setAnswer(draft: PersonDraft, itemId: number, what: 'held' | 'working', value: boolean): PersonDraft {
  const before = draft.items[itemId] ?? { held: true, working: true };
  let next: ItemAnswer;
  if (what === 'held') next = { held: value, working: value ? before.working : false };
  else next = { held: value ? true : before.held, working: value };
  return { ...draft, items: { ...draft.items, [itemId]: next } };
}

/**
 * The body of PUT /inspections/{id}/people/{person}: one answer per item the
 * person holds. Someone absent has nothing with them; what is not held does
 * not work.
 */
export function buildPersonCheck(draft: PersonDraft, items: readonly KitItem[]): PersonCheckInput {
  const answers: ItemCheck[] = items.map((i) => {
    const a = draft.items[i.id] ?? { held: true, working: true };
    const held = draft.present && a.held;
    return { item_id: i.id, held, working: held && a.working };
  });
  return { present: draft.present, items: answers };
}

/** Whether a person counts as ready by their answers: present with every item held and working. */
export function personReady(check: PersonCheckInput): boolean {
  return check.present && check.items.every((i) => i.held && i.working);
}

// --- vehicles ----------------------------------------------------------------

export type FuelParse = { ok: true; value: number } | { ok: false; error: 'fuelRequired' | 'fuelRange' };

/** A typed fuel level: a whole number 0..100. */
export function parseFuel(text: string): FuelParse {
  const s = text.trim();
  if (s === '') return { ok: false, error: 'fuelRequired' };
  if (!/^\d+$/.test(s)) return { ok: false, error: 'fuelRange' };
  const n = Number(s);
  if (n > 100) return { ok: false, error: 'fuelRange' };
  return { ok: true, value: n };
}

export interface VehicleDraft {
  condition: ItemCondition;
  fuel: string;
  lights_ok: boolean;
  documents_ok: boolean;
}

export function initialVehicleDraft(v: { condition: ItemCondition; fuel_percent: number | null }): VehicleDraft {
  return {
    condition: v.condition,
    fuel: v.fuel_percent === null || v.fuel_percent === undefined ? '' : String(v.fuel_percent),
    lights_ok: true,
    documents_ok: true,
  };
}

/** The body of PUT /inspections/{id}/vehicles/{item}, or which field is wrong. */
export function buildVehicleCheck(
  d: VehicleDraft,
): { ok: true; input: VehicleCheckInput } | { ok: false; field: 'fuel_percent'; error: 'fuelRequired' | 'fuelRange' } {
  const fuel = parseFuel(d.fuel);
  if (!fuel.ok) return { ok: false, field: 'fuel_percent', error: fuel.error };
  return {
    ok: true,
    input: { condition: d.condition, fuel_percent: fuel.value, lights_ok: d.lights_ok, documents_ok: d.documents_ok },
  };
}

// --- the inspection as a whole -------------------------------------------------

export interface Progress {
  people: number;
  peopleChecked: number;
  vehicles: number;
  vehiclesChecked: number;
}

/** "12/30 personel, 3/5 kendaraan". */
export function progressText(p: Progress): string {
  return t('progress', {
    people: `${formatNumber(p.peopleChecked)}/${formatNumber(p.people)}`,
    vehicles: `${formatNumber(p.vehiclesChecked)}/${formatNumber(p.vehicles)}`,
  });
}

export function progressShare(p: Progress): number {
  const total = p.people + p.vehicles;
  return total === 0 ? 1 : (p.peopleChecked + p.vehiclesChecked) / total;
}

/**
 * The result the answers call for, as the server computes it when none is
 * chosen: siap when everyone is present and fully equipped and every vehicle
 * fit; tidak siap under 80 % of the people ready; otherwise siap dengan catatan.
 */
export function computedResult(
  people: readonly PersonCheckInput[],
  vehicles: readonly { condition: ItemCondition; fuel_percent: number }[],
): InspectionResult {
  const ready = people.filter(personReady).length;
  const fleetFit = vehicles.every((v) => vehicleFit(v.condition, v.fuel_percent));
  if (ready === people.length && fleetFit) return 'siap';
  if (ready < READY_PEOPLE_SHARE * people.length) return 'tidak_siap';
  return 'siap_dengan_catatan';
}

/** The first `n` reasons by count (the API sends them sorted; kept stable). */
export function topReasons<T extends { count: number }>(missing: readonly T[], n = 3): T[] {
  return [...missing].sort((a, b) => b.count - a.count).slice(0, n);
}

// --- item names ---------------------------------------------------------------------

/** The label of an item kind from the catalogue, or the code while it is not known. */
export function kindLabel(kinds: ReadonlyMap<string, Pick<EquipmentKind, 'name' | 'name_en'>>, code: string, fallback?: string): string {
  const k = kinds.get(code);
  return k ? pick(k.name, k.name_en) : (fallback ?? code);
}

/**
 * An item as the server names it in a report ("kendaraan_r2 3509-0191"),
 * with the kind's label instead of its code ("Kendaraan R2 (sepeda motor) 3509-0191").
 */
export function itemLabel(kinds: ReadonlyMap<string, Pick<EquipmentKind, 'name' | 'name_en'>>, label: string | null): string | null {
  if (!label) return label;
  const space = label.indexOf(' ');
  const code = space < 0 ? label : label.slice(0, space);
  return kinds.has(code) ? `${kindLabel(kinds, code)}${space < 0 ? '' : label.slice(space)}` : label;
}

