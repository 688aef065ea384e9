-- Version 7: survey answers counted per wave, answered region and combination of the five
-- answer codes (DESIGN §8). Every survey figure — rates, intervals, ranks, tests, the
-- weighted county figure, answer distributions, under any scoring scheme — follows from these
-- counts, so the indicators read some ten thousand rows instead of every response (reading a
-- million responses takes ~0.3–0.9 s in SQLite; the counts, ~10 ms).
--
-- Kept by the triggers below for every change of survey_response. A bulk import may drop the
-- insert trigger for the length of its transaction and write the counts of what it inserted
-- itself (store/surveybulktally.h); `pingan-cli check` compares the counts with the responses.
-- Not synced: each store derives its own from the synced responses.
--
-- The index of responses by region goes: regional figures come from the counts, and keeping it
-- cost a quarter of a bulk import's time (a fourth B-tree per row). Regions are tombstoned, not
-- deleted, so the foreign key from region_code needs no child index for its checks.

DROP INDEX survey_response_region;

CREATE TABLE survey_tally (
    wave_id                  TEXT NOT NULL,
    region_code              TEXT NOT NULL,
    security                 INTEGER NOT NULL,
    order_satisfaction       INTEGER NOT NULL,
    enforcement_satisfaction INTEGER NOT NULL,
    awareness                INTEGER NOT NULL,
    participation            INTEGER NOT NULL,
    responses                INTEGER NOT NULL CHECK (responses >= 0),
    PRIMARY KEY (wave_id, region_code, security, order_satisfaction, enforcement_satisfaction,
                 awareness, participation)
) WITHOUT ROWID;

INSERT INTO survey_tally
SELECT wave_id, region_code, security, order_satisfaction, enforcement_satisfaction, awareness,
       participation, count(*)
FROM survey_response WHERE deleted = 0
GROUP BY 1, 2, 3, 4, 5, 6, 7;

CREATE TRIGGER survey_tally_insert AFTER INSERT ON survey_response WHEN NEW.deleted = 0
BEGIN
    INSERT INTO survey_tally VALUES (NEW.wave_id, NEW.region_code, NEW.security,
        NEW.order_satisfaction, NEW.enforcement_satisfaction, NEW.awareness, NEW.participation, 1)
    ON CONFLICT DO UPDATE SET responses = responses + 1;
END;

CREATE TRIGGER survey_tally_delete AFTER DELETE ON survey_response WHEN OLD.deleted = 0
BEGIN
    UPDATE survey_tally SET responses = responses - 1
    WHERE wave_id = OLD.wave_id AND region_code = OLD.region_code AND security = OLD.security
      AND order_satisfaction = OLD.order_satisfaction
      AND enforcement_satisfaction = OLD.enforcement_satisfaction
      AND awareness = OLD.awareness AND participation = OLD.participation;
END;

CREATE TRIGGER survey_tally_update AFTER UPDATE OF wave_id, region_code, security,
    order_satisfaction, enforcement_satisfaction, awareness, participation, deleted
    ON survey_response
BEGIN
    UPDATE survey_tally SET responses = responses - 1
    WHERE OLD.deleted = 0
      AND wave_id = OLD.wave_id AND region_code = OLD.region_code AND security = OLD.security
      AND order_satisfaction = OLD.order_satisfaction
      AND enforcement_satisfaction = OLD.enforcement_satisfaction
      AND awareness = OLD.awareness AND participation = OLD.participation;
    INSERT INTO survey_tally SELECT NEW.wave_id, NEW.region_code, NEW.security,
        NEW.order_satisfaction, NEW.enforcement_satisfaction, NEW.awareness, NEW.participation, 1
    WHERE NEW.deleted = 0
    ON CONFLICT DO UPDATE SET responses = responses + 1;
END;
