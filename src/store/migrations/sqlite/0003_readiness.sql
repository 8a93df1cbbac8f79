-- Readiness (apel kesiapan): Polri personnel and their desa binaan, absences,
-- partner-force rosters, equipment and vehicles, handovers, inspections with
-- their checklists, and defect / fuel reports.
CREATE TABLE personnel (
  id INTEGER PRIMARY KEY,
  nrp TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  rank TEXT NOT NULL,
  function TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  phone TEXT NOT NULL,
  username TEXT UNIQUE,  -- the person's own account, to acknowledge handovers
  -- The answer of the person's latest inspection line (readiness reads it
  -- without scanning every line ever recorded).
  last_present INTEGER,
  last_present_inspection INTEGER
);
CREATE INDEX personnel_unit ON personnel(unit_id, id);

CREATE TABLE desa_binaan (
  person_id INTEGER NOT NULL REFERENCES personnel(id),
  desa_code TEXT NOT NULL REFERENCES regions(code),
  PRIMARY KEY (person_id, desa_code)
);
CREATE INDEX desa_binaan_desa ON desa_binaan(desa_code);

CREATE TABLE absences (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES personnel(id),
  kind TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  bko_unit_id INTEGER REFERENCES units(id),
  note TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX absences_person ON absences(person_id, ends_on);

CREATE TABLE partner_members (
  id INTEGER PRIMARY KEY,
  force TEXT NOT NULL,
  identifier TEXT NOT NULL,
  name TEXT NOT NULL,
  rank TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  desa_code TEXT REFERENCES regions(code),
  phone TEXT NOT NULL,
  UNIQUE (force, identifier)
);
CREATE INDEX partner_members_unit ON partner_members(unit_id, force, id);
CREATE INDEX partner_members_desa ON partner_members(desa_code);

CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  serial TEXT NOT NULL UNIQUE,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  holder_id INTEGER REFERENCES personnel(id),
  condition TEXT NOT NULL,
  plate TEXT NOT NULL,
  odometer_km INTEGER,
  fuel_percent INTEGER,
  service_date TEXT NOT NULL,
  -- The item's latest inspection line: held or not, in whose hands.
  last_check_held INTEGER,
  last_check_holder INTEGER,
  last_check_inspection INTEGER
);
CREATE INDEX items_unit ON items(unit_id, id);
CREATE INDEX items_holder ON items(holder_id);

CREATE TABLE handovers (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id),
  person_id INTEGER NOT NULL REFERENCES personnel(id),
  handed_by TEXT NOT NULL,
  handed_at TEXT NOT NULL,
  acknowledged_at TEXT
);
CREATE INDEX handovers_person ON handovers(person_id, id);

CREATE TABLE inspections (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  date TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL,
  result TEXT,
  result_note TEXT NOT NULL,
  planned_by TEXT NOT NULL,
  planned_at TEXT NOT NULL,
  closed_by TEXT NOT NULL,
  closed_at TEXT NOT NULL
);
CREATE INDEX inspections_unit ON inspections(unit_id, date);

CREATE TABLE inspection_people (
  inspection_id INTEGER NOT NULL REFERENCES inspections(id),
  person_id INTEGER NOT NULL REFERENCES personnel(id),
  present INTEGER NOT NULL,
  checked_by TEXT NOT NULL,
  checked_at TEXT NOT NULL,
  PRIMARY KEY (inspection_id, person_id)
);

CREATE TABLE inspection_items (
  inspection_id INTEGER NOT NULL REFERENCES inspections(id),
  person_id INTEGER NOT NULL REFERENCES personnel(id),
  item_id INTEGER NOT NULL REFERENCES items(id),
  held INTEGER NOT NULL,
  working INTEGER NOT NULL,
  PRIMARY KEY (inspection_id, item_id)
);

CREATE TABLE inspection_vehicles (
  inspection_id INTEGER NOT NULL REFERENCES inspections(id),
  item_id INTEGER NOT NULL REFERENCES items(id),
  condition TEXT NOT NULL,
  fuel_percent INTEGER NOT NULL,
  lights_ok INTEGER NOT NULL,
  documents_ok INTEGER NOT NULL,
  checked_by TEXT NOT NULL,
  checked_at TEXT NOT NULL,
  PRIMARY KEY (inspection_id, item_id)
);

CREATE TABLE defects (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  item_id INTEGER REFERENCES items(id),
  kind TEXT NOT NULL,
  description TEXT NOT NULL,
  photo BLOB,
  photo_type TEXT NOT NULL,
  status TEXT NOT NULL,
  reported_by TEXT NOT NULL,
  reported_at TEXT NOT NULL,
  followed_by TEXT NOT NULL,
  followed_at TEXT NOT NULL,
  closed_by TEXT NOT NULL,
  closed_at TEXT NOT NULL,
  note TEXT NOT NULL
);
CREATE INDEX defects_unit ON defects(unit_id, status, id);
