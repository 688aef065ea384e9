-- Pingan Command Desk schema, version 1.
-- Every syncable table carries: rid (local row number, never leaves this file), id (UUID text),
-- rev (hybrid logical clock), origin (node id), updated_at (UTC epoch ms), updated_by, deleted.
-- Times are UTC epoch milliseconds; dates (calendar days) are ISO 'YYYY-MM-DD' text.

CREATE TABLE node (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('hub', 'township')),
    scope_code  TEXT,
    is_self     INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
    created_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX node_self ON node(is_self) WHERE is_self = 1;

CREATE TABLE region (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    code         TEXT NOT NULL UNIQUE CHECK (length(code) IN (12, 15)),
    name         TEXT NOT NULL,
    level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3), -- 0 county 1 township 2 village 3 grid
    kind         TEXT NOT NULL DEFAULT '',   -- 县/镇/乡/街道/村/社区/网格
    parent_code  TEXT REFERENCES region(code),
    urban        INTEGER NOT NULL DEFAULT 0 CHECK (urban IN (0, 1)),
    population   INTEGER NOT NULL DEFAULT 0 CHECK (population >= 0),
    households   INTEGER NOT NULL DEFAULT 0 CHECK (households >= 0),
    area_km2     REAL NOT NULL DEFAULT 0,
    centroid_lon REAL,
    centroid_lat REAL,
    min_lon      REAL,
    min_lat      REAL,
    max_lon      REAL,
    max_lat      REAL,
    geom         BLOB,                        -- WKB (multi)polygon in lon/lat, WGS84/CGCS2000
    worker_id    TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX region_parent ON region(parent_code, code);
CREATE INDEX region_level ON region(level, code);
CREATE INDEX region_name ON region(name);

CREATE VIRTUAL TABLE region_bbox USING rtree(rid, min_lon, max_lon, min_lat, max_lat);
CREATE TRIGGER region_bbox_insert AFTER INSERT ON region WHEN NEW.min_lon IS NOT NULL BEGIN
    INSERT INTO region_bbox VALUES (NEW.rid, NEW.min_lon, NEW.max_lon, NEW.min_lat, NEW.max_lat);
END;
CREATE TRIGGER region_bbox_update AFTER UPDATE OF min_lon, max_lon, min_lat, max_lat ON region BEGIN
    DELETE FROM region_bbox WHERE rid = OLD.rid;
    INSERT INTO region_bbox SELECT NEW.rid, NEW.min_lon, NEW.max_lon, NEW.min_lat, NEW.max_lat
        WHERE NEW.min_lon IS NOT NULL;
END;
CREATE TRIGGER region_bbox_delete AFTER DELETE ON region BEGIN
    DELETE FROM region_bbox WHERE rid = OLD.rid;
END;

