-- Registry, accounts, audit: the foundation schema.
CREATE TABLE regions (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  level TEXT NOT NULL,
  depth INTEGER NOT NULL,
  parent_code TEXT REFERENCES regions(code),
  lat REAL,
  lon REAL,
  shape BLOB,
  min_lat REAL, min_lon REAL, max_lat REAL, max_lon REAL
);
CREATE INDEX regions_parent ON regions(parent_code, id);
CREATE INDEX regions_depth ON regions(depth, id);
CREATE INDEX regions_shape_box ON regions(depth, min_lat, max_lat);

CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  level TEXT NOT NULL,
  parent_id INTEGER REFERENCES units(id),
  lat REAL,
  lon REAL,
  zone TEXT NOT NULL
);
CREATE INDEX units_parent ON units(parent_id);

CREATE TABLE unit_regions (
  unit_id INTEGER NOT NULL REFERENCES units(id),
  region_code TEXT NOT NULL REFERENCES regions(code),
  PRIMARY KEY (unit_id, region_code)
);

CREATE TABLE tps (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  number INTEGER NOT NULL,
  desa_code TEXT NOT NULL REFERENCES regions(code),
  district_code TEXT NOT NULL,
  regency_code TEXT NOT NULL,
  province_code TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  voters INTEGER NOT NULL DEFAULT 0,
  address TEXT NOT NULL DEFAULT '',
  tps_class TEXT
);
CREATE INDEX tps_desa ON tps(desa_code, id);
CREATE INDEX tps_district ON tps(district_code, id);
CREATE INDEX tps_regency ON tps(regency_code, id);
CREATE INDEX tps_province ON tps(province_code, id);
CREATE VIRTUAL TABLE tps_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);

CREATE TABLE objects (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  desa_code TEXT NOT NULL REFERENCES regions(code),
  district_code TEXT NOT NULL,
  regency_code TEXT NOT NULL,
  province_code TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);
CREATE INDEX objects_regency ON objects(regency_code, id);
CREATE INDEX objects_district ON objects(district_code, id);
CREATE INDEX objects_desa ON objects(desa_code, id);
CREATE INDEX objects_province ON objects(province_code, id);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  full_name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  password_hash TEXT NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  username TEXT NOT NULL,
  unit_id INTEGER NOT NULL DEFAULT 0,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_unit ON audit_log(unit_id, id);

CREATE TABLE idempotency_keys (
  user_id INTEGER NOT NULL REFERENCES users(id),
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  PRIMARY KEY (user_id, scope, key)
);

CREATE TABLE elections (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  region_code TEXT NOT NULL REFERENCES regions(code),
  voting_date TEXT NOT NULL
);

CREATE TABLE stages (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name_id TEXT NOT NULL,
  name_en TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  posture_id TEXT NOT NULL DEFAULT '',
  posture_en TEXT NOT NULL DEFAULT ''
);

CREATE TABLE candidates (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id),
  number INTEGER NOT NULL,
  head_name TEXT NOT NULL,
  deputy_name TEXT NOT NULL,
  parties TEXT NOT NULL DEFAULT '',
  UNIQUE (election_id, number)
);

CREATE TABLE skck_requests (
  id INTEGER PRIMARY KEY,
  applicant_name TEXT NOT NULL,
  nik TEXT NOT NULL,
  domicile_code TEXT NOT NULL REFERENCES regions(code),
  desa_code TEXT NOT NULL,
  district_code TEXT NOT NULL,
  regency_code TEXT NOT NULL,
  province_code TEXT NOT NULL,
  election_id INTEGER REFERENCES elections(id),
  issuing_unit_id INTEGER NOT NULL REFERENCES units(id),
  status TEXT NOT NULL,
  number TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  submitted_by TEXT NOT NULL, submitted_at TEXT NOT NULL,
  processed_by TEXT NOT NULL DEFAULT '', processed_at TEXT NOT NULL DEFAULT '',
  decided_by TEXT NOT NULL DEFAULT '', decided_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX skck_regency ON skck_requests(regency_code, id);
