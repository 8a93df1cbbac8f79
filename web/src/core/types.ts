// Shapes of the Siaga API's JSON (docs/openapi.yaml). Kept by hand, next to the
// client that returns them; a field the server adds is simply not read yet.

export type Lang = 'id' | 'en';
export type TimeZoneName = 'WIB' | 'WITA' | 'WIT';

export type Permission =
  | 'read_registry'
  | 'write_objects'
  | 'import_registry'
  | 'manage_elections'
  | 'read_skck'
  | 'submit_skck'
  | 'process_skck'
  | 'manage_users'
  | 'read_audit'
  | 'observe_vulnerability'
  | 'manage_vulnerability'
  | 'override_class'
  | 'read_personnel'
  | 'manage_readiness'
  | 'run_inspection'
  | 'report_defect'
  | 'process_defect'
  | 'read_deployment'
  | 'manage_deployment'
  | 'approve_deployment'
  | 'read_incidents'
  | 'report_incident'
  | 'dispatch_incident'
  | 'respond_incident'
  | 'manage_field_units'
  | 'read_patrols'
  | 'manage_patrols'
  | 'check_in_patrol';

export interface User {
  username: string;
  role: string;
  unit_id?: number;
  unit_code: string;
  unit_name: string;
  time_zone: TimeZoneName;
  territory: string[];
  everywhere: boolean;
  permissions: Permission[];
}

export interface LoginResponse {
  token: string;
  expires_at: string;
  user: User;
}

/** One page of a list: `next` is the cursor of the following page, or null. */
export interface Page<T> {
  items: T[];
  total: number;
  next: string | null;
}

export type RegionLevel = 'provinsi' | 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parent_code: string | null;
  lat: number | null;
  lon: number | null;
}

export type UnitLevel = 'mabes' | 'polda' | 'polres' | 'polsek';

export interface Unit {
  id: number;
  code: string;
  name: string;
  level: UnitLevel;
  parent_code: string | null;
  region_codes: string[];
  time_zone: TimeZoneName;
  lat: number | null;
  lon: number | null;
}

export type TpsClass = 'kurang_rawan' | 'rawan' | 'sangat_rawan' | 'khusus';

export interface Tps {
  id: number;
  code: string;
  number: number;
  desa_code: string;
  desa_name: string;
  lat: number;
  lon: number;
  voters: number;
  address: string;
  class: TpsClass | null;
  /** Vulnerability score 0-100; null while nothing was observed. */
  score?: number | null;
}

export interface StrategicObject {
  id: number;
  kind: string;
  kind_label: string;
  kind_label_en: string;
  name: string;
  lat: number;
  lon: number;
  desa_code: string;
  notes: string;
  updated_at: string;
}

export interface ObjectInput {
  kind?: string;
  name?: string;
  lat?: number;
  lon?: number;
  desa_code?: string;
  notes?: string;
}

export interface ObjectKind {
  code: string;
  label: string;
  label_en: string;
}

export interface Election {
  id: number;
  code: string;
  name: string;
  kind: string;
  region_code: string;
  voting_date: string;
}

export interface Candidate {
  id: number;
  election_id: number;
  number: number;
  head_name: string;
  deputy_name: string;
  parties: string;
}

export interface ElectionDetail extends Election {
  candidates: Candidate[];
}

export interface Stage {
  id: number;
  code: string;
  name: string;
  name_en: string;
  starts_on: string;
  ends_on: string;
  posture: string;
  posture_en: string;
  current?: boolean;
}

export interface StagesResponse extends Page<Stage> {
  today: string;
  current: Stage | null;
  voting_date: string | null;
}

export type SkckStatus = 'diajukan' | 'diproses' | 'terbit' | 'ditolak';

export interface SkckRequest {
  id: number;
  applicant_name: string;
  nik: string;
  domicile_code: string;
  issuing_unit_id: number;
  issuing_unit_name: string;
  status: SkckStatus;
  number: string | null;
  reason: string | null;
  submitted_by: string;
  submitted_at: string;
  processed_by: string | null;
  processed_at: string | null;
  decided_by: string | null;
  decided_at: string | null;
  election_id: number | null;
}

export interface SkckApplication {
  applicant_name: string;
  nik: string;
  domicile_code: string;
  election_id?: number;
}

export type ImportKind = 'regions' | 'units' | 'tps' | 'objects' | 'elections' | 'stages' | 'candidates';

export interface ImportIssue {
  line: number;
  column: string | null;
  message: string;
  message_en: string;
}

export interface ImportResult {
  imported: number;
}

export type SearchType =
  | 'provinsi'
  | 'kabupaten'
  | 'kota'
  | 'kecamatan'
  | 'desa'
  | 'kelurahan'
  | 'tps'
  | 'object'
  | 'unit';

export interface SearchHit {
  type: SearchType;
  id: number | null;
  code: string | null;
  name: string;
  lat: number | null;
  lon: number | null;
  detail: string;
}

// GeoJSON as the server sends it (only the geometry types it uses).
export interface PointGeometry {
  type: 'Point';
  coordinates: [number, number];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: [number, number][][][];
}
export interface Feature<G, P> {
  type: 'Feature';
  geometry: G;
  properties: P;
}
export interface FeatureCollection<G, P> {
  type: 'FeatureCollection';
  features: Feature<G, P>[];
  total?: number;
  next?: string | null;
}

export interface RegionShapeProps {
  code: string;
  name: string;
  level: RegionLevel;
}

export type RegionShapes = FeatureCollection<MultiPolygonGeometry, RegionShapeProps>;
export type TpsFeatures = FeatureCollection<PointGeometry, Tps>;
