<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    </context>
    <context>
        <name>DisputeQueueModel</name>
        <message>
            <source>Overdue</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>Due within %n day</numerusform>
                <numerusform>Due within %n days</numerusform>
            </translation>
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
    </context>
    <context>
        <name>MapDock</name>
        <message>
            <source>Map</source>
            <translation />
        </message>
        <message>
            <source>No region outlines in this database</source>
            <translation />
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>%1 km</source>
            <translation />
        </message>
        <message>
            <source>%1 m</source>
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
</TS>
