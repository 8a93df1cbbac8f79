// Shapes of the readiness API (kesiapan: personnel, equipment, vehicles,
// apel kesiapan, laporan kerusakan/BBM). Kept next to the screens that read
// them, like vulnerability/types.ts.

export const FUNCTIONS = [
  'bhabinkamtibmas',
  'samapta',
  'intelkam',
  'reskrim',
  'lantas',
  'brimob',
  'binmas',
  'propam',
  'staf',
] as const;
export type PersonFunction = (typeof FUNCTIONS)[number];

export const CONDITIONS = ['baik', 'rusak_ringan', 'rusak_berat', 'hilang'] as const;
export type ItemCondition = (typeof CONDITIONS)[number];

export type MissingReason =
  | 'cuti'
  | 'sakit'
  | 'dinas_luar'
  | 'bko'
  | 'tidak_hadir_apel'
  | 'item_missing'
  | 'item_broken'
  | 'vehicle_unfit'
  | 'fuel_low'
  | 'defect_open'
  | 'defect_overdue';

export interface Missing {
  reason: MissingReason | string;
  kind: string | null;
  label: string;
  label_en: string;
  count: number;
}

export interface UnitRef {
  code: string;
  name: string;
  level?: string;
}

export interface UnitReadiness {
  unit: UnitRef;
  /** 0..1 */
  readiness: number;
  people: number;
  people_ready: number;
  vehicles: number;
  vehicles_fit: number;
  missing: Missing[];
}

export interface Readiness extends UnitReadiness {
  date?: string;
  children: UnitReadiness[];
}

export interface Person {
  id: number;
  nrp: string;
  name: string;
  rank: string;
  function: PersonFunction;
  function_label?: string;
  unit: string;
  phone: string;
  desa_binaan: string[];
}

export interface Item {
  id: number;
  kind: string;
  kind_label?: string;
  vehicle?: boolean;
  serial: string;
  unit: string;
  holder_id?: number | null;
  holder_nrp?: string | null;
  condition: ItemCondition;
  usable: boolean;
  plate?: string;
  odometer_km?: number | null;
  fuel_percent?: number | null;
  service_date?: string;
  fit?: boolean;
}

export interface ItemPatch {
  condition?: ItemCondition;
  fuel_percent?: number;
  odometer_km?: number;
}

export interface Absence {
  id: number;
  kind: 'cuti' | 'sakit' | 'dinas_luar' | 'bko' | string;
  kind_label?: string;
  starts_on: string;
  ends_on: string;
  note?: string;
}

export interface Handover {
  id: number;
  item_id: number;
  kind: string;
  serial: string;
  person_id: number;
  handed_by: string;
  handed_at: string;
  acknowledged_at: string | null;
}

export interface PersonDetail extends Person {
  items: Item[];
  absences: Absence[];
  handovers: Handover[];
}

export interface EquipmentKind {
  code: string;
  name: string;
  name_en: string;
  vehicle: boolean;
  required_for: PersonFunction[];
}

// --- apel kesiapan ---------------------------------------------------------

export type InspectionStatus = 'direncanakan' | 'berlangsung' | 'ditutup';
export const RESULTS = ['siap', 'siap_dengan_catatan', 'tidak_siap'] as const;
export type InspectionResult = (typeof RESULTS)[number];

export interface Inspection {
  id: number;
  unit: UnitRef;
  date: string;
  title: string;
  status: InspectionStatus;
  result: InspectionResult | null;
  result_note: string;
  planned_by: string;
  planned_at: string;
  closed_by: string | null;
  closed_at: string | null;
  people: number;
  vehicles: number;
  people_checked: number;
  vehicles_checked: number;
}

export interface ItemCheck {
  item_id: number;
  held: boolean;
  working: boolean;
}

export interface PersonCheck {
  present: boolean;
  items: ItemCheck[];
  checked_by: string;
  checked_at: string;
}

export interface KitItem {
  id: number;
  kind: string;
  serial: string;
  condition: ItemCondition;
}

export interface PersonLine {
  person: Pick<Person, 'id' | 'nrp' | 'name' | 'rank' | 'function'>;
  items: KitItem[];
  check: PersonCheck | null;
}

export interface VehicleRef {
  id: number;
  kind: string;
  plate: string;
  serial: string;
  condition: ItemCondition;
  fuel_percent: number | null;
}

export interface VehicleCheck {
  condition: ItemCondition;
  fuel_percent: number;
  lights_ok: boolean;
  documents_ok: boolean;
  fit?: boolean;
  checked_by: string;
  checked_at: string;
}

export interface VehicleLine {
  vehicle: VehicleRef;
  check: VehicleCheck | null;
}

export interface InspectionSheet {
  inspection: Inspection;
  people: PersonLine[];
  vehicles: VehicleLine[];
}

export interface PersonCheckInput {
  present: boolean;
  items: ItemCheck[];
}

export interface VehicleCheckInput {
  condition: ItemCondition;
  fuel_percent: number;
  lights_ok: boolean;
  documents_ok: boolean;
}

export interface InspectionPlan {
  units: string[];
  date: string;
  title: string;
}

// --- laporan kerusakan / BBM -------------------------------------------------

export type DefectKind = 'kerusakan' | 'bbm';
export const DEFECT_STATUSES = ['dilaporkan', 'ditindaklanjuti', 'selesai'] as const;
export type DefectStatus = (typeof DEFECT_STATUSES)[number];

export interface Defect {
  id: number;
  unit: string;
  item_id: number | null;
  item_label: string | null;
  kind: DefectKind;
  description: string;
  has_photo: boolean;
  status: DefectStatus;
  reported_by: string;
  reported_at: string;
  followed_by: string | null;
  followed_at: string | null;
  closed_by: string | null;
  closed_at: string | null;
  note: string;
  age_hours: number;
  overdue: boolean;
}

export interface DefectInput {
  unit?: string;
  item_id?: number;
  kind: DefectKind;
  description: string;
  /** JPEG bytes as base64 (no data: prefix). */
  photo?: string;
}
