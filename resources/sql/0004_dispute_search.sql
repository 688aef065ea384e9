-- Chinese full-text search over dispute titles, summaries and party names.
--
-- The pingan_bigram tokenizer (models/store/ftsbigram.h, registered on every connection the
-- program opens) indexes every character with its bigram, so one- and two-character queries
-- (欠薪, 邻里, 宅基) are found; a quoted phrase matches exactly where LIKE '%…%' would.
-- A connection without the tokenizer (the sqlite3 shell, say) cannot read this table nor write
-- disputes or parties, whose triggers keep it.
--
-- rowid = dispute.rid. `parties` holds the dispute's live party names, one per line, so that a
-- phrase (which never contains a line break) cannot run from one name into the next.
--
-- A regular FTS5 table, keeping its own copy of the text, rather than external content: FTS5
-- removes an external-content row only when given exactly the values it indexed, and the party
-- names are assembled from another table whose rows change one at a time; a wrong value would
-- corrupt the index silently. Here a row is removed by rowid. The copy costs about the size of
-- the texts themselves.
--
-- Tombstoned disputes (deleted = 1) are not indexed: no queue or search shows them, and
-- restoring one (deleted back to 0) indexes it again. Tombstoned parties are left out too.
CREATE VIRTUAL TABLE dispute_fts USING fts5(title, summary, parties, tokenize = 'pingan_bigram');

-- Triggers are named dispute_fts_*: the demo writer suspends them by that prefix during a bulk
-- load and indexes the new disputes in one pass (models/store/demowriter.cpp).
CREATE TRIGGER dispute_fts_dispute_insert AFTER INSERT ON dispute WHEN NEW.deleted = 0 BEGIN
    INSERT INTO dispute_fts (rowid, title, summary, parties)
    VALUES (NEW.rid, NEW.title, NEW.summary, coalesce((
        SELECT group_concat(name, char(10)) FROM (
            SELECT name FROM dispute_party WHERE dispute_id = NEW.id AND deleted = 0
            ORDER BY rid)), ''));
END;

-- Writers may set every column on each save: only a change of the indexed text, of the
-- tombstone or of the keys touches the index.
CREATE TRIGGER dispute_fts_dispute_update AFTER UPDATE OF rid, id, title, summary, deleted
ON dispute WHEN OLD.rid IS NOT NEW.rid OR OLD.id IS NOT NEW.id OR OLD.title IS NOT NEW.title
    OR OLD.summary IS NOT NEW.summary OR OLD.deleted IS NOT NEW.deleted BEGIN
    DELETE FROM dispute_fts WHERE rowid = OLD.rid;
    INSERT INTO dispute_fts (rowid, title, summary, parties)
    SELECT NEW.rid, NEW.title, NEW.summary, coalesce((
        SELECT group_concat(name, char(10)) FROM (
            SELECT name FROM dispute_party WHERE dispute_id = NEW.id AND deleted = 0
            ORDER BY rid)), '')
    WHERE NEW.deleted = 0;
END;

CREATE TRIGGER dispute_fts_dispute_delete AFTER DELETE ON dispute BEGIN
    DELETE FROM dispute_fts WHERE rowid = OLD.rid;
END;

-- A party change rewrites the party names of its dispute's row (none when the dispute is not
-- indexed).
CREATE TRIGGER dispute_fts_party_insert AFTER INSERT ON dispute_party WHEN NEW.deleted = 0 BEGIN
    UPDATE dispute_fts SET parties = coalesce((
        SELECT group_concat(name, char(10)) FROM (
            SELECT name FROM dispute_party WHERE dispute_id = NEW.dispute_id AND deleted = 0
            ORDER BY rid)), '')
    WHERE rowid = (SELECT rid FROM dispute WHERE id = NEW.dispute_id);
END;

CREATE TRIGGER dispute_fts_party_update AFTER UPDATE OF rid, dispute_id, name, deleted
ON dispute_party WHEN OLD.rid IS NOT NEW.rid OR OLD.dispute_id IS NOT NEW.dispute_id
    OR OLD.name IS NOT NEW.name OR OLD.deleted IS NOT NEW.deleted BEGIN
    UPDATE dispute_fts SET parties = coalesce((
        SELECT group_concat(name, char(10)) FROM (
            SELECT name FROM dispute_party WHERE dispute_id = OLD.dispute_id AND deleted = 0
            ORDER BY rid)), '')
    WHERE rowid = (SELECT rid FROM dispute WHERE id = OLD.dispute_id);
    UPDATE dispute_fts SET parties = coalesce((
        SELECT group_concat(name, char(10)) FROM (
            SELECT name FROM dispute_party WHERE dispute_id = NEW.dispute_id AND deleted = 0
            ORDER BY rid)), '')
    WHERE rowid = (SELECT rid FROM dispute WHERE id = NEW.dispute_id)
        AND NEW.dispute_id IS NOT OLD.dispute_id;
END;

CREATE TRIGGER dispute_fts_party_delete AFTER DELETE ON dispute_party WHEN OLD.deleted = 0 BEGIN
    UPDATE dispute_fts SET parties = coalesce((
        SELECT group_concat(name, char(10)) FROM (
            SELECT name FROM dispute_party WHERE dispute_id = OLD.dispute_id AND deleted = 0
            ORDER BY rid)), '')
    WHERE rowid = (SELECT rid FROM dispute WHERE id = OLD.dispute_id);
END;

-- Index what is already there, in rowid order (the cheapest order for FTS5).
INSERT INTO dispute_fts (rowid, title, summary, parties)
SELECT d.rid, d.title, d.summary, coalesce((
    SELECT group_concat(name, char(10)) FROM (
        SELECT name FROM dispute_party WHERE dispute_id = d.id AND deleted = 0 ORDER BY rid)), '')
FROM dispute d WHERE d.deleted = 0 ORDER BY d.rid;
