<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
            <source>There is no user '%1'</source>
            <translation />
        </message>
        <message>
            <source>The user '%1' is disabled</source>
            <translation />
        </message>
        <message>
            <source>The user '%1' has no known role</source>
            <translation />
        </message>
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
</TS>
