-- Deployment planner (pola pengamanan TPS): guard patterns per Polres and
-- versioned plans. A plan keeps what it was made from (patterns, the class
-- each TPS had, who was available, BKO, Linmas names), so it can be read and
-- reproduced after the registry has moved on.
CREATE TABLE guard_patterns (
  unit_id INTEGER NOT NULL REFERENCES units(id),
  tps_class TEXT NOT NULL,
  officers INTEGER NOT NULL,
  tps_per_post INTEGER NOT NULL,
  linmas_per_tps INTEGER NOT NULL,
  tni_per_post INTEGER NOT NULL,
  max_distance_m REAL NOT NULL,
  PRIMARY KEY (unit_id, tps_class)
);

CREATE TABLE deployment_plans (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  version INTEGER NOT NULL,
  status TEXT NOT NULL,  -- running, draft, approved, superseded, cancelled, failed
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  progress REAL NOT NULL DEFAULT 0,
  message TEXT NOT NULL DEFAULT '',
  voting_day TEXT NOT NULL,
  reason TEXT NOT NULL,
  based_on INTEGER REFERENCES deployment_plans(id),
  patterns TEXT NOT NULL,     -- JSON, the patterns the plan was made with
  bko TEXT NOT NULL,          -- JSON array of NRPs added for the day
  unavailable TEXT NOT NULL,  -- JSON array of NRPs taken out for the day
  summary TEXT NOT NULL DEFAULT '{}',   -- JSON figures
  warnings TEXT NOT NULL DEFAULT '[]',  -- JSON
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  approved_by TEXT,
  approved_at TEXT,
  UNIQUE (unit_id, version)
);

CREATE TABLE deployment_posts (
  plan_id INTEGER NOT NULL REFERENCES deployment_plans(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  tps_class TEXT NOT NULL,
  polres_unit_id INTEGER NOT NULL REFERENCES units(id),
  sector_unit_id INTEGER REFERENCES units(id),
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  tour_m REAL NOT NULL,
  stretched INTEGER NOT NULL,
  officers_needed INTEGER NOT NULL,
  officers_missing INTEGER NOT NULL,
  tni_needed INTEGER NOT NULL,
  linmas_needed INTEGER NOT NULL,
  linmas_assigned INTEGER NOT NULL,
  PRIMARY KEY (plan_id, number)
);
CREATE INDEX deployment_posts_sector ON deployment_posts(plan_id, sector_unit_id);

CREATE TABLE deployment_post_tps (
  plan_id INTEGER NOT NULL REFERENCES deployment_plans(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  seq INTEGER NOT NULL,  -- walking order within the post
  tps_id INTEGER NOT NULL REFERENCES tps(id),
  tps_class TEXT NOT NULL,     -- the class the plan used
  class_defaulted INTEGER NOT NULL,  -- the TPS had no class: kurang rawan assumed
  linmas INTEGER NOT NULL,
  PRIMARY KEY (plan_id, tps_id)
);
CREATE INDEX deployment_post_tps_post ON deployment_post_tps(plan_id, number, seq);

-- Every officer available to the plan: at a post, or in the reserve (number NULL).
CREATE TABLE deployment_assignments (
  plan_id INTEGER NOT NULL REFERENCES deployment_plans(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES personnel(id),
  number INTEGER,
  bko INTEGER NOT NULL,
  PRIMARY KEY (plan_id, person_id)
);
CREATE INDEX deployment_assignments_post ON deployment_assignments(plan_id, number);

-- Named partner members at a post: Linmas of the TPS's desa, TNI.
CREATE TABLE deployment_partners (
  plan_id INTEGER NOT NULL REFERENCES deployment_plans(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  partner_id INTEGER NOT NULL REFERENCES partner_members(id),
  tps_id INTEGER REFERENCES tps(id),  -- the TPS a Linmas stands at; NULL for TNI of the post
  PRIMARY KEY (plan_id, partner_id)
);
CREATE INDEX deployment_partners_post ON deployment_partners(plan_id, number);
