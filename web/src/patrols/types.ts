// Shapes of the patrol API (patroli & pengawalan, docs/patrols.md). Kept next
// to the screens that read them, like incidents/types.ts.

import type { User } from '../core/types';

export const KINDS = ['kryd', 'patroli_gabungan', 'patroli_dialogis', 'pengawalan_logistik'] as const;
export type PatrolKind = (typeof KINDS)[number];

export const STOP_STATUSES = ['selesai', 'terlambat', 'terlewat', 'menunggu'] as const;
export type StopStatus = (typeof STOP_STATUSES)[number];

export const PROFILES = ['mobil', 'motor'] as const;
export type Profile = (typeof PROFILES)[number];

export const CHAIN_LEGS = ['gudang_ppk', 'ppk_pps', 'pps_tps'] as const;
export type ChainLeg = (typeof CHAIN_LEGS)[number];
export const CHAIN_DIRECTIONS = ['berangkat', 'kembali'] as const;
export type ChainDirection = (typeof CHAIN_DIRECTIONS)[number];

/** The permissions of this capability. */
export type PatrolPermission = 'read_patrols' | 'manage_patrols' | 'check_in_patrol';

export function canPatrol(user: User | null, p: PatrolPermission): boolean {
  return !!user && (user.permissions as readonly string[]).includes(p);
}

export interface LatLon {
  lat: number;
  lon: number;
}

export interface CrewMember {
  personnel_id: number | null;
  partner_member_id: number | null;
  name: string;
  rank: string;
  force: string;
}

export const PARTNER_FORCES = ['tni', 'satpol_pp', 'dishub', 'linmas'] as const;
export type PartnerForce = (typeof PARTNER_FORCES)[number];

/** A member of a partner force's roster (GET /partners): TNI (Babinsa), Satpol PP, Dishub, Linmas. */
export interface PartnerMember {
  id: number;
  force: PartnerForce | string;
  force_label?: string;
  identifier: string;
  name: string;
  rank: string;
  /** Code of the unit holding the roster (a Polres). */
  unit: string;
  desa_code: string | null;
  phone?: string;
}

export interface TeamRoute {
  departure_at: string | null;
  return_at: string | null;
  travel_s: number;
  distance_m: number;
  load: number;
  stop_ids: number[];
}

export interface Team {
  id: number;
  field_unit_id: number;
  call_sign: string;
  vehicle_item_id: number | null;
  vehicle_label: string;
  profile: Profile | string;
  capacity: number | null;
  partners: string;
  crew: CrewMember[];
  route: TeamRoute | null;
}

export interface Stop {
  id: number;
  object_id: number | null;
  tps_id: number | null;
  need_id: number | null;
  name: string;
  position: LatLon;
  window_open: string;
  window_close: string;
  window_open_at: string;
  window_close_at: string;
  service_minutes: number;
  priority: number;
  demand: number;
  team_id: number | null;
  route_order: number | null;
  planned_arrival_at: string | null;
  planned_start_at: string | null;
  unserved_reason: string | null;
  unserved_label: string | null;
  unserved_label_en?: string | null;
  status: StopStatus | string;
  visited_at: string | null;
}

export interface Unserved {
  stop_id: number;
  reason: string;
  label: string;
  label_en: string;
}

export interface Counts {
  total: number;
  selesai: number;
  terlambat: number;
  terlewat: number;
  menunggu: number;
}

/** A line of GET /patrol-teams: a team of the day whose field unit is the user's. */
export interface TeamOfDay {
  plan_id: number;
  plan_name: string;
  kind: string;
  kind_label?: string;
  kind_label_en?: string;
  date: string;
  zone: string;
  shift_start: string;
  shift_end: string;
  status: string;
  team_id: number;
  field_unit_id: number;
  call_sign: string;
  compliance: Counts;
}

export interface Depot {
  unit_id: number;
  name: string;
  position: LatLon;
}

export interface Plan {
  id: number;
  unit_id: number;
  unit_name: string;
  kind: PatrolKind | string;
  kind_label: string;
  kind_label_en: string;
  name: string;
  date: string;
  zone: string;
  shift_start: string;
  shift_end: string;
  shift_start_at: string;
  shift_end_at: string;
  depot: Depot;
  status: 'draf' | 'direncanakan' | string;
  solved_at: string | null;
  cost_s: number;
  distance_m: number;
  teams: Team[];
  stops: Stop[];
  unserved: Unserved[];
  compliance: Counts;
}

