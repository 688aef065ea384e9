<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AccessControl</name>
        <message>
            <source>%1 (%2) may not: %3</source>
            <translation />
        </message>
        <message>
            <source>%1 is limited to region %2 and may not: %3</source>
            <translation />
        </message>
        <message>
            <source>%1 is limited to region %2: choose a region inside it</source>
            <translation />
        </message>
        <message>
            <source>%1 is limited to region %2; %3 lies outside it</source>
            <translation />
        </message>
    </context>
    <context>
        <name>AuditDock</name>
        <message>
            <source>Audit log</source>
            <translation />
        </message>
        <message>
            <source>Any user</source>
            <translation />
        </message>
        <message>
            <source>Any action</source>
            <translation />
        </message>
        <message>
            <source>Show</source>
            <translation />
        </message>
        <message>
            <source>Verify</source>
            <translation />
        </message>
        <message>
            <source>Walk the hash chain: finds a changed, deleted or inserted row</source>
            <translation />
        </message>
        <message>
            <source>From</source>
            <translation />
        </message>
        <message>
            <source>to</source>
            <translation />
        </message>
        <message>
            <source>newest %1 rows</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n row(s) checked.</source>
            <translation>
                <numerusform>The audit log is intact: %n row checked.</numerusform>
                <numerusform>The audit log is intact: %n rows checked.</numerusform>
            </translation>
        </message>
        <message>
            <source>The audit log is damaged at row %1.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>Audit row %1 lies before the start of the chain (%2): it was inserted</source>
            <translation />
        </message>
        <message>
            <source>Audit row %1 was deleted</source>
            <translation />
        </message>
        <message>
            <source>Audit rows %1 to %2 were deleted</source>
            <translation />
        </message>
        <message>
            <source>Audit row %1 was changed: its content does not match its hash</source>
            <translation />
        </message>
        <message>
            <source>Audit row %1 was changed: row %2 no longer links to it</source>
            <translation />
        </message>
        <message>
            <source>Audit row %1 was cut off the end of the log</source>
            <translation />
        </message>
        <message>
            <source>Audit rows %1 to %2 were cut off the end of the log</source>
            <translation />
        </message>
        <message>
            <source>Audit row %1 was added after the recorded head (%2)</source>
            <translation />
        </message>
        <message>
            <source>Audit row %1 was changed: it does not match the recorded head</source>
            <translation />
        </message>
        <message>
            <source>Audit rows are kept for %1 days: rows from %2 on cannot be removed yet</source>
            <translation />
        </message>
        <message>
            <source>%1 rows before %2 removed (up to row %3)</source>
            <translation />
        </message>
        <message>
            <source>%1 knew audit rows up to %2, but the log ends at %3: rows %4 to %2 were cut</source>
            <translation />
        </message>
        <message>
            <source>Audit row %1, which %2 knew, was deleted</source>
            <translation />
        </message>
        <message>
            <source>Audit row %1 differs from the one %2 knew: the log was rewritten</source>
            <translation />
        </message>
    </context>
    <context>
        <name>AuditLogModel</name>
        <message>
            <source>Time</source>
            <translation />
        </message>
        <message>
            <source>User</source>
            <translation />
        </message>
        <message>
            <source>Action</source>
            <translation />
        </message>
        <message>
            <source>Object</source>
            <translation />
        </message>
        <message>
            <source>Detail</source>
            <translation />
        </message>
        <message>
            <source>Result</source>
            <translation />
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Backups</source>
            <translation />
        </message>
        <message>
            <source>Backups are consistent copies of the database, made while you work. Keep the folder on another disk or a network share.</source>
            <translation />
        </message>
        <message>
            <source>Choose…</source>
            <translation />
        </message>
        <message>
            <source> h</source>
            <translation />
        </message>
        <message>
            <source>Off</source>
            <translation />
        </message>
        <message>
            <source>No backup yet</source>
            <translation />
        </message>
        <message>
            <source>Folder:</source>
            <translation />
        </message>
        <message>
            <source>Back up every:</source>
            <translation />
        </message>
        <message>
            <source>Backups kept:</source>
            <translation />
        </message>
        <message>
            <source>Latest backup:</source>
            <translation />
        </message>
        <message>
            <source>Back up now</source>
            <translation />
        </message>
        <message>
            <source>Cancel backup</source>
            <translation />
        </message>
        <message>
            <source>Restore…</source>
            <translation />
        </message>
        <message>
            <source>Choose a folder for the backups.</source>
            <translation />
        </message>
        <message>
            <source>Backup folder</source>
            <translation />
        </message>
        <message>
            <source>A backup or restore is already under way.</source>
            <translation />
        </message>
        <message>
            <source>Backing up…</source>
            <translation />
        </message>
        <message>
            <source>No backup was made: %1</source>
            <translation />
        </message>
        <message>
            <source>Backed up to %1</source>
            <translation />
        </message>
        <message>
            <source>Restore from backup</source>
            <translation />
        </message>
        <message>
            <source>Pingan backups (*.db);;All files (*)</source>
            <translation />
        </message>
        <message>
            <source>%1 cannot be restored:
%2</source>
            <translation />
        </message>
        <message>
            <source>Replace the database with the backup %1?
%2

Everything entered since that backup is replaced. The current database is kept beside it (…before-restore-…) and can be restored in turn.</source>
            <translation />
        </message>
        <message>
            <source>Restoring…</source>
            <translation />
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation />
        </message>
        <message>
            <source>Restored from %1. The previous database was kept as %2.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>BackupScheduler</name>
        <message>
            <source>The backup was cancelled.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>BackupService</name>
        <message>
            <source>a backup cannot be written over the database it copies</source>
            <translation />
        </message>
        <message>
            <source>cannot create folder</source>
            <translation />
        </message>
        <message>
            <source>the copy cannot leave WAL mode</source>
            <translation />
        </message>
        <message>
            <source>the copy is not sound, so it was not kept:</source>
            <translation />
        </message>
        <message>
            <source>no such backup file</source>
            <translation />
        </message>
        <message>
            <source>not an SQLite database (not a Pingan backup)</source>
            <translation />
        </message>
        <message>
            <source>the backup is damaged:</source>
            <translation />
        </message>
        <message>
            <source>not a Pingan backup (it has no backup_info table)</source>
            <translation />
        </message>
        <message>
            <source>not a Pingan backup (its backup_info cannot be read)</source>
            <translation />
        </message>
        <message>
            <source>not a Pingan backup (its backup_info is empty)</source>
            <translation />
        </message>
        <message>
            <source>this is the database itself, not a backup of it</source>
            <translation />
        </message>
        <message>
            <source>the backup was made by a newer program (schema %1; this program knows up to %2)</source>
            <translation />
        </message>
        <message>
            <source>nothing was restored: the current database cannot be kept as</source>
            <translation />
        </message>
        <message>
            <source>the restore was cancelled; nothing was changed</source>
            <translation />
        </message>
        <message>
            <source>a PostgreSQL store is backed up on its server, with pg_dump (for example pg_dump -Fc -f FILE DBNAME) and restored with pg_restore; backups here are of SQLite files</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation />
        </message>
        <message>
            <source>Change the password of %1.</source>
            <translation />
        </message>
        <message>
            <source>Change</source>
            <translation />
        </message>
        <message>
            <source>Current password:</source>
            <translation />
        </message>
        <message>
            <source>New password:</source>
            <translation />
        </message>
        <message>
            <source>New password again:</source>
            <translation />
        </message>
        <message>
            <source>Enter the current password.</source>
            <translation />
        </message>
        <message>
            <source>The new password must differ from the old one.</source>
            <translation />
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation />
        </message>
        <message>
            <source>The new password meets the policy.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Choropleth</name>
        <message>
            <source>Low risk (green)</source>
            <translation />
        </message>
        <message>
            <source>General risk (blue)</source>
            <translation />
        </message>
        <message>
            <source>Elevated risk (yellow)</source>
            <translation />
        </message>
        <message>
            <source>Major risk (red)</source>
            <translation />
        </message>
        <message>
            <source>Quantiles</source>
            <translation />
        </message>
        <message>
            <source>Natural breaks (Jenks)</source>
            <translation />
        </message>
        <message>
            <source>Equal intervals</source>
            <translation />
        </message>
        <message>
            <source>%1–%2</source>
            <extracomment>A class range of a map legend, e.g. 1.5–3.0</extracomment>
            <translation />
        </message>
        <message>
            <source>No data</source>
            <translation />
        </message>
        <message>
            <source>%1%</source>
            <extracomment>A percentage in a map legend</extracomment>
            <translation />
        </message>
    </context>
    <context>
        <name>ConflictDock</name>
        <message>
            <source>Sync conflicts</source>
            <translation />
        </message>
        <message>
            <source>Show resolved</source>
            <translation />
        </message>
        <message>
            <source>Double-click a dispute to open it in its panel</source>
            <translation />
        </message>
        <message>
            <source>Show every field</source>
            <translation />
        </message>
        <message>
            <source>Tick the value to keep in each differing field, then merge; or keep one version whole.</source>
            <translation />
        </message>
        <message>
            <source>Keep local</source>
            <translation />
        </message>
        <message>
            <source>Keep the version made here for every field</source>
            <translation />
        </message>
        <message>
            <source>Keep remote</source>
            <translation />
        </message>
        <message>
            <source>Keep the version from the other node for every field</source>
            <translation />
        </message>
        <message>
            <source>Merge chosen fields</source>
            <translation />
        </message>
        <message>
            <source>Keep the ticked value of each field</source>
            <translation />
        </message>
        <message>
            <source>No sync conflicts to resolve</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n sync conflict(s) to resolve</source>
            <translation>
                <numerusform>%n sync conflict to resolve</numerusform>
                <numerusform>%n sync conflicts to resolve</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown node</source>
            <translation />
        </message>
        <message>
            <source>%1 (this node)</source>
            <translation />
        </message>
        <message>
            <source>%1 from %2, changed by %3 at %4</source>
            <translation />
        </message>
        <message>
            <source>%1 from %2, changed at %3</source>
            <translation />
        </message>
        <message>
            <source>%1 from %2</source>
            <translation />
        </message>
        <message>
            <source>No sync conflicts. A record changed both here and on another node since their last exchange is listed here.</source>
            <translation />
        </message>
        <message>
            <source>Choose a conflict in the list.</source>
            <translation />
        </message>
        <message>
            <source>Local version</source>
            <translation />
        </message>
        <message>
            <source>Remote version</source>
            <translation />
        </message>
        <message>
            <source>This conflict was resolved (%1).</source>
            <translation />
        </message>
        <message>
            <source>%1 (the table holds this one now)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ConflictFieldModel</name>
        <message>
            <source>Case number</source>
            <translation />
        </message>
        <message>
            <source>Code</source>
            <translation />
        </message>
        <message>
            <source>Name</source>
            <translation />
        </message>
        <message>
            <source>Title</source>
            <translation />
        </message>
        <message>
            <source>Summary</source>
            <translation />
        </message>
        <message>
            <source>Status</source>
            <translation />
        </message>
        <message>
            <source>Category</source>
            <translation />
        </message>
        <message>
            <source>Source</source>
            <translation />
        </message>
        <message>
            <source>Complexity</source>
            <translation />
        </message>
        <message>
            <source>Major</source>
            <translation />
        </message>
        <message>
            <source>Level</source>
            <translation />
        </message>
        <message>
            <source>Kind</source>
            <translation />
        </message>
        <message>
            <source>Role</source>
            <translation />
        </message>
        <message>
            <source>Grid</source>
            <translation />
        </message>
        <message>
            <source>Region</source>
            <translation />
        </message>
        <message>
            <source>Parent region</source>
            <translation />
        </message>
        <message>
            <source>Dispute</source>
            <translation />
        </message>
        <message>
            <source>Platform</source>
            <translation />
        </message>
        <message>
            <source>Mediation body</source>
            <translation />
        </message>
        <message>
            <source>Mediator</source>
            <translation />
        </message>
        <message>
            <source>Grid worker</source>
            <translation />
        </message>
        <message>
            <source>Parties</source>
            <translation />
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation />
        </message>
        <message>
            <source>Reported</source>
            <translation />
        </message>
        <message>
            <source>Accepted</source>
            <translation />
        </message>
        <message>
            <source>Due</source>
            <translation />
        </message>
        <message>
            <source>Resolved</source>
            <translation />
        </message>
        <message>
            <source>Closed</source>
            <translation />
        </message>
        <message>
            <source>Outcome</source>
            <translation />
        </message>
        <message>
            <source>Satisfaction</source>
            <translation />
        </message>
        <message>
            <source>Time</source>
            <translation />
        </message>
        <message>
            <source>Action</source>
            <translation />
        </message>
        <message>
            <source>Status before</source>
            <translation />
        </message>
        <message>
            <source>Status after</source>
            <translation />
        </message>
        <message>
            <source>By</source>
            <translation />
        </message>
        <message>
            <source>Note</source>
            <translation />
        </message>
        <message>
            <source>Gender</source>
            <translation />
        </message>
        <message>
            <source>ID number</source>
            <translation />
        </message>
        <message>
            <source>Phone</source>
            <translation />
        </message>
        <message>
            <source>Longitude</source>
            <translation />
        </message>
        <message>
            <source>Latitude</source>
            <translation />
        </message>
        <message>
            <source>Staff</source>
            <translation />
        </message>
        <message>
            <source>Vehicles</source>
            <translation />
        </message>
        <message>
            <source>Officers</source>
            <translation />
        </message>
        <message>
            <source>Volunteers</source>
            <translation />
        </message>
        <message>
            <source>Duty hours</source>
            <translation />
        </message>
        <message>
            <source>Speed (km/h)</source>
            <translation />
        </message>
        <message>
            <source>In service from</source>
            <translation />
        </message>
        <message>
            <source>Retired on</source>
            <translation />
        </message>
        <message>
            <source>Start</source>
            <translation />
        </message>
        <message>
            <source>End</source>
            <translation />
        </message>
        <message>
            <source>Distance (km)</source>
            <translation />
        </message>
        <message>
            <source>Called in</source>
            <translation />
        </message>
        <message>
            <source>Dispatched</source>
            <translation />
        </message>
        <message>
            <source>Arrived</source>
            <translation />
        </message>
        <message>
            <source>Finished</source>
            <translation />
        </message>
        <message>
            <source>Population</source>
            <translation />
        </message>
        <message>
            <source>Households</source>
            <translation />
        </message>
        <message>
            <source>Urban</source>
            <translation />
        </message>
        <message>
            <source>Default</source>
            <translation />
        </message>
        <message>
            <source>Value</source>
            <translation />
        </message>
        <message>
            <source>Deleted</source>
            <translation />
        </message>
        <message>
            <source>Yes</source>
            <translation />
        </message>
        <message>
            <source>No</source>
            <translation />
        </message>
        <message>
            <source>(binary data, %1 bytes)</source>
            <translation />
        </message>
        <message>
            <source>Field</source>
            <translation />
        </message>
        <message>
            <source>Local</source>
            <translation />
        </message>
        <message>
            <source>Local · %1</source>
            <translation />
        </message>
        <message>
            <source>Remote</source>
            <translation />
        </message>
        <message>
            <source>Remote · %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ConflictModel</name>
        <message>
            <source>Dispute</source>
            <translation />
        </message>
        <message>
            <source>Party</source>
            <translation />
        </message>
        <message>
            <source>Dispute history</source>
            <translation />
        </message>
        <message>
            <source>Patrol platform</source>
            <translation />
        </message>
        <message>
            <source>Patrol shift</source>
            <translation />
        </message>
        <message>
            <source>Incident</source>
            <translation />
        </message>
        <message>
            <source>Region</source>
            <translation />
        </message>
        <message>
            <source>Person</source>
            <translation />
        </message>
        <message>
            <source>Mediation body</source>
            <translation />
        </message>
        <message>
            <source>Holiday</source>
            <translation />
        </message>
        <message>
            <source>Setting</source>
            <translation />
        </message>
        <message>
            <source>Survey scheme</source>
            <translation />
        </message>
        <message>
            <source>Survey wave</source>
            <translation />
        </message>
        <message>
            <source>Road</source>
            <translation />
        </message>
        <message>
            <source>Open</source>
            <translation />
        </message>
        <message>
            <source>Kept local</source>
            <translation />
        </message>
        <message>
            <source>Kept remote</source>
            <translation />
        </message>
        <message>
            <source>Merged</source>
            <translation />
        </message>
        <message>
            <source>Resolved</source>
            <translation />
        </message>
        <message>
            <source>%1 by %2 on %3</source>
            <translation />
        </message>
        <message>
            <source>Table</source>
            <translation />
        </message>
        <message>
            <source>Record</source>
            <translation />
        </message>
        <message>
            <source>Found</source>
            <translation />
        </message>
        <message>
            <source>Status</source>
            <translation />
        </message>
        <message>
            <source>Area</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ConflictRepository</name>
        <message>
            <source>no sync conflict %1</source>
            <translation />
        </message>
        <message>
            <source>%1 names %2 conflicts; give more of the id</source>
            <translation />
        </message>
        <message>
            <source>conflict %1: no field chosen</source>
            <translation />
        </message>
        <message>
            <source>conflict %1: table %2 cannot be resolved here</source>
            <translation />
        </message>
        <message>
            <source>conflict %1 is resolved already</source>
            <translation />
        </message>
        <message>
            <source>conflict %1: row %2 of %3 is not in this store</source>
            <translation />
        </message>
        <message>
            <source>conflict %1: %2 has no column %3</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Connection</name>
        <message>
            <source>cannot open</source>
            <translation />
        </message>
    </context>
    <context>
        <name>CoverageDesk</name>
        <message>
            <source>No database open</source>
            <translation />
        </message>
        <message>
            <source>Analysing coverage…</source>
            <translation />
        </message>
        <message>
            <source>The coverage could not be analysed:
