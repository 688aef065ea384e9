-- Sync between a county hub and its township nodes (DESIGN §10).
--
-- change_log: one entry per synced row changed on this node, with a local sequence number that
-- only grows (AUTOINCREMENT: a number is never handed out twice, even after its row is gone).
-- A package carries the rows whose entry is newer than what the peer has acknowledged. Rows
-- written by an import are not logged (sync_guard.applying = 1 inside the import's
-- transaction), so that a package is never echoed back to its sender.

CREATE TABLE node_key (
    node_id     TEXT PRIMARY KEY REFERENCES node(id),
    public_key  BLOB NOT NULL,
    secret_key  BLOB NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE sync_peer (
    node_id       TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('hub', 'township')),
    scope_code    TEXT,
    county_code   TEXT NOT NULL,
    public_key    BLOB NOT NULL,
    trusted_at    INTEGER NOT NULL,
    sent_seq      INTEGER NOT NULL DEFAULT 0,  -- packages written for the peer
    acked_by_peer INTEGER,  -- our change_log seq the peer has imported (NULL: nothing yet)
    received_upto INTEGER,  -- the peer's change_log seq we have imported (NULL: nothing yet)
    last_export_at INTEGER,
    last_import_at INTEGER
);

CREATE TABLE sync_received (
    package_id  TEXT PRIMARY KEY,
    from_node   TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    upto        INTEGER NOT NULL,
    imported_at INTEGER NOT NULL,
    applied     INTEGER NOT NULL,
    skipped     INTEGER NOT NULL,
    conflicts   INTEGER NOT NULL
);

CREATE TABLE change_log (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl     TEXT NOT NULL,
    row_id  TEXT NOT NULL,
    UNIQUE (tbl, row_id)
);

CREATE TABLE sync_guard (
    only     INTEGER PRIMARY KEY CHECK (only = 1),
    applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1))
);
INSERT INTO sync_guard (only, applying) VALUES (1, 0);

