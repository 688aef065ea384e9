-- Version 9: accounts, the audit chain's anchor and the security settings (DESIGN §11).
--
-- Audit rows now say how the action ended. Each row's hash covers its fields and the previous
-- row's hash (store/auditlog.cpp); `audit_anchor` keeps the head (last seq and hash), so a cut
-- tail is found, and the base (the last purged row) from which the chain starts after a purge.
ALTER TABLE audit_log ADD COLUMN result TEXT NOT NULL DEFAULT 'ok';
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_login ON audit_log(login, at);

CREATE TABLE audit_anchor (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    head_seq     INTEGER NOT NULL,
    head_hash    TEXT NOT NULL,
    base_seq     INTEGER NOT NULL,
    base_hash    TEXT NOT NULL
);
INSERT INTO audit_anchor VALUES (1, 0, '', 0, '');

-- The program never changes an audit row, and removes only rows older than the retention
-- (180 days); these triggers hold the same rule for anybody else writing to the file.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be changed');
END;
CREATE TRIGGER audit_log_no_early_delete BEFORE DELETE ON audit_log
    WHEN OLD.at > (CAST(strftime('%s', 'now') AS INTEGER) - 180 * 86400) * 1000
BEGIN
    SELECT RAISE(ABORT, 'audit rows younger than 180 days cannot be removed');
END;

-- An administrator's reset makes the account choose a new password at its next login.
ALTER TABLE app_user ADD COLUMN password_reset INTEGER NOT NULL DEFAULT 0
    CHECK (password_reset IN (0, 1));

-- Security rules of this installation (password age, lockout, idle lock, hash cost). Like the
-- accounts, they belong to one installation and are not synced.
CREATE TABLE security_setting (
    key          TEXT PRIMARY KEY,
    value        TEXT NOT NULL
) WITHOUT ROWID;