%1</source>
            <translation />
        </message>
        <message>
            <source>No grids with a place on the map: import grid boundaries first.</source>
            <translation />
        </message>
        <message>
            <source>travel over %1 km of imported roads</source>
            <translation />
        </message>
        <message>
            <source>straight line × %1 detour (no road network imported)</source>
            <translation />
        </message>
        <message>
            <source>%1 platforms · %2 grids · %3 residents · %4.</source>
            <translation />
        </message>
        <message>
            <source>No patrol platforms yet: every grid is beyond reach.</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n grid(s) without an outline are left out.</source>
            <translation>
                <numerusform>%n grid without an outline are left out.</numerusform>
                <numerusform>%n grids without an outline are left out.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stored settings not usable (%1); defaults used.</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>Looking for the best %n site(s)…</source>
            <translation>
                <numerusform>Looking for the best %n site…</numerusform>
                <numerusform>Looking for the best %n sites…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: no sites proposed.</source>
            <translation />
        </message>
        <message>
            <source>No new site would bring anyone more within %1 min.</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n new platform(s) bring %1 more residents within %2 min: %3 → %4 of the county's residents.</source>
            <translation>
                <numerusform>%n new platform bring %1 more residents within %2 min: %3 → %4 of the county's residents.</numerusform>
                <numerusform>%n new platforms bring %1 more residents within %2 min: %3 → %4 of the county's residents.</numerusform>
            </translation>
        </message>
        <message>
            <source>Coverage settings</source>
            <translation />
        </message>
        <message>
            <source>Response: no platform reaches it</source>
            <translation />
        </message>
        <message>
            <source>Response: %1 min from %2 (%3)</source>
            <translation />
        </message>
        <message>
            <source>This account may not change the coverage settings</source>
            <translation />
        </message>
    </context>
    <context>
        <name>CoverageDock</name>
        <message>
            <source>Response coverage (1-3-5)</source>
            <translation />
        </message>
        <message>
            <source>Analyse again</source>
            <translation />
        </message>
        <message>
            <source>Where to add the next platforms</source>
            <translation />
        </message>
        <message>
            <source>Cancel</source>
            <translation />
        </message>
        <message>
            <source>Platforms:</source>
            <translation />
        </message>
        <message>
            <source>to bring within</source>
            <translation />
        </message>
        <message>
            <source>min</source>
            <translation />
        </message>
        <message>
            <source>&amp;Colour the map by band</source>
            <translation />
        </message>
        <message>
            <source>&amp;Suggest sites</source>
            <translation />
        </message>
        <message>
            <source>Show the map with &amp;them</source>
            <translation />
        </message>
        <message>
            <source>Settings…</source>
            <translation />
        </message>
    </context>
    <context>
        <name>CoverageProposalModel</name>
        <message>
            <source>#</source>
            <translation />
        </message>
        <message>
            <source>Township</source>
            <translation />
        </message>
        <message>
            <source>At grid</source>
            <translation />
        </message>
        <message>
            <source>Lon, lat</source>
            <translation />
        </message>
        <message>
            <source>Residents added</source>
            <translation />
        </message>
        <message>
            <source>Grids added</source>
            <translation />
        </message>
        <message>
            <source>Within %1 min after</source>
            <translation />
        </message>
        <message>
            <source>Coverage after</source>
            <translation />
        </message>
    </context>
    <context>
        <name>CoverageSettingsDialog</name>
        <message>
            <source>Coverage settings</source>
            <translation />
        </message>
        <message>
            <source>Minutes, ascending, e.g. 1, 3, 5</source>
            <translation />
        </message>
        <message>
            <source>Straight distance × this = the way driven where no road is known</source>
            <translation />
        </message>
        <message>
            <source> m</source>
            <translation />
        </message>
        <message>
            <source>A grid this close to a platform is reached directly, not by road</source>
            <translation />
        </message>
        <message>
            <source> km/h</source>
            <translation />
        </message>
        <message>
            <source>Roads join where they cross</source>
            <translation />
        </message>
        <message>
            <source>Off for road data whose junctions are shared vertices, so that a bridge does not count as a crossroads</source>
            <translation />
        </message>
        <message>
            <source>Response &amp;bands (minutes)</source>
            <translation />
        </message>
        <message>
            <source>&amp;Detour factor</source>
            <translation />
        </message>
        <message>
            <source>&amp;Walk-in distance</source>
            <translation />
        </message>
        <message>
            <source>Speed of a &amp;proposed platform</source>
            <translation />
        </message>
        <message>
            <source>The bands must be minutes separated by commas, such as 1, 3, 5.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>CoverageTableModel</name>
        <message>
            <source>All townships</source>
            <translation />
        </message>
        <message>
            <source>(no township)</source>
            <translation />
        </message>
        <message>
            <source>%1 residents in %2 grids</source>
            <translation />
        </message>
        <message>
            <source>Township</source>
            <translation />
        </message>
        <message>
            <source>Grids</source>
            <translation />
        </message>
        <message>
            <source>Residents</source>
            <translation />
        </message>
        <message>
            <source>%1 min</source>
            <translation />
        </message>
        <message>
            <source>%1 min now</source>
            <translation />
        </message>
        <message>
            <source>%1 min with proposed</source>
            <translation />
        </message>
        <message>
            <source>Residents gained</source>
            <translation />
        </message>
    </context>
    <context>
        <name>CsvRows</name>
        <message>
            <source>column '%1' is not known (the columns are: %2)</source>
            <translation />
        </message>
        <message>
            <source>column '%1' appears twice</source>
            <translation />
        </message>
        <message>
            <source>column '%1' (%2) is missing</source>
            <translation />
        </message>
        <message>
            <source>field '%1': %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>CsvTable</name>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation />
        </message>
        <message>
            <source>%1:%2: this row has %3 fields but the header has %4</source>
            <translation />
        </message>
        <message>
            <source>%1:%2: a quoted field starts here and is never closed</source>
            <translation />
        </message>
        <message>
            <source>%1: the file is empty (a header row is expected)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>the disk is full, or the database has reached its size limit: nothing was saved (%1)</source>
            <translation />
        </message>
        <message>
            <source>%1: %2 needs a SQLite store; on PostgreSQL it is not available yet</source>
            <translation />
        </message>
        <message>
            <source>this task</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Deadline</name>
        <message>
            <source>due today</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n working day(s) left</source>
            <translation>
                <numerusform>%n working day left</numerusform>
                <numerusform>%n working days left</numerusform>
            </translation>
        </message>
        <message>
            <source>overdue</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>overdue by %n working day(s)</source>
            <translation>
                <numerusform>overdue by %n working day</numerusform>
                <numerusform>overdue by %n working days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeadlinePolicy</name>
        <message>
            <source>General</source>
            <translation />
        </message>
        <message>
            <source>Complex</source>
            <translation />
        </message>
        <message>
            <source>Major or difficult</source>
            <translation />
        </message>
        <message>
            <source>Any complexity</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DeadlinePolicyDialog</name>
        <message>
            <source>Any category</source>
            <translation />
        </message>
        <message>
            <source>Any level</source>
            <translation />
        </message>
        <message>
            <source>Deadline policy</source>
            <translation />
        </message>
        <message>
            <source>Working days a dispute gets from acceptance. The most specific rule that matches a dispute decides; of equally specific rules, the later one. Disputes no rule matches get the default for their complexity (general 7, complex 15, major 30).</source>
            <translation />
        </message>
        <message>
            <source>Category</source>
            <translation />
        </message>
        <message>
            <source>Complexity</source>
            <translation />
        </message>
        <message>
            <source>Level</source>
            <translation />
        </message>
        <message>
            <source>Working days</source>
            <translation />
        </message>
        <message>
            <source>&amp;Add rule</source>
            <translation />
        </message>
        <message>
            <source>&amp;Remove rule</source>
            <translation />
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation />
        </message>
        <message>
            <source>Rule %1 is not valid: %2</source>
            <translation />
        </message>
        <message>
            <source>Rules %1 and %2 apply to the same disputes; change or remove one of them.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DemoGenerator</name>
        <message>
            <source>Disputes and their histories</source>
            <translation />
        </message>
        <message>
            <source>Drawing the county</source>
            <translation />
        </message>
        <message>
            <source>Saving</source>
            <translation />
        </message>
        <message>
            <source>Done</source>
            <translation />
        </message>
        <message>
            <source>Placing villages and grids</source>
            <translation />
        </message>
        <message>
            <source>Drawing grids</source>
            <translation />
        </message>
        <message>
            <source>Writing townships, villages and grids</source>
            <translation />
        </message>
        <message>
            <source>Mediation bodies</source>
            <translation />
        </message>
        <message>
            <source>Patrol platforms</source>
            <translation />
        </message>
        <message>
            <source>Patrol shifts</source>
            <translation />
        </message>
        <message>
            <source>Incidents</source>
            <translation />
        </message>
        <message>
            <source>Survey waves</source>
            <translation />
        </message>
        <message>
            <source>Indexing dispute texts for search</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Dispute</name>
        <message>
            <source>Reported</source>
            <translation />
        </message>
        <message>
            <source>Accepted</source>
            <translation />
        </message>
        <message>
            <source>Routed</source>
            <translation />
        </message>
        <message>
            <source>Mediating</source>
            <translation />
        </message>
        <message>
            <source>Resolved</source>
            <translation />
        </message>
        <message>
            <source>Mediation failed</source>
            <translation />
        </message>
        <message>
            <source>Referred</source>
            <translation />
        </message>
        <message>
            <source>Followed up</source>
            <translation />
        </message>
        <message>
            <source>Closed</source>
            <translation />
        </message>
        <message>
            <source>Withdrawn</source>
            <translation />
        </message>
        <message>
            <source>Marriage and family</source>
            <translation />
        </message>
        <message>
            <source>Neighbours</source>
            <translation />
        </message>
        <message>
            <source>Land and boundaries</source>
            <translation />
        </message>
        <message>
            <source>Homestead</source>
            <translation />
        </message>
        <message>
            <source>Labour and unpaid wages</source>
            <translation />
        </message>
        <message>
            <source>Property management</source>
            <translation />
        </message>
        <message>
            <source>Consumer</source>
            <translation />
        </message>
        <message>
            <source>Traffic accident</source>
            <translation />
        </message>
        <message>
            <source>Medical</source>
            <translation />
        </message>
        <message>
            <source>Debt</source>
            <translation />
        </message>
        <message>
            <source>Contract</source>
            <translation />
        </message>
        <message>
            <source>Land requisition and demolition</source>
            <translation />
        </message>
        <message>
            <source>Environmental nuisance</source>
            <translation />
        </message>
        <message>
            <source>Other</source>
            <translation />
        </message>
        <message>
            <source>Grid worker screening</source>
            <translation />
        </message>
        <message>
            <source>Walk-in</source>
            <translation />
        </message>
        <message>
            <source>12345 hotline</source>
            <translation />
        </message>
        <message>
            <source>Transferred by police (110)</source>
            <translation />
        </message>
        <message>
            <source>Transferred by petition office</source>
            <translation />
        </message>
        <message>
            <source>Transferred by court</source>
            <translation />
        </message>
        <message>
            <source>Online</source>
            <translation />
        </message>
        <message>
            <source>Litigation</source>
            <translation />
        </message>
        <message>
            <source>Arbitration</source>
            <translation />
        </message>
        <message>
            <source>Petition</source>
            <translation />
        </message>
        <message>
            <source>Satisfied</source>
            <translation />
        </message>
        <message>
            <source>Basically satisfied</source>
            <translation />
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation />
        </message>
        <message>
            <source>General</source>
            <translation />
        </message>
        <message>
            <source>Complex</source>
            <translation />
        </message>
        <message>
            <source>Major or difficult</source>
            <translation />
        </message>
        <message>
            <source>County level</source>
            <translation />
        </message>
        <message>
            <source>Township level</source>
            <translation />
        </message>
        <message>
            <source>Village level</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DisputeActionDialog</name>
        <message>
            <source>County</source>
            <translation />
        </message>
        <message>
            <source>Township</source>
            <translation />
        </message>
        <message>
            <source>Village</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%1 (%2, %n open case(s))</source>
            <translation>
                <numerusform>%1 (%2, %n open case)</numerusform>
                <numerusform>%1 (%2, %n open cases)</numerusform>
            </translation>
        </message>
        <message>
            <source>Mediation &amp;body</source>
            <translation />
        </message>
        <message>
            <source>&amp;Mediator</source>
            <translation />
        </message>
        <message>
            <source>Refer &amp;to</source>
            <translation />
        </message>
        <message>
            <source>Party's &amp;satisfaction</source>
            <translation />
        </message>
        <message>
            <source> working days</source>
            <translation />
        </message>
        <message>
            <source>Extend &amp;by</source>
            <translation />
        </message>
        <message>
            <source>Note (optional)</source>
            <translation />
        </message>
        <message>
            <source>No mediation body serves this grid's village, township or county.</source>
            <translation />
        </message>
        <message>
            <source>Assign the least busy</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%1 (%n open case(s))</source>
            <translation>
                <numerusform>%1 (%n open case)</numerusform>
                <numerusform>%1 (%n open cases)</numerusform>
            </translation>
        </message>
        <message>
            <source>Required: %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DisputeActionHandler</name>
        <message>
            <source>Not done: %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DisputeCommands</name>
        <message>
            <source>no grid with code %1</source>
            <translation />
        </message>
        <message>
            <source>%1 is not a grid</source>
            <translation />
        </message>
        <message>
            <source>%1 needs the role %2; %3 is %4</source>
            <translation />
        </message>
        <message>
            <source>A dispute is reported by registering it, not by an action</source>
            <translation />
        </message>
        <message>
            <source>There is no dispute %1</source>
            <translation />
        </message>
        <message>
            <source>The dispute has an unknown status '%1'</source>
            <translation />
        </message>
        <message>
            <source>The dispute was changed by someone else meanwhile; look at it again</source>
            <translation />
        </message>
        <message>
            <source>The time %1 is before the dispute's last recorded event (%2)</source>
            <translation />
        </message>
        <message>
            <source>There is no mediation body %1</source>
            <translation />
        </message>
        <message>
            <source>%1 is not a mediator of %2</source>
            <translation />
        </message>
        <message>
            <source>The mediation body has no mediator to assign</source>
            <translation />
        </message>
        <message>
            <source>%1 is not a mediator of the dispute's mediation body</source>
            <translation />
        </message>
        <message>
            <source>similar title in the same grid (%1%)</source>
            <translation />
        </message>
        <message>
            <source>ID number</source>
            <translation />
        </message>
        <message>
            <source>phone</source>
            <translation />
        </message>
        <message>
            <source>same party: %1 (same %2)</source>
            <translation />
        </message>
        <message>
            <source>The dispute was changed by %1 at %2 after you opened it; look at it again</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DisputeDetailDock</name>
        <message>
            <source>General</source>
            <translation />
        </message>
        <message>
            <source>Complex</source>
            <translation />
        </message>
        <message>
            <source>Major</source>
            <translation />
        </message>
        <message>
            <source>Applicant</source>
            <translation />
        </message>
        <message>
            <source>Respondent</source>
            <translation />
        </message>
        <message>
            <source>Third party</source>
            <translation />
        </message>
        <message>
            <source>Satisfied</source>
            <translation />
        </message>
        <message>
            <source>Basically satisfied</source>
            <translation />
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation />
        </message>
        <message>
            <source>Dispute detail</source>
            <translation />
        </message>
        <message>
            <source>Select a dispute in the queue to see its facts, parties and history.</source>
            <translation />
        </message>
        <message>
            <source>Major dispute</source>
            <translation />
        </message>
        <message>
            <source>Category</source>
            <translation />
        </message>
        <message>
            <source>Source</source>
            <translation />
        </message>
        <message>
            <source>Complexity</source>
            <translation />
        </message>
        <message>
            <source>Handling level</source>
            <translation />
        </message>
        <message>
            <source>Place</source>
            <translation />
        </message>
        <message>
            <source>Mediation body</source>
            <translation />
        </message>
        <message>
            <source>Mediator</source>
            <translation />
        </message>
        <message>
            <source>Amount</source>
            <translation />
        </message>
        <message>
            <source>%1 yuan</source>
            <translation />
        </message>
        <message>
            <source>Reported</source>
            <translation />
        </message>
        <message>
            <source>Accepted</source>
            <translation />
        </message>
        <message>
            <source>Due</source>
            <translation />
        </message>
        <message>
            <source>Resolved</source>
            <translation />
        </message>
        <message>
            <source>Closed</source>
            <translation />
        </message>
        <message>
            <source>Follow-up</source>
            <translation />
        </message>
        <message>
            <source>Facts</source>
            <translation />
        </message>
        <message>
            <source>Parties</source>
            <translation />
        </message>
        <message>
            <source>No parties recorded.</source>
            <translation />
        </message>
        <message>
            <source>History</source>
            <translation />
        </message>
        <message>
            <source>County level</source>
            <translation />
        </message>
        <message>
            <source>Township level</source>
            <translation />
        </message>
        <message>
            <source>Village level</source>
            <translation />
        </message>
        <message>
            <source>Show full numbers</source>
            <translation />
        </message>
        <message>
            <source>Show the parties' full ID numbers and phones (asks for a reason, which is audited)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DisputeFilterBar</name>
        <message>
            <source>All categories</source>
            <translation />
        </message>
        <message>
            <source>All statuses</source>
            <translation />
        </message>
        <message>
            <source>All levels</source>
            <translation />
        </message>
        <message>
            <source>All sources</source>
            <translation />
        </message>
        <message>
            <source>Reported from</source>
            <translation />
        </message>
        <message>
            <source>Reported until</source>
            <translation />
        </message>
        <message>
            <source>Reported on or after this day</source>
            <translation />
        </message>
        <message>
            <source>Reported on or before this day</source>
            <translation />
        </message>
        <message>
            <source>Search titles, facts and parties</source>
            <translation />
        </message>
        <message>
            <source>Clear</source>
            <translation />
        </message>
        <message>
            <source>Show every dispute of the queue again</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DisputeIntakeDialog</name>
        <message>
            <source>Applicant</source>
            <translation />
        </message>
        <message>
            <source>Respondent</source>
            <translation />
        </message>
        <message>
            <source>Third party</source>
            <translation />
        </message>
        <message>
            <source>Register a dispute</source>
            <translation />
        </message>
        <message>
            <source>What the dispute is about, in a few words</source>
            <translation />
        </message>
        <message>
            <source>Type to search</source>
            <translation />
        </message>
        <message>
            <source>Choose how the case came in</source>
            <translation />
        </message>
        <message>
            <source>Grid name or code; or pick it in the region tree or on the map</source>
            <translation />
        </message>
        <message>
            <source>Ma&amp;jor dispute</source>
            <translation />
        </message>
        <message>
            <source>Goes on the major-dispute list (重大矛盾)</source>
            <translation />
        </message>
        <message>
            <source> yuan</source>
            <translation />
        </message>
        <message>
            <source>The amount in dispute, if any</source>
            <translation />
        </message>
        <message>
            <source>When the dispute was reported. Left as it is, the time of saving is taken.</source>
            <translation />
        </message>
        <message>
            <source>Facts, what the parties ask for</source>
            <translation />
        </message>
        <message>
            <source>Role</source>
            <translation />
        </message>
        <message>
            <source>Name</source>
            <translation />
        </message>
        <message>
            <source>ID number</source>
            <translation />
        </message>
        <message>
            <source>Phone</source>
            <translation />
        </message>
        <message>
            <source>&amp;Add party</source>
            <translation />
        </message>
        <message>
            <source>Add a party (%1)</source>
            <translation />
        </message>
        <message>
            <source>Remo&amp;ve party</source>
            <translation />
        </message>
        <message>
            <source>Remove the party last edited</source>
            <translation />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation />
        </message>
        <message>
            <source>Register the dispute (%1)</source>
            <translation />
        </message>
        <message>
            <source>Close</source>
            <translation />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation />
        </message>
        <message>
            <source>&amp;Category</source>
            <translation />
        </message>
        <message>
            <source>S&amp;ource</source>
            <translation />
        </message>
        <message>
            <source>&amp;Grid</source>
            <translation />
        </message>
        <message>
            <source>A&amp;mount</source>
            <translation />
        </message>
        <message>
            <source>Comple&amp;xity</source>
            <translation />
        </message>
        <message>
            <source>&amp;Reported at</source>
            <translation />
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation />
        </message>
        <message>
            <source>Parties</source>
            <translation />
        </message>
        <message>
            <source>18 characters, optional</source>
            <translation />
        </message>
        <message>
            <source>Mobile or landline</source>
            <translation />
        </message>
        <message>
            <source>Party %1</source>
            <translation />
        </message>
        <message>
            <source>choose a category (type part of its name)</source>
            <translation />
        </message>
        <message>
            <source>choose how the case came in</source>
            <translation />
        </message>
        <message>
            <source>no grid matches "%1"; pick one from the list</source>
            <translation />
        </message>
        <message>
            <source>Title</source>
            <translation />
        </message>
        <message>
            <source>Category</source>
            <translation />
        </message>
        <message>
            <source>Source</source>
            <translation />
        </message>
        <message>
            <source>Grid</source>
            <translation />
        </message>
        <message>
            <source>Complexity</source>
            <translation />
        </message>
        <message>
            <source>Amount</source>
            <translation />
        </message>
        <message>
            <source>Reported at</source>
            <translation />
        </message>
        <message>
            <source>Summary</source>
            <translation />
        </message>
        <message>
            <source>Party %1 name</source>
            <translation />
        </message>
        <message>
            <source>Party %1 ID number</source>
            <translation />
        </message>
        <message>
            <source>Party %1 phone</source>
            <translation />
        </message>
        <message>
            <source>Party %1 role</source>
            <translation />
        </message>
        <message>
            <source>%1: %2</source>
            <translation />
        </message>
        <message>
            <source>To fill in or correct: %1</source>
            <translation />
        </message>
        <message>
            <source>No grids are known: import or generate the county's regions first</source>
            <translation />
        </message>
        <message>
            <source>Type part of a grid's name or code and pick it from the list</source>
            <translation />
        </message>
        <message>
            <source>%1 (code %2)</source>
            <translation />
        </message>
        <message>
            <source>Could not look for duplicates: %1</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>Possibly registered already (last %n day(s)):</source>
            <translation>
                <numerusform>Possibly registered already (last %n day):</numerusform>
                <numerusform>Possibly registered already (last %n days):</numerusform>
            </translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation />
        </message>
        <message>
            <source>This dispute may be registered already:

%1

Register it anyway?</source>
            <translation />
        </message>
        <message>
            <source>Register anyway</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>Not saved: %n problem(s) to correct</source>
            <translation>
                <numerusform>Not saved: %n problem to correct</numerusform>
                <numerusform>Not saved: %n problems to correct</numerusform>
            </translation>
        </message>
        <message>
            <source>Registered %1</source>
            <translation />
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation />
        </message>
        <message>
            <source>Not saved: the database failed (%1)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DisputeIntakeRules</name>
        <message>
            <source>a party needs a name</source>
            <translation />
        </message>
        <message>
            <source>must be one of %1</source>
            <translation />
        </message>
        <message>
            <source>a title is required</source>
            <translation />
        </message>
        <message>
            <source>at most 200 characters</source>
            <translation />
        </message>
        <message>
            <source>at most 5,000 characters</source>
            <translation />
        </message>
        <message>
            <source>unknown category '%1'</source>
            <translation />
        </message>
        <message>
            <source>unknown source '%1'</source>
            <translation />
        </message>
        <message>
            <source>the grid is required</source>
            <translation />
        </message>
        <message>
            <source>'%1' is not a grid code (15 digits)</source>
            <translation />
        </message>
        <message>
            <source>cannot be negative</source>
            <translation />
        </message>
        <message>
            <source>lies in the future</source>
            <translation />
        </message>
        <message>
            <source>unknown field (known: %1)</source>
            <translation />
        </message>
        <message>
            <source>must be text</source>
            <translation />
        </message>
        <message>
            <source>must be true or false</source>
            <translation />
        </message>
        <message>
            <source>must be a number</source>
            <translation />
        </message>
        <message>
            <source>not an ISO 8601 time: %1</source>
            <translation />
        </message>
        <message>
            <source>must be a list</source>
            <translation />
        </message>
        <message>
            <source>must be an object</source>
            <translation />
        </message>
        <message>
            <source>unknown field</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DisputeQueueDock</name>
        <message>
            <source>Dispute queue</source>
            <translation />
        </message>
        <message>
            <source>No database open</source>
            <translation />
        </message>
        <message>
            <source>%1 disputes in total, %2 open</source>
            <translation />
        </message>
        <message>
            <source>To accept</source>
            <translation />
        </message>
        <message>
            <source>Mine</source>
            <translation />
        </message>
        <message>
            <source>Due soon</source>
            <translation />
        </message>
        <message>
            <source>Overdue</source>
            <translation />
        </message>
        <message>
            <source>Awaiting follow-up</source>
            <translation />
        </message>
        <message>
            <source>Escalated to county</source>
            <translation />
        </message>
        <message>
            <source>All</source>
            <translation />
        </message>
        <message>
            <source>Reported and not yet accepted</source>
            <translation />
        </message>
        <message>
            <source>Open cases you accepted</source>
            <translation />
        </message>
        <message>
            <source>Deadline running, due within 3 working days</source>
            <translation />
        </message>
        <message>
            <source>Deadline running and already passed</source>
            <translation />
        </message>
        <message>
            <source>Open major disputes</source>
            <translation />
        </message>
        <message>
            <source>Resolved, failed or referred: the follow-up visit is next</source>
            <translation />
        </message>
        <message>
            <source>Open cases escalated up to the county</source>
            <translation />
        </message>
        <message>
            <source>Every dispute</source>
            <translation />
        </message>
        <message>
            <source>Counting…</source>
            <translation />
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>queue name and its count</comment>
            <translation />
        </message>
        <message>
            <source>Major disputes</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DisputeQueueModel</name>
        <message>
            <source>Overdue</source>
            <translation />
        </message>
        <message>
            <source>Case no.</source>
            <translation />
        </message>
        <message>
            <source>Title</source>
            <translation />
        </message>
        <message>
            <source>Category</source>
            <translation />
        </message>
        <message>
            <source>Status</source>
            <translation />
        </message>
        <message>
            <source>Reported</source>
            <translation />
        </message>
        <message>
            <source>Due</source>
            <translation />
        </message>
        <message>
            <source>Grid</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>Due within %n working day(s)</source>
            <translation>
                <numerusform>Due within %n working day</numerusform>
                <numerusform>Due within %n working days</numerusform>
            </translation>
        </message>
        <message>
            <source>Level</source>
            <translation />
        </message>
        <message>
            <source>Source</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DisputeStats</name>
        <message>
            <source>New</source>
            <translation />
        </message>
        <message>
            <source>Accepted</source>
            <translation />
        </message>
        <message>
            <source>Resolved</source>
            <translation />
        </message>
        <message>
            <source>Mediation failed</source>
            <translation />
        </message>
        <message>
            <source>Referred</source>
            <translation />
        </message>
        <message>
            <source>Withdrawn</source>
            <translation />
        </message>
        <message>
            <source>Success rate</source>
            <translation />
        </message>
        <message>
            <source>Overdue</source>
            <translation />
        </message>
        <message>
            <source>Escalated</source>
            <translation />
        </message>
        <message>
            <source>Share resolved at village level</source>
            <translation />
        </message>
        <message>
            <source>Share resolved at township level</source>
            <translation />
        </message>
        <message>
            <source>Share resolved at county level</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DisputeTrendDock</name>
        <message>
            <source>Dispute trend</source>
            <translation />
        </message>
        <message>
            <source>Reported</source>
            <translation />
        </message>
        <message>
            <source>Closed</source>
            <translation />
        </message>
        <message>
            <source>%1 — disputes per month</source>
            <translation />
        </message>
        <message>
            <source>(last month to %1 only)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DisputeWorkflow</name>
        <message>
            <source>Report</source>
            <translation />
        </message>
        <message>
            <source>Accept</source>
            <translation />
        </message>
        <message>
            <source>Route</source>
            <translation />
        </message>
        <message>
            <source>Start mediation</source>
            <translation />
        </message>
        <message>
            <source>Resolved</source>
            <translation />
        </message>
        <message>
            <source>Mediation failed</source>
            <translation />
        </message>
        <message>
            <source>Refer</source>
            <translation />
        </message>
        <message>
            <source>Escalate</source>
            <translation />
        </message>
        <message>
            <source>Follow up</source>
            <translation />
        </message>
        <message>
            <source>Close</source>
            <translation />
        </message>
        <message>
            <source>Withdraw</source>
            <translation />
        </message>
        <message>
            <source>Reopen</source>
            <translation />
        </message>
        <message>
            <source>Record a session</source>
            <translation />
        </message>
        <message>
            <source>Extend deadline</source>
            <translation />
        </message>
        <message>
            <source>Comment</source>
            <translation />
        </message>
        <message>
            <source>%1 is not possible while the dispute is %2; possible now: %3</source>
            <translation />
        </message>
        <message>
            <source>%1 needs the role %2; %3 is %4</source>
            <translation />
        </message>
        <message>
            <source>%1 needs a note: %2</source>
            <translation />
        </message>
        <message>
            <source>%1 needs a mediation body</source>
            <translation />
        </message>
        <message>
            <source>%1 needs where the case goes: one of %2</source>
            <translation />
        </message>
        <message>
            <source>%1 needs the party's satisfaction: one of %2</source>
            <translation />
        </message>
        <message>
            <source>%1 needs a number of working days from 1 to 90</source>
            <translation />
        </message>
        <message>
            <source>The dispute is already handled at county level and cannot be escalated further</source>
            <translation />
        </message>
        <message>
            <source>the agreement reached</source>
            <translation />
        </message>
        <message>
            <source>what happened in the session</source>
            <translation />
        </message>
        <message>
            <source>the comment</source>
            <translation />
        </message>
        <message>
            <source>the reason</source>
            <translation />
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>Create the system administrator</source>
            <translation />
        </message>
        <message>
            <source>This database has no user accounts yet. Create the system administrator's account now; the administrator then adds the other accounts. Until then everybody at this desk may do everything.</source>
            <translation />
        </message>
        <message>
            <source>Create</source>
            <translation />
        </message>
        <message>
            <source>Not now</source>
            <translation />
        </message>
        <message>
            <source>Login:</source>
            <translation />
        </message>
        <message>
            <source>Name:</source>
            <translation />
        </message>
        <message>
            <source>Password:</source>
            <translation />
        </message>
        <message>
            <source>Password again:</source>
            <translation />
        </message>
        <message>
            <source>Choose a login.</source>
            <translation />
        </message>
        <message>
            <source>Enter the administrator's name.</source>
            <translation />
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation />
        </message>
        <message>
            <source>The password meets the policy.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>GeoImport</name>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>… and %n more problem</numerusform>
                <numerusform>… and %n more problems</numerusform>
            </translation>
        </message>
        <message>
            <source>feature %1</source>
            <translation />
        </message>
        <message>
            <source>none</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>… %n more</source>
            <translation>
                <numerusform>… %n more</numerusform>
                <numerusform>… %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>(no fields)</source>
            <translation />
        </message>
        <message>
            <source>%1: layer '%2' has no field '%3' (%4); its fields are: %5</source>
            <translation />
        </message>
        <message>
            <source>%1: layer '%2' has no %3 field that is known by name; give it with %4. Its fields are: %5</source>
            <translation />
        </message>
        <message>
            <source>code</source>
            <translation />
        </message>
        <message>
            <source>name</source>
            <translation />
        </message>
        <message>
            <source>%1: a county has no parent region; leave out the parent option</source>
            <translation />
        </message>
        <message>
            <source>%1: layer '%2' has no field '%3' (parent code); its fields are: %4</source>
            <translation />
        </message>
        <message>
            <source>%1: parent '%2' is not a division code</source>
            <translation />
        </message>
        <message>
            <source>%1: field '%2' is empty</source>
            <translation />
        </message>
        <message>
            <source>%1: field '%2' holds '%3', which is not a division code (12 digits, 15 for a grid; a 6-digit county or 9-digit township code is padded)</source>
            <translation />
        </message>
        <message>
            <source>%1: field '%2' (name) is empty</source>
            <translation />
        </message>
        <message>
            <source>%1: field '%2' holds '%3', which is not a parent's division code</source>
            <translation />
        </message>
        <message>
            <source>%1: parent %2 differs from %3 given by another part of %4</source>
            <translation />
        </message>
        <message>
            <source>%1 (%2): no geometry; skipped</source>
            <translation />
        </message>
        <message>
            <source>%1: the file declares no CRS (no .prj or crs member) and its coordinates such as %2 are projected, not longitude/latitude; give the CRS with --source-crs EPSG:N (e.g. EPSG:4547 for CGCS2000 3-degree Gauss-Kruger, CM 114E)</source>
            <translation />
        </message>
        <message>
            <source>%1: coordinates such as %2 are not longitude/latitude, but the file is read as %3 (GeoJSON without a crs member counts as longitude/latitude); give the real CRS with --source-crs EPSG:N</source>
            <translation />
        </message>
        <message>
            <source>%1: cannot transform to longitude/latitude: %2</source>
            <translation />
        </message>
        <message>
            <source>%1 (%2): a %3, not an area; skipped</source>
            <translation />
        </message>
        <message>
            <source>%1 (%2): nothing left after repair; skipped</source>
            <translation />
        </message>
        <message>
            <source>%1: name '%2' differs from '%3'; the first is kept</source>
            <translation />
        </message>
        <message>
            <source>%1: layer '%2' holds no features</source>
            <translation />
        </message>
        <message>
            <source>%1: no feature matches '%2'</source>
            <translation />
        </message>
        <message>
            <source>%1: no feature has an area to import</source>
            <translation />
        </message>
        <message>
            <source>%1: the store holds no %2 to place the features in; import the %2 first or give --parent</source>
            <translation />
        </message>
        <message>
            <source>parts merged: %1</source>
            <translation />
        </message>
        <message>
            <source>%1: code %2 is a %3 code, not a %4 code</source>
            <translation />
        </message>
        <message>
            <source>%1: lies outside every %2 in the store</source>
            <translation />
        </message>
        <message>
            <source>%1% inside parent %2</source>
            <translation />
        </message>
        <message>
            <source>%1: parent %2 is not a %3 in the store; the store has: %4</source>
            <translation />
        </message>
        <message>
            <source>%1: code %2 does not begin with the first %3 digits of its parent %4</source>
            <translation />
        </message>
        <message>
            <source>%1: code %2 is already used by %3 '%4'; a code names one region</source>
            <translation />
        </message>
        <message>
            <source>%1: code %2 is already used by '%3' under parent %4, not %5</source>
            <translation />
        </message>
        <message>
            <source>(none)</source>
            <translation />
        </message>
        <message>
            <source>%1: code %2 is also in %3; give the parts of a region in one file</source>
            <translation />
        </message>
        <message>
            <source>the reading was cancelled; nothing was written</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%1: %n problem(s); nothing was written</source>
            <translation>
                <numerusform>%1: %n problem; nothing was written</numerusform>
                <numerusform>%1: %n problems; nothing was written</numerusform>
            </translation>
        </message>
        <message>
            <source>the database is open read-only; nothing was written</source>
            <translation />
        </message>
        <message>
            <source>cancelled; nothing was written</source>
            <translation />
        </message>
        <message>
            <source>code %1 is now used by '%2' (%3, parent %4); nothing was written</source>
            <translation />
        </message>
        <message>
            <source>parent %1 of %2 is no longer a %3 in the store; nothing was written</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message>
            <source>no area</source>
            <translation />
        </message>
        <message>
            <source>part %1: dropped its outline (%2)</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>part %1: dropped its outline (%2) and %n hole(s)</source>
            <translation>
                <numerusform>part %1: dropped its outline (%2) and %n hole</numerusform>
                <numerusform>part %1: dropped its outline (%2) and %n holes</numerusform>
            </translation>
        </message>
        <message>
            <source>part %1: dropped hole %2 (%3)</source>
            <translation />
        </message>
        <message>
            <source>rebuilt with buffer(0): %1</source>
            <translation />
        </message>
        <message>
            <source>made valid: %1</source>
            <translation />
        </message>
        <message>
            <source>county</source>
            <translation />
        </message>
        <message>
            <source>township</source>
            <translation />
        </message>
        <message>
            <source>village</source>
            <translation />
        </message>
        <message>
            <source>grid</source>
            <translation />
        </message>
    </context>
    <context>
        <name>GeoImportDialog</name>
        <message>
            <source>new</source>
            <translation />
        </message>
        <message>
            <source>changed</source>
            <translation />
        </message>
        <message>
            <source>unchanged</source>
            <translation />
        </message>
        <message>
            <source>Import boundaries</source>
            <translation />
        </message>
        <message>
            <source>Shapefile, GeoJSON, GeoPackage or KML</source>
            <translation />
        </message>
        <message>
            <source>Browse…</source>
            <translation />
        </message>
        <message>
            <source>By location (the region that holds most of the area)</source>
            <translation />
        </message>
        <message>
            <source>One region for all features</source>
            <translation />
        </message>
        <message>
            <source>From a field</source>
            <translation />
        </message>
        <message>
            <source>Parent code, e.g. 610104000000</source>
            <translation />
        </message>
        <message>
            <source>As the file declares (e.g. EPSG:4547)</source>
            <translation />
        </message>
        <message>
            <source>Coordinates are GCJ-02 (web map): convert to WGS84</source>
            <translation />
        </message>
        <message>
            <source>Optional OGR SQL filter, e.g. adcode = 610104</source>
            <translation />
        </message>
        <message>
            <source>Read and check</source>
            <translation />
        </message>
        <message>
            <source>Cancel</source>
            <translation />
        </message>
        <message>
            <source>Code</source>
            <translation />
        </message>
        <message>
            <source>Name</source>
            <translation />
        </message>
        <message>
            <source>Parent</source>
            <translation />
        </message>
        <message>
            <source>Area (km²)</source>
            <translation />
        </message>
        <message>
            <source>Notes</source>
            <translation />
        </message>
        <message>
            <source>Problems and repairs found in the file are listed here.</source>
            <translation />
        </message>
        <message>
            <source>Import</source>
            <translation />
        </message>
        <message>
            <source>Close</source>
            <translation />
        </message>
        <message>
            <source>Name field:</source>
            <translation />
        </message>
        <message>
            <source>File:</source>
            <translation />
        </message>
        <message>
            <source>Layer:</source>
            <translation />
        </message>
        <message>
            <source>Level:</source>
            <translation />
        </message>
        <message>
            <source>Code field:</source>
            <translation />
        </message>
        <message>
            <source>Parent:</source>
            <translation />
        </message>
        <message>
            <source>Source CRS:</source>
            <translation />
        </message>
        <message>
            <source>Filter:</source>
            <translation />
        </message>
        <message>
            <source>Boundary file</source>
            <translation />
        </message>
        <message>
            <source>GIS files (*.shp *.geojson *.json *.gpkg *.kml *.kmz);;All files (*)</source>
            <translation />
        </message>
        <message>
            <source>Opening %1…</source>
            <translation />
        </message>
        <message>
            <source>Choose the level and fields, then read and check the file.</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n layer(s): choose one, the level and fields, then read and check.</source>
            <translation>
                <numerusform>%n layer: choose one, the level and fields, then read and check.</numerusform>
                <numerusform>%n layers: choose one, the level and fields, then read and check.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file declares none: give one for projected coordinates</source>
            <translation />
        </message>
        <message>
            <source>As the file declares: %1</source>
            <translation />
        </message>
        <message>
            <source>The options changed: read and check the file again before importing.</source>
            <translation />
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation />
        </message>
        <message>
            <source>Reading %1…</source>
            <translation />
        </message>
        <message>
            <source>Reading cancelled.</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n problem(s) found: nothing can be imported until they are fixed.</source>
            <translation>
                <numerusform>%n problem found: nothing can be imported until they are fixed.</numerusform>
                <numerusform>%n problems found: nothing can be imported until they are fixed.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 region(s) read: %2 new, %3 changed, %4 unchanged; %5 feature(s) repaired, %6 skipped.</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n part(s)</source>
            <translation>
                <numerusform>%n part</numerusform>
                <numerusform>%n parts</numerusform>
            </translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation />
        </message>
        <message>
            <source>Repaired or skipped: %1</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>Importing %n region(s)…</source>
            <translation>
                <numerusform>Importing %n region…</numerusform>
                <numerusform>Importing %n regions…</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation />
        </message>
        <message>
            <source>Import failed; nothing was written: %1</source>
            <translation />
        </message>
        <message>
            <source>Imported: %1 new, %2 updated, %3 unchanged; %4 feature(s) repaired, %5 skipped.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>IdCard</name>
        <message>
            <source>an identity number has 18 characters, this one has %1</source>
            <translation />
        </message>
        <message>
            <source>the first 17 characters must be digits</source>
            <translation />
        </message>
        <message>
            <source>the last character must be a digit or X</source>
            <translation />
        </message>
        <message>
            <source>characters 7 to 14 are not a birth date (%1)</source>
            <translation />
        </message>
        <message>
            <source>the check character is %1 but should be %2 — a digit is mistyped</source>
            <translation />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Pingan Command Desk</source>
            <translation />
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation />
        </message>
        <message>
            <source>Open another database file</source>
            <translation />
        </message>
        <message>
            <source>Create &amp;demo database…</source>
            <translation />
        </message>
        <message>
            <source>Create a database with the demo county to try the desk</source>
            <translation />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation />
        </message>
        <message>
            <source>Read the counts and lists again from the database</source>
            <translation />
        </message>
        <message>
            <source>&amp;Whole county on map</source>
            <translation />
        </message>
        <message>
            <source>Zoom the map out to the whole county</source>
            <translation />
        </message>
        <message>
            <source>Reset &amp;layout</source>
            <translation />
        </message>
        <message>
            <source>Put every panel back where it was at first start</source>
            <translation />
        </message>
        <message>
            <source>&amp;About Pingan Command Desk</source>
            <translation />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation />
        </message>
        <message>
            <source>&amp;File</source>
            <translation />
        </message>
        <message>
            <source>&amp;View</source>
            <translation />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation />
        </message>
        <message>
            <source>Main toolbar</source>
            <translation />
        </message>
        <message>
            <source>Panels</source>
            <translation />
        </message>
        <message>
            <source>No database open</source>
            <translation />
        </message>
        <message>
            <source>No database</source>
            <translation />
        </message>
        <message>
            <source>There is no database at %1.</source>
            <translation />
        </message>
        <message>
            <source>Create the demo county there to try the desk, open another database file, or quit.</source>
            <translation />
        </message>
        <message>
            <source>Create demo county</source>
            <translation />
        </message>
        <message>
            <source>Open another file…</source>
            <translation />
        </message>
        <message>
            <source>Quit</source>
            <translation />
        </message>
        <message>
            <source>Open database</source>
            <translation />
        </message>
        <message>
            <source>Pingan databases (*.db *.sqlite);;All files (*)</source>
            <translation />
        </message>
        <message>
            <source>Create demo database</source>
            <translation />
        </message>
        <message>
            <source>Pingan databases (*.db)</source>
            <translation />
        </message>
        <message>
            <source>Creating the demo county…</source>
            <translation />
        </message>
        <message>
            <source>Cancel</source>
            <translation />
        </message>
        <message>
            <source>Demo county</source>
            <translation />
        </message>
        <message>
            <source>Creating the demo county: %1</source>
            <translation />
        </message>
        <message>
            <source>The demo county could not be created:
%1</source>
            <translation />
        </message>
        <message>
            <source>The database %1 could not be opened:
%2</source>
            <translation />
        </message>
        <message>
            <source>Damaged database</source>
            <translation />
        </message>
        <message>
            <source>The integrity check found problems in %1, so it is open read-only:
%2</source>
            <translation />
        </message>
        <message>
            <source>The database %1 could not be read:
%2</source>
            <translation />
        </message>
        <message>
            <source>Database: %1</source>
            <translation />
        </message>
        <message>
            <source>This database holds no county yet.</source>
            <translation />
        </message>
        <message>
            <source>All disputes</source>
            <translation />
        </message>
        <message>
            <source>Loading map…</source>
            <translation />
        </message>
        <message>
            <source>The map could not be read:
%1</source>
            <translation />
        </message>
        <message>
            <source>Regions %1 · Disputes %2 · Open %3</source>
            <translation />
        </message>
        <message>
            <source>%1 — %2</source>
            <translation />
        </message>
        <message>
            <source>About Pingan Command Desk</source>
            <translation />
        </message>
        <message>
            <source>&lt;h3&gt;Pingan Command Desk %1&lt;/h3&gt;&lt;p&gt;Dispute screening and resolution, grid management, patrol platforms and the public safety survey for county social-governance centers.&lt;/p&gt;</source>
            <translation />
        </message>
        <message>
            <source>&amp;Register a dispute…</source>
            <translation />
        </message>
        <message>
            <source>Register a new dispute (登记); pick its grid in the tree or on the map</source>
            <translation />
        </message>
        <message>
            <source>&amp;Deadline rules…</source>
            <translation />
        </message>
        <message>
            <source>Working days a dispute gets, by category, complexity and handling level</source>
            <translation />
        </message>
        <message>
            <source>&amp;Disputes</source>
            <translation />
        </message>
        <message>
            <source>Register a dispute</source>
            <translation />
        </message>
        <message>
            <source>Registered %1</source>
            <translation />
        </message>
        <message>
            <source>Deadline rules saved; they apply to disputes accepted from now on</source>
            <translation />
        </message>
        <message>
            <source>Deadline rules</source>
            <translation />
        </message>
        <message>
            <source>&amp;Import boundaries…</source>
            <translation />
        </message>
        <message>
            <source>Import county, township, village or grid outlines from a shapefile, GeoJSON, GeoPackage or KML</source>
            <translation />
        </message>
        <message>
            <source>No region outlines in this database</source>
            <translation />
        </message>
        <message>
            <source>Code: %1</source>
            <translation />
        </message>
        <message>
            <source>Grid worker: %1</source>
            <translation />
        </message>
        <message>
            <source>Population: %1 (%2 households)</source>
            <translation />
        </message>
        <message>
            <source>Open disputes: %1 · overdue %2 · last 30 days %3</source>
            <translation />
        </message>
        <message>
            <source>Export the map</source>
            <translation />
        </message>
        <message>
            <source>map.png</source>
            <translation />
        </message>
        <message>
            <source>PNG image, 300 dpi (*.png);;SVG drawing (*.svg)</source>
            <translation />
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation />
        </message>
        <message>
            <source>Map saved to %1</source>
            <translation />
        </message>
        <message>
            <source>The response times could not be read:
%1</source>
            <translation />
        </message>
        <message>
            <source>&amp;Go to panel</source>
            <translation />
        </message>
        <message>
            <source>Import &amp;survey responses…</source>
            <translation />
        </message>
        <message>
            <source>Import a wave of the public safety survey (一感两度两率) from CSV or XLSX</source>
            <translation />
        </message>
        <message>
            <source>Survey s&amp;coring scheme…</source>
            <translation />
        </message>
        <message>
            <source>Which survey answers count as positive, or what each answer weighs</source>
            <translation />
        </message>
        <message>
            <source>&amp;Monthly report…</source>
            <translation />
        </message>
        <message>
            <source>The monthly report (月报) of the county or a township: preview, print, PDF, Excel</source>
            <translation />
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation />
        </message>
        <message>
            <source>Scheduled backups, a backup now, or a restore</source>
            <translation />
        </message>
        <message>
            <source>&amp;Change password…</source>
            <translation />
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation />
        </message>
        <message>
            <source>Lock the desk until your password is entered again</source>
            <translation />
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation />
        </message>
        <message>
            <source>&amp;User accounts…</source>
            <translation />
        </message>
        <message>
            <source>Add accounts, lock and unlock them, reset passwords</source>
            <translation />
        </message>
        <message>
            <source>&amp;Audit log</source>
            <translation />
        </message>
        <message>
            <source>Read and verify the audit log</source>
            <translation />
        </message>
        <message>
            <source>&amp;Account</source>
            <translation />
        </message>
        <message>
            <source>This account may not restore backups</source>
            <translation />
        </message>
        <message>
            <source>Made %1 by %2 (schema %3, audit log up to entry %4).</source>
            <translation />
        </message>
        <message>
            <source>unknown</source>
            <translation />
        </message>
        <message>
            <source>The database is damaged and open read-only. Restore the newest backup (%1)? The damaged file is kept beside it.</source>
            <translation />
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation />
        </message>
        <message>
            <source>Nobody is signed in</source>
            <translation />
        </message>
        <message>
            <source>This database has no user accounts: everybody may do everything</source>
            <translation />
        </message>
        <message>
            <source>&lt;h3&gt;Nobody is signed in&lt;/h3&gt;</source>
            <translation />
        </message>
        <message>
            <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;This account does not see disputes, parties or statistics. Its duties:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;They are in the Account and File menus.&lt;/p&gt;</source>
            <translation />
        </message>
        <message>
            <source>Locked</source>
            <translation />
        </message>
        <message>
            <source>This dispute lies outside your township</source>
            <translation />
        </message>
        <message>
            <source>S&amp;ync conflicts…</source>
            <translation />
        </message>
        <message>
            <source>Records changed both here and on another node: keep one version or merge them</source>
            <translation />
        </message>
        <message>
            <source>Show the sync conflicts</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n sync conflict(s) to resolve</source>
            <translation>
                <numerusform>%n sync conflict to resolve</numerusform>
                <numerusform>%n sync conflicts to resolve</numerusform>
            </translation>
        </message>
        <message>
            <source>Read-only: the database is open read-only, so conflicts cannot be resolved.</source>
            <translation />
        </message>
        <message>
            <source>Read-only: this record belongs to the whole county; a county account resolves it.</source>
            <translation />
        </message>
        <message>
            <source>Read-only: resolving a sync conflict needs an account that handles disputes and exchanges sync packages (a supervisor, or a township clerk within its township).</source>
            <translation />
        </message>
        <message>
            <source>&amp;Export sync package…</source>
            <translation />
        </message>
        <message>
            <source>Write the changes a trusted node has not received yet into a signed package</source>
            <translation />
        </message>
        <message>
            <source>&amp;Import sync package…</source>
            <translation />
        </message>
        <message>
            <source>Check and apply a package from a trusted node</source>
            <translation />
        </message>
        <message>
            <source>Sy&amp;nc</source>
            <translation />
        </message>
        <message>
            <source>&amp;Node and pairing…</source>
            <translation />
        </message>
        <message>
            <source>This sync node, the nodes it trusts, and pairing</source>
            <translation />
        </message>
        <message>
            <source>Disputes were changed at another workstation; the lists show the change</source>
            <translation />
        </message>
    </context>
    <context>
        <name>MapColouring</name>
        <message>
            <source>%1 · %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>MapDock</name>
        <message>
            <source>Map</source>
            <translation />
        </message>
        <message>
            <source>What colours the map</source>
            <translation />
        </message>
        <message>
            <source>Colour grids, villages or townships</source>
            <translation />
        </message>
        <message>
            <source>How the classes are cut</source>
            <translation />
        </message>
        <message>
            <source>Layers</source>
            <translation />
        </message>
        <message>
            <source>Grid outlines</source>
            <translation />
        </message>
        <message>
            <source>Village outlines</source>
            <translation />
        </message>
        <message>
            <source>Names</source>
            <translation />
        </message>
        <message>
            <source>Patrol platforms</source>
            <translation />
        </message>
        <message>
            <source>Unfinished disputes</source>
            <translation />
        </message>
        <message>
            <source>Incidents (30 days)</source>
            <translation />
        </message>
        <message>
            <source>Find a region: name, code or pinyin initials</source>
            <translation />
        </message>
        <message>
            <source>County</source>
            <translation />
        </message>
        <message>
            <source>Show the whole county (Home)</source>
            <translation />
        </message>
        <message>
            <source>Selection</source>
            <translation />
        </message>
        <message>
            <source>Zoom to the selected region</source>
            <translation />
        </message>
        <message>
            <source>Export…</source>
            <translation />
        </message>
        <message>
            <source>Save the view as PNG at print resolution, or as SVG</source>
            <translation />
        </message>
        <message>
            <source>Townships (no metric)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>MapFurniture</name>
        <message>
            <source>%1 km</source>
            <translation />
        </message>
        <message>
            <source>%1 m</source>
            <translation />
        </message>
        <message>
            <source>N</source>
            <translation />
        </message>
        <message>
            <source>Rapid-police district</source>
            <translation />
        </message>
        <message>
            <source>Patrol post</source>
            <translation />
        </message>
        <message>
            <source>Community watch</source>
            <translation />
        </message>
        <message>
            <source>Unfinished disputes (a number: how many close together)</source>
            <translation />
        </message>
        <message>
            <source>Incident, last 30 days</source>
            <translation />
        </message>
    </context>
    <context>
        <name>MapMetric</name>
        <message>
            <source>Open disputes per 1,000 residents</source>
            <translation />
        </message>
        <message>
            <source>Overdue disputes</source>
            <translation />
        </message>
        <message>
            <source>Disputes reported in the last 30 days</source>
            <translation />
        </message>
        <message>
            <source>Sense of security (survey)</source>
            <translation />
        </message>
        <message>
            <source>Response-time band (1-3-5)</source>
            <translation />
        </message>
        <message>
            <source>Four-colour risk level</source>
            <translation />
        </message>
        <message>
            <source>No response-time coverage: the store has no patrol platforms or no grids.</source>
            <translation />
        </message>
        <message>
            <source>Public order satisfaction (survey)</source>
            <translation />
        </message>
        <message>
            <source>Law enforcement satisfaction (survey)</source>
            <translation />
        </message>
        <message>
            <source>Awareness of the safety campaign (survey)</source>
            <translation />
        </message>
        <message>
            <source>Participation in the safety campaign (survey)</source>
            <translation />
        </message>
        <message>
            <source>No survey responses yet.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>Drawing the map…</source>
            <translation />
        </message>
        <message>
            <source>There is no map to export.</source>
            <translation />
        </message>
        <message>
            <source>Map</source>
            <translation />
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>MonthlyReport</name>
        <message>
            <source>%1-%2 is not a month</source>
            <translation />
        </message>
        <message>
            <source>%1 has not begun on %2: there is nothing to report yet</source>
            <translation />
        </message>
        <message>
            <source>the store holds no county</source>
            <translation />
        </message>
        <message>
            <source>no region has the code %1</source>
            <translation />
        </message>
        <message>
            <source>%1 %2 is not a township: a monthly report covers the county or one township</source>
            <translation />
        </message>
        <message>
            <source>%1 Social Governance Centre</source>
            <translation />
        </message>
        <message>
            <source>Disputes</source>
            <translation />
        </message>
        <message>
            <source>Major and overdue disputes</source>
            <translation />
        </message>
        <message>
            <source>Monthly trend</source>
            <translation />
        </message>
        <message>
            <source>Survey indicators</source>
            <translation />
        </message>
        <message>
            <source>Patrol and responses</source>
            <translation />
        </message>
        <message>
            <source>Map</source>
            <translation />
        </message>
        <message>
            <source>Done</source>
            <translation />
        </message>
        <message>
            <source>%2/%1</source>
            <translation />
        </message>
        <message>
            <source>%2/%3/%1</source>
            <translation />
        </message>
        <message>
            <source>none a period before</source>
            <translation />
        </message>
        <message>
            <source>no comparison</source>
            <translation />
        </message>
        <message>
            <source>unchanged</source>
            <translation />
        </message>
        <message>
            <source>up %1%</source>
            <translation />
        </message>
        <message>
            <source>down %1%</source>
            <translation />
        </message>
        <message>
            <source>up %1 percentage points</source>
            <translation />
        </message>
        <message>
            <source>down %1 percentage points</source>
            <translation />
        </message>
        <message>
            <source>Township</source>
            <translation />
        </message>
        <message>
            <source>Village / community</source>
            <translation />
        </message>
        <message>
            <source>the county</source>
            <translation />
        </message>
        <message>
            <source>Summary</source>
            <translation />
        </message>
        <message>
            <source>Figure</source>
            <translation />
        </message>
        <message>
            <source>This month</source>
            <translation />
        </message>
        <message>
            <source>Previous month</source>
            <translation />
        </message>
        <message>
            <source>Month on month</source>
            <translation />
        </message>
        <message>
            <source>Same month last year</source>
            <translation />
        </message>
        <message>
            <source>Year on year</source>
            <translation />
        </message>
        <message>
            <source>Resolved at township level or below</source>
            <translation />
        </message>
        <message>
            <source>Changes of counts are relative (%); changes of rates and shares are in percentage points.</source>
            <translation />
        </message>
        <message>
            <source>In %1, %2 took in %3 disputes, %4 on the previous month and %5 on the same month last year. Mediation succeeded in %6 cases, a success rate of %7 (%8 on the previous month); %9 cases ran past their deadline and %10 were escalated.</source>
            <translation />
        </message>
        <message>
            <source>Of the resolved cases, %1 were settled in the village or community and %2 in the township, so %3 never had to leave the township.</source>
            <translation />
        </message>
        <message>
            <source>By township</source>
            <translation />
        </message>
        <message>
            <source>By village</source>
            <translation />
        </message>
        <message>
            <source>New</source>
            <translation />
        </message>
        <message>
            <source>Resolved</source>
            <translation />
        </message>
        <message>
            <source>Success rate</source>
            <translation />
        </message>
        <message>
            <source>Overdue</source>
            <translation />
        </message>
        <message>
            <source>Escalated</source>
            <translation />
        </message>
        <message>
            <source>Resolved in village</source>
            <translation />
        </message>
        <message>
            <source>Resolved in township</source>
            <translation />
        </message>
        <message>
            <source>Total</source>
            <translation />
        </message>
        <message>
            <source>New: disputes reported in the month. The other figures describe those disputes as they stand on %1. Success rate: resolved / (resolved + failed + referred). Shares: of the resolved.</source>
            <translation />
        </message>
        <message>
            <source>By category</source>
            <translation />
        </message>
        <message>
            <source>Category</source>
            <translation />
        </message>
        <message>
            <source>Share</source>
            <translation />
        </message>
        <message>
            <source>Major disputes</source>
            <translation />
        </message>
        <message>
            <source>No.</source>
            <translation />
        </message>
        <message>
            <source>Case number</source>
            <translation />
        </message>
        <message>
            <source>Matter</source>
            <translation />
        </message>
        <message>
            <source>Reported</source>
            <translation />
        </message>
        <message>
            <source>Handled at</source>
            <translation />
        </message>
        <message>
            <source>Status</source>
            <translation />
        </message>
        <message>
            <source>%1 major disputes; the first %2 are printed, the workbook lists all.</source>
            <translation />
        </message>
        <message>
            <source>Overdue disputes</source>
            <translation />
        </message>
        <message>
            <source>Deadline</source>
            <translation />
        </message>
        <message>
            <source>Days over</source>
            <translation />
        </message>
        <message>
            <source>%1 overdue disputes, most days over first; the first %2 are printed, the workbook lists all.</source>
            <translation />
        </message>
        <message>
            <source>New disputes by township</source>
            <translation />
        </message>
        <message>
            <source>New disputes by village / community</source>
            <translation />
        </message>
        <message>
            <source>cases</source>
            <translation />
        </message>
        <message>
            <source>Disputes reported and closed, last 12 months</source>
            <translation />
        </message>
        <message>
            <source>Closed</source>
            <translation />
        </message>
        <message>
            <source>%1 (month)</source>
            <translation />
        </message>
        <message>
            <source>significant</source>
            <translation />
        </message>
        <message>
            <source>not significant</source>
            <translation />
        </message>
        <message>
            <source>Indicator</source>
            <translation />
        </message>
        <message>
            <source>Respondents</source>
            <translation />
        </message>
        <message>
            <source>Rate</source>
            <translation />
        </message>
        <message>
            <source>95% interval</source>
            <translation />
        </message>
        <message>
            <source>Previous wave</source>
            <translation />
        </message>
        <message>
            <source>Change (points)</source>
            <translation />
        </message>
        <message>
            <source>Change test</source>
            <translation />
        </message>
        <message>
            <source>Rank</source>
            <translation />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation />
        </message>
        <message>
            <source>County figures are weighted by township population. Interval: Wilson 95%. Change test: two-proportion test at 5%.</source>
            <translation />
        </message>
        <message>
            <source>Rank among the county's townships (1 = best); red: among the last five. Interval: Wilson 95%. Change test: two-proportion test at 5%.</source>
            <translation />
        </message>
        <message>
            <source>Survey by township</source>
            <translation />
        </message>
        <message>
            <source>Survey by village</source>
            <translation />
        </message>
        <message>
            <source>Security rank</source>
            <translation />
        </message>
        <message>
            <source>Red: among the last five townships for that indicator; a red number of respondents: fewer than 30, read with care.</source>
            <translation />
        </message>
        <message>
            <source>Villages are not ranked; a red number of respondents: fewer than 30, read with care.</source>
            <translation />
        </message>
        <message>
            <source>%1 by township, best first</source>
            <translation />
        </message>
        <message>
            <source>County %1</source>
            <translation />
        </message>
        <message>
            <source>%1 %2</source>
            <translation />
        </message>
        <message>
            <source> (%1 on the previous wave)</source>
            <translation />
        </message>
        <message>
            <source>The survey of wave %1 (%2 to %3) heard %4 residents of %5: %6.</source>
            <translation />
        </message>
        <message>
            <source>; </source>
            <translation />
        </message>
        <message>
            <source>The last five townships for %1 are %2.</source>
            <translation />
        </message>
        <message>
            <source>, </source>
            <translation />
        </message>
        <message>
            <source>On %1 the township ranks %2 of %3 in the county%4.</source>
            <translation />
        </message>
        <message>
            <source>, among the last five</source>
            <translation />
        </message>
        <message>
            <source>Within %1 min</source>
            <translation />
        </message>
        <message>
            <source>Response times</source>
            <translation />
        </message>
        <message>
            <source>Platform</source>
            <translation />
        </message>
        <message>
            <source>Incidents</source>
            <translation />
        </message>
        <message>
            <source>With arrival</source>
            <translation />
        </message>
        <message>
            <source>Median (min)</source>
            <translation />
        </message>
        <message>
            <source>P90 (min)</source>
            <translation />
        </message>
        <message>
            <source>No arrival</source>
            <translation />
        </message>
        <message>
            <source>(no township)</source>
            <translation />
        </message>
        <message>
            <source>Response time: arrival minus call, over incidents called in the month with both times recorded; incidents without an arrival are counted, not dropped.</source>
            <translation />
        </message>
        <message>
            <source>Patrol platforms</source>
            <translation />
        </message>
        <message>
            <source>Shifts</source>
            <translation />
        </message>
        <message>
            <source>Hours</source>
            <translation />
        </message>
        <message>
            <source>Officer hours</source>
            <translation />
        </message>
        <message>
            <source>Volunteer turns</source>
            <translation />
        </message>
        <message>
            <source>Distance (km)</source>
            <translation />
        </message>
        <message>
            <source>Patrols by township</source>
            <translation />
        </message>
        <message>
            <source>Platforms</source>
            <translation />
        </message>
        <message>
            <source>No incident was called in during the month in %1.</source>
            <translation />
        </message>
        <message>
            <source>%1 within %2 minutes</source>
            <translation />
        </message>
        <message>
            <source>In %1, %2 incidents were called in; %3 have both call and arrival times. Median response %4 minutes, 90th percentile %5 minutes; %6.</source>
            <translation />
        </message>
        <message>
            <source>%1 incidents have no recorded arrival and need checking.</source>
            <translation />
        </message>
        <message>
            <source>Share of responses within the target minutes, by township</source>
            <translation />
        </message>
        <message>
            <source>Share of responses within the target minutes, by platform</source>
            <translation />
        </message>
        <message>
            <source>%1 Social Governance Monthly Bulletin</source>
            <translation />
        </message>
        <message>
            <source>%1, issue %2</source>
            <translation />
        </message>
        <message>
            <source>I. Overview</source>
            <translation />
        </message>
        <message>
            <source>Table 1  Main figures, %1</source>
            <translation />
        </message>
        <message>
            <source>II. Disputes found and resolved</source>
            <translation />
        </message>
        <message>
            <source>(1) By township</source>
            <translation />
        </message>
        <message>
            <source>(1) By village / community</source>
            <translation />
        </message>
        <message>
            <source>Table 2  Disputes by township</source>
            <translation />
        </message>
        <message>
            <source>Table 2  Disputes by village / community</source>
            <translation />
        </message>
        <message>
            <source>(2) By category</source>
            <translation />
        </message>
        <message>
            <source>Table 3  Disputes by category</source>
            <translation />
        </message>
        <message>
            <source>(3) Major disputes</source>
            <translation />
        </message>
        <message>
            <source>Table 4  Major disputes reported in the month</source>
            <translation />
        </message>
        <message>
            <source>No major dispute was reported in the month.</source>
            <translation />
        </message>
        <message>
            <source>(4) Overdue disputes</source>
            <translation />
        </message>
        <message>
            <source>Table 5  Disputes of the month past their deadline</source>
            <translation />
        </message>
        <message>
            <source>No dispute of the month ran past its deadline.</source>
            <translation />
        </message>
        <message>
            <source>III. Public sense of security and satisfaction</source>
            <translation />
        </message>
        <message>
            <source>No survey wave had ended by the end of the month: no figures to report.</source>
            <translation />
        </message>
        <message>
            <source>Table 6  Survey indicators of %1, wave %2</source>
            <translation />
        </message>
        <message>
            <source>Table 7  Survey indicators by township</source>
            <translation />
        </message>
        <message>
            <source>Table 7  Survey indicators by village / community</source>
            <translation />
        </message>
        <message>
            <source>IV. Patrols and 1-3-5 response</source>
            <translation />
        </message>
        <message>
            <source>Table 8  Response times by township</source>
            <translation />
        </message>
        <message>
            <source>Table 8  Response times by platform</source>
            <translation />
        </message>
        <message>
            <source>Table 9  Patrols by township: shifts and incidents</source>
            <translation />
        </message>
        <message>
            <source>Table 10  Patrol platforms</source>
            <translation />
        </message>
        <message>
            <source>The %1 platforms are listed one by one in the workbook (sheet "%2").</source>
            <translation />
        </message>
        <message>
            <source>Table 9  Patrol platforms: shifts and incidents</source>
            <translation />
        </message>
        <message>
            <source>V. Map</source>
            <translation />
        </message>
        <message>
            <source>Figure  New disputes per 1,000 residents by township, %1</source>
            <translation />
        </message>
        <message>
            <source>Figure  New disputes per 1,000 residents by village / community, %1</source>
            <translation />
        </message>
        <message>
            <source>New disputes per 1,000</source>
            <translation />
        </message>
    </context>
    <context>
        <name>NodeDialog</name>
        <message>
            <source>never</source>
            <translation />
        </message>
        <message>
            <source>&amp;Export this node's identity…</source>
            <translation />
        </message>
        <message>
            <source>&amp;Trust a node's identity…</source>
            <translation />
        </message>
        <message>
            <source>Sync node and pairing</source>
            <translation />
        </message>
        <message>
            <source>Trusted node</source>
            <translation />
        </message>
        <message>
            <source>Role</source>
            <translation />
        </message>
        <message>
            <source>Scope</source>
            <translation />
        </message>
        <message>
            <source>Last export</source>
            <translation />
        </message>
        <message>
            <source>Last import</source>
            <translation />
        </message>
        <message>
            <source>County hub</source>
            <translation />
        </message>
        <message>
            <source>Township</source>
            <translation />
        </message>
        <message>
            <source>This node: %1 — %2, scope %3