-- A row changed on two nodes since their last exchange. Both versions are kept as JSON objects
-- of the row's columns: `a` is the version the table held after the import (the later one by
-- revision, then origin), `b` the other. The id is derived from the row and both versions, so
-- that two nodes finding the same conflict record it once.
CREATE TABLE conflict (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    tbl          TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    region_code  TEXT,
    a_rev        INTEGER NOT NULL,
    a_origin     TEXT NOT NULL,
    a_data       TEXT NOT NULL,
    b_rev        INTEGER NOT NULL,
    b_origin     TEXT NOT NULL,
    b_data       TEXT NOT NULL,
    detected_at  INTEGER NOT NULL,
    detected_by  TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolution   TEXT NOT NULL DEFAULT '' CHECK (resolution IN ('', 'a', 'b', 'merged')),
    resolved_at  INTEGER,
    resolved_by  TEXT NOT NULL DEFAULT '',
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX conflict_open ON conflict(status, detected_at);
CREATE INDEX conflict_row ON conflict(tbl, row_id);

-- Every synced table logs its inserts and updates (survey answers stay at the county: they are
-- imported there in bulk and are not synced).
CREATE TRIGGER change_log_region_insert AFTER INSERT ON region
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'region' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('region', NEW.id);
END;
CREATE TRIGGER change_log_region_update AFTER UPDATE ON region
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'region' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('region', NEW.id);
END;
CREATE TRIGGER change_log_person_insert AFTER INSERT ON person
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'person' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('person', NEW.id);
END;
CREATE TRIGGER change_log_person_update AFTER UPDATE ON person
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'person' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('person', NEW.id);
END;
CREATE TRIGGER change_log_mediation_body_insert AFTER INSERT ON mediation_body
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'mediation_body' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('mediation_body', NEW.id);
END;
CREATE TRIGGER change_log_mediation_body_update AFTER UPDATE ON mediation_body
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'mediation_body' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('mediation_body', NEW.id);
END;
CREATE TRIGGER change_log_holiday_insert AFTER INSERT ON holiday
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'holiday' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('holiday', NEW.id);
END;
CREATE TRIGGER change_log_holiday_update AFTER UPDATE ON holiday
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'holiday' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('holiday', NEW.id);
END;
CREATE TRIGGER change_log_setting_insert AFTER INSERT ON setting
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'setting' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('setting', NEW.id);
END;
CREATE TRIGGER change_log_setting_update AFTER UPDATE ON setting
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'setting' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('setting', NEW.id);
END;
CREATE TRIGGER change_log_survey_scheme_insert AFTER INSERT ON survey_scheme
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'survey_scheme' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('survey_scheme', NEW.id);
END;
CREATE TRIGGER change_log_survey_scheme_update AFTER UPDATE ON survey_scheme
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'survey_scheme' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('survey_scheme', NEW.id);
END;
CREATE TRIGGER change_log_survey_wave_insert AFTER INSERT ON survey_wave
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'survey_wave' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('survey_wave', NEW.id);
END;
CREATE TRIGGER change_log_survey_wave_update AFTER UPDATE ON survey_wave
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'survey_wave' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('survey_wave', NEW.id);
END;
CREATE TRIGGER change_log_road_insert AFTER INSERT ON road
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'road' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('road', NEW.id);
END;
CREATE TRIGGER change_log_road_update AFTER UPDATE ON road
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'road' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('road', NEW.id);
END;
CREATE TRIGGER change_log_platform_insert AFTER INSERT ON platform
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'platform' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('platform', NEW.id);
END;
CREATE TRIGGER change_log_platform_update AFTER UPDATE ON platform
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'platform' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('platform', NEW.id);
END;
CREATE TRIGGER change_log_dispute_insert AFTER INSERT ON dispute
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'dispute' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('dispute', NEW.id);
END;
CREATE TRIGGER change_log_dispute_update AFTER UPDATE ON dispute
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'dispute' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('dispute', NEW.id);
END;
CREATE TRIGGER change_log_dispute_party_insert AFTER INSERT ON dispute_party
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'dispute_party' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('dispute_party', NEW.id);
END;
CREATE TRIGGER change_log_dispute_party_update AFTER UPDATE ON dispute_party
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'dispute_party' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('dispute_party', NEW.id);
END;
CREATE TRIGGER change_log_dispute_event_insert AFTER INSERT ON dispute_event
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'dispute_event' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('dispute_event', NEW.id);
END;
CREATE TRIGGER change_log_dispute_event_update AFTER UPDATE ON dispute_event
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'dispute_event' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('dispute_event', NEW.id);
END;
CREATE TRIGGER change_log_patrol_shift_insert AFTER INSERT ON patrol_shift
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'patrol_shift' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('patrol_shift', NEW.id);
END;
CREATE TRIGGER change_log_patrol_shift_update AFTER UPDATE ON patrol_shift
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'patrol_shift' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('patrol_shift', NEW.id);
END;
CREATE TRIGGER change_log_incident_insert AFTER INSERT ON incident
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'incident' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('incident', NEW.id);
END;
CREATE TRIGGER change_log_incident_update AFTER UPDATE ON incident
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'incident' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('incident', NEW.id);
END;
CREATE TRIGGER change_log_conflict_insert AFTER INSERT ON conflict
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'conflict' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('conflict', NEW.id);
END;
CREATE TRIGGER change_log_conflict_update AFTER UPDATE ON conflict
WHEN (SELECT applying FROM sync_guard) = 0 BEGIN
    DELETE FROM change_log WHERE tbl = 'conflict' AND row_id = NEW.id;
    INSERT INTO change_log (tbl, row_id) VALUES ('conflict', NEW.id);
END;

-- Case-number serials belong to the node that hands the numbers out (a township numbers its
-- own cases offline): they move from the synced settings to a table of their own.
CREATE TABLE case_serial (
    prefix  TEXT PRIMARY KEY,
    serial  INTEGER NOT NULL CHECK (serial >= 0)
);
INSERT INTO case_serial (prefix, serial)
SELECT substr(key, length('dispute.case_serial.') + 1), CAST(value AS INTEGER)
FROM setting WHERE key LIKE 'dispute.case_serial.%';
DELETE FROM setting WHERE key LIKE 'dispute.case_serial.%';