CREATE TABLE person (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    role         TEXT NOT NULL,              -- grid_worker, mediator, clerk, officer
    gender       TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    id_card      TEXT NOT NULL DEFAULT '',
    region_code  TEXT REFERENCES region(code),
    mediation_body_id TEXT REFERENCES mediation_body(id) DEFERRABLE INITIALLY DEFERRED,
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX person_region ON person(region_code, role);
CREATE INDEX person_body ON person(mediation_body_id);

CREATE TABLE mediation_body (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,   -- village_committee, township_committee, traffic, medical,
                                  -- labour, property, petition_office, court_desk, ...
    level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 2), -- 0 county 1 township 2 village
    region_code  TEXT NOT NULL REFERENCES region(code),
    phone        TEXT NOT NULL DEFAULT '',
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX mediation_body_region ON mediation_body(region_code);

CREATE TABLE dispute (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    case_no      TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    summary      TEXT NOT NULL DEFAULT '',
    category     TEXT NOT NULL,       -- marriage_family, neighbour, land, homestead, labour_wage, ...
    source       TEXT NOT NULL,       -- grid_screening, walk_in, hotline, police_transfer, ...
    complexity   TEXT NOT NULL DEFAULT 'general' CHECK (complexity IN ('general', 'complex', 'major')),
    is_major     INTEGER NOT NULL DEFAULT 0 CHECK (is_major IN (0, 1)),
    status       TEXT NOT NULL,       -- reported, accepted, routed, mediating, resolved, failed,
                                      -- referred, followed_up, closed, withdrawn
    level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 2), -- handling level: 0 county 1 township 2 village
    grid_code    TEXT NOT NULL REFERENCES region(code),
    mediation_body_id TEXT REFERENCES mediation_body(id),
    mediator_id  TEXT REFERENCES person(id),
    parties      INTEGER NOT NULL DEFAULT 2 CHECK (parties >= 1),
    amount_yuan  INTEGER NOT NULL DEFAULT 0 CHECK (amount_yuan >= 0),
    reported_at  INTEGER NOT NULL,
    accepted_at  INTEGER,
    due_on       TEXT,                -- deadline as a calendar day (working-day policy)
    resolved_at  INTEGER,
    closed_at    INTEGER,
    outcome      TEXT NOT NULL DEFAULT '',   -- '', resolved, failed, referred, withdrawn
    satisfaction TEXT NOT NULL DEFAULT '',   -- follow-up: satisfied, basically_satisfied, dissatisfied
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX dispute_grid ON dispute(grid_code, reported_at);
CREATE INDEX dispute_reported ON dispute(reported_at, rid);
CREATE INDEX dispute_status ON dispute(status, due_on);
CREATE INDEX dispute_due ON dispute(due_on, rid);
CREATE INDEX dispute_category ON dispute(category, reported_at);

CREATE TABLE dispute_party (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    dispute_id   TEXT NOT NULL REFERENCES dispute(id),
    role         TEXT NOT NULL CHECK (role IN ('applicant', 'respondent', 'third_party')),
    name         TEXT NOT NULL,
    id_card      TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX dispute_party_dispute ON dispute_party(dispute_id);

-- Append-only history: rows are inserted, never updated or deleted.
CREATE TABLE dispute_event (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    dispute_id   TEXT NOT NULL REFERENCES dispute(id),
    at           INTEGER NOT NULL,
    action       TEXT NOT NULL,
    from_status  TEXT NOT NULL DEFAULT '',
    to_status    TEXT NOT NULL,
    actor        TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX dispute_event_dispute ON dispute_event(dispute_id, at);
CREATE TRIGGER dispute_event_no_update BEFORE UPDATE ON dispute_event BEGIN
    SELECT RAISE(ABORT, 'dispute_event is append-only');
END;
CREATE TRIGGER dispute_event_no_delete BEFORE DELETE ON dispute_event BEGIN
    SELECT RAISE(ABORT, 'dispute_event is append-only');
END;

CREATE TABLE platform (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('rapid_police', 'patrol', 'community_watch')),
    region_code  TEXT NOT NULL REFERENCES region(code),
    lon          REAL NOT NULL,
    lat          REAL NOT NULL,
    staff        INTEGER NOT NULL DEFAULT 0,
    vehicles     INTEGER NOT NULL DEFAULT 0,
    volunteers   INTEGER NOT NULL DEFAULT 0,
    duty_hours   TEXT NOT NULL DEFAULT '24h',
    speed_kmh    REAL NOT NULL DEFAULT 30,
    opened_on    TEXT,
    retired_on   TEXT,
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX platform_region ON platform(region_code);

CREATE TABLE patrol_shift (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    platform_id  TEXT NOT NULL REFERENCES platform(id),
    start_at     INTEGER NOT NULL,
    end_at       INTEGER NOT NULL CHECK (end_at >= start_at),
    officers     INTEGER NOT NULL DEFAULT 0,
    volunteers   INTEGER NOT NULL DEFAULT 0,
    distance_km  REAL NOT NULL DEFAULT 0,
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX patrol_shift_platform ON patrol_shift(platform_id, start_at);

CREATE TABLE incident (
    rid           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    platform_id   TEXT REFERENCES platform(id),
    grid_code     TEXT REFERENCES region(code),
    kind          TEXT NOT NULL,
    lon           REAL,
    lat           REAL,
    called_at     INTEGER NOT NULL,
    dispatched_at INTEGER,
    arrived_at    INTEGER,
    finished_at   INTEGER,
    rev           INTEGER NOT NULL,
    origin        TEXT NOT NULL,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT NOT NULL DEFAULT '',
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX incident_platform ON incident(platform_id, called_at);
CREATE INDEX incident_grid ON incident(grid_code, called_at);

CREATE TABLE survey_scheme (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    definition   TEXT NOT NULL,       -- JSON: per indicator, positive answers or answer weights
    is_default   INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE survey_wave (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL UNIQUE,    -- e.g. 2026Q3
    starts_on    TEXT NOT NULL,
    ends_on      TEXT NOT NULL,
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- Answers are stored as the answer code of the scheme's answer list (1 = most positive);
-- 0 means not answered.
CREATE TABLE survey_response (
    rid            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    wave_id        TEXT NOT NULL REFERENCES survey_wave(id),
    respondent_key TEXT NOT NULL,
    region_code    TEXT NOT NULL REFERENCES region(code),  -- village (or township when unknown)
    method         TEXT NOT NULL DEFAULT '',               -- phone, face_to_face, online
    security       INTEGER NOT NULL DEFAULT 0,
    order_satisfaction       INTEGER NOT NULL DEFAULT 0,
    enforcement_satisfaction INTEGER NOT NULL DEFAULT 0,
    awareness      INTEGER NOT NULL DEFAULT 0,
    participation  INTEGER NOT NULL DEFAULT 0,
    rev            INTEGER NOT NULL,
    origin         TEXT NOT NULL,
    updated_at     INTEGER NOT NULL,
    updated_by     TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (wave_id, respondent_key)
);
CREATE INDEX survey_response_region ON survey_response(region_code, wave_id);

CREATE TABLE holiday (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    day          TEXT NOT NULL UNIQUE,    -- YYYY-MM-DD
    kind         TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),  -- workday = make-up (调休)
    name         TEXT NOT NULL,
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE setting (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    key          TEXT NOT NULL UNIQUE,
    value        TEXT NOT NULL,
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- Users belong to one installation and are not synced.
CREATE TABLE app_user (
    rid          INTEGER PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL CHECK (role IN ('operator', 'supervisor', 'clerk', 'leader',
                                               'admin', 'security_admin', 'audit_admin')),
    scope_code   TEXT REFERENCES region(code),
    password_hash TEXT NOT NULL,
    password_changed_at INTEGER NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NOT NULL DEFAULT 0,
    disabled     INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at   INTEGER NOT NULL
);

-- Local, append-only; each row's hash covers the previous row's hash.
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    login        TEXT NOT NULL DEFAULT '',
    action       TEXT NOT NULL,
    object       TEXT NOT NULL DEFAULT '',
    detail       TEXT NOT NULL DEFAULT '',
    prev_hash    TEXT NOT NULL DEFAULT '',
    hash         TEXT NOT NULL
);
