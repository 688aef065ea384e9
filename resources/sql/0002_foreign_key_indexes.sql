-- Indexes on the child side of foreign keys that had none: without them SQLite scans the whole
-- child table whenever a parent row is inserted, changed or deleted (quadratic bulk loads).
CREATE INDEX region_worker ON region(worker_id);
CREATE INDEX dispute_mediator ON dispute(mediator_id);
CREATE INDEX dispute_body ON dispute(mediation_body_id);
