-- The monthly trend (the trend panel, the monthly report) counts, per month, the disputes
-- reported and the disputes closed in a region. These indexes hold everything those counts read
-- (time, grid code, tombstone), so a month is counted inside the index without reading rows:
-- at 1,000,000 disputes the twelve months of the report take tens of milliseconds instead of
-- a pass over the store.
CREATE INDEX dispute_closed ON dispute(closed_at, grid_code, deleted) WHERE closed_at IS NOT NULL;
CREATE INDEX dispute_reported_grid ON dispute(reported_at, grid_code, deleted);
