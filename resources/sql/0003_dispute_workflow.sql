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
-- pages by key: every sort needs an index that starts with the column (SQLite appends the rowid).
CREATE INDEX dispute_title ON dispute(title, reported_at);
CREATE INDEX dispute_status_reported ON dispute(status, reported_at);
CREATE INDEX dispute_level ON dispute(level, reported_at);
CREATE INDEX dispute_source ON dispute(source, reported_at);
-- A case without a deadline sorts first (''), so the key never holds NULL.
CREATE INDEX dispute_due_sort ON dispute(coalesce(due_on, ''), reported_at);
-- Queues: mine, major list, escalated to county.
CREATE INDEX dispute_handler ON dispute(handler, status);
CREATE INDEX dispute_major ON dispute(status, reported_at) WHERE is_major = 1;
CREATE INDEX dispute_escalated ON dispute(level, status) WHERE escalations > 0;
