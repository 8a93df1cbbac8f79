// Shapes of the incident API (insiden & dispatch, docs/incidents.md). Kept
// next to the screens that read them, like deployment/types.ts.

import type { User } from '../core/types';

export const STATUSES = [
  'baru',
  'diverifikasi',
  'ditolak',
  'duplikat',
  'ditugaskan',
  'menuju_lokasi',
  'tiba_di_lokasi',
  'selesai',
  'ditutup',
] as const;
export type IncidentStatus = (typeof STATUSES)[number];

export const LEVELS = ['hijau', 'kuning', 'merah'] as const;
export type Level = (typeof LEVELS)[number];

export const SOURCES = ['operator_110', 'publik', 'fkpm', 'pos_kamling', 'bhabinkamtibmas', 'patroli'] as const;
export type Source = (typeof SOURCES)[number];

export const SEVERITIES = [1, 2, 3] as const;
export type Severity = (typeof SEVERITIES)[number];

export const UNIT_KINDS = ['mobil_patroli', 'motor_patroli', 'pos', 'dalmas_awal', 'dalmas_lanjut', 'brimob_phh'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_STATUSES = ['siaga', 'bertugas', 'istirahat', 'tidak_aktif'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** The permissions of this capability. */
export type IncidentPermission = 'read_incidents' | 'report_incident' | 'dispatch_incident' | 'respond_incident' | 'manage_field_units';

export function canIncident(user: User | null, p: IncidentPermission): boolean {
  return !!user && (user.permissions as readonly string[]).includes(p);
}

export interface IncidentType {
  code: string;
  name_id: string;
  name_en: string;
  forward_to_gakkumdu: boolean;
}

export interface Incident {
  id: number;
  tracking_code: string;
  type: string;
  type_id: string;
  type_en: string;
  forward_to_gakkumdu?: boolean;
  description: string;
  severity: Severity;
  level: Level;
  status: IncidentStatus;
  status_id?: string;
  status_en?: string;
  source: Source | string;
  lat: number;
  lon: number;
  desa_code: string;
  desa_name: string;
  kecamatan_name: string;
  tps_id: number | null;
  tps_code: string | null;
  reporter_name: string | null;
  reporter_phone: string | null;
  /** The user who recorded it; empty for a public report. */
  reported_by?: string;
  field_unit_id: number | null;
  field_unit_call_sign: string | null;
  duplicate_of: number | null;
  reported_at: string;
  updated_at: string;
  photo_ids: number[];
}

export interface TimelineEntry {
  at: string;
  status: IncidentStatus | string;
  action: string;
  actor: string;
  note: string | null;
  field_unit_id: number | null;
}

export interface Offer {
  field_unit_id: number;
  call_sign: string;
  kind: UnitKind | string;
  distance_m: number;
  eta_s: number;
  same_sector: boolean;
}

export interface DuplicateCandidate {
  id: number;
  type: string;
  reported_at: string;
  distance_m: number;
  status: IncidentStatus | string;
}

export interface ForceOffer {
  force: UnitKind | string;
  free: { field_unit_id: number; call_sign: string }[];
}

export interface IncidentDetail extends Incident {
  timeline: TimelineEntry[];
  next_statuses: IncidentStatus[];
  offers: Offer[];
  duplicates: DuplicateCandidate[];
  escalation: { level: Level; forces: ForceOffer[] } | null;
}

export interface IncidentList {
  items: Incident[];
  total: number;
}

export interface FieldUnit {
  id: number;
  call_sign: string;
  kind: UnitKind | string;
  kind_id?: string;
  kind_en?: string;
  crew: number | string | null;
  status: UnitStatus | string;
  unit_id: number;
  /** The Polsek's kecamatan or the Polres's regency. */
  home_region?: string;
  lat: number | null;
  lon: number | null;
  position_at: string | null;
}

/** What a citizen (or an operator) reports; the server checks every field. */
export interface ReportInput {
  type: string;
  description: string;
  lat: number;
  lon: number;
  reporter_name?: string;
  reporter_phone?: string;
  /** Base64 JPEG or PNG, without a data: prefix. */
  photo?: string;
}

export interface OperatorReportInput extends ReportInput {
  source?: Source;
  severity?: Severity;
  level?: Level;
}

export interface PublicReceipt {
  tracking_code: string;
  status: IncidentStatus;
}

export interface PublicStatus {
  tracking_code: string;
  status: IncidentStatus;
  status_id: string;
  status_en: string;
  updated_at: string;
}

export interface TransitionInput {
  status: IncidentStatus;
  field_unit_id?: number;
  duplicate_of?: number;
  note?: string;
}
