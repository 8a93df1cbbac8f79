-- Incidents and dispatch (Sispamkota live): field units with their last
-- position and their pings, incidents with the region columns the territory
-- filter reads, the timeline of every step, and photos.
CREATE TABLE field_units (
  id INTEGER PRIMARY KEY,
  call_sign TEXT NOT NULL,
  kind TEXT NOT NULL,
  crew TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  status TEXT NOT NULL,
  lat REAL,
  lon REAL,
  position_at TEXT,
  -- The home of the unit (its Polsek's kecamatan or its Polres's regency):
  -- who may see it.
  desa_code TEXT,
  district_code TEXT,
  regency_code TEXT NOT NULL,
  province_code TEXT NOT NULL,
  UNIQUE (unit_id, call_sign)
);
CREATE INDEX field_units_regency ON field_units(regency_code, status);

CREATE TABLE unit_positions (
  id INTEGER PRIMARY KEY,
  field_unit_id INTEGER NOT NULL REFERENCES field_units(id),
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  accuracy_m REAL NOT NULL,
  at TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX unit_positions_unit ON unit_positions(field_unit_id, at);

CREATE TABLE incidents (
  id INTEGER PRIMARY KEY,
  tracking_code TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  description TEXT NOT NULL,
  severity INTEGER NOT NULL,
  level TEXT NOT NULL,
  status TEXT NOT NULL,
  source TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  desa_code TEXT NOT NULL REFERENCES regions(code),
  district_code TEXT NOT NULL,
  regency_code TEXT NOT NULL,
  province_code TEXT NOT NULL,
  tps_id INTEGER REFERENCES tps(id),
  reporter_name TEXT NOT NULL,
  reporter_phone TEXT NOT NULL,
  reported_by TEXT NOT NULL,
  field_unit_id INTEGER REFERENCES field_units(id),
  duplicate_of INTEGER REFERENCES incidents(id),
  reported_at TEXT NOT NULL,
  dispatched_at TEXT,
  arrived_at TEXT,
  resolved_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX incidents_regency_time ON incidents(regency_code, reported_at);
CREATE INDEX incidents_district_time ON incidents(district_code, reported_at);
CREATE INDEX incidents_type_time ON incidents(type, reported_at);

CREATE TABLE incident_events (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  status TEXT NOT NULL,
  level TEXT NOT NULL,
  actor TEXT NOT NULL,
  note TEXT NOT NULL,
  field_unit_id INTEGER REFERENCES field_units(id)
);
CREATE INDEX incident_events_incident ON incident_events(incident_id, id);

CREATE TABLE incident_photos (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  content_type TEXT NOT NULL,
  bytes BLOB NOT NULL
);
CREATE INDEX incident_photos_incident ON incident_photos(incident_id, id);

-- Idempotency-Key of the public form: no account to scope it by.
CREATE TABLE public_report_keys (
  idempotency_key TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  incident_id INTEGER NOT NULL REFERENCES incidents(id)
);
