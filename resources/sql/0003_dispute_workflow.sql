-- What the dispute workflow and its queues need beyond the initial schema.

-- Who handles the case: the login (or name, for imported history) of the operator who accepted it.
-- The "mine" queue lists an operator's own open cases.
ALTER TABLE dispute ADD COLUMN handler TEXT NOT NULL DEFAULT '';
-- How often the case was escalated (上交) one level up; > 0 puts it in the statistics' "escalated".
ALTER TABLE dispute ADD COLUMN escalations INTEGER NOT NULL DEFAULT 0 CHECK (escalations >= 0);
-- Where a failed mediation was referred: litigation, arbitration or petition.
ALTER TABLE dispute ADD COLUMN referral TEXT NOT NULL DEFAULT '';
-- Working days granted by extensions (延期), already included in due_on.
ALTER TABLE dispute ADD COLUMN extended_days INTEGER NOT NULL DEFAULT 0 CHECK (extended_days >= 0);

-- Fill the new columns from the history that is already there.
UPDATE dispute SET escalations = (
    SELECT count(*) FROM dispute_event e WHERE e.dispute_id = dispute.id AND e.action = 'escalate')
WHERE id IN (SELECT dispute_id FROM dispute_event WHERE action = 'escalate');
UPDATE dispute SET handler = coalesce((
    SELECT e.actor FROM dispute_event e
    WHERE e.dispute_id = dispute.id AND e.action = 'accept'
    ORDER BY e.at DESC, e.rid DESC LIMIT 1), '')
WHERE accepted_at IS NOT NULL;
UPDATE dispute SET referral = coalesce((
    SELECT CASE WHEN e.note LIKE '%仲裁%' THEN 'arbitration'
                WHEN e.note LIKE '%走访%' OR e.note LIKE '%信访%' THEN 'petition'
                ELSE 'litigation' END
    FROM dispute_event e WHERE e.dispute_id = dispute.id AND e.action = 'refer'
    ORDER BY e.at DESC, e.rid DESC LIMIT 1), '')
WHERE outcome = 'referred';

-- The queue sorts by any of its columns, then by report time and rid in the same direction, and
-- pages by key: every sort has an index on exactly that key. Each ends with grid_code, so that
-- the operator's region (a code range) is tested from the index while walking it, without
-- reading rows. Two indexes of 0001 are widened for that (same names, same leading columns).
DROP INDEX dispute_reported;
CREATE INDEX dispute_reported ON dispute(reported_at, rid, grid_code);
DROP INDEX dispute_category;
CREATE INDEX dispute_category ON dispute(category, reported_at, rid, grid_code);
CREATE INDEX dispute_case_no ON dispute(case_no, grid_code);
CREATE INDEX dispute_title ON dispute(title, reported_at, rid, grid_code);
CREATE INDEX dispute_status_reported ON dispute(status, reported_at, rid, grid_code);
CREATE INDEX dispute_level ON dispute(level, reported_at, rid, grid_code);
CREATE INDEX dispute_source ON dispute(source, reported_at, rid, grid_code);
-- A case without a deadline sorts first (''), so the key never holds NULL.
CREATE INDEX dispute_due_sort ON dispute(coalesce(due_on, ''), reported_at, rid, grid_code);
-- Queues: mine, major list, escalated to county. Each lists unfinished cases only, a few
-- thousand of a million, so the indexes are partial on exactly the queue's condition (a query
-- must repeat it word for word to use them) and read in report order without sorting.
CREATE INDEX dispute_mine ON dispute(handler, reported_at)
    WHERE status NOT IN ('closed', 'withdrawn');
CREATE INDEX dispute_major ON dispute(reported_at)
    WHERE is_major = 1 AND status NOT IN ('closed', 'withdrawn');
CREATE INDEX dispute_escalated ON dispute(reported_at)
    WHERE escalations > 0 AND status NOT IN ('closed', 'withdrawn');
-- Live counts: open cases (a small share of a large store) and tombstones (rare) each have a
-- partial index, so that the queue counts of a region read a few index entries, not its rows.
CREATE INDEX dispute_open ON dispute(grid_code) WHERE status NOT IN ('closed', 'withdrawn');
CREATE INDEX dispute_deleted ON dispute(grid_code) WHERE deleted = 1;