Node id: %4</source>
            <translation />
        </message>
        <message>
            <source>(none)</source>
            <translation />
        </message>
        <message>
            <source>Make this database a sync node</source>
            <translation />
        </message>
        <message>
            <source>&amp;Make it a node</source>
            <translation />
        </message>
        <message>
            <source>County hub (the county center's database)</source>
            <translation />
        </message>
        <message>
            <source>Township (a township office working offline)</source>
            <translation />
        </message>
        <message>
            <source>e.g. 县综治中心, 城关镇综治中心</source>
            <translation />
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation />
        </message>
        <message>
            <source>T&amp;ownship:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation />
        </message>
        <message>
            <source>This database is not a sync node yet. Choose what it is below (or on the command line: pingan-cli node init --role hub|township --name NAME).</source>
            <translation />
        </message>
        <message>
            <source>County governance center</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PanelDock</name>
        <message>
            <source>Loading…</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Password</name>
        <message>
            <source>The password needs at least %1 characters</source>
            <translation />
        </message>
        <message>
            <source>The password needs three of: lower-case letters, upper-case letters, digits, other characters</source>
            <translation />
        </message>
        <message>
            <source>The password may not be the login</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PatrolCommand</name>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>… and %n more problem</numerusform>
                <numerusform>… and %n more problems</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: rejected, nothing was written</source>
            <translation />
        </message>
        <message>
            <source>%1: %2 rows read, %3 inserted, %4 unchanged</source>
            <translation />
        </message>
        <message>
            <source>Incidents</source>
            <translation />
        </message>
        <message>
            <source>No arrival</source>
            <translation />
        </message>
        <message>
            <source>Measured</source>
            <translation />
        </message>
        <message>
            <source>Median min</source>
            <translation />
        </message>
        <message>
            <source>P90 min</source>
            <translation />
        </message>
        <message>
            <source>Response times (arrival − call)</source>
            <translation />
        </message>
        <message>
            <source>Incidents: %1   without a recorded arrival: %2   measured: %3</source>
            <translation />
        </message>
        <message>
            <source>arrival before call (left out): %1</source>
            <translation />
        </message>
        <message>
            <source>County: median %1 min, 90th percentile %2 min; within %3</source>
            <translation />
        </message>
        <message>
            <source>By township</source>
            <translation />
        </message>
        <message>
            <source>Code</source>
            <translation />
        </message>
        <message>
            <source>Name</source>
            <translation />
        </message>
        <message>
            <source>(no grid or platform)</source>
            <translation />
        </message>
        <message>
            <source>By platform</source>
            <translation />
        </message>
        <message>
            <source>Kind</source>
            <translation />
        </message>
        <message>
            <source>Township</source>
            <translation />
        </message>
        <message>
            <source>By month</source>
            <translation />
        </message>
        <message>
            <source>Month</source>
            <translation />
        </message>
        <message>
            <source>Shifts by platform</source>
            <translation />
        </message>
        <message>
            <source>Shifts</source>
            <translation />
        </message>
        <message>
            <source>Hours</source>
            <translation />
        </message>
        <message>
            <source>Officer-hours</source>
            <translation />
        </message>
        <message>
            <source>Volunteers</source>
            <translation />
        </message>
        <message>
            <source>km</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PatrolRecordDialog</name>
        <message>
            <source>Dispute</source>
            <translation />
        </message>
        <message>
            <source>Fight</source>
            <translation />
        </message>
        <message>
            <source>Theft</source>
            <translation />
        </message>
        <message>
            <source>Traffic accident</source>
            <translation />
        </message>
        <message>
            <source>Fire</source>
            <translation />
        </message>
        <message>
            <source>Call for help</source>
            <translation />
        </message>
        <message>
            <source>Noise</source>
            <translation />
        </message>
        <message>
            <source>Suspicious activity</source>
            <translation />
        </message>
        <message>
            <source>Other</source>
            <translation />
        </message>
        <message>
            <source>Record a patrol shift</source>
            <translation />
        </message>
        <message>
            <source>Record an incident</source>
            <translation />
        </message>
        <message>
            <source>(no platform)</source>
            <translation />
        </message>
        <message>
            <source>&amp;Platform</source>
            <translation />
        </message>
        <message>
            <source> km</source>
            <translation />
        </message>
        <message>
            <source>&amp;Start</source>
            <translation />
        </message>
        <message>
            <source>&amp;End</source>
            <translation />
        </message>
        <message>
            <source>&amp;Officers</source>
            <translation />
        </message>
        <message>
            <source>&amp;Volunteers</source>
            <translation />
        </message>
        <message>
            <source>&amp;Distance patrolled</source>
            <translation />
        </message>
        <message>
            <source>15-digit grid code (optional)</source>
            <translation />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation />
        </message>
        <message>
            <source>&amp;Grid</source>
            <translation />
        </message>
        <message>
            <source>&amp;Called in</source>
            <translation />
        </message>
        <message>
            <source>&amp;Dispatched</source>
            <translation />
        </message>
        <message>
            <source>&amp;Arrived</source>
            <translation />
        </message>
        <message>
            <source>&amp;Finished</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PatrolRecords</name>
        <message>
            <source>'%1' is not a time (YYYY-MM-DD HH:MM[:SS], or ISO 8601 with an offset such as 2026-03-01T08:30:00+08:00)</source>
            <translation />
        </message>
        <message>
            <source>lies before the time in '%1'</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Permission</name>
        <message>
            <source>View cases and statistics</source>
            <translation />
        </message>
        <message>
            <source>Register disputes</source>
            <translation />
        </message>
        <message>
            <source>Handle disputes</source>
            <translation />
        </message>
        <message>
            <source>See full ID numbers and phones</source>
            <translation />
        </message>
        <message>
            <source>Edit patrol platforms</source>
            <translation />
        </message>
        <message>
            <source>Import data</source>
            <translation />
        </message>
        <message>
            <source>Change settings</source>
            <translation />
        </message>
        <message>
            <source>Print the monthly report</source>
            <translation />
        </message>
        <message>
            <source>Export data</source>
            <translation />
        </message>
        <message>
            <source>Manage user accounts</source>
            <translation />
        </message>
        <message>
            <source>Set the password and lockout rules</source>
            <translation />
        </message>
        <message>
            <source>Read the audit log</source>
            <translation />
        </message>
        <message>
            <source>Purge old audit rows</source>
            <translation />
        </message>
        <message>
            <source>Make backups</source>
            <translation />
        </message>
        <message>
            <source>Restore a backup</source>
            <translation />
        </message>
        <message>
            <source>Exchange sync packages</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PhoneNumber</name>
        <message>
            <source>a mobile number has 11 digits starting with 13 to 19</source>
            <translation />
        </message>
        <message>
            <source>not a phone number: a mobile number (11 digits) or a landline with its area code, e.g. 0731-12345678</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Platform</name>
        <message>
            <source>Rapid-police district post</source>
            <translation />
        </message>
        <message>
            <source>Patrol post</source>
            <translation />
        </message>
        <message>
            <source>Community-watch post</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PlatformDesk</name>
        <message>
            <source>Retire %1</source>
            <translation />
        </message>
        <message>
            <source>%1 leaves service on the day chosen. Its shifts and incidents stay in the records; it no longer counts for coverage or shows on the map.</source>
            <translation />
        </message>
        <message>
            <source>Retire</source>
            <translation />
        </message>
        <message>
            <source>The platforms could not be read:
%1</source>
            <translation />
        </message>
        <message>
            <source>New patrol platform</source>
            <translation />
        </message>
        <message>
            <source>Edit platform</source>
            <translation />
        </message>
        <message>
            <source>The platform is no longer in the registry.</source>
            <translation />
        </message>
        <message>
            <source>Move platform</source>
            <translation />
        </message>
        <message>
            <source>Move %1 to %2° E, %3° N?</source>
            <translation />
        </message>
        <message>
            <source>Import incidents</source>
            <translation />
        </message>
        <message>
            <source>Import patrol shifts</source>
            <translation />
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation />
        </message>
        <message>
            <source>%1: %2 rows read, %3 new, %4 already recorded.</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>… and %n more problem</numerusform>
                <numerusform>… and %n more problems</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported:
%1</source>
            <translation />
        </message>
        <message>
            <source>Import</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PlatformDialog</name>
        <message>
            <source>Code</source>
            <translation />
        </message>
        <message>
            <source>Name</source>
            <translation />
        </message>
        <message>
            <source>Kind</source>
            <translation />
        </message>
        <message>
            <source>Responsible area</source>
            <translation />
        </message>
        <message>
            <source>Longitude</source>
            <translation />
        </message>
        <message>
            <source>Latitude</source>
            <translation />
        </message>
        <message>
            <source>Staff</source>
            <translation />
        </message>
        <message>
            <source>Vehicles</source>
            <translation />
        </message>
        <message>
            <source>Volunteers</source>
            <translation />
        </message>
        <message>
            <source>Duty hours</source>
            <translation />
        </message>
        <message>
            <source>Travel speed</source>
            <translation />
        </message>
        <message>
            <source>Edit platform %1</source>
            <translation />
        </message>
        <message>
            <source>New patrol platform</source>
            <translation />
        </message>
        <message>
            <source>e.g. KJ-07</source>
            <translation />
        </message>
        <message>
            <source>Red-armband patrollers (红袖章), household security heads (治安户长) and other volunteers on its rota</source>
            <translation />
        </message>
        <message>
            <source>24h, or 08:00-22:00</source>
            <translation />
        </message>
        <message>
            <source> km/h</source>
            <translation />
        </message>
        <message>
            <source>The average speed to a call, used for the 1-3-5 minute coverage</source>
            <translation />
        </message>
        <message>
            <source>&amp;Code</source>
            <translation />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation />
        </message>
        <message>
            <source>Responsible &amp;area</source>
            <translation />
        </message>
        <message>
            <source>&amp;Position</source>
            <translation />
        </message>
        <message>
            <source>&amp;Staff</source>
            <translation />
        </message>
        <message>
            <source>&amp;Vehicles</source>
            <translation />
        </message>
        <message>
            <source>V&amp;olunteers</source>
            <translation />
        </message>
        <message>
            <source>&amp;Duty hours</source>
            <translation />
        </message>
        <message>
            <source>&amp;Travel speed</source>
            <translation />
        </message>
        <message>
            <source>Opened &amp;on</source>
            <translation />
        </message>
        <message>
            <source>%1: %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PlatformDock</name>
        <message>
            <source>Patrol platforms</source>
            <translation />
        </message>
        <message>
            <source>&amp;New…</source>
            <translation />
        </message>
        <message>
            <source>Register a new patrol platform</source>
            <translation />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation />
        </message>
        <message>
            <source>&amp;Retire…</source>
            <translation />
        </message>
        <message>
            <source>Take the platform out of service (its records stay)</source>
            <translation />
        </message>
        <message>
            <source>&amp;Move on map</source>
            <translation />
        </message>
        <message>
            <source>While on, drag a platform's symbol on the map to move it</source>
            <translation />
        </message>
        <message>
            <source>Show retired</source>
            <translation />
        </message>
        <message>
            <source>No database open</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n in service</source>
            <translation>
                <numerusform>%n in service</numerusform>
                <numerusform>%n in service</numerusform>
            </translation>
        </message>
        <message>
            <source>Record &amp;shift…</source>
            <translation />
        </message>
        <message>
            <source>Record &amp;incident…</source>
            <translation />
        </message>
        <message>
            <source>Patrol shifts (CSV)…</source>
            <translation />
        </message>
        <message>
            <source>Incidents (CSV)…</source>
            <translation />
        </message>
        <message>
            <source>Im&amp;port</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PlatformRepository</name>
        <message>
            <source>A %1 may not change the platform registry</source>
            <translation />
        </message>
        <message>
            <source>the code %1 is already %2's</source>
            <translation />
        </message>
        <message>
            <source>there is no region %1</source>
            <translation />
        </message>
        <message>
            <source>There is no platform %1</source>
            <translation />
        </message>
        <message>
            <source>%1 was changed by someone else since you opened it; look at it again</source>
            <translation />
        </message>
        <message>
            <source>%1 is retired</source>
            <translation />
        </message>
        <message>
            <source>%1 is already retired</source>
            <translation />
        </message>
        <message>
            <source>give the day the platform leaves service</source>
            <translation />
        </message>
        <message>
            <source>%1 opened on %2, after %3</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PlatformRules</name>
        <message>
            <source>a platform needs a code</source>
            <translation />
        </message>
        <message>
            <source>'%1' is not a platform code (letters, digits, - and _, at most 32)</source>
            <translation />
        </message>
        <message>
            <source>a platform needs a name</source>
            <translation />
        </message>
        <message>
            <source>a name of at most 60 characters</source>
            <translation />
        </message>
        <message>
            <source>choose the area the platform is responsible for</source>
            <translation />
        </message>
        <message>
            <source>longitude %1 lies outside China (73–136° E)</source>
            <translation />
        </message>
        <message>
            <source>latitude %1 lies outside China (3–54° N)</source>
            <translation />
        </message>
        <message>
            <source>staff must be between 0 and 10,000</source>
            <translation />
        </message>
        <message>
            <source>vehicles must be between 0 and 1,000</source>
            <translation />
        </message>
        <message>
            <source>volunteers must be between 0 and 100,000</source>
            <translation />
        </message>
        <message>
            <source>'%1' is not a duty time: write 24h or a span such as 08:00-22:00</source>
            <translation />
        </message>
        <message>
            <source>a travel speed between 3 and 120 km/h</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PlatformTableModel</name>
        <message>
            <source>24 hours</source>
            <translation />
        </message>
        <message>
            <source>retired %1</source>
            <translation />
        </message>
        <message>
            <source>in service</source>
            <translation />
        </message>
        <message>
            <source>Code</source>
            <translation />
        </message>
        <message>
            <source>Platform</source>
            <translation />
        </message>
        <message>
            <source>Kind</source>
            <translation />
        </message>
        <message>
            <source>Responsible area</source>
            <translation />
        </message>
        <message>
            <source>Staff</source>
            <translation />
        </message>
        <message>
            <source>Vehicles</source>
            <translation />
        </message>
        <message>
            <source>Volunteers</source>
            <translation />
        </message>
        <message>
            <source>Duty hours</source>
            <translation />
        </message>
        <message>
            <source>Speed km/h</source>
            <translation />
        </message>
        <message>
            <source>Opened</source>
            <translation />
        </message>
        <message>
            <source>Status</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Region</name>
        <message>
            <source>County</source>
            <translation />
        </message>
        <message>
            <source>Township</source>
            <translation />
        </message>
        <message>
            <source>Village</source>
            <translation />
        </message>
        <message>
            <source>Grid</source>
            <translation />
        </message>
    </context>
    <context>
        <name>RegionTreeDock</name>
        <message>
            <source>Regions</source>
            <translation />
        </message>
        <message>
            <source>No database open</source>
            <translation />
        </message>
    </context>
    <context>
        <name>RegionTreeModel</name>
        <message>
            <source>%1 %2 (%3)
Population %4
Open disputes %5 of %6</source>
            <translation />
        </message>
        <message>
            <source>Region</source>
            <translation />
        </message>
        <message>
            <source>Open</source>
            <translation />
        </message>
        <message>
            <source>Total</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ReportChart</name>
        <message>
            <source>Unit: %1</source>
            <translation />
        </message>
        <message>
            <source>No data</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ReportDesk</name>
        <message>
            <source>Laying out the report</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Monthly report</source>
            <translation />
        </message>
        <message>
            <source>The calendar month the report covers</source>
            <translation />
        </message>
        <message>
            <source>The whole county, or one township and its villages</source>
            <translation />
        </message>
        <message>
            <source>Disputes still open past their deadline on this day count as overdue; the report is dated this day</source>
            <translation />
        </message>
        <message>
            <source>The issuing office printed under the title and at the end</source>
            <translation />
        </message>
        <message>
            <source>Generate</source>
            <translation />
        </message>
        <message>
            <source>Cancel</source>
            <translation />
        </message>
        <message>
            <source>Print…</source>
            <translation />
        </message>
        <message>
            <source>Print preview…</source>
            <translation />
        </message>
        <message>
            <source>Export PDF…</source>
            <translation />
        </message>
        <message>
            <source>Export Excel…</source>
            <translation />
        </message>
        <message>
            <source>Every table of the report, in full, one sheet each</source>
            <translation />
        </message>
        <message>
            <source>Close</source>
            <translation />
        </message>
        <message>
            <source>Fit width</source>
            <translation />
        </message>
        <message>
            <source>Whole page</source>
            <translation />
        </message>
        <message>
            <source>Zoom in</source>
            <translation />
        </message>
        <message>
            <source>Zoom out</source>
            <translation />
        </message>
        <message>
            <source>Month:</source>
            <translation />
        </message>
        <message>
            <source>Scope:</source>
            <translation />
        </message>
        <message>
            <source>As of:</source>
            <translation />
        </message>
        <message>
            <source>Issuer:</source>
            <translation />
        </message>
        <message>
            <source>Print and export</source>
            <translation />
        </message>
        <message>
            <source>%1 (whole county)</source>
            <translation />
        </message>
        <message>
            <source>No database open</source>
            <translation />
        </message>
        <message>
            <source>Choose the month and the scope, then Generate.</source>
            <translation />
        </message>
        <message>
            <source>Generating the report of %1 for %2…</source>
            <translation />
        </message>
        <message>
            <source>Generating…</source>
            <translation />
        </message>
        <message>
            <source>Cancelled. Change the form if need be, then Generate.</source>
            <translation />
        </message>
        <message>
            <source>Cancelled.</source>
            <translation />
        </message>
        <message>
            <source>Generating: %1…</source>
            <translation />
        </message>
        <message>
            <source>%1 pages</source>
            <translation />
        </message>
        <message>
            <source>%1, %2: %3 pages. Print it or export it.</source>
            <translation />
        </message>
        <message>
            <source>The report could not be made:
%1</source>
            <translation />
        </message>
        <message>
            <source>The report could not be made: %1</source>
            <translation />
        </message>
        <message>
            <source>Print the monthly report</source>
            <translation />
        </message>
        <message>
            <source>The printer refused the report.</source>
            <translation />
        </message>
        <message>
            <source>Sent %1 pages to the printer.</source>
            <translation />
        </message>
        <message>
            <source>Print preview of the monthly report</source>
            <translation />
        </message>
        <message>
            <source>%1 monthly report %2</source>
            <translation />
        </message>
        <message>
            <source>Export the monthly report as PDF</source>
            <translation />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation />
        </message>
        <message>
            <source>Export the report's tables as an Excel workbook</source>
            <translation />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation />
        </message>
        <message>
            <source>There is no report to export: generate one first.</source>
            <translation />
        </message>
        <message>
            <source>Saved %1 (%2 pages).</source>
            <translation />
        </message>
        <message>
            <source>Saved %1.</source>
            <translation />
        </message>
        <message>
            <source>This account may not export data</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ReportDocument</name>
        <message>
            <source>(%1)</source>
            <translation />
        </message>
        <message>
            <source>Issued by %1</source>
            <translation />
        </message>
        <message>
            <source>%2/%3/%1</source>
            <translation />
        </message>
        <message>
            <source>Note: %1</source>
            <translation />
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation />
        </message>
        <message>
            <source>%1: the report could not be drawn</source>
            <translation />
        </message>
        <message>
            <source>%1: cannot write the file (%2)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ReportXlsx</name>
        <message>
            <source>Table %1</source>
            <translation />
        </message>
        <message>
            <source>table “%1” holds a text longer than the 32767 characters an Excel cell can hold</source>
            <translation />
        </message>
        <message>
            <source>table “%1” has more rows or columns than an Excel sheet can hold</source>
            <translation />
        </message>
        <message>
            <source>table “%1”: %2</source>
            <translation />
        </message>
        <message>
            <source>cannot add the sheet “%1”</source>
            <translation />
        </message>
        <message>
            <source>Cannot write the workbook %1: %2</source>
            <translation />
        </message>
        <message>
            <source>the folder %1 does not exist</source>
            <translation />
        </message>
        <message>
            <source>a folder has that name</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ResponseDock</name>
        <message>
            <source>Response times</source>
            <translation />
        </message>
        <message>
            <source>The last day included</source>
            <translation />
        </message>
        <message>
            <source>From</source>
            <translation />
        </message>
        <message>
            <source>To</source>
            <translation />
        </message>
        <message>
            <source>Scope</source>
            <translation />
        </message>
        <message>
            <source>How long until arrival</source>
            <translation />
        </message>
        <message>
            <source>Minutes from call to arrival</source>
            <translation />
        </message>
        <message>
            <source>Incidents</source>
            <translation />
        </message>
        <message>
            <source>Median</source>
            <translation />
        </message>
        <message>
            <source>P90</source>
            <translation />
        </message>
        <message>
            <source>Minutes</source>
            <translation />
        </message>
        <message>
            <source>Double-click a platform to see its own figures</source>
            <translation />
        </message>
        <message>
            <source>Whole county</source>
            <translation />
        </message>
        <message>
            <source>Computing…</source>
            <translation />
        </message>
        <message>
            <source>%1: no incidents in this period</source>
            <translation />
        </message>
        <message>
            <source>%1 incidents (%2 timed)</source>
            <translation />
        </message>
        <message>
            <source>median %1 min</source>
            <translation />
        </message>
        <message>
            <source>P90 %1 min</source>
            <translation />
        </message>
        <message>
            <source>≤ %1 min: %2%</source>
            <translation />
        </message>
        <message>
            <source>%1 without arrival</source>
            <translation />
        </message>
        <message>
            <source>%1 with arrival before call, left out</source>
            <translation />
        </message>
        <message>
            <source>%1: %2</source>
            <translation />
        </message>
        <message>
            <source>≤ %1 min</source>
            <translation />
        </message>
        <message>
            <source>&gt; %1 min</source>
            <translation />
        </message>
        <message>
            <source>%1–%2 min</source>
            <translation />
        </message>
        <message>
            <source>%1 min: %2 incidents</source>
            <translation />
        </message>
        <message>
            <source>Median and P90 per month</source>
            <translation />
        </message>
        <message>
            <source>Within %1 min</source>
            <translation />
        </message>
        <message>
            <source>Median, P90 and share within %1 min per month</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ResponseTableModel</name>
        <message>
            <source>%1%</source>
            <translation />
        </message>
        <message>
            <source>%1 of %2 timed responses within %3 min</source>
            <translation />
        </message>
        <message>
            <source>Median minutes from call to arrival</source>
            <translation />
        </message>
        <message>
            <source>90 % of timed responses arrived within this many minutes</source>
            <translation />
        </message>
        <message>
            <source>Incidents with no recorded arrival: counted, not timed</source>
            <translation />
        </message>
        <message>
            <source>Share of timed responses arriving within %1 min</source>
            <translation />
        </message>
        <message>
            <source>Platform</source>
            <translation />
        </message>
        <message>
            <source>Kind</source>
            <translation />
        </message>
        <message>
            <source>Township</source>
            <translation />
        </message>
        <message>
            <source>Incidents</source>
            <translation />
        </message>
        <message>
            <source>Median (min)</source>
            <translation />
        </message>
        <message>
            <source>P90 (min)</source>
            <translation />
        </message>
        <message>
            <source>Without arrival</source>
            <translation />
        </message>
        <message>
            <source>≤ %1 min</source>
            <translation />
        </message>
    </context>
    <context>
        <name>RoadImport</name>
        <message>
            <source>(no fields)</source>
            <translation />
        </message>
        <message>
            <source>%1: layer '%2' has no field '%3' (%4); its fields are: %5</source>
            <translation />
        </message>
        <message>
            <source>name</source>
            <translation />
        </message>
        <message>
            <source>kind</source>
            <translation />
        </message>
        <message>
            <source>%1: layer '%2' holds %3 geometry, not lines; give a file of road lines</source>
            <translation />
        </message>
        <message>
            <source>%1: feature %2</source>
            <translation />
        </message>
        <message>
            <source>%1: no line geometry</source>
            <translation />
        </message>
        <message>
            <source>%1: a %2, not a line</source>
            <translation />
        </message>
        <message>
            <source>%1: the file declares no CRS (no .prj or crs member) and its coordinates such as %2 are projected, not longitude/latitude; give the CRS with --source-crs EPSG:N (e.g. EPSG:4547 for CGCS2000 3-degree Gauss-Kruger, CM 114E)</source>
            <translation />
        </message>
        <message>
            <source>%1: coordinates such as %2 are not longitude/latitude, but the file is read as %3; give the real CRS with --source-crs EPSG:N</source>
            <translation />
        </message>
        <message>
            <source>%1: cannot transform to longitude/latitude: %2</source>
            <translation />
        </message>
        <message>
            <source>%1: part %2 has a coordinate that is not a number</source>
            <translation />
        </message>
        <message>
            <source>%1: part %2 has fewer than two distinct vertices; skipped</source>
            <translation />
        </message>
        <message>
            <source>%1: layer '%2' holds no features</source>
            <translation />
        </message>
        <message>
            <source>%1: no feature matches '%2'</source>
            <translation />
        </message>
        <message>
            <source>%1: holds no lines (its features are %2 and the like); give a file of road lines</source>
            <translation />
        </message>
        <message>
            <source>%1: no feature has a line to import</source>
            <translation />
        </message>
        <message>
            <source>the reading was cancelled; nothing was written</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%1: %n problem(s); nothing was written</source>
            <translation>
                <numerusform>%1: %n problem; nothing was written</numerusform>
                <numerusform>%1: %n problems; nothing was written</numerusform>
            </translation>
        </message>
        <message>
            <source>the database is open read-only; nothing was written</source>
            <translation />
        </message>
        <message>
            <source>cancelled; nothing was written</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SessionDesk</name>
        <message>
            <source>%1 (%2)</source>
            <translation />
        </message>
        <message>
            <source>%1 · %2</source>
            <translation />
        </message>
        <message>
            <source> · region %1</source>
            <translation />
        </message>
        <message>
            <source>The password of %1 has expired or was reset by an administrator. Choose a new one to go on.</source>
            <translation />
        </message>
        <message>
            <source>Nobody is signed in.</source>
            <translation />
        </message>
        <message>
            <source>Show full numbers</source>
            <translation />
        </message>
        <message>
            <source>Only the audit admin verifies the audit log.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation />
        </message>
        <message>
            <source>Sign in to the command desk with your account.</source>
            <translation />
        </message>
        <message>
            <source>Login:</source>
            <translation />
        </message>
        <message>
            <source>Password:</source>
            <translation />
        </message>
        <message>
            <source>Desk locked</source>
            <translation />
        </message>
        <message>
            <source>The desk was locked after a time without input. %1 (%2): enter your password to go on, or quit.</source>
            <translation />
        </message>
        <message>
            <source>Unlock</source>
            <translation />
        </message>
        <message>
            <source>Quit</source>
            <translation />
        </message>
    </context>
    <context>
        <name>StatsCommand</name>
        <message>
            <source>%1 pt</source>
            <translation />
        </message>
        <message>
            <source>By township</source>
            <translation />
        </message>
        <message>
            <source>By village</source>
            <translation />
        </message>
        <message>
            <source>By grid</source>
            <translation />
        </message>
        <message>
            <source>By region</source>
            <translation />
        </message>
        <message>
            <source>Dispute statistics</source>
            <translation />
        </message>
        <message>
            <source>Period</source>
            <translation />
        </message>
        <message>
            <source>As of</source>
            <translation />
        </message>
        <message>
            <source>Previous period</source>
            <translation />
        </message>
        <message>
            <source>A year earlier</source>
            <translation />
        </message>
        <message>
            <source>Figure</source>
            <translation />
        </message>
        <message>
            <source>This period</source>
            <translation />
        </message>
        <message>
            <source>Change</source>
            <translation />
        </message>
        <message>
            <source>Resolved by handling level</source>
            <translation />
        </message>
        <message>
            <source>Level</source>
            <translation />
        </message>
        <message>
            <source>Resolved</source>
            <translation />
        </message>
        <message>
            <source>Share</source>
            <translation />
        </message>
        <message>
            <source>Village and township</source>
            <translation />
        </message>
        <message>
            <source>New</source>
            <translation />
        </message>
        <message>
            <source>vs previous</source>
            <translation />
        </message>
        <message>
            <source>vs a year earlier</source>
            <translation />
        </message>
        <message>
            <source>Success rate</source>
            <translation />
        </message>
        <message>
            <source>Overdue</source>
            <translation />
        </message>
        <message>
            <source>Escalated</source>
            <translation />
        </message>
        <message>
            <source>By category</source>
            <translation />
        </message>
        <message>
            <source>Category</source>
            <translation />
        </message>
        <message>
            <source>Code</source>
            <translation />
        </message>
        <message>
            <source>Name</source>
            <translation />
        </message>
        <message>
            <source>Village share</source>
            <translation />
        </message>
    </context>
    <context>
        <name>StoreCopier</name>
        <message>
            <source>%1: the store to copy from must be a SQLite file</source>
            <translation />
        </message>
        <message>
            <source>%1: the store to copy to must be a PostgreSQL database</source>
            <translation />
        </message>
        <message>
            <source>%1: schema version %2, but this program copies version %3: open the file once with this program to bring it up to date</source>
            <translation />
        </message>
        <message>
            <source>%1: the server store is not at schema version %2</source>
            <translation />
        </message>
        <message>
            <source>%1: the server store already holds data (table %2); copy into a new, empty database</source>
            <translation />
        </message>
        <message>
            <source>%1: table %2 changed while it was copied (%3 rows, then %4)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SurveyDesk</name>
        <message>
            <source>The survey could not be read:
%1</source>
            <translation />
        </message>
        <message>
            <source>No survey responses yet: import a wave with File › Import survey responses…</source>
            <translation />
        </message>
        <message>
            <source>Survey scheme</source>
            <translation />
        </message>
        <message>
            <source>The database is open read-only: the scheme was not saved.</source>
            <translation />
        </message>
        <message>
            <source>The scheme was not saved:
%1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SurveyDock</name>
        <message>
            <source>Survey indicators</source>
            <translation />
        </message>
        <message>
            <source>Trend</source>
            <translation />
        </message>
        <message>
            <source>Ranking</source>
            <translation />
        </message>
        <message>
            <source>Answers</source>
            <translation />
        </message>
        <message>
            <source>Table</source>
            <translation />
        </message>
        <message>
            <source>No survey data yet</source>
            <translation />
        </message>
        <message>
            <source>Export chart…</source>
            <translation />
        </message>
        <message>
            <source>Save the chart shown as a PNG image or an SVG drawing</source>
            <translation />
        </message>
        <message>
            <source>Wave</source>
            <translation />
        </message>
        <message>
            <source>Indicator</source>
            <translation />
        </message>
        <message>
            <source>Township</source>
            <translation />
        </message>
        <message>
            <source>(none)</source>
            <translation />
        </message>
        <message>
            <source>%1, %2: %3 (95 % interval %4), n = %5</source>
            <translation />
        </message>
        <message>
            <source>Small sample (n &lt; 30)</source>
            <translation />
        </message>
        <message>
            <source>n</source>
            <translation />
        </message>
        <message>
            <source>Rate</source>
            <translation />
        </message>
        <message>
            <source>95% interval</source>
            <translation />
        </message>
        <message>
            <source>Rank</source>
            <translation />
        </message>
        <message>
            <source>Last five</source>
            <translation />
        </message>
        <message>
            <source>Change</source>
            <translation />
        </message>
        <message>
            <source>⚠ small sample (n &lt; 30), read with care. ▲/▼ the change against the previous wave is significant (p &lt; 0.05). The county figure is weighted by township population.</source>
            <translation />
        </message>
        <message>
            <source>Computing…</source>
            <translation />
        </message>
        <message>
            <source>No survey wave yet</source>
            <translation />
        </message>
        <message>
            <source>%1, %2: no figures</source>
            <translation />
        </message>
        <message>
            <source>%1: no answers</source>
            <translation />
        </message>
        <message>
            <source>%1 %2 (%3), n = %4</source>
            <translation />
        </message>
        <message>
            <source>%1: %2, 95% interval %3, %4 respondents</source>
            <translation />
        </message>
        <message>
            <source>small sample (n &lt; 30): read with care</source>
            <translation />
        </message>
        <message>
            <source>rank %1/%2</source>
            <translation />
        </message>
        <message>
            <source>rank %1 of %2</source>
            <translation />
        </message>
        <message>
            <source>%1 vs previous wave</source>
            <translation />
        </message>
        <message>
            <source>%1 against the previous wave (significant)</source>
            <translation />
        </message>
        <message>
            <source>%1 against the previous wave (not significant)</source>
            <translation />
        </message>
        <message>
            <source>County</source>
            <translation />
        </message>
        <message>
            <source>Index</source>
            <translation />
        </message>
        <message>
            <source>Rate (%)</source>
            <translation />
        </message>
        <message>
            <source>%1 by wave (shaded: 95 % interval)</source>
            <translation />
        </message>
        <message>
            <source>%1. %2</source>
            <translation />
        </message>
        <message>
            <source>%1: %2 (95 % interval %3), n = %4</source>
            <translation />
        </message>
        <message>
            <source>Others</source>
            <translation />
        </message>
        <message>
            <source>Last five (significant)</source>
            <translation />
        </message>
        <message>
            <source>Last five (not significant)</source>
            <translation />
        </message>
        <message>
            <source>%1 %2</source>
            <translation />
        </message>
        <message>
            <source>%1, %2: townships ranked</source>
            <translation />
        </message>
        <message>
            <source>p = %1</source>
            <translation />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation />
        </message>
        <message>
            <source>Significantly below the other townships: %1</source>
            <translation />
        </message>
        <message>
            <source>, </source>
            <translation />
        </message>
        <message>
            <source>Last five, but no significant difference from the other townships: %1</source>
            <translation />
        </message>
        <message>
            <source>%1, %2: %3 (%4%)</source>
            <translation />
        </message>
        <message>
            <source>%1, %2: answers given</source>
            <translation />
        </message>
        <message>
            <source>%1 (weighted)</source>
            <translation />
        </message>
        <message>
            <source>Small sample (n &lt; 30): read with care</source>
            <translation />
        </message>
        <message>
            <source>yes, significantly below the others</source>
            <translation />
        </message>
        <message>
            <source>yes, no significant difference</source>
            <translation />
        </message>
        <message>
            <source>Previous wave: %1 (n = %2)%3</source>
            <translation />
        </message>
        <message>
            <source>Show a chart to export it.</source>
            <translation />
        </message>
        <message>
            <source>Pingan Command Desk survey chart</source>
            <translation />
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation />
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation />
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation />
        </message>
        <message>
            <source>Export chart</source>
            <translation />
        </message>
        <message>
            <source>p &lt; 0.001</source>
            <translation />
        </message>
        <message>
            <source>%1 against the other townships</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SurveyImport</name>
        <message>
            <source>Respondent key</source>
            <translation />
        </message>
        <message>
            <source>Township / sub-district</source>
            <translation />
        </message>
        <message>
            <source>Village / community</source>
            <translation />
        </message>
        <message>
            <source>Region code</source>
            <translation />
        </message>
        <message>
            <source>Survey method</source>
            <translation />
        </message>
        <message>
            <source>%1:%2: a quoted field starts here and is never closed</source>
            <translation />
        </message>
        <message>
            <source>%1: cannot read the spreadsheet</source>
            <translation />
        </message>
        <message>
            <source>%1: cannot read the spreadsheet: %2</source>
            <translation />
        </message>
        <message>
            <source>%1: the spreadsheet has no sheet</source>
            <translation />
        </message>
        <message>
            <source>%1: there is no sheet '%2' (the sheets are: %3)</source>
            <translation />
        </message>
        <message>
            <source>%1: an old Excel (.xls) file; save it as .xlsx or CSV</source>
            <translation />
        </message>
        <message>
            <source>%1: UTF-16 text; save it as CSV (UTF-8 or GB18030)</source>
            <translation />
        </message>
        <message>
            <source>%1: cannot read: %2</source>
            <translation />
        </message>
        <message>
            <source>%1: this build cannot read GB18030 text</source>
            <translation />
        </message>
        <message>
            <source>the respondent key is empty</source>
            <translation />
        </message>
        <message>
            <source>the respondent key is longer than %1 bytes</source>
            <translation />
        </message>
        <message>
            <source>'%1' is not a survey method (电话, 面访/入户, 网络/线上/微信)</source>
            <translation />
        </message>
        <message>
            <source>'%1' is not an answer to %2 (%3, or a code 1–%4)</source>
            <translation />
        </message>
        <message>
            <source>the row answers no question</source>
            <translation />
        </message>
        <message>
            <source>no township or village has the code '%1'</source>
            <translation />
        </message>
        <message>
            <source>'%1' is not the township of region code %2</source>
            <translation />
        </message>
        <message>
            <source>the township is empty</source>
            <translation />
        </message>
        <message>
            <source>'%1' fits more than one township; give the full name</source>
            <translation />
        </message>
        <message>
            <source>no township is named '%1'</source>
            <translation />
        </message>
        <message>
            <source>'%1' fits more than one village of %2; give the full name</source>
            <translation />
        </message>
        <message>
            <source>'%1' is not a village or community of %2</source>
            <translation />
        </message>
        <message>
            <source>%1:%2: the header has no column for: %3</source>
            <translation />
        </message>
        <message>
            <source>%1 is mapped to column %2, but the file has %3</source>
            <translation />
        </message>
        <message>
            <source>column %1 is mapped to both %2 and %3</source>
            <translation />
        </message>
        <message>
            <source>no column is given for: %1</source>
            <translation />
        </message>
        <message>
            <source>no such file</source>
            <translation />
        </message>
        <message>
            <source>%1: the file is empty</source>
            <translation />
        </message>
        <message>
            <source>no wave is given</source>
            <translation />
        </message>
        <message>
            <source>duplicate respondent key, first on line %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SurveyImportCommand</name>
        <message>
            <source>%1 → wave %2%3: %4 imported, %5 duplicates (already stored), %6 rejected (%7 s)</source>
            <translation />
        </message>
        <message>
            <source> (new)</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>… and %n more problem</numerusform>
                <numerusform>… and %n more problems</numerusform>
            </translation>
        </message>
        <message>
            <source>(--report FILE.json lists them all)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SurveyImportDialog</name>
        <message>
            <source>Detect</source>
            <translation />
        </message>
        <message>
            <source>UTF-8 with BOM</source>
            <translation />
        </message>
        <message>
            <source>Import survey answers</source>
            <translation />
        </message>
        <message>
            <source>Choose a CSV or XLSX file of answers.</source>
            <translation />
        </message>
        <message>
            <source>CSV (UTF-8 or GB18030) or XLSX, one row per respondent</source>
            <translation />
        </message>
        <message>
            <source>Browse…</source>
            <translation />
        </message>
        <message>
            <source>e.g. 2026Q3</source>
            <translation />
        </message>
        <message>
            <source>Sheet:</source>
            <translation />
        </message>
        <message>
            <source>Field</source>
            <translation />
        </message>
        <message>
            <source>Column in the file</source>
            <translation />
        </message>
        <message>
            <source>Match</source>
            <translation />
        </message>
        <message>
            <source>I have checked the marked columns: they are right</source>
            <translation />
        </message>
        <message>
            <source>Import</source>
            <translation />
        </message>
        <message>
            <source>Cancel</source>
            <translation />
        </message>
        <message>
            <source>Line</source>
            <translation />
        </message>
        <message>
            <source>Reason</source>
            <translation />
        </message>
        <message>
            <source>Save report…</source>
            <translation />
        </message>
        <message>
            <source>Close</source>
            <translation />
        </message>
        <message>
            <source>File:</source>
            <translation />
        </message>
        <message>
            <source>Wave:</source>
            <translation />
        </message>
        <message>
            <source>Encoding:</source>
            <translation />
        </message>
        <message>
            <source>Columns</source>
            <translation />
        </message>
        <message>
            <source>First rows of the file</source>
            <translation />
        </message>
        <message>
            <source>Rejected rows</source>
            <translation />
        </message>
        <message>
            <source>Survey answers</source>
            <translation />
        </message>
        <message>
            <source>Survey files (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation />
        </message>
        <message>
            <source>Reading %1…</source>
            <translation />
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation />
        </message>
        <message>
            <source>Check the marked columns, correct them if need be, and confirm.</source>
            <translation />
        </message>
        <message>
            <source>All columns recognised. Name the wave and import.</source>
            <translation />
        </message>
        <message>
            <source>XLSX, sheet %1</source>
            <translation />
        </message>
        <message>
            <source>CSV, %1, header on line %2</source>
            <translation />
        </message>
        <message>
            <source>(none)</source>
            <translation />
        </message>
        <message>
            <source>chosen by you</source>
            <translation />
        </message>
        <message>
            <source>missing: choose</source>
            <translation />
        </message>
        <message>
            <source>unsure: check</source>
            <translation />
        </message>
        <message>
            <source>none (left empty)</source>
            <translation />
        </message>
        <message>
            <source>recognised</source>
            <translation />
        </message>
        <message>
            <source>Name the wave the answers belong to.</source>
            <translation />
        </message>
        <message>
            <source>Importing %1 into %2…</source>
            <translation />
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation />
        </message>
        <message>
            <source>Import failed; nothing was written: %1</source>
            <translation />
        </message>
        <message>
            <source>%1: %2 imported, %3 duplicate(s) already stored, %4 rejected.</source>
            <translation />
        </message>
        <message>
            <source>The first %1 rejected rows are listed; the report holds all.</source>
            <translation />
        </message>
        <message>
            <source>Importing into %1… %2 rows read</source>
            <translation />
        </message>
        <message>
            <source>There is no import to report yet.</source>
            <translation />
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation />
        </message>
        <message>
            <source>Save import report</source>
            <translation />
        </message>
        <message>
            <source>JSON report (*.json)</source>
            <translation />
        </message>
        <message>
            <source>Report saved to %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SurveyIndicator</name>
        <message>
            <source>Sense of security</source>
            <translation />
        </message>
        <message>
            <source>Public order satisfaction</source>
            <translation />
        </message>
        <message>
            <source>Law enforcement satisfaction</source>
            <translation />
        </message>
        <message>
            <source>Awareness of the safety campaign</source>
            <translation />
        </message>
        <message>
            <source>Participation in the safety campaign</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SurveyScheme</name>
        <message>
            <source>'answers' must list 2 to %1 answers</source>
            <translation />
        </message>
        <message>
            <source>'answers' has an empty answer</source>
            <translation />
        </message>
        <message>
            <source>'answers' lists '%1' twice</source>
            <translation />
        </message>
        <message>
            <source>'weights' must give one weight per answer (%1)</source>
            <translation />
        </message>
        <message>
            <source>'weights' must lie between 0 and 100</source>
            <translation />
        </message>
        <message>
            <source>'positive' must name at least one answer</source>
            <translation />
        </message>
        <message>
            <source>'positive' must leave at least one answer not positive</source>
            <translation />
        </message>
        <message>
            <source>'positive' code %1 is not an answer (1..%2)</source>
            <translation />
        </message>
        <message>
            <source>'positive' lists code %1 twice</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SurveySchemeDialog</name>
        <message>
            <source>Survey scoring scheme</source>
            <translation />
        </message>
        <message>
            <source>In force: %1</source>
            <translation />
        </message>
        <message>
            <source>Preset: %1</source>
            <translation />
        </message>
        <message>
            <source>Start from:</source>
            <translation />
        </message>
        <message>
            <source>Name:</source>
            <translation />
        </message>
        <message>
            <source>Rate: the share of answers counted as positive</source>
            <translation />
        </message>
        <message>
            <source>Index: the mean of a weight (0–100) per answer</source>
            <translation />
        </message>
        <message>
            <source>Answer (most positive first)</source>
            <translation />
        </message>
        <message>
            <source>Counts as positive</source>
            <translation />
        </message>
        <message>
            <source>Weight</source>
            <translation />
        </message>
        <message>
            <source>Add answer</source>
            <translation />
        </message>
        <message>
            <source>Remove</source>
            <translation />
        </message>
        <message>
            <source>Up</source>
            <translation />
        </message>
        <message>
            <source>Down</source>
            <translation />
        </message>
        <message>
            <source>Label:</source>
            <translation />
        </message>
        <message>
            <source>Scored as:</source>
            <translation />
        </message>
        <message>
            <source>%1: %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SyncDesk</name>
        <message>
            <source>The sync conflicts could not be read:
%1</source>
            <translation />
        </message>
        <message>
            <source>Not resolved: %1</source>
            <translation />
        </message>
        <message>
            <source>Kept the local version of %1. The next sync package takes it to the other node.</source>
            <translation />
        </message>
        <message>
            <source>Kept the remote version of %1. The next sync package takes it to the other node.</source>
            <translation />
        </message>
        <message>
            <source>Merged %1: the local value in %2 fields, the remote value in %3. The next sync package takes it to the other node.</source>
            <translation />
        </message>
        <message>
            <source>The database is open read-only.</source>
            <translation />
        </message>
        <message>
            <source>damaged or incomplete</source>
            <translation />
        </message>
        <message>
            <source>not signed</source>
            <translation />
        </message>
        <message>
            <source>tampered with</source>
            <translation />
        </message>
        <message>
            <source>not for this node, or from an untrusted one</source>
            <translation />
        </message>
        <message>
            <source>imported before</source>
            <translation />
        </message>
        <message>
            <source>cannot be imported here</source>
            <translation />
        </message>
        <message>
            <source>Export sync package</source>
            <translation />
        </message>
        <message>
            <source>The package is for:</source>
            <translation />
        </message>
        <message>
            <source>Export sync package for %1</source>
            <translation />
        </message>
        <message>
            <source>Sync packages (*.pingan-sync);;All files (*)</source>
            <translation />
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation />
        </message>
        <message>
            <source>Writing the sync package for %1…</source>
            <translation />
        </message>
        <message>
            <source>Not exported (%1): %2</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>Wrote package %1 for %2 with %n changed row(s):
%3</source>
            <translation>
                <numerusform>Wrote package %1 for %2 with %n changed row:
%3</numerusform>
                <numerusform>Wrote package %1 for %2 with %n changed rows:
%3</numerusform>
            </translation>
        </message>
        <message>
            <source>Import sync package</source>
            <translation />
        </message>
        <message>
            <source>Checking and importing the sync package…</source>
            <translation />
        </message>
        <message>
            <source>The package was refused (%1): %2</source>
            <translation />
        </message>
        <message>
            <source>The package could not be imported: %1</source>
            <translation />
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation />
        </message>
        <message>
            <source>Package from %1: imported %2, skipped %3, conflicts %4.</source>
            <translation />
        </message>
        <message>
            <source>Rows changed on both nodes wait in the sync conflicts panel.</source>
            <translation />
        </message>
        <message>
            <source>Sync</source>
            <translation />
        </message>
        <message>
            <source>Export this node's identity</source>
            <translation />
        </message>
        <message>
            <source>node-identity-%1.json</source>
            <translation />
        </message>
        <message>
            <source>Node identities (*.json);;All files (*)</source>
            <translation />
        </message>
        <message>
            <source>Trust a node's identity</source>
            <translation />
        </message>
        <message>
            <source>Not written: %1</source>
            <translation />
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation />
        </message>
        <message>
            <source>Wrote this node's identity to %1. Give it to the other node to trust.</source>
            <translation />
        </message>
        <message>
            <source>This account may not pair nodes.</source>
            <translation />
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation />
        </message>
        <message>
            <source>Not trusted: %1</source>
            <translation />
        </message>
        <message>
            <source>This node now trusts %1 (%2, %3).</source>
            <translation />
        </message>
        <message>
            <source>This database is not a sync node yet. Make it one in File ▸ Sync ▸ Node and pairing…, or on the command line:
pingan-cli --db %1 node init --role hub|township [--scope CODE] --name NAME</source>
            <translation />
        </message>
        <message>
            <source>This node trusts no other node yet. Trust its identity in File ▸ Sync ▸ Node and pairing…, or on the command line:
pingan-cli --db %1 node trust FILE</source>
            <translation />
        </message>
        <message>
            <source>This account may not make this database a sync node.</source>
            <translation />
        </message>
        <message>
            <source>Not made a node: %1</source>
            <translation />
        </message>
        <message>
            <source>This database is now the sync node %1 (%2). Export its identity and give it to the other side to trust; then trust theirs.</source>
            <translation />
        </message>
        <message>
            <source>Cancelled: no package was written.</source>
            <translation />
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation />
        </message>
        <message>
            <source>Cancel</source>
            <translation />
        </message>
    </context>
    <context>
        <name>UnmaskDialog</name>
        <message>
            <source>Show full numbers</source>
            <translation />
        </message>
        <message>
            <source>The full ID numbers and phones of %1 are personal data. Say why you need them; the reason is kept in the audit log.</source>
            <translation />
        </message>
        <message>
            <source>Reason, e.g. calling the applicant back</source>
            <translation />
        </message>
        <message>
            <source>Show</source>
            <translation />
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Password:</source>
            <translation />
        </message>
        <message>
            <source>Password again:</source>
            <translation />
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation />
        </message>
        <message>
            <source>User accounts</source>
            <translation />
        </message>
        <message>
            <source>Login</source>
            <translation />
        </message>
        <message>
            <source>Name</source>
            <translation />
        </message>
        <message>
            <source>Role</source>
            <translation />
        </message>
        <message>
            <source>Township</source>
            <translation />
        </message>
        <message>
            <source>State</source>
            <translation />
        </message>
        <message>
            <source>Add…</source>
            <translation />
        </message>
        <message>
            <source>Lock</source>
            <translation />
        </message>
        <message>
            <source>Reset password…</source>
            <translation />
        </message>
        <message>
            <source>Active</source>
            <translation />
        </message>
        <message>
            <source>Locked by an administrator</source>
            <translation />
        </message>
        <message>
            <source>Locked until %1</source>
            <translation />
        </message>
        <message>
            <source>Password reset</source>
            <translation />
        </message>
        <message>
            <source>Unlock</source>
            <translation />
        </message>
        <message>
            <source>Add an account</source>
            <translation />
        </message>
        <message>
            <source>Whole county</source>
            <translation />
        </message>
        <message>
            <source>Login:</source>
            <translation />
        </message>
        <message>
            <source>Name:</source>
            <translation />
        </message>
        <message>
            <source>Role:</source>
            <translation />
        </message>
        <message>
            <source>Township:</source>
            <translation />
        </message>
        <message>
            <source>Added the account %1.</source>
            <translation />
        </message>
        <message>
            <source>Locked %1.</source>
            <translation />
        </message>
        <message>
            <source>Unlocked %1.</source>
            <translation />
        </message>
        <message>
            <source>Reset the password of %1</source>
            <translation />
        </message>
        <message>
            <source>Reset the password of %1; a new one is chosen at the next sign-in.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>UserRepository</name>
        <message>
            <source>Passwords need at least 8 characters, lockout at least one failure and one minute, and ages and idle times cannot be negative</source>
            <translation />
        </message>
        <message>
            <source>A login is 2 to 32 letters, digits, '_', '.' or '-', not '%1'</source>
            <translation />
        </message>
        <message>
            <source>There is already an account '%1'</source>
            <translation />
        </message>
        <message>
            <source>A %1 needs a township (--scope CODE)</source>
            <translation />
        </message>
        <message>
            <source>A %1 works for the whole county and takes no scope</source>
            <translation />
        </message>
        <message>
            <source>There is no region %1</source>
            <translation />
        </message>
        <message>
            <source>The scope %1 is not a township</source>
            <translation />
        </message>
        <message>
            <source>The store already has accounts; the first administrator was created before</source>
            <translation />
        </message>
        <message>
            <source>The first account must be a system admin (--role admin)</source>
            <translation />
        </message>
        <message>
            <source>There is no account '%1'</source>
            <translation />
        </message>
        <message>
            <source>You cannot lock your own account</source>
            <translation />
        </message>
        <message>
            <source>The new password must differ from the old one</source>
            <translation />
        </message>
        <message>
            <source>Wrong login or password</source>
            <translation />
        </message>
        <message>
            <source>The account '%1' is locked by an administrator</source>
            <translation />
        </message>
        <message>
            <source>The account '%1' is locked after repeated failures until %2</source>
            <translation />
        </message>
        <message>
            <source>Wrong login or password; the account is now locked for %1 minutes</source>
            <translation />
        </message>
        <message>
            <source>The password of '%1' was reset: choose a new one first (pingan-cli user passwd %1)</source>
            <translation />
        </message>
        <message>
            <source>The password of '%1' is older than %2 days: choose a new one first (pingan-cli user passwd %1)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>UserRole</name>
        <message>
            <source>Operator</source>
            <translation />
        </message>
        <message>
            <source>Supervisor</source>
            <translation />
        </message>
        <message>
            <source>Township clerk</source>
            <translation />
        </message>
        <message>
            <source>Leader (read only)</source>
            <translation />
        </message>
        <message>
            <source>System admin</source>
            <translation />
        </message>
        <message>
            <source>Security admin</source>
            <translation />
        </message>
        <message>
            <source>Audit admin</source>
            <translation />
        </message>
    </context>
    <context>
        <name>coverage</name>
        <message>
            <source>There must be at least one response band.</source>
            <translation />
        </message>
        <message>
            <source>Each response band must be a positive number of minutes.</source>
            <translation />
        </message>
        <message>
            <source>The response bands must be in ascending order.</source>
            <translation />
        </message>
        <message>
            <source>The detour factor must be at least 1.</source>
            <translation />
        </message>
        <message>
            <source>The walk-in distance must not be negative.</source>
            <translation />
        </message>
        <message>
            <source>The road snapping distance must be more than 0 metres.</source>
            <translation />
        </message>
        <message>
            <source>The speed of a new platform must be more than 0 km/h.</source>
            <translation />
        </message>
    </context>
</TS>
