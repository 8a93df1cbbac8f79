// Calls of the readiness screens, on the shared client (core/api.ts): same
// cookie, same errors.

import { allPages, api } from '../core/api';
import type { Page } from '../core/types';
import type {
  Defect,
  DefectInput,
  DefectStatus,
  EquipmentKind,
  Handover,
  Inspection,
  InspectionPlan,
  InspectionResult,
  InspectionSheet,
  Item,
  ItemPatch,
  Person,
  PersonCheckInput,
  PersonDetail,
  PersonFunction,
  PersonLine,
  Readiness,
  VehicleCheckInput,
  VehicleLine,
} from './types';

const enc = encodeURIComponent;

export function readiness(unit: string, fn: PersonFunction | '' = '', signal?: AbortSignal) {
  return api.get<Readiness>(`/readiness/${enc(unit)}`, { function: fn }, signal);
}

/** Links (the session cookie goes with them), not fetches. */
export function recapUrl(unit: string, format: 'pdf' | 'xlsx'): string {
  return `${api.base}/readiness/${enc(unit)}/recap.${format}`;
}

let kindsCache: Promise<EquipmentKind[]> | null = null;

/** The equipment catalogue (labels of item kinds); asked once per page load. */
export function equipmentKinds(): Promise<EquipmentKind[]> {
  if (!kindsCache) {
    kindsCache = api.get<{ items: EquipmentKind[] }>('/equipment-kinds').then(
      (r) => r.items,
      (e: unknown) => {
        kindsCache = null; // asked again next time
        throw e;
      },
    );
  }
  return kindsCache;
}

export function personnel(
  q: { unit: string; function?: PersonFunction | ''; limit?: number; cursor?: string | null },
  signal?: AbortSignal,
) {
  return api.get<Page<Person>>('/personnel', q, signal);
}

export function person(id: number, signal?: AbortSignal) {
  return api.get<PersonDetail>(`/personnel/${id}`, undefined, signal);
}

/** The person behind the logged-in account; 404 when the account is not linked. */
export function myPerson(signal?: AbortSignal) {
  return api.get<PersonDetail>('/personnel/me', undefined, signal);
}

/** Every item (or only the vehicles) of a unit, all pages. */
export async function unitItems(unit: string, vehicles: boolean | null, signal?: AbortSignal): Promise<Item[]> {
  const r = await allPages((cursor) =>
    api.get<Page<Item>>('/items', { unit, vehicles: vehicles === null ? undefined : vehicles, limit: 500, cursor }, signal),
  );
  return r.items;
}

export function updateItem(id: number, patch: ItemPatch) {
  return api.request<Item>('PATCH', `/items/${id}`, { body: patch });
}

export function handOver(itemId: number, nrp: string) {
  return api.request<Handover>('POST', `/items/${itemId}/handover`, { body: { nrp } });
}

export function acknowledgeHandover(id: number) {
  return api.request<Handover>('POST', `/handovers/${id}/acknowledge`);
}

// --- apel kesiapan ---------------------------------------------------------

export function planInspections(plan: InspectionPlan) {
  return api.request<{ items: Inspection[] }>('POST', '/inspections', { body: plan });
}

/** `unit` empty: every inspection in the user's territory. */
export function inspections(q: { unit?: string; limit?: number; cursor?: string | null }, signal?: AbortSignal) {
  return api.get<Page<Inspection>>('/inspections', q, signal);
}

export function inspection(id: number, signal?: AbortSignal) {
  return api.get<InspectionSheet>(`/inspections/${id}`, undefined, signal);
}

export function checkPerson(id: number, personId: number, input: PersonCheckInput) {
  return api.request<PersonLine>('PUT', `/inspections/${id}/people/${personId}`, { body: input });
}

export function checkVehicle(id: number, itemId: number, input: VehicleCheckInput) {
  return api.request<VehicleLine>('PUT', `/inspections/${id}/vehicles/${itemId}`, { body: input });
}

/** `result` null: the server computes it from the answers. */
export function closeInspection(id: number, result: InspectionResult | null, note: string) {
  const body: { result?: InspectionResult; note?: string } = {};
  if (result) body.result = result;
  if (note.trim()) body.note = note.trim();
  return api.request<Inspection>('POST', `/inspections/${id}/close`, { body });
}

// --- laporan kerusakan / BBM -------------------------------------------------

export function defects(q: { unit?: string; open?: boolean; limit?: number; cursor?: string | null }, signal?: AbortSignal) {
  return api.get<Page<Defect>>('/defects', q, signal);
}

export function reportDefect(input: DefectInput, idempotencyKey: string) {
  return api.request<Defect>('POST', '/defects', { body: input, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function transitionDefect(id: number, status: DefectStatus, note: string) {
  return api.request<Defect>('POST', `/defects/${id}/transition`, { body: { status, note: note.trim() } });
}

export function defectPhotoUrl(id: number): string {
  return `${api.base}/defects/${id}/photo`;
}