/** One line of GET /patrol-plans (a Plan without its teams and stops, as far as it goes). */
export interface PlanSummary {
  id: number;
  unit_id: number;
  unit_name?: string;
  kind: PatrolKind | string;
  kind_label?: string;
  kind_label_en?: string;
  name: string;
  date: string;
  zone?: string;
  shift_start: string;
  shift_end: string;
  status: string;
  teams?: number | Team[];
  stops?: number | Stop[];
  team_count?: number;
  stop_count?: number;
  unserved?: number;
  compliance?: Counts;
  /** The counts may also come flat on the line. */
  selesai?: number;
  terlambat?: number;
  terlewat?: number;
  menunggu?: number;
}

export interface TeamRouteView {
  plan: { id: number; name: string; kind: string; kind_label?: string; kind_label_en?: string; date: string; zone: string; shift_start: string; shift_end: string };
  team: Team;
  depot: Depot;
  stops: Stop[];
}

export interface CheckInInput {
  team_id: number;
  stop_id: number;
  position: LatLon;
  accuracy_m?: number;
  at?: string;
  photo?: string;
}

export interface CheckIn {
  id: number;
  stop_id: number;
  team_id: number;
  at: string;
  distance_m: number;
  method: 'tap' | 'geofence' | string;
  late: boolean;
  status: StopStatus | string;
}

/** A stop as the compliance report has it: its status now, and its check-in (method, photo) when there is one. */
export interface ComplianceStop {
  stop_id: number;
  name: string;
  team_id: number | null;
  route_order?: number | null;
  status: StopStatus | string;
  status_label?: string;
  status_label_en?: string;
  window_open_at?: string;
  window_close_at: string;
  planned_arrival_at?: string | null;
  visited_at: string | null;
  /** `tap` ("Lapor tiba") or `geofence`; null while not visited. */
  method: 'tap' | 'geofence' | string | null;
  check_in_id: number | null;
  /** Same-origin path of the check-in's photo (`/api/v1/patrol-plans/{id}/check-ins/{c}/photo`), null when none. */
  photo_url: string | null;
}

export interface Compliance {
  plan: Counts;
  teams: (Counts & { team_id: number; call_sign: string })[];
  stops: ComplianceStop[];
}

export interface TrackPoint {
  lat: number;
  lon: number;
  at: string;
  accuracy_m: number | null;
}

export interface Tracks {
  teams: { team_id: number; call_sign: string; points: TrackPoint[] }[];
}

// --- the create request ---------------------------------------------------------

export interface StopInput {
  object_id?: number;
  tps_id?: number;
  name?: string;
  position?: LatLon;
  window_open: string;
  window_close: string;
  service_minutes: number;
  priority?: number;
  demand?: number;
}

export interface NeedInput {
  object_id?: number;
  tps_id?: number;
  every_minutes: number;
  from: string;
  to: string;
  window_minutes: number;
  service_minutes: number;
  priority?: number;
}

/** A crew member of the create request: exactly one of the two. */
export type CrewInput = { personnel_id: number } | { partner_member_id: number };

export interface TeamInput {
  field_unit_id: number;
  vehicle_item_id?: number;
  profile?: Profile;
  capacity?: number;
  crew?: CrewInput[];
  partners?: string;
}

export interface PlanInput {
  unit_id: number;
  kind: PatrolKind;
  /** Optional: the server names it "<kind label> <date>". */
  name?: string;
  date: string;
  shift_start: string;
  shift_end: string;
  depot_unit_id: number;
  teams: TeamInput[];
  stops: StopInput[];
  needs: NeedInput[];
  chain?: { direction: ChainDirection; leg: ChainLeg; from_object_id?: number; boxes_per_tps?: number; window_open?: string; window_close?: string };
}

// --- live events ----------------------------------------------------------------

export interface CheckinEvent {
  plan_id: number;
  team_id: number;
  stop_id: number;
  status: string;
  method: string;
}

export interface UpdatedEvent {
  plan_id: number;
  unit_id: number;
  status: string;
  solved_at: string | null;
  unserved: number;
}

export interface AlertEvent {
  plan_id: number;
  team_id: number;
  stop_id: number;
  kind: 'terlewat' | 'terlambat' | string;
  stop_name: string;
  call_sign: string;
  window_close_at: string;
}

// --- positions (POST /positions, issue 8) ---------------------------------------

export interface PositionPoint {
  lat: number;
  lon: number;
  /** UTC, YYYY-MM-DDTHH:MM:SSZ (no fraction: the server takes only this). */
  at: string;
  accuracy_m: number;
}

export interface PositionResult {
  stored: number;
  rejected: { index: number; reason_id: string; reason_en: string }[];
}
