-- Version 6: the road network the response coverage runs on (DESIGN §7), imported from GIS
-- line files (`pingan-cli import-roads`). One row per line (a multi-line feature gives one row
-- per part). A new import tombstones the rows it replaces, so that the change syncs.
-- No R-tree here: the network is always read whole to build the graph; the bbox columns are
-- kept so that one can be added when the map draws roads.

CREATE TABLE road (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL DEFAULT '',   -- the file's class / fclass / highway value
    geom         BLOB NOT NULL,              -- WKB LineString in lon/lat, WGS84/CGCS2000
    length_m     REAL NOT NULL DEFAULT 0 CHECK (length_m >= 0),
    min_lon      REAL NOT NULL,
    min_lat      REAL NOT NULL,
    max_lon      REAL NOT NULL,
    max_lat      REAL NOT NULL,
    rev          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
-- The live network, in import order, without reading the tombstones of earlier imports.
CREATE INDEX road_live ON road(rid) WHERE deleted = 0;
