// Shapes of the deployment API (rencana pengamanan TPS, docs/deployment.md).
// Kept next to the screens that read them, like readiness/types.ts.

import type { TpsClass } from '../core/types';

export const PATTERN_FIELDS = ['officers', 'tps_per_post', 'linmas_per_tps', 'tni_per_post', 'max_distance_m'] as const;
export type PatternField = (typeof PATTERN_FIELDS)[number];

/** One class's P-T-L: P officers guard T TPS, with L Linmas per TPS. */
export interface GuardPattern {
  officers: number;
  tps_per_post: number;
  linmas_per_tps: number;
  tni_per_post: number;
  max_distance_m: number;
}

export type PatternSet = Record<TpsClass, GuardPattern>;

export interface PatternView {
  unit_code: string;
  unit_name: string;
  is_default: boolean;
  patterns: PatternSet;
}

export const PLAN_STATUSES = ['running', 'draft', 'approved', 'superseded', 'cancelled', 'failed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface PlanSummary {
  tps: number;
  posts: number;
  officers_available: number;
  officers_assigned: number;
  reserve: number;
  officers_missing: number;
  posts_short: number;
  stretched_pairs: number;
  linmas_needed: number;
  linmas_assigned: number;
  linmas_missing: number;
  cost_m: number;
  mean_tour_m: number;
  tps_without_class: number;
  tni_needed?: number;
  tni_assigned?: number;
}

export interface PlanWarning {
  code: string;
  message_id: string;
  message_en: string;
}

export interface ShortfallItem {
  post: number;
  tps_class: TpsClass;
  sector_code: string;
  sector_name: string;
  first_tps: string;
  officers_missing: number;
}

export interface ReserveCount {
  unit_code: string;
  unit_name: string;
  count: number;
}

export interface PlanHeader {
  id: number;
  unit_code: string;
  unit_name: string;
  version: number;
  status: PlanStatus;
  /** 0..1 while running. */
  progress: number;
  message: string;
  voting_day: string | null;
  reason: string;
  based_on: number | null;
  created_by: string;
  created_at: string;
  approved_by: string | null;
  approved_at: string | null;
  patterns?: Partial<PatternSet>;
  summary?: PlanSummary | null;
  warnings?: PlanWarning[];
  /** NRPs added for the day, and NRPs out for the day (replan). */
  bko?: string[];
  unavailable?: string[];
}

/** GET /plans/{id}: the header with what only one plan carries. */
export interface Plan extends PlanHeader {
  shortfall?: ShortfallItem[];
  reserve_by_unit?: ReserveCount[];
  warnings?: PlanWarning[];
}

export interface PlanRequest {
  unit_code: string;
  voting_day?: string;
  reason?: string;
  bko?: string[];
}

export interface ReplanRequest {
  reason: string;
  unavailable?: string[];
  bko?: string[];
}

export interface PostTps {
  code: string;
  desa_code: string;
  desa_name: string;
  address: string;
  tps_class: TpsClass | null;
  lat: number;
  lon: number;
  kecamatan_name?: string;
  /** Linmas standing at this TPS. */
  linmas?: number;
}

export interface Officer {
  nrp: string;
  name: string;
  rank: string;
  unit_code: string;
  unit_name: string;
  /** Reinforcement from outside the unit for the day. */
  bko?: boolean;
  /** Number of the post they guard; null in reserve. */
  post?: number | null;
}

export interface Partner {
  name: string;
  desa_code?: string;
  rank?: string;
  identifier?: string;
  tps?: string;
}

export interface Post {
  number: number;
  tps_class: TpsClass;
  sector_code: string;
  sector_name: string;
  lat: number;
  lon: number;
  tour_m: number;
  stretched: boolean;
  officers_needed: number;
  officers_missing: number;
  linmas_needed: number;
  linmas_assigned: number;
  tps: PostTps[];
  officers: Officer[];
  linmas: Partner[];
  tni?: Partner[];
  tni_needed?: number;
}

export interface PostPage {
  items: Post[];
  total: number;
}

export const CHANGE_KINDS = ['removed', 'assigned', 'released', 'moved'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface DiffChange {
  nrp: string;
  name: string;
  rank: string;
  change: ChangeKind;
  from_post: number | null;
  to_post: number | null;
  from_tps: string | null;
  to_tps: string | null;
}

export interface PlanDiff {
  from: number;
  to: number;
  unchanged: number;
  changes: DiffChange[];
  posts_kept: number;
  posts_new: number;
  posts_gone: number;
}

/** GET /plans/{id}/officers/{nrp}: the officer and their post (none: reserve). */
export interface OfficerAssignment {
  officer: Officer;
  post: Post | null;
}
