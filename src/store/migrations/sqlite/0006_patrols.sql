-- Patrols and escorts: plans with their teams (a field unit, a vehicle, a
-- crew of personnel and partner members), stops with time windows (some
-- expanded from recurring needs), the solved routes, and the check-ins that
-- prove the visits. Times are UTC ISO-8601; HH:MM columns are the unit's
-- local time of day as the planner typed them.
CREATE TABLE patrol_plans (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  plan_date TEXT NOT NULL,
  shift_start TEXT NOT NULL,
  shift_end TEXT NOT NULL,
  shift_start_at TEXT NOT NULL,
  shift_end_at TEXT NOT NULL,
  depot_unit_id INTEGER NOT NULL REFERENCES units(id),
  depot_lat REAL NOT NULL,
  depot_lon REAL NOT NULL,
  -- The depot when it is no police station (the KPU warehouse of an escort).
  depot_name TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  -- Who may see the plan: its unit's region.
  district_code TEXT,
  regency_code TEXT NOT NULL,
  province_code TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  solved_at TEXT,
  solve_seconds REAL,
  cost_s REAL,
  distance_m REAL,
  updated_at TEXT NOT NULL
);
CREATE INDEX patrol_plans_regency_date ON patrol_plans(regency_code, plan_date);
CREATE INDEX patrol_plans_unit_date ON patrol_plans(unit_id, plan_date);

CREATE TABLE patrol_teams (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES patrol_plans(id),
  field_unit_id INTEGER NOT NULL REFERENCES field_units(id),
  vehicle_item_id INTEGER REFERENCES items(id),
  profile TEXT NOT NULL,
  capacity REAL,
  partners TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  -- The solved route (NULL while the plan is a draft or the team stays home).
  departure_at TEXT,
  return_at TEXT,
  travel_s REAL,
  distance_m REAL,
  load REAL,
  UNIQUE (plan_id, field_unit_id)
);
CREATE INDEX patrol_teams_field_unit ON patrol_teams(field_unit_id);

CREATE TABLE patrol_team_crew (
  team_id INTEGER NOT NULL REFERENCES patrol_teams(id),
  personnel_id INTEGER REFERENCES personnel(id),
  partner_member_id INTEGER REFERENCES partner_members(id),
  ordinal INTEGER NOT NULL
);
CREATE INDEX patrol_team_crew_team ON patrol_team_crew(team_id, ordinal);

-- A recurring need ("KPU warehouse every 4 hours from 22:00 to 06:00"),
-- kept so that the plan shows where its stops came from.
CREATE TABLE patrol_needs (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES patrol_plans(id),
  object_id INTEGER REFERENCES objects(id),
  tps_id INTEGER REFERENCES tps(id),
  every_minutes INTEGER NOT NULL,
  from_time TEXT NOT NULL,
  to_time TEXT NOT NULL,
  window_minutes INTEGER NOT NULL,
  service_minutes INTEGER NOT NULL,
  priority INTEGER NOT NULL
);
CREATE INDEX patrol_needs_plan ON patrol_needs(plan_id);

CREATE TABLE patrol_stops (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES patrol_plans(id),
  ordinal INTEGER NOT NULL,
  object_id INTEGER REFERENCES objects(id),
  tps_id INTEGER REFERENCES tps(id),
  need_id INTEGER REFERENCES patrol_needs(id),
  name TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  window_open_at TEXT NOT NULL,
  window_close_at TEXT NOT NULL,
  service_s REAL NOT NULL,
  priority INTEGER NOT NULL,
  demand REAL NOT NULL,
  -- The solved route: which team, in which order, when.
  team_id INTEGER REFERENCES patrol_teams(id),
  route_order INTEGER,
  planned_arrival_at TEXT,
  planned_start_at TEXT,
  unserved_reason TEXT,
  -- Execution: menunggu, selesai, terlambat, terlewat.
  status TEXT NOT NULL,
  visited_at TEXT,
  alerted_at TEXT
);
CREATE INDEX patrol_stops_plan ON patrol_stops(plan_id, ordinal);
CREATE INDEX patrol_stops_open ON patrol_stops(status, window_close_at);

CREATE TABLE patrol_check_ins (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES patrol_plans(id),
  stop_id INTEGER NOT NULL REFERENCES patrol_stops(id),
  team_id INTEGER NOT NULL REFERENCES patrol_teams(id),
  at TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  accuracy_m REAL NOT NULL,
  distance_m REAL NOT NULL,
  method TEXT NOT NULL,
  late INTEGER NOT NULL,
  actor TEXT NOT NULL,
  photo_type TEXT,
  photo BLOB
);
CREATE INDEX patrol_check_ins_plan ON patrol_check_ins(plan_id, stop_id);
