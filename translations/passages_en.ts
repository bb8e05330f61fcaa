<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdminGuard</name>
    <message>
        <source>Administrator password</source>
        <translation>Administrator password</translation>
    </message>
    <message>
        <source>This desk has no administrator password yet. Type the Cité&apos;s administrator password (the one of the share):</source>
        <translation>This desk has no administrator password yet. Type the Cité&apos;s administrator password (the one of the share):</translation>
    </message>
    <message>
        <source>This desk has no administrator password yet. Choose the Cité&apos;s administrator password (at least %1 characters); only its hash is kept:</source>
        <translation>This desk has no administrator password yet. Choose the Cité&apos;s administrator password (at least %1 characters); only its hash is kept:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Type it again:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was set.</source>
        <translation>The two passwords differ; nothing was set.</translation>
    </message>
    <message>
        <source>Only the Cité&apos;s administrator may %1. Administrator password:</source>
        <translation>Only the Cité&apos;s administrator may %1. Administrator password:</translation>
    </message>
</context>
<context>
    <name>AdminRole</name>
    <message>
        <source>edit the referential</source>
        <translation>edit the referential</translation>
    </message>
    <message>
        <source>change the closed days</source>
        <translation>change the closed days</translation>
    </message>
    <message>
        <source>change the synchronisation settings</source>
        <translation>change the synchronisation settings</translation>
    </message>
    <message>
        <source>delete an entry of another day</source>
        <translation>delete an entry of another day</translation>
    </message>
    <message>
        <source>rebuild from the share</source>
        <translation>rebuild from the share</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>change the settings</translation>
    </message>
    <message>
        <source>Not enough memory to hash the admin password.</source>
        <translation>Not enough memory to hash the admin password.</translation>
    </message>
    <message>
        <source>The admin password needs at least %1 characters.</source>
        <translation>The admin password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>No admin password is set for this Cité yet.</source>
        <translation>No admin password is set for this Cité yet.</translation>
    </message>
    <message>
        <source>Wrong admin password.</source>
        <translation>Wrong admin password.</translation>
    </message>
    <message>
        <source>Only the Cité&apos;s administrator may %1: the admin password is needed.</source>
        <translation>Only the Cité&apos;s administrator may %1: the admin password is needed.</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation>The period needs a first day on or before its last day.</translation>
    </message>
    <message>
        <source>Computing the attendance</source>
        <translation>Computing the attendance</translation>
    </message>
    <message>
        <source>Invalid day.</source>
        <translation>Invalid day.</translation>
    </message>
    <message>
        <source>Computing the attendance by hour</source>
        <translation>Computing the attendance by hour</translation>
    </message>
    <message>
        <source>Computing the hours of attendance</source>
        <translation>Computing the hours of attendance</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>No theme</translation>
    </message>
    <message>
        <source>Outside France</source>
        <translation>Outside France</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Department %1</translation>
    </message>
    <message>
        <source>Computing the breakdown by %1</source>
        <translation>Computing the breakdown by %1</translation>
    </message>
    <message>
        <source>Listing the desks</source>
        <translation>Listing the desks</translation>
    </message>
</context>
<context>
    <name>BatchCodec</name>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is truncated (no final line break)</source>
        <translation>the file is truncated (no final line break)</translation>
    </message>
    <message>
        <source>line %1 is not a JSON object (%2)</source>
        <translation>line %1 is not a JSON object (%2)</translation>
    </message>
    <message>
        <source>not a Passages batch file</source>
        <translation>not a Passages batch file</translation>
    </message>
    <message>
        <source>batch format %1 is newer than this version of Passages (%2)</source>
        <translation>batch format %1 is newer than this version of Passages (%2)</translation>
    </message>
    <message>
        <source>invalid batch format version</source>
        <translation>invalid batch format version</translation>
    </message>
    <message>
        <source>the file is truncated (no end line)</source>
        <translation>the file is truncated (no end line)</translation>
    </message>
    <message>
        <source>the signature does not match (damaged, or written for another share)</source>
        <translation>the signature does not match (damaged, or written for another share)</translation>
    </message>
    <message>
        <source>line %1 is not a valid change</source>
        <translation>line %1 is not a valid change</translation>
    </message>
    <message>
        <source>the header announces %1 rows, the file holds %2</source>
        <translation>the header announces %1 rows, the file holds %2</translation>
    </message>
    <message>
        <source>the end line was altered</source>
        <translation>the end line was altered</translation>
    </message>
    <message>
        <source>the signature does not match (damaged or altered)</source>
        <translation>the signature does not match (damaged or altered)</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 KB</source>
        <translation>line %1 is longer than %2 KB</translation>
    </message>
</context>
<context>
    <name>BilanBuilder</name>
    <message>
        <source>Invalid year %1.</source>
        <translation>Invalid year %1.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>1 January to %1, compared with the same dates of %2</source>
        <translation>1 January to %1, compared with the same dates of %2</translation>
    </message>
    <message>
        <source>Contacts by pôle</source>
        <translation>Contacts by pôle</translation>
    </message>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Contacts (walk-ins)</source>
        <translation>Contacts (walk-ins)</translation>
    </message>
    <message>
        <source>Interviews by pôle</source>
        <translation>Interviews by pôle</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Participants in events</source>
        <translation>Participants in events</translation>
    </message>
    <message>
        <source>Participants by type of event</source>
        <translation>Participants by type of event</translation>
    </message>
    <message>
        <source>Type of event</source>
        <translation>Type of event</translation>
    </message>
    <message>
        <source>Participants by event</source>
        <translation>Participants by event</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Contacts by age band</source>
        <translation>Contacts by age band</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Contacts by public</source>
        <translation>Contacts by public</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Contacts by department</source>
        <translation>Contacts by department</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Opening days</source>
        <translation>Opening days</translation>
    </message>
    <message>
        <source>Contacts per opening day</source>
        <translation>Contacts per opening day</translation>
    </message>
    <message>
        <source>Contacts by theme</source>
        <translation>Contacts by theme</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Contacts by commune</source>
        <translation>Contacts by commune</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Contacts by service level</source>
        <translation>Contacts by service level</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Contacts by orientation</source>
        <translation>Contacts by orientation</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>W%1</source>
        <translation>W%1</translation>
    </message>
    <message>
        <source>Closed (weekend, public holiday, closure)</source>
        <translation>Closed (weekend, public holiday, closure)</translation>
    </message>
    <message>
        <source>Same period last year (total)</source>
        <translation>Same period last year (total)</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Walk-ins per opening day by weekday and hour</source>
        <translation>Walk-ins per opening day by weekday and hour</translation>
    </message>
    <message>
        <source>When do people come? Walk-ins per opening day, %1 – %2</source>
        <translation>When do people come? Walk-ins per opening day, %1 – %2</translation>
    </message>
    <message>
        <source>Hatched: closed that weekday. Total of the period: %1 walk-ins.</source>
        <translation>Hatched: closed that weekday. Total of the period: %1 walk-ins.</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <comment>a month under way, compared up to that day</comment>
        <translation>%1 (to %2)</translation>
    </message>
</context>
<context>
    <name>ClosureStore</name>
    <message>
        <source>Reading the closures</source>
        <translation>Reading the closures</translation>
    </message>
    <message>
        <source>A closure needs a first day on or before its last day.</source>
        <translation>A closure needs a first day on or before its last day.</translation>
    </message>
    <message>
        <source>The reason of a closure is at most 80 characters.</source>
        <translation>The reason of a closure is at most 80 characters.</translation>
    </message>
    <message>
        <source>Recording the closure</source>
        <translation>Recording the closure</translation>
    </message>
    <message>
        <source>Removing the closure</source>
        <translation>Removing the closure</translation>
    </message>
    <message>
        <source>No closure with id %1.</source>
        <translation>No closure with id %1.</translation>
    </message>
    <message>
        <source>A closure lies between 1990 and 2100 and lasts at most a year.</source>
        <translation>A closure lies between 1990 and 2100 and lasts at most a year.</translation>
    </message>
    <message>
        <source>The reason of a closure must not hold control characters.</source>
        <translation>The reason of a closure must not hold control characters.</translation>
    </message>
    <message>
        <source>Counting the walk-ins of the closure&apos;s days</source>
        <translation>Counting the walk-ins of the closure&apos;s days</translation>
    </message>
    <message>
        <source>A closure needs a reason (summer closure, inventory, strike…).</source>
        <translation>A closure needs a reason (summer closure, inventory, strike…).</translation>
    </message>
    <message>
        <source>Those days are already closed by the closure from %1 to %2 (%3).</source>
        <translation>Those days are already closed by the closure from %1 to %2 (%3).</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>no reason</translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) are already recorded on those days.</source>
        <translation>
            <numerusform>%n walk-in is already recorded on those days.</numerusform>
            <numerusform>%n walk-ins are already recorded on those days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommuneIndex</name>
    <message>
        <source>Cannot read the communes file %1: %2</source>
        <translation>Cannot read the communes file %1: %2</translation>
    </message>
    <message>
        <source>%1: the communes file is not valid UTF-8</source>
        <translation>%1: the communes file is not valid UTF-8</translation>
    </message>
    <message>
        <source>%1, line %2: invalid %3 &quot;%4&quot;</source>
        <translation>%1, line %2: invalid %3 &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1, line %2: expected the header &quot;%3&quot;</source>
        <translation>%1, line %2: expected the header &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1, line %2: expected 5 tab-separated fields, found %3</source>
        <translation>%1, line %2: expected 5 tab-separated fields, found %3</translation>
    </message>
    <message>
        <source>%1, line %2: duplicate code &quot;%3&quot;</source>
        <translation>%1, line %2: duplicate code &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: no header line &quot;%2&quot;</source>
        <translation>%1: no header line &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ConsolidationService</name>
    <message>
        <source>%1 is a desk database (desk &quot;%2&quot;), not a consolidation cache; choose a file of its own</source>
        <translation>%1 is a desk database (desk &quot;%2&quot;), not a consolidation cache; choose a file of its own</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new file(s): %1 imported, %2 duplicate(s), %3 quarantined, %4 held, %5 fork(s), %6 from unapproved keys.</source>
        <translation>
            <numerusform>%Ln new file(s): %1 imported, %2 duplicate(s), %3 quarantined, %4 held, %5 fork(s), %6 from unapproved keys.</numerusform>
            <numerusform>%Ln new file(s): %1 imported, %2 duplicate(s), %3 quarantined, %4 held, %5 fork(s), %6 from unapproved keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>This PC&apos;s key awaits an administrator&apos;s approval (Tous les postes › Postes en attente, or passages-cli share approve); desks ignore its receipts until then.</source>
        <translation>This PC&apos;s key awaits an administrator&apos;s approval (Tous les postes › Postes en attente, or passages-cli share approve); desks ignore its receipts until then.</translation>
    </message>
    <message>
        <source>Receipts not written (retried next time): %1</source>
        <translation>Receipts not written (retried next time): %1</translation>
    </message>
</context>
<context>
    <name>Consolidator</name>
    <message>
        <source>Reading the columns of %1</source>
        <translation>Reading the columns of %1</translation>
    </message>
    <message>
        <source>Reading the consolidation state</source>
        <translation>Reading the consolidation state</translation>
    </message>
    <message>
        <source>not a batch file name</source>
        <translation>not a batch file name</translation>
    </message>
    <message>
        <source>the name&apos;s desk identity does not match its folder</source>
        <translation>the name&apos;s desk identity does not match its folder</translation>
    </message>
    <message>
        <source>content does not match the hash in its name (truncated or damaged)</source>
        <translation>content does not match the hash in its name (truncated or damaged)</translation>
    </message>
    <message>
        <source>its header names another desk or batch number</source>
        <translation>its header names another desk or batch number</translation>
    </message>
    <message>
        <source>unknown kind of record &quot;%1&quot; (made by a newer Passages?)</source>
        <translation>unknown kind of record &quot;%1&quot; (made by a newer Passages?)</translation>
    </message>
    <message>
        <source>batch %1 of this desk exists with different content (%2): two computers share one identity</source>
        <translation>batch %1 of this desk exists with different content (%2): two computers share one identity</translation>
    </message>
    <message>
        <source>Holding desk %1</source>
        <translation>Holding desk %1</translation>
    </message>
    <message>
        <source>Recording desk %1</source>
        <translation>Recording desk %1</translation>
    </message>
    <message>
        <source>record %1 is refused by the database: %2</source>
        <translation>record %1 is refused by the database: %2</translation>
    </message>
    <message>
        <source>Reading the desks&apos; health</source>
        <translation>Reading the desks&apos; health</translation>
    </message>
    <message>
        <source>Reading the share&apos;s problems</source>
        <translation>Reading the share&apos;s problems</translation>
    </message>
    <message>
        <source>Reading the database&apos;s tables</source>
        <translation>Reading the database&apos;s tables</translation>
    </message>
    <message>
        <source>Reading the receipts to write</source>
        <translation>Reading the receipts to write</translation>
    </message>
    <message>
        <source>Recording the receipts</source>
        <translation>Recording the receipts</translation>
    </message>
    <message>
        <source>a record is refused by the database: %1</source>
        <translation>a record is refused by the database: %1</translation>
    </message>
    <message>
        <source>Recording the files of the share</source>
        <translation>Recording the files of the share</translation>
    </message>
    <message>
        <source>The share %1 was prepared before signatures: an administrator upgrades it once with: passages-cli share upgrade --share %1</source>
        <translation>The share %1 was prepared before signatures: an administrator upgrades it once with: passages-cli share upgrade --share %1</translation>
    </message>
    <message>
        <source>The administrator key in the share&apos;s SHARE_ID is not the one this consolidation knows: the share was replaced or tampered with.</source>
        <translation>The administrator key in the share&apos;s SHARE_ID is not the one this consolidation knows: the share was replaced or tampered with.</translation>
    </message>
    <message>
        <source>this desk&apos;s key is not approved by an administrator (yet)</source>
        <translation>this desk&apos;s key is not approved by an administrator (yet)</translation>
    </message>
    <message>
        <source>signed by a key that is not the one approved for this desk</source>
        <translation>signed by a key that is not the one approved for this desk</translation>
    </message>
    <message numerus="yes">
        <source>an unsigned batch (older format) beyond the %n the administrator approved for this desk</source>
        <translation>
            <numerusform>an unsigned batch (older format) beyond the %n the administrator approved for this desk</numerusform>
            <numerusform>an unsigned batch (older format) beyond the %n the administrator approved for this desk</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1: </source>
        <translation>record %1: </translation>
    </message>
    <message>
        <source>a record id is not valid</source>
        <translation>a record id is not valid</translation>
    </message>
    <message>
        <source>the field %1 is too long or holds control characters</source>
        <translation>the field %1 is too long or holds control characters</translation>
    </message>
    <message>
        <source>the field %1 holds an impossible number</source>
        <translation>the field %1 holds an impossible number</translation>
    </message>
    <message>
        <source>a group of %1 is outside 1..%2</source>
        <translation>a group of %1 is outside 1..%2</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>unknown %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the commune is not a commune code</source>
        <translation>the commune is not a commune code</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a plausible date</source>
        <translation>the date &quot;%1&quot; is not a plausible date</translation>
    </message>
    <message>
        <source>Reading where records come from</source>
        <translation>Reading where records come from</translation>
    </message>
    <message>
        <source>record %1 belongs to another desk, which alone may change or delete it</source>
        <translation>record %1 belongs to another desk, which alone may change or delete it</translation>
    </message>
    <message>
        <source>Recording where records come from</source>
        <translation>Recording where records come from</translation>
    </message>
    <message>
        <source>A consolidation into %1 is already in progress (process %2 on %3); its figures will be there when it ends. Try again then.</source>
        <translation>A consolidation into %1 is already in progress (process %2 on %3); its figures will be there when it ends. Try again then.</translation>
    </message>
</context>
<context>
    <name>CoverageCheck</name>
    <message>
        <source>Coverage check: the period must run from a date to a later one (got %1 to %2).</source>
        <translation>Coverage check: the period must run from a date to a later one (got %1 to %2).</translation>
    </message>
    <message>
        <source>reading walk-ins by desk and hour</source>
        <translation>reading walk-ins by desk and hour</translation>
    </message>
    <message>
        <source>reading entries on closed days</source>
        <translation>reading entries on closed days</translation>
    </message>
    <message>
        <source>reading back-dated entries</source>
        <translation>reading back-dated entries</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Line %1: a quoted field is never closed.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>Cannot read %1: no such file.</translation>
    </message>
    <message>
        <source>Cannot read %1: not a regular file.</source>
        <translation>Cannot read %1: not a regular file.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not read.</source>
        <translation>%1 is larger than %2 MB: not read.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1 (%2): %3</source>
        <translation>Cannot configure the database %1 (%2): %3</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Passages database: %2</source>
        <translation>The database %1 is damaged or is not a Passages database: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>The database %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Cannot read the schema version of %1.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Passages (schema %2; this version knows up to %3). Update Passages.</source>
        <translation>The database %1 was written by a newer version of Passages (schema %2; this version knows up to %3). Update Passages.</translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation>Missing migration %1.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>Upgrading %1 to schema %2 failed: %3</translation>
    </message>
    <message>
        <source>Recording schema %1</source>
        <translation>Recording schema %1</translation>
    </message>
    <message>
        <source>Saving setting %1</source>
        <translation>Saving setting %1</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Starting a transaction</translation>
    </message>
    <message>
        <source>Saving to the database</source>
        <translation>Saving to the database</translation>
    </message>
    <message>
        <source>Undoing a change</source>
        <translation>Undoing a change</translation>
    </message>
    <message>
        <source>%1 is being written by another program (a consolidation, or Passages open elsewhere); try again when it is done.</source>
        <translation>%1 is being written by another program (a consolidation, or Passages open elsewhere); try again when it is done.</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2 is read-only (Passages writes the database and its -wal and -shm files there).</source>
        <translation>Cannot use the database %1: %2 is read-only (Passages writes the database and its -wal and -shm files there).</translation>
    </message>
    <message>
        <source>Reading setting %1</source>
        <translation>Reading setting %1</translation>
    </message>
</context>
<context>
    <name>DeskIdentity</name>
    <message>
        <source>This desk has no site and desk label yet; set them first (passages-cli init --site CODE --desk LABEL).</source>
        <translation>This desk has no site and desk label yet; set them first (passages-cli init --site CODE --desk LABEL).</translation>
    </message>
</context>
<context>
    <name>DeskSync</name>
    <message>
        <source>This desk has no site and desk label yet.</source>
        <translation>This desk has no site and desk label yet.</translation>
    </message>
    <message>
        <source>Reading the pending batches</source>
        <translation>Reading the pending batches</translation>
    </message>
    <message>
        <source>the database was moved or copied to another computer</source>
        <translation>the database was moved or copied to another computer</translation>
    </message>
    <message>
        <source>Reading the published batches</source>
        <translation>Reading the published batches</translation>
    </message>
    <message>
        <source>the share holds batch %1 of this desk, which this database never made (restored from an older backup?)</source>
        <translation>the share holds batch %1 of this desk, which this database never made (restored from an older backup?)</translation>
    </message>
    <message>
        <source>another computer publishes under this desk&apos;s identity (batch %1 differs)</source>
        <translation>another computer publishes under this desk&apos;s identity (batch %1 differs)</translation>
    </message>
    <message>
        <source>Re-queueing unpublished rows</source>
        <translation>Re-queueing unpublished rows</translation>
    </message>
    <message>
        <source>Counting unsent rows</source>
        <translation>Counting unsent rows</translation>
    </message>
    <message>
        <source>Reading the last batch</source>
        <translation>Reading the last batch</translation>
    </message>
    <message>
        <source>Cutting a batch</source>
        <translation>Cutting a batch</translation>
    </message>
    <message>
        <source>Reading batch %1</source>
        <translation>Reading batch %1</translation>
    </message>
    <message>
        <source>Batch %1 no longer matches what was recorded; the local database may be damaged.</source>
        <translation>Batch %1 no longer matches what was recorded; the local database may be damaged.</translation>
    </message>
    <message>
        <source>Marking batch %1 published</source>
        <translation>Marking batch %1 published</translation>
    </message>
    <message>
        <source>Batch %1 was damaged while writing to the share (read-back check failed); it will be written again.</source>
        <translation>Batch %1 was damaged while writing to the share (read-back check failed); it will be written again.</translation>
    </message>
    <message>
        <source>Batch %1 could not be published after several attempts.</source>
        <translation>Batch %1 could not be published after several attempts.</translation>
    </message>
    <message>
        <source>batch %1: %2</source>
        <translation>batch %1: %2</translation>
    </message>
    <message>
        <source>Queueing a damaged batch again</source>
        <translation>Queueing a damaged batch again</translation>
    </message>
    <message>
        <source>Recording a receipt</source>
        <translation>Recording a receipt</translation>
    </message>
    <message>
        <source>The receipt %1 is not signed by an approved consolidating PC; it is ignored.</source>
        <translation>The receipt %1 is not signed by an approved consolidating PC; it is ignored.</translation>
    </message>
    <message>
        <source>The share %1 was prepared before signatures: an administrator upgrades it once with: passages-cli share upgrade --share %1</source>
        <translation>The share %1 was prepared before signatures: an administrator upgrades it once with: passages-cli share upgrade --share %1</translation>
    </message>
    <message>
        <source>The administrator key in the share&apos;s SHARE_ID is not the one this desk knows: the share was replaced or tampered with. Nothing was sent.</source>
        <translation>The administrator key in the share&apos;s SHARE_ID is not the one this desk knows: the share was replaced or tampered with. Nothing was sent.</translation>
    </message>
    <message>
        <source>This desk awaits an administrator&apos;s approval (key %1); its batches wait on the share until then.</source>
        <translation>This desk awaits an administrator&apos;s approval (key %1); its batches wait on the share until then.</translation>
    </message>
    <message>
        <source>Signing pending batches</source>
        <translation>Signing pending batches</translation>
    </message>
    <message>
        <source>Queueing a missing batch again</source>
        <translation>Queueing a missing batch again</translation>
    </message>
</context>
<context>
    <name>Fonds</name>
    <message>
        <source>Saving to the fonds</source>
        <translation>Saving to the fonds</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>The title is missing.</translation>
    </message>
    <message>
        <source>The theme is missing; valid themes: %1.</source>
        <translation>The theme is missing; valid themes: %1.</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;; valid themes: %2.</source>
        <translation>Unknown theme &quot;%1&quot;; valid themes: %2.</translation>
    </message>
    <message>
        <source>The year %1 is not a publication year.</source>
        <translation>The year %1 is not a publication year.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not a language code such as fr or en.</source>
        <translation>The language &quot;%1&quot; is not a language code such as fr or en.</translation>
    </message>
    <message>
        <source>The inventory number is missing.</source>
        <translation>The inventory number is missing.</translation>
    </message>
    <message>
        <source>The inventory number &quot;%1&quot; contains a space or an invisible character.</source>
        <translation>The inventory number &quot;%1&quot; contains a space or an invisible character.</translation>
    </message>
    <message>
        <source>The inventory number has more than 40 characters.</source>
        <translation>The inventory number has more than 40 characters.</translation>
    </message>
    <message>
        <source>The acquisition date %1 is in the future.</source>
        <translation>The acquisition date %1 is in the future.</translation>
    </message>
    <message>
        <source>ISBN %1 is already in the catalogue: &quot;%2&quot;.</source>
        <translation>ISBN %1 is already in the catalogue: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Inventory number %1 is already used by another copy.</source>
        <translation>Inventory number %1 is already used by another copy.</translation>
    </message>
    <message>
        <source>Reading title %1</source>
        <translation>Reading title %1</translation>
    </message>
    <message>
        <source>No title with id &quot;%1&quot;.</source>
        <translation>No title with id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Looking up ISBN %1</source>
        <translation>Looking up ISBN %1</translation>
    </message>
    <message>
        <source>Reading the catalogue</source>
        <translation>Reading the catalogue</translation>
    </message>
    <message>
        <source>Reading copy %1</source>
        <translation>Reading copy %1</translation>
    </message>
    <message>
        <source>No copy with id &quot;%1&quot;.</source>
        <translation>No copy with id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Looking up inventory number %1</source>
        <translation>Looking up inventory number %1</translation>
    </message>
    <message>
        <source>Reading the copies of %1</source>
        <translation>Reading the copies of %1</translation>
    </message>
    <message>
        <source>Reading the copies</source>
        <translation>Reading the copies</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Nothing was scanned.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an inventory number of the catalogue nor an ISBN.</source>
        <translation>&quot;%1&quot; is neither an inventory number of the catalogue nor an ISBN.</translation>
    </message>
    <message>
        <source>The count must be between 1 and 999 (got %1).</source>
        <translation>The count must be between 1 and 999 (got %1).</translation>
    </message>
    <message>
        <source>ISBN %1 is not in the catalogue; catalogue it first, or count the consultation on its theme.</source>
        <translation>ISBN %1 is not in the catalogue; catalogue it first, or count the consultation on its theme.</translation>
    </message>
    <message>
        <source>Reading consultation %1</source>
        <translation>Reading consultation %1</translation>
    </message>
    <message>
        <source>No consultation with id &quot;%1&quot;.</source>
        <translation>No consultation with id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Consultation &quot;%1&quot; is already deleted.</source>
        <translation>Consultation &quot;%1&quot; is already deleted.</translation>
    </message>
    <message>
        <source>Reading the consultations</source>
        <translation>Reading the consultations</translation>
    </message>
    <message>
        <source>Invalid year %1.</source>
        <translation>Invalid year %1.</translation>
    </message>
    <message>
        <source>Counting the consultations</source>
        <translation>Counting the consultations</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review or a daily newspaper.</source>
        <translation>&quot;%1&quot; is not a review or a daily newspaper.</translation>
    </message>
    <message>
        <source>The issues per year must be between 1 and 366 (got %1).</source>
        <translation>The issues per year must be between 1 and 366 (got %1).</translation>
    </message>
    <message>
        <source>The date of the first expected issue is missing.</source>
        <translation>The date of the first expected issue is missing.</translation>
    </message>
    <message>
        <source>The subscription ends before it starts.</source>
        <translation>The subscription ends before it starts.</translation>
    </message>
    <message>
        <source>Keep either the last N issues or the last N months, not both.</source>
        <translation>Keep either the last N issues or the last N months, not both.</translation>
    </message>
    <message>
        <source>Reading subscription %1</source>
        <translation>Reading subscription %1</translation>
    </message>
    <message>
        <source>No subscription with id &quot;%1&quot;.</source>
        <translation>No subscription with id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the subscriptions</source>
        <translation>Reading the subscriptions</translation>
    </message>
    <message>
        <source>The reception date %1 is in the future.</source>
        <translation>The reception date %1 is in the future.</translation>
    </message>
    <message>
        <source>Reading the issues</source>
        <translation>Reading the issues</translation>
    </message>
    <message>
        <source>Reading issue %1</source>
        <translation>Reading issue %1</translation>
    </message>
    <message>
        <source>No issue with id &quot;%1&quot;.</source>
        <translation>No issue with id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Counting the periodicals</source>
        <translation>Counting the periodicals</translation>
    </message>
    <message>
        <source>Counting the issues</source>
        <translation>Counting the issues</translation>
    </message>
    <message>
        <source>The age limit of %1 must be between 0 and 100 years.</source>
        <translation>The age limit of %1 must be between 0 and 100 years.</translation>
    </message>
    <message>
        <source>The years without consultation must be between 0 and 50.</source>
        <translation>The years without consultation must be between 0 and 50.</translation>
    </message>
    <message>
        <source>too old</source>
        <translation>too old</translation>
    </message>
    <message>
        <source>superseded by a newer edition</source>
        <translation>superseded by a newer edition</translation>
    </message>
    <message>
        <source>not consulted</source>
        <translation>not consulted</translation>
    </message>
    <message>
        <source>Recording the scan %1</source>
        <translation>Recording the scan %1</translation>
    </message>
    <message>
        <source>Reading the inventory session</source>
        <translation>Reading the inventory session</translation>
    </message>
    <message>
        <source>Starting a new inventory session</source>
        <translation>Starting a new inventory session</translation>
    </message>
    <message>
        <source>The field %1 has %2 characters; at most %3 are kept in the catalogue.</source>
        <translation>The field %1 has %2 characters; at most %3 are kept in the catalogue.</translation>
    </message>
    <message>
        <source>The field %1 holds a control character.</source>
        <translation>The field %1 holds a control character.</translation>
    </message>
</context>
<context>
    <name>FondsCodes</name>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Daily newspaper</source>
        <translation>Daily newspaper</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Binder</source>
        <translation>Binder</translation>
    </message>
    <message>
        <source>On shelf</source>
        <translation>On shelf</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Fortnightly</source>
        <translation>Fortnightly</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Every two months</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
</context>
<context>
    <name>FondsCsv</name>
    <message>
        <source>%1: the file is empty (expected a header line: %2).</source>
        <translation>%1: the file is empty (expected a header line: %2).</translation>
    </message>
    <message>
        <source>%1, line 1: unknown column &quot;%2&quot; (expected: %3).</source>
        <translation>%1, line 1: unknown column &quot;%2&quot; (expected: %3).</translation>
    </message>
    <message>
        <source>%1, line 1: column &quot;%2&quot; appears twice.</source>
        <translation>%1, line 1: column &quot;%2&quot; appears twice.</translation>
    </message>
    <message>
        <source>%1, line 1: the required column &quot;%2&quot; is missing.</source>
        <translation>%1, line 1: the required column &quot;%2&quot; is missing.</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: %4</source>
        <translation>%1, line %2, field %3: %4</translation>
    </message>
    <message>
        <source>%1 fields for %2 columns.</source>
        <translation>%1 fields for %2 columns.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year such as 2024.</source>
        <translation>&quot;%1&quot; is not a year such as 2024.</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;; valid types: %2.</source>
        <translation>unknown type &quot;%1&quot;; valid types: %2.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; valid statuses: %2.</source>
        <translation>unknown status &quot;%1&quot;; valid statuses: %2.</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;; valid sources: %2.</source>
        <translation>unknown source &quot;%1&quot;; valid sources: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>&quot;%1&quot; is not a date (expected YYYY-MM-DD or DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>inventory number %1 is already in the catalogue.</source>
        <translation>inventory number %1 is already in the catalogue.</translation>
    </message>
    <message>
        <source>inventory number %1 is also on line %2.</source>
        <translation>inventory number %1 is also on line %2.</translation>
    </message>
    <message>
        <source>ISBN %1 is also on line %2 with another title (&quot;%3&quot;).</source>
        <translation>ISBN %1 is also on line %2 with another title (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>ISBN %1 is already in the catalogue with another title (&quot;%2&quot;).</source>
        <translation>ISBN %1 is already in the catalogue with another title (&quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>The date and time are not valid.</source>
        <translation>The date and time are not valid.</translation>
    </message>
    <message>
        <source>Saving the interview</source>
        <translation>Saving the interview</translation>
    </message>
    <message>
        <source>Interview &quot;%1&quot; was deleted.</source>
        <translation>Interview &quot;%1&quot; was deleted.</translation>
    </message>
    <message>
        <source>Interview &quot;%1&quot; is already deleted.</source>
        <translation>Interview &quot;%1&quot; is already deleted.</translation>
    </message>
    <message>
        <source>Reading interview %1</source>
        <translation>Reading interview %1</translation>
    </message>
    <message>
        <source>No interview with id &quot;%1&quot;.</source>
        <translation>No interview with id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the interviews of %1</source>
        <translation>Reading the interviews of %1</translation>
    </message>
    <message>
        <source>Counting the day&apos;s interviews</source>
        <translation>Counting the day&apos;s interviews</translation>
    </message>
    <message>
        <source>Reading the last interview</source>
        <translation>Reading the last interview</translation>
    </message>
</context>
<context>
    <name>Isbn</name>
    <message>
        <source>The ISBN is empty.</source>
        <translation>The ISBN is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISBN: it has %2 characters (an ISBN has 10 or 13).</source>
        <translation>&quot;%1&quot; is not an ISBN: it has %2 characters (an ISBN has 10 or 13).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISBN: only digits are allowed (and X as the last character of an ISBN-10).</source>
        <translation>&quot;%1&quot; is not an ISBN: only digits are allowed (and X as the last character of an ISBN-10).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISBN: a book&apos;s EAN starts with 978 or 979.</source>
        <translation>&quot;%1&quot; is not an ISBN: a book&apos;s EAN starts with 978 or 979.</translation>
    </message>
    <message>
        <source>ISBN &quot;%1&quot; has a wrong check digit: %2 instead of %3 (a misread or mistyped digit).</source>
        <translation>ISBN &quot;%1&quot; has a wrong check digit: %2 instead of %3 (a misread or mistyped digit).</translation>
    </message>
</context>
<context>
    <name>LocalShareFs</name>
    <message>
        <source>The share is full (%1): %2</source>
        <translation>The share is full (%1): %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot close %1: %2</source>
        <translation>Cannot close %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Cannot create %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Cannot flush %1 to the share</source>
        <translation>Cannot flush %1 to the share</translation>
    </message>
    <message>
        <source>Cannot close %1</source>
        <translation>Cannot close %1</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Cannot rename %1 to %2: %3</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Cannot remove %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: its folder is a symbolic link, which Passages never follows on the share.</source>
        <translation>Cannot create %1: its folder is a symbolic link, which Passages never follows on the share.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not read</source>
        <translation>%1 is larger than %2 MB: not read</translation>
    </message>
    <message>
        <source>%1 is a link, which Passages never follows on the share</source>
        <translation>%1 is a link, which Passages never follows on the share</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 is not a regular file</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, which Passages never follows on the share</source>
        <translation>%1 is a symbolic link, which Passages never follows on the share</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: it is not inside the share.</source>
        <translation>Cannot create the folder %1: it is not inside the share.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 is a symbolic link or not a folder, which Passages never follows on the share.</source>
        <translation>Cannot create the folder %1: %2 is a symbolic link or not a folder, which Passages never follows on the share.</translation>
    </message>
    <message>
        <source>Cannot open the share folder %1</source>
        <translation>Cannot open the share folder %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>line %1 of %2 is longer than %3 KB: not read further</source>
        <translation>line %1 of %2 is longer than %3 KB: not read further</translation>
    </message>
</context>
<context>
    <name>NetworkAttendance</name>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation>The period needs a first day on or before its last day.</translation>
    </message>
    <message>
        <source>Computing the network&apos;s attendance</source>
        <translation>Computing the network&apos;s attendance</translation>
    </message>
    <message>
        <source>Invalid day.</source>
        <translation>Invalid day.</translation>
    </message>
    <message>
        <source>Computing the network&apos;s attendance by hour</source>
        <translation>Computing the network&apos;s attendance by hour</translation>
    </message>
    <message>
        <source>Computing the network&apos;s hours of attendance</source>
        <translation>Computing the network&apos;s hours of attendance</translation>
    </message>
    <message>
        <source>Outside France</source>
        <translation>Outside France</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Department %1</translation>
    </message>
    <message>
        <source>Computing the breakdown by %1</source>
        <translation>Computing the breakdown by %1</translation>
    </message>
    <message>
        <source>Computing the walk-ins by Cité</source>
        <translation>Computing the walk-ins by Cité</translation>
    </message>
    <message>
        <source>Reading the network&apos;s closures</source>
        <translation>Reading the network&apos;s closures</translation>
    </message>
    <message>
        <source>Every Cité closed</source>
        <translation>Every Cité closed</translation>
    </message>
    <message>
        <source>Reading the network&apos;s programme</source>
        <translation>Reading the network&apos;s programme</translation>
    </message>
</context>
<context>
    <name>NetworkConnectionTester</name>
    <message>
        <source>(your login name)</source>
        <translation>(your login name)</translation>
    </message>
    <message>
        <source>The network database was prepared by a newer Passages: upgrade Passages on this computer before opening it.</source>
        <translation>The network database was prepared by a newer Passages: upgrade Passages on this computer before opening it.</translation>
    </message>
    <message>
        <source>The server answers and the database exists, but it is not prepared for Passages: an administrator runs &quot;passages-cli network init --pg CONNINFO&quot; once.</source>
        <translation>The server answers and the database exists, but it is not prepared for Passages: an administrator runs &quot;passages-cli network init --pg CONNINFO&quot; once.</translation>
    </message>
    <message>
        <source>These settings are refused: %1</source>
        <translation>These settings are refused: %1</translation>
    </message>
    <message>
        <source>The server refused user %1 or its password: check the line of %2, or the password typed for this session.</source>
        <translation>The server refused user %1 or its password: check the line of %2, or the password typed for this session.</translation>
    </message>
    <message>
        <source>The server asks for the password of user %1 and none was found: add a line host:port:database:user:password to %2 (readable by you only), or type it for this session.</source>
        <translation>The server asks for the password of user %1 and none was found: add a line host:port:database:user:password to %2 (readable by you only), or type it for this session.</translation>
    </message>
    <message>
        <source>The server answers but has no database %1: an administrator creates it (createdb) and prepares it (passages-cli network init).</source>
        <translation>The server answers but has no database %1: an administrator creates it (createdb) and prepares it (passages-cli network init).</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1: check the host and the port, that the server runs and that this computer may reach it (firewall, network).</source>
        <translation>No PostgreSQL server answers at %1: check the host and the port, that the server runs and that this computer may reach it (firewall, network).</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>The network database cannot be opened: %1</source>
        <translation>The network database cannot be opened: %1</translation>
    </message>
    <message>
        <source>Give a service name, or the server, the database and the user.</source>
        <translation>Give a service name, or the server, the database and the user.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the network database is ready (schema %1, %n Cité(s)).</source>
        <translation>
            <numerusform>Connected: the network database is ready (schema %1, %n Cité).</numerusform>
            <numerusform>Connected: the network database is ready (schema %1, %n Cités).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkDatabase</name>
    <message>
        <source>The connection string is empty.</source>
        <translation>The connection string is empty.</translation>
    </message>
    <message>
        <source>A password may not be given in the connection string (it would show in the list of processes): libpq reads it from PGPASSWORD or ~/.pgpass.</source>
        <translation>A password may not be given in the connection string (it would show in the list of processes): libpq reads it from PGPASSWORD or ~/.pgpass.</translation>
    </message>
    <message>
        <source>The connection URI is not valid: %1</source>
        <translation>The connection URI is not valid: %1</translation>
    </message>
    <message>
        <source>The connection string may not contain &apos;;&apos;.</source>
        <translation>The connection string may not contain &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the network database (%1): %2</source>
        <translation>Cannot open the network database (%1): %2</translation>
    </message>
    <message>
        <source>The network database (%1) has schema %2, newer than this Passages knows (%3): upgrade Passages on this computer.</source>
        <translation>The network database (%1) has schema %2, newer than this Passages knows (%3): upgrade Passages on this computer.</translation>
    </message>
    <message>
        <source>The network database (%1) is not prepared (schema %2 of %3): an administrator runs passages-cli network init --pg CONNINFO.</source>
        <translation>The network database (%1) is not prepared (schema %2 of %3): an administrator runs passages-cli network init --pg CONNINFO.</translation>
    </message>
    <message>
        <source>Preparing the network database</source>
        <translation>Preparing the network database</translation>
    </message>
    <message>
        <source>Migrating the network database to schema %1</source>
        <translation>Migrating the network database to schema %1</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Starting a transaction</translation>
    </message>
    <message>
        <source>Saving to the network database</source>
        <translation>Saving to the network database</translation>
    </message>
    <message>
        <source>%1: the connection to the network database was lost (server restarted or network cut); the unfinished part was not kept, run it again.</source>
        <translation>%1: the connection to the network database was lost (server restarted or network cut); the unfinished part was not kept, run it again.</translation>
    </message>
</context>
<context>
    <name>NetworkService</name>
    <message>
        <source>Invalid year %1.</source>
        <translation>Invalid year %1.</translation>
    </message>
    <message>
        <source>A network report cannot be grouped by %1.</source>
        <translation>A network report cannot be grouped by %1.</translation>
    </message>
    <message>
        <source>Reading the network database</source>
        <translation>Reading the network database</translation>
    </message>
    <message>
        <source>No Cité &quot;%1&quot; in the network database.</source>
        <translation>No Cité &quot;%1&quot; in the network database.</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Computing the report</translation>
    </message>
</context>
<context>
    <name>OpeningCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victory in Europe Day</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Bastille Day</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assumption Day</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice Day</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Reading %1 %2 for synchronisation</source>
        <translation>Reading %1 %2 for synchronisation</translation>
    </message>
    <message>
        <source>No %1 with id %2 to synchronise.</source>
        <translation>No %1 with id %2 to synchronise.</translation>
    </message>
    <message>
        <source>Queueing %1 %2 for synchronisation</source>
        <translation>Queueing %1 %2 for synchronisation</translation>
    </message>
</context>
<context>
    <name>PassageCsv</name>
    <message>
        <source>%1: the file is empty (expected a header line: %2).</source>
        <translation>%1: the file is empty (expected a header line: %2).</translation>
    </message>
    <message>
        <source>%1, line 1: unknown column &quot;%2&quot; (expected: %3).</source>
        <translation>%1, line 1: unknown column &quot;%2&quot; (expected: %3).</translation>
    </message>
    <message>
        <source>%1, line 1: column &quot;%2&quot; appears twice.</source>
        <translation>%1, line 1: column &quot;%2&quot; appears twice.</translation>
    </message>
    <message>
        <source>%1, line 1: the required column &quot;%2&quot; is missing.</source>
        <translation>%1, line 1: the required column &quot;%2&quot; is missing.</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: %4</source>
        <translation>%1, line %2, field %3: %4</translation>
    </message>
    <message>
        <source>%1 fields for %2 columns.</source>
        <translation>%1 fields for %2 columns.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>the date is missing.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DDTHH:MM or DD/MM/YYYY HH:MM).</source>
        <translation>&quot;%1&quot; is not a date (expected YYYY-MM-DDTHH:MM or DD/MM/YYYY HH:MM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>entry %1 is already in this database (imported twice?).</source>
        <translation>entry %1 is already in this database (imported twice?).</translation>
    </message>
</context>
<context>
    <name>PassageReports</name>
    <message>
        <source>Invalid year %1.</source>
        <translation>Invalid year %1.</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Computing the report</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>No theme</translation>
    </message>
    <message>
        <source>Reading the desks</source>
        <translation>Reading the desks</translation>
    </message>
    <message>
        <source>A yearly walk-in report cannot be grouped by %1.</source>
        <translation>A yearly walk-in report cannot be grouped by %1.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>PgConsolidationStore</name>
    <message>
        <source>the network database (%1), Cité %2</source>
        <translation>the network database (%1), Cité %2</translation>
    </message>
    <message>
        <source>Binding Cité %1 to its share</source>
        <translation>Binding Cité %1 to its share</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Cité code (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;, up to 40).</source>
        <translation>&quot;%1&quot; is not a valid Cité code (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;, up to 40).</translation>
    </message>
    <message>
        <source>Cité %1 is bound to another share (SHARE_ID %2), not this one (%3): a Cité is consolidated from its own share only.</source>
        <translation>Cité %1 is bound to another share (SHARE_ID %2), not this one (%3): a Cité is consolidated from its own share only.</translation>
    </message>
    <message>
        <source>This share (SHARE_ID %1) is already consolidated as Cité %2: consolidating it as %3 too would count it twice.</source>
        <translation>This share (SHARE_ID %1) is already consolidated as Cité %2: consolidating it as %3 too would count it twice.</translation>
    </message>
    <message>
        <source>Starting Cité %1 again</source>
        <translation>Starting Cité %1 again</translation>
    </message>
    <message>
        <source>Starting the consolidation</source>
        <translation>Starting the consolidation</translation>
    </message>
    <message>
        <source>A consolidation of Cité %1 into the network database is already in progress; try again when it ends.</source>
        <translation>A consolidation of Cité %1 into the network database is already in progress; try again when it ends.</translation>
    </message>
    <message>
        <source>Reading the consolidation state</source>
        <translation>Reading the consolidation state</translation>
    </message>
    <message>
        <source>Recording the consolidation state</source>
        <translation>Recording the consolidation state</translation>
    </message>
    <message>
        <source>Reading the referential</source>
        <translation>Reading the referential</translation>
    </message>
    <message>
        <source>The referential of Cité %1 in the network database is invalid: %2</source>
        <translation>The referential of Cité %1 in the network database is invalid: %2</translation>
    </message>
    <message>
        <source>Saving the referential</source>
        <translation>Saving the referential</translation>
    </message>
    <message>
        <source>Reading the network database</source>
        <translation>Reading the network database</translation>
    </message>
    <message>
        <source>Reading where records come from</source>
        <translation>Reading where records come from</translation>
    </message>
    <message>
        <source>a record is refused by the database: %1</source>
        <translation>a record is refused by the database: %1</translation>
    </message>
    <message>
        <source>record %1 is refused by the database: %2</source>
        <translation>record %1 is refused by the database: %2</translation>
    </message>
    <message>
        <source>Importing a file</source>
        <translation>Importing a file</translation>
    </message>
    <message>
        <source>Recording where records come from</source>
        <translation>Recording where records come from</translation>
    </message>
    <message>
        <source>Holding desk %1</source>
        <translation>Holding desk %1</translation>
    </message>
    <message>
        <source>Recording the files of the share</source>
        <translation>Recording the files of the share</translation>
    </message>
    <message>
        <source>Recording desk %1</source>
        <translation>Recording desk %1</translation>
    </message>
    <message>
        <source>Recording the consolidation</source>
        <translation>Recording the consolidation</translation>
    </message>
    <message>
        <source>Reading the receipts to write</source>
        <translation>Reading the receipts to write</translation>
    </message>
    <message>
        <source>Recording the receipts</source>
        <translation>Recording the receipts</translation>
    </message>
    <message>
        <source>Reading the desks&apos; health</source>
        <translation>Reading the desks&apos; health</translation>
    </message>
    <message>
        <source>Reading the share&apos;s problems</source>
        <translation>Reading the share&apos;s problems</translation>
    </message>
    <message>
        <source>This login may only read the network database: consolidating needs the consolidation role&apos;s login (README, &quot;Network&quot;). Nothing was written.</source>
        <translation>This login may only read the network database: consolidating needs the consolidation role&apos;s login (README, &quot;Network&quot;). Nothing was written.</translation>
    </message>
</context>
<context>
    <name>PgDashboardSource</name>
    <message>
        <source>Reading the network&apos;s Cités</source>
        <translation>Reading the network&apos;s Cités</translation>
    </message>
    <message>
        <source>Reading the network&apos;s desks</source>
        <translation>Reading the network&apos;s desks</translation>
    </message>
    <message>
        <source>Network of the Cités des métiers</source>
        <translation>Network of the Cités des métiers</translation>
    </message>
    <message>
        <source>Cité %1</source>
        <translation>Cité %1</translation>
    </message>
    <message>
        <source>Contacts by Cité</source>
        <translation>Contacts by Cité</translation>
    </message>
    <message>
        <source>Cité</source>
        <translation>Cité</translation>
    </message>
    <message>
        <source>Contacts by pôle, Cité %1</source>
        <translation>Contacts by pôle, Cité %1</translation>
    </message>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the network&apos;s programme: %1</source>
        <translation>Cannot create a temporary folder for the network&apos;s programme: %1</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Unknown %1 &quot;%2&quot;; valid codes: %3.</source>
        <translation>Unknown %1 &quot;%2&quot;; valid codes: %3.</translation>
    </message>
    <message>
        <source>The title must have 1 to %1 characters.</source>
        <translation>The title must have 1 to %1 characters.</translation>
    </message>
    <message>
        <source>The event type is missing; valid codes: %1.</source>
        <translation>The event type is missing; valid codes: %1.</translation>
    </message>
    <message>
        <source>Unknown location &quot;%1&quot;; valid codes: %2.</source>
        <translation>Unknown location &quot;%1&quot;; valid codes: %2.</translation>
    </message>
    <message>
        <source>The capacity must be between 0 and %1 (got %2).</source>
        <translation>The capacity must be between 0 and %1 (got %2).</translation>
    </message>
    <message>
        <source>The session date is not valid.</source>
        <translation>The session date is not valid.</translation>
    </message>
    <message>
        <source>A session with an end time needs a start time.</source>
        <translation>A session with an end time needs a start time.</translation>
    </message>
    <message>
        <source>The session ends (%1) before it starts (%2).</source>
        <translation>The session ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>The number of participants must be between 0 and %1 (got %2).</source>
        <translation>The number of participants must be between 0 and %1 (got %2).</translation>
    </message>
    <message>
        <source>The pupils are among the participants: between 0 and %1 (got %2).</source>
        <translation>The pupils are among the participants: between 0 and %1 (got %2).</translation>
    </message>
    <message>
        <source>The number of classes must be between 0 and 1000 (got %1).</source>
        <translation>The number of classes must be between 0 and 1000 (got %1).</translation>
    </message>
    <message>
        <source>Saving the event</source>
        <translation>Saving the event</translation>
    </message>
    <message>
        <source>Saving the session</source>
        <translation>Saving the session</translation>
    </message>
    <message>
        <source>Saving the attendance</source>
        <translation>Saving the attendance</translation>
    </message>
    <message>
        <source>An event has at most %1 sessions.</source>
        <translation>An event has at most %1 sessions.</translation>
    </message>
    <message>
        <source>The event already has a session on %1.</source>
        <translation>The event already has a session on %1.</translation>
    </message>
    <message>
        <source>An event needs at least one date.</source>
        <translation>An event needs at least one date.</translation>
    </message>
    <message>
        <source>The start date is not valid.</source>
        <translation>The start date is not valid.</translation>
    </message>
    <message>
        <source>The event ends (%1) before it starts (%2).</source>
        <translation>The event ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>An event lasts at most %1 days; give a workshop series its sessions instead.</source>
        <translation>An event lasts at most %1 days; give a workshop series its sessions instead.</translation>
    </message>
    <message>
        <source>Event &quot;%1&quot; was deleted.</source>
        <translation>Event &quot;%1&quot; was deleted.</translation>
    </message>
    <message>
        <source>Reading the attendance</source>
        <translation>Reading the attendance</translation>
    </message>
    <message>
        <source>Event &quot;%1&quot; is already deleted.</source>
        <translation>Event &quot;%1&quot; is already deleted.</translation>
    </message>
    <message>
        <source>Reading event %1</source>
        <translation>Reading event %1</translation>
    </message>
    <message>
        <source>No event with id &quot;%1&quot;.</source>
        <translation>No event with id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the programme</source>
        <translation>Reading the programme</translation>
    </message>
    <message>
        <source>Reading the sessions</source>
        <translation>Reading the sessions</translation>
    </message>
    <message>
        <source>Reading session %1</source>
        <translation>Reading session %1</translation>
    </message>
    <message>
        <source>No session with id &quot;%1&quot;.</source>
        <translation>No session with id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The event has no session on %1; its dates: %2.</source>
        <translation>The event has no session on %1; its dates: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Reading the calendar</source>
        <translation>Reading the calendar</translation>
    </message>
    <message>
        <source>Give the number of days to shift the series by.</source>
        <translation>Give the number of days to shift the series by.</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; was deleted.</source>
        <translation>Session &quot;%1&quot; was deleted.</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; is already deleted.</source>
        <translation>Session &quot;%1&quot; is already deleted.</translation>
    </message>
    <message>
        <source>Attendance &quot;%1&quot; was deleted.</source>
        <translation>Attendance &quot;%1&quot; was deleted.</translation>
    </message>
    <message>
        <source>Attendance &quot;%1&quot; is not a live counter.</source>
        <translation>Attendance &quot;%1&quot; is not a live counter.</translation>
    </message>
    <message>
        <source>Attendance &quot;%1&quot; is already deleted.</source>
        <translation>Attendance &quot;%1&quot; is already deleted.</translation>
    </message>
    <message>
        <source>Reading attendance %1</source>
        <translation>Reading attendance %1</translation>
    </message>
    <message>
        <source>No attendance with id &quot;%1&quot;.</source>
        <translation>No attendance with id &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ProgrammeReports</name>
    <message>
        <source>Invalid year %1.</source>
        <translation>Invalid year %1.</translation>
    </message>
    <message>
        <source>Computing the participants report</source>
        <translation>Computing the participants report</translation>
    </message>
    <message>
        <source>Transversal</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>Computing the interviews report</source>
        <translation>Computing the interviews report</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>No theme</translation>
    </message>
    <message>
        <source>No partner stated</source>
        <translation>No partner stated</translation>
    </message>
    <message>
        <source>Duration not stated</source>
        <translation>Duration not stated</translation>
    </message>
    <message>
        <source>Counting the sessions</source>
        <translation>Counting the sessions</translation>
    </message>
    <message>
        <source>Counting the participants</source>
        <translation>Counting the participants</translation>
    </message>
    <message>
        <source>Listing the major events</source>
        <translation>Listing the major events</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The receipt %1 on the share is unreadable.</source>
        <translation>The receipt %1 on the share is unreadable.</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>Unknown site &quot;%1&quot;; valid sites: %2.</source>
        <translation>Unknown site &quot;%1&quot;; valid sites: %2.</translation>
    </message>
    <message>
        <source>The desk label must have 1 to 40 characters.</source>
        <translation>The desk label must have 1 to 40 characters.</translation>
    </message>
    <message>
        <source>Unknown commune &quot;%1&quot;: give an INSEE code (e.g. 94022 for Choisy-le-Roi), &quot;etranger&quot; or &quot;nr&quot;.</source>
        <translation>Unknown commune &quot;%1&quot;: give an INSEE code (e.g. 94022 for Choisy-le-Roi), &quot;etranger&quot; or &quot;nr&quot;.</translation>
    </message>
    <message>
        <source>The date and time are not valid.</source>
        <translation>The date and time are not valid.</translation>
    </message>
    <message>
        <source>Saving the entry</source>
        <translation>Saving the entry</translation>
    </message>
    <message>
        <source>This desk has no site and desk label yet; set them first (passages-cli init --site CODE --desk LABEL).</source>
        <translation>This desk has no site and desk label yet; set them first (passages-cli init --site CODE --desk LABEL).</translation>
    </message>
    <message>
        <source>Reading entry %1</source>
        <translation>Reading entry %1</translation>
    </message>
    <message>
        <source>No entry with id &quot;%1&quot;.</source>
        <translation>No entry with id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; was deleted.</source>
        <translation>Entry &quot;%1&quot; was deleted.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is already deleted.</source>
        <translation>Entry &quot;%1&quot; is already deleted.</translation>
    </message>
    <message>
        <source>Reading the entries of %1</source>
        <translation>Reading the entries of %1</translation>
    </message>
    <message>
        <source>Reading the entries</source>
        <translation>Reading the entries</translation>
    </message>
    <message>
        <source>Counting the day&apos;s entries</source>
        <translation>Counting the day&apos;s entries</translation>
    </message>
    <message>
        <source>The desk label must not hold control characters.</source>
        <translation>The desk label must not hold control characters.</translation>
    </message>
    <message>
        <source>The date %1 is not plausible: a walk-in is dated from 1990 to a year from today.</source>
        <translation>The date %1 is not plausible: a walk-in is dated from 1990 to a year from today.</translation>
    </message>
    <message>
        <source>The group size must be between 1 and %1 (got %2).</source>
        <translation>The group size must be between 1 and %1 (got %2).</translation>
    </message>
    <message>
        <source>Counting the communes</source>
        <translation>Counting the communes</translation>
    </message>
</context>
<context>
    <name>Referential</name>
    <message>
        <source>The referential is not valid JSON (offset %1): %2</source>
        <translation>The referential is not valid JSON (offset %1): %2</translation>
    </message>
    <message>
        <source>The referential uses a newer format (%1); update Passages.</source>
        <translation>The referential uses a newer format (%1); update Passages.</translation>
    </message>
    <message>
        <source>The referential has no &quot;%1&quot; list.</source>
        <translation>The referential has no &quot;%1&quot; list.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; has no code.</source>
        <translation>Entry %1 of &quot;%2&quot; has no code.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; appears twice in &quot;%2&quot;.</source>
        <translation>Code &quot;%1&quot; appears twice in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Theme &quot;%1&quot; belongs to unknown pôle &quot;%2&quot;.</source>
        <translation>Theme &quot;%1&quot; belongs to unknown pôle &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The age bands and publics must include the code &quot;nr&quot;.</source>
        <translation>The age bands and publics must include the code &quot;nr&quot;.</translation>
    </message>
    <message>
        <source>pôle</source>
        <translation>pôle</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>age band</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>event type</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>duration band</source>
        <translation>duration band</translation>
    </message>
    <message>
        <source>Reading the referential</source>
        <translation>Reading the referential</translation>
    </message>
    <message>
        <source>The referential stored in %1 is invalid: %2</source>
        <translation>The referential stored in %1 is invalid: %2</translation>
    </message>
    <message>
        <source>Saving the referential</source>
        <translation>Saving the referential</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;; valid codes: %3.</source>
        <translation>Unknown %1 &quot;%2&quot;; valid codes: %3.</translation>
    </message>
    <message>
        <source>The pôle is missing; valid codes: %1.</source>
        <translation>The pôle is missing; valid codes: %1.</translation>
    </message>
    <message>
        <source>Theme &quot;%1&quot; belongs to pôle &quot;%2&quot;, not &quot;%3&quot;; themes of &quot;%3&quot;: %4.</source>
        <translation>Theme &quot;%1&quot; belongs to pôle &quot;%2&quot;, not &quot;%3&quot;; themes of &quot;%3&quot;: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The opening days are days 1 (Monday) to 7 (Sunday), at least one.</source>
        <translation>The opening days are days 1 (Monday) to 7 (Sunday), at least one.</translation>
    </message>
    <message>
        <source>The largest group must be between 1 and %1 (got %2).</source>
        <translation>The largest group must be between 1 and %1 (got %2).</translation>
    </message>
    <message>
        <source>%1.kind: unknown list &quot;%2&quot;.</source>
        <translation>%1.kind: unknown list &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;.</source>
        <translation>Unknown %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A new entry needs a code.</source>
        <translation>A new entry needs a code.</translation>
    </message>
    <message>
        <source>Colour %1 is too pale on the desks&apos; white background (contrast %2:1, at least %3:1 needed).</source>
        <translation>Colour %1 is too pale on the desks&apos; white background (contrast %2:1, at least %3:1 needed).</translation>
    </message>
    <message>
        <source>The label of %1 &quot;%2&quot; cannot be empty.</source>
        <translation>The label of %1 &quot;%2&quot; cannot be empty.</translation>
    </message>
    <message>
        <source>The last active %1 cannot be retired.</source>
        <translation>The last active %1 cannot be retired.</translation>
    </message>
    <message>
        <source>Position %1 is outside the list (1 to %2).</source>
        <translation>Position %1 is outside the list (1 to %2).</translation>
    </message>
    <message>
        <source>Colour &quot;%1&quot; is not of the form #rrggbb.</source>
        <translation>Colour &quot;%1&quot; is not of the form #rrggbb.</translation>
    </message>
    <message>
        <source>Cannot merge into retired %1 &quot;%2&quot;.</source>
        <translation>Cannot merge into retired %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A merge needs the codes to merge and a date.</source>
        <translation>A merge needs the codes to merge and a date.</translation>
    </message>
    <message>
        <source>Cannot merge %1 &quot;%2&quot; into itself.</source>
        <translation>Cannot merge %1 &quot;%2&quot; into itself.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already merged into &quot;%3&quot;.</source>
        <translation>%1 &quot;%2&quot; is already merged into &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Theme &quot;%1&quot; belongs to pôle &quot;%2&quot;, not &quot;%3&quot;: themes merge within one pôle.</source>
        <translation>Theme &quot;%1&quot; belongs to pôle &quot;%2&quot;, not &quot;%3&quot;: themes merge within one pôle.</translation>
    </message>
    <message>
        <source>Every entry of &quot;%1&quot; is retired: the desks would have none.</source>
        <translation>Every entry of &quot;%1&quot; is retired: the desks would have none.</translation>
    </message>
    <message>
        <source>A merge needs a date (YYYY-MM-DD).</source>
        <translation>A merge needs a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Merging into &quot;%1&quot; makes a cycle.</source>
        <translation>Merging into &quot;%1&quot; makes a cycle.</translation>
    </message>
    <message>
        <source>A reporting mapping needs a name.</source>
        <translation>A reporting mapping needs a name.</translation>
    </message>
    <message>
        <source>Two reporting mappings are named &quot;%1&quot;.</source>
        <translation>Two reporting mappings are named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot; of mapping &quot;%2&quot;.</source>
        <translation>Unknown category &quot;%1&quot; of mapping &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>The desks show the service level but &quot;%1&quot; has no active entry.</source>
        <translation>The desks show the service level but &quot;%1&quot; has no active entry.</translation>
    </message>
    <message>
        <source>The desks show the orientation but &quot;%1&quot; has no active entry.</source>
        <translation>The desks show the orientation but &quot;%1&quot; has no active entry.</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>service level</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>Only partners can be orientation targets.</source>
        <translation>Only partners can be orientation targets.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Must be true or false.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Activity report %1</source>
        <translation>Activity report %1</translation>
    </message>
    <message>
        <source>Key figures compared with %1</source>
        <translation>Key figures compared with %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <source>Produced by Passages on %1. Walk-ins are anonymous tallies; group sizes are counted; deleted entries are not.</source>
        <translation>Produced by Passages on %1. Walk-ins are anonymous tallies; group sizes are counted; deleted entries are not.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 — activity report %2</source>
        <translation>%1 — activity report %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Activity report %1 — %2</source>
        <translation>Activity report %1 — %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Contacts by month and pôle, %1 (line: %2)</source>
        <translation>Contacts by month and pôle, %1 (line: %2)</translation>
    </message>
    <message>
        <source>%1, all pôles</source>
        <translation>%1, all pôles</translation>
    </message>
    <message numerus="yes">
        <source>Other (%Ln lines)</source>
        <translation>
            <numerusform>Other (%Ln line)</numerusform>
            <numerusform>Other (%Ln lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>To protect anonymity, counts below %1, and the figures from which one could be recomputed with a total, are shown as &quot;%2&quot;; the charts leave them out.</source>
        <translation>To protect anonymity, counts below %1, and the figures from which one could be recomputed with a total, are shown as &quot;%2&quot;; the charts leave them out.</translation>
    </message>
    <message>
        <source>hidden figures (%1)</source>
        <translation>hidden figures (%1)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1 — bilan %2 (%3)</source>
        <translation>%1 — bilan %2 (%3)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n lines)</source>
        <translation>
            <numerusform>Other (%n line)</numerusform>
            <numerusform>Other (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Opening days</source>
        <translation>Opening days</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
</context>
<context>
    <name>ReportingMapping</name>
    <message>
        <source>Unknown reporting mapping &quot;%1&quot;; mappings of this referential: %2.</source>
        <translation>Unknown reporting mapping &quot;%1&quot;; mappings of this referential: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; groups %2: use it with --by %3.</source>
        <translation>Mapping &quot;%1&quot; groups %2: use it with --by %3.</translation>
    </message>
    <message>
        <source>categories of &quot;%1&quot;</source>
        <translation>categories of &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>The share folder %1 does not exist (is the share mounted?).</source>
        <translation>The share folder %1 does not exist (is the share mounted?).</translation>
    </message>
    <message>
        <source>%1 is already a Passages share.</source>
        <translation>%1 is already a Passages share.</translation>
    </message>
    <message>
        <source>The share %1 is unavailable (disconnected or not mounted).</source>
        <translation>The share %1 is unavailable (disconnected or not mounted).</translation>
    </message>
    <message>
        <source>%1 is not a prepared Passages share, or the share is not mounted there (no SHARE_ID file). An administrator prepares a share once with: passages-cli share init --share %1</source>
        <translation>%1 is not a prepared Passages share, or the share is not mounted there (no SHARE_ID file). An administrator prepares a share once with: passages-cli share init --share %1</translation>
    </message>
    <message>
        <source>The share %1 was prepared by a newer version of Passages.</source>
        <translation>The share %1 was prepared by a newer version of Passages.</translation>
    </message>
    <message>
        <source>The SHARE_ID file of %1 is damaged.</source>
        <translation>The SHARE_ID file of %1 is damaged.</translation>
    </message>
    <message>
        <source>The referential %1 on the share is invalid: %2</source>
        <translation>The referential %1 on the share is invalid: %2</translation>
    </message>
    <message>
        <source>The share already has referential version %1; publish version %2 or higher.</source>
        <translation>The share already has referential version %1; publish version %2 or higher.</translation>
    </message>
    <message>
        <source>An administrator password is required to prepare a share.</source>
        <translation>An administrator password is required to prepare a share.</translation>
    </message>
    <message>
        <source>The referential %1 on the share is not signed by the administrator key; it is ignored.</source>
        <translation>The referential %1 on the share is not signed by the administrator key; it is ignored.</translation>
    </message>
    <message>
        <source>The share %1 has no administrator key yet: upgrade it first with passages-cli share upgrade --share %1</source>
        <translation>The share %1 has no administrator key yet: upgrade it first with passages-cli share upgrade --share %1</translation>
    </message>
    <message>
        <source>The sealed administrator key does not match the share&apos;s SHARE_ID.</source>
        <translation>The sealed administrator key does not match the share&apos;s SHARE_ID.</translation>
    </message>
    <message>
        <source>Invalid identity %1.</source>
        <translation>Invalid identity %1.</translation>
    </message>
    <message>
        <source>The approval %1 is not signed by the administrator key; it is ignored.</source>
        <translation>The approval %1 is not signed by the administrator key; it is ignored.</translation>
    </message>
    <message>
        <source>The join request %1 is not signed by its own key; it is ignored.</source>
        <translation>The join request %1 is not signed by its own key; it is ignored.</translation>
    </message>
    <message>
        <source>The share %1 is already upgraded.</source>
        <translation>The share %1 is already upgraded.</translation>
    </message>
    <message>
        <source>An administrator password is required to upgrade a share.</source>
        <translation>An administrator password is required to upgrade a share.</translation>
    </message>
    <message>
        <source>No desk is waiting for approval.</source>
        <translation>No desk is waiting for approval.</translation>
    </message>
    <message>
        <source>No pending request for %1 (approved meanwhile, or withdrawn).</source>
        <translation>No pending request for %1 (approved meanwhile, or withdrawn).</translation>
    </message>
    <message>
        <source>%1 names several requests: give the whole identity.</source>
        <translation>%1 names several requests: give the whole identity.</translation>
    </message>
    <message>
        <source>The administrator password is required to approve a desk.</source>
        <translation>The administrator password is required to approve a desk.</translation>
    </message>
</context>
<context>
    <name>SpineLabelWriter</name>
    <message>
        <source>The selected titles have no copy on the shelves.</source>
        <translation>The selected titles have no copy on the shelves.</translation>
    </message>
    <message>
        <source>Spine labels</source>
        <translation>Spine labels</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Passages cannot start</source>
        <translation>Passages cannot start</translation>
    </message>
    <message>
        <source>The desk database failed its integrity check.</source>
        <translation>The desk database failed its integrity check.</translation>
    </message>
    <message>
        <source>Restore the file from a backup, or ask your IT contact to repair or replace it.</source>
        <translation>Restore the file from a backup, or ask your IT contact to repair or replace it.</translation>
    </message>
    <message>
        <source>The desk database was written by a newer version of Passages.</source>
        <translation>The desk database was written by a newer version of Passages.</translation>
    </message>
    <message>
        <source>Install that newer version on this computer.</source>
        <translation>Install that newer version on this computer.</translation>
    </message>
    <message>
        <source>The desk database cannot be opened.</source>
        <translation>The desk database cannot be opened.</translation>
    </message>
    <message>
        <source>Check that the disk is available and not full, then start Passages again.</source>
        <translation>Check that the disk is available and not full, then start Passages again.</translation>
    </message>
    <message>
        <source>%1

%2

To protect the figures, Passages refuses to record anything into this database.

%3</source>
        <translation>%1

%2

To protect the figures, Passages refuses to record anything into this database.

%3</translation>
    </message>
    <message>
        <source>The data Passages needs could not be loaded.

%1

Nothing was recorded.</source>
        <translation>The data Passages needs could not be loaded.

%1

Nothing was recorded.</translation>
    </message>
</context>
<context>
    <name>Workbooks</name>
    <message>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Pôle (label)</source>
        <translation>Pôle (label)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Theme (label)</source>
        <translation>Theme (label)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Age band (label)</source>
        <translation>Age band (label)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Commune (name)</source>
        <translation>Commune (name)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Public (label)</source>
        <translation>Public (label)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Channel (label)</source>
        <translation>Channel (label)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Walk-ins %1</source>
        <translation>Walk-ins %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 — activity report %2</source>
        <translation>%1 — activity report %2</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <source>the same dates of %1</source>
        <translation>the same dates of %1</translation>
    </message>
    <message>
        <source>the year %1</source>
        <translation>the year %1</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <source>Small cells</source>
        <translation>Small cells</translation>
    </message>
    <message>
        <source>not protected: every count is shown</source>
        <translation>not protected: every count is shown</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Key figures, %1</source>
        <translation>Key figures, %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Contacts by month</source>
        <translation>Contacts by month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n lines)</source>
        <translation>
            <numerusform>Other (%n line)</numerusform>
            <numerusform>Other (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Subcote</source>
        <translation>Subcote</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Catalogue of the fonds</source>
        <translation>Catalogue of the fonds</translation>
    </message>
    <message>
        <source>protected: counts from 1 to %1, and the cells from which one could be recomputed with a total, are shown as &quot;%2&quot;</source>
        <translation>protected: counts from 1 to %1, and the cells from which one could be recomputed with a total, are shown as &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Service level (label)</source>
        <translation>Service level (label)</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Referred to (label)</source>
        <translation>Referred to (label)</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>Cannot write %1: the folder is not writable.</source>
        <translation>Cannot write %1: the folder is not writable.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Passages: the reception desk of a Cité des métiers.</source>
        <translation>Passages: the reception desk of a Cité des métiers.</translation>
    </message>
    <message>
        <source>Use the desk database FILE instead of the default one.</source>
        <translation>Use the desk database FILE instead of the default one.</translation>
    </message>
</context>
<context>
    <name>passages-cli</name>
    <message numerus="yes">
        <source>nothing imported: %n problem(s) in %1</source>
        <translation>
            <numerusform>nothing imported: %n problem in %1</numerusform>
            <numerusform>nothing imported: %n problems in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk &quot;%1&quot; of site %2 ready in %3 (instance %4).</source>
        <translation>Desk &quot;%1&quot; of site %2 ready in %3 (instance %4).</translation>
    </message>
    <message>
        <source>log: --count needs a whole number, got &quot;%1&quot;</source>
        <translation>log: --count needs a whole number, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>log: --at needs YYYY-MM-DDTHH:MM[:SS], got &quot;%1&quot;</source>
        <translation>log: --at needs YYYY-MM-DDTHH:MM[:SS], got &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n bad row(s) in %1</source>
        <translation>
            <numerusform>nothing imported: %n bad row in %1</numerusform>
            <numerusform>nothing imported: %n bad rows in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) imported.</source>
        <translation>
            <numerusform>%n entry imported.</numerusform>
            <numerusform>%n entries imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>export: --year needs a year such as 2024, got &quot;%1&quot;</source>
        <translation>export: --year needs a year such as 2024, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>report: --year needs a year such as 2024, got &quot;%1&quot;</source>
        <translation>report: --year needs a year such as 2024, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report: --what must be one of %1, got &quot;%2&quot;</source>
        <translation>report: --what must be one of %1, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>report: --by must be one of %1 for %2, got &quot;%3&quot;</source>
        <translation>report: --by must be one of %1 for %2, got &quot;%3&quot;</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;; valid sites: %2</source>
        <translation>unknown site &quot;%1&quot;; valid sites: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Share prepared in %1 (referential version %2).</source>
        <translation>Share prepared in %1 (referential version %2).</translation>
    </message>
    <message>
        <source>Referential version %1 published; desks pick it up at their next sync.</source>
        <translation>Referential version %1 published; desks pick it up at their next sync.</translation>
    </message>
    <message numerus="yes">
        <source>sync failed, %n row(s) still pending: %1</source>
        <translation>
            <numerusform>sync failed, %n row still pending: %1</numerusform>
            <numerusform>sync failed, %n rows still pending: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>this desk took a new identity because %1</source>
        <translation>this desk took a new identity because %1</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) published, %1 row(s); nothing pending.</source>
        <translation>
            <numerusform>%n batch published, %1 row(s); nothing pending.</numerusform>
            <numerusform>%n batches published, %1 row(s); nothing pending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referential updated to version %1.</source>
        <translation>Referential updated to version %1.</translation>
    </message>
    <message>
        <source>last batch %1</source>
        <translation>last batch %1</translation>
    </message>
    <message>
        <source>MISSING %1</source>
        <translation>MISSING %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) quarantined</source>
        <translation>
            <numerusform>%n file quarantined</numerusform>
            <numerusform>%n files quarantined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n implausible date(s)</source>
        <translation>
            <numerusform>%n implausible date</numerusform>
            <numerusform>%n implausible dates</numerusform>
        </translation>
    </message>
    <message>
        <source>HELD: %1</source>
        <translation>HELD: %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>option --%1 given twice</source>
        <translation>option --%1 given twice</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>option --%1 needs a value</translation>
    </message>
    <message>
        <source>unknown option --%1 (allowed: %2)</source>
        <translation>unknown option --%1 (allowed: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1: option --%2 is required</source>
        <translation>%1: option --%2 is required</translation>
    </message>
    <message>
        <source>closure add: --from and --to need YYYY-MM-DD dates</source>
        <translation>closure add: --from and --to need YYYY-MM-DD dates</translation>
    </message>
    <message>
        <source>closure list: --year needs a year such as 2024</source>
        <translation>closure list: --year needs a year such as 2024</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n batch(es) confirmed by a consolidation.</source>
        <translation>
            <numerusform>%1 of %n batch confirmed by a consolidation.</numerusform>
            <numerusform>%1 of %n batches confirmed by a consolidation.</numerusform>
        </translation>
    </message>
    <message>
        <source>refused by the consolidation: %1</source>
        <translation>refused by the consolidation: %1</translation>
    </message>
    <message>
        <source>option --db given twice</source>
        <translation>option --db given twice</translation>
    </message>
    <message>
        <source>option --db needs a file name</source>
        <translation>option --db needs a file name</translation>
    </message>
    <message>
        <source>unknown option %1 before the command</source>
        <translation>unknown option %1 before the command</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; %2 commands: %3</source>
        <translation>unknown command &quot;%1&quot;; %2 commands: %3</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bilan: --year needs a year such as 2024, got &quot;%1&quot;</source>
        <translation>bilan: --year needs a year such as 2024, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bilan: give --xlsx FILE, --pdf FILE or both</source>
        <translation>bilan: give --xlsx FILE, --pdf FILE or both</translation>
    </message>
    <message>
        <source>bilan: --protect-small-cells needs a threshold from 2 to 100, got &quot;%1&quot;</source>
        <translation>bilan: --protect-small-cells needs a threshold from 2 to 100, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 title(s) and %2 copy(ies) imported.</source>
        <translation>%1 title(s) and %2 copy(ies) imported.</translation>
    </message>
    <message>
        <source>fonds export: give either --csv FILE or --xlsx FILE</source>
        <translation>fonds export: give either --csv FILE or --xlsx FILE</translation>
    </message>
    <message>
        <source>fonds stats: --year needs a year such as 2024, got &quot;%1&quot;</source>
        <translation>fonds stats: --year needs a year such as 2024, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>fonds stats: --format must be text, csv or json, got &quot;%1&quot;</source>
        <translation>fonds stats: --format must be text, csv or json, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Fonds, %1</source>
        <translation>Fonds, %1</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titles</translation>
    </message>
    <message>
        <source>Copies (not withdrawn)</source>
        <translation>Copies (not withdrawn)</translation>
    </message>
    <message>
        <source>Copies acquired in the year</source>
        <translation>Copies acquired in the year</translation>
    </message>
    <message>
        <source>Copies withdrawn in the year</source>
        <translation>Copies withdrawn in the year</translation>
    </message>
    <message>
        <source>Periodicals</source>
        <translation>Periodicals</translation>
    </message>
    <message>
        <source>Issues received</source>
        <translation>Issues received</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Consultations, previous year</source>
        <translation>Consultations, previous year</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Consult.</source>
        <translation>Consult.</translation>
    </message>
    <message>
        <source>Prev.</source>
        <translation>Prev.</translation>
    </message>
    <message>
        <source>%1: --%2 needs a date YYYY-MM-DD, got &quot;%3&quot;</source>
        <translation>%1: --%2 needs a date YYYY-MM-DD, got &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: --%2 needs a whole number, got &quot;%3&quot;</source>
        <translation>%1: --%2 needs a whole number, got &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: --year needs a year such as 2024, got &quot;%2&quot;</source>
        <translation>%1: --year needs a year such as 2024, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: --format must be %2, got &quot;%3&quot;</source>
        <translation>%1: --format must be %2, got &quot;%3&quot;</translation>
    </message>
    <message>
        <source>event &quot;%1&quot; was deleted</source>
        <translation>event &quot;%1&quot; was deleted</translation>
    </message>
    <message>
        <source>event attend: the event runs from %1 to %2; give --date</source>
        <translation>event attend: the event runs from %1 to %2; give --date</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Workshop offers</source>
        <translation>Workshop offers</translation>
    </message>
    <message>
        <source>Workshop sessions</source>
        <translation>Workshop sessions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Major events</source>
        <translation>Major events</translation>
    </message>
    <message>
        <source>interview: --at needs YYYY-MM-DDTHH:MM[:SS], got &quot;%1&quot;</source>
        <translation>interview: --at needs YYYY-MM-DDTHH:MM[:SS], got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export: give either --csv FILE or --xlsx FILE</source>
        <translation>export: give either --csv FILE or --xlsx FILE</translation>
    </message>
    <message>
        <source>export: --excel is a CSV dialect; a workbook needs none</source>
        <translation>export: --excel is a CSV dialect; a workbook needs none</translation>
    </message>
    <message>
        <source>report: --format must be text, csv, json or xlsx, got &quot;%1&quot;</source>
        <translation>report: --format must be text, csv, json or xlsx, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report: --format xlsx needs --output FILE (and only it does)</source>
        <translation>report: --format xlsx needs --output FILE (and only it does)</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
    <message>
        <source>sync: no share folder: give --share DIR, or choose the folder in the desk&apos;s Tools › Synchronisation settings</source>
        <translation>sync: no share folder: give --share DIR, or choose the folder in the desk&apos;s Tools › Synchronisation settings</translation>
    </message>
    <message>
        <source>Key fingerprint: %1.</source>
        <translation>Key fingerprint: %1.</translation>
    </message>
    <message>
        <source>Administrator password: </source>
        <translation>Administrator password: </translation>
    </message>
    <message>
        <source>the administrator password is required (standard input or PASSAGES_ADMIN_PASSWORD)</source>
        <translation>the administrator password is required (standard input or PASSAGES_ADMIN_PASSWORD)</translation>
    </message>
    <message numerus="yes">
        <source>Share upgraded: signed by an administrator key; %n desk(s) approved for the batches they have there. Each desk asks to join at its next sync: approve it with: passages-cli share approve</source>
        <translation>
            <numerusform>Share upgraded: signed by an administrator key; %n desk approved for the batches they have there. Each desk asks to join at its next sync: approve it with: passages-cli share approve</numerusform>
            <numerusform>Share upgraded: signed by an administrator key; %n desks approved for the batches they have there. Each desk asks to join at its next sync: approve it with: passages-cli share approve</numerusform>
        </translation>
    </message>
    <message>
        <source>consolidating PC</source>
        <translation>consolidating PC</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
    <message>
        <source>No pending request.</source>
        <translation>No pending request.</translation>
    </message>
    <message>
        <source>share approve needs --id &lt;identity&gt; or --all</source>
        <translation>share approve needs --id &lt;identity&gt; or --all</translation>
    </message>
    <message>
        <source>Approved: </source>
        <translation>Approved: </translation>
    </message>
    <message>
        <source>closure add: --reason must not be blank</source>
        <translation>closure add: --reason must not be blank</translation>
    </message>
    <message>
        <source>unknown desk &quot;%1&quot;; desks: %2</source>
        <translation>unknown desk &quot;%1&quot;; desks: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) found damaged or missing on the share, sent again.</source>
        <translation>
            <numerusform>%n batch found damaged or missing on the share, sent again.</numerusform>
            <numerusform>%n batches found damaged or missing on the share, sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no database at %1 (check --db; passages-cli init --site CODE --desk LABEL creates one)</source>
        <translation>there is no database at %1 (check --db; passages-cli init --site CODE --desk LABEL creates one)</translation>
    </message>
    <message>
        <source>Add --despite-walk-ins to close those days all the same.</source>
        <translation>Add --despite-walk-ins to close those days all the same.</translation>
    </message>
    <message>
        <source>coverage: give --year YYYY, or --from and --to YYYY-MM-DD</source>
        <translation>coverage: give --year YYYY, or --from and --to YYYY-MM-DD</translation>
    </message>
    <message>
        <source>coverage: --from and --to need two dates YYYY-MM-DD, the first not after the second</source>
        <translation>coverage: --from and --to need two dates YYYY-MM-DD, the first not after the second</translation>
    </message>
    <message>
        <source>coverage: --format is text or json, got &quot;%1&quot;</source>
        <translation>coverage: --format is text or json, got &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Coverage %1 to %2: %n finding(s)</source>
        <translation>
            <numerusform>Coverage %1 to %2: %n finding</numerusform>
            <numerusform>Coverage %1 to %2: %n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>closed day    %1  %2 / %3: %4 entries (%5 walk-ins) on a day closed (%6)</source>
        <translation>closed day    %1  %2 / %3: %4 entries (%5 walk-ins) on a day closed (%6)</translation>
    </message>
    <message>
        <source>back-dated    %1  %2 / %3: %4 entries typed %5 to %6 UTC, stated %7 to %8, up to %9 min late</source>
        <translation>back-dated    %1  %2 / %3: %4 entries typed %5 to %6 UTC, stated %7 to %8, up to %9 min late</translation>
    </message>
    <message>
        <source>silent desk   %1  %2 / %3: nothing logged all day (%4:00-%5:59) while the site&apos;s other desks logged %6 walk-ins</source>
        <translation>silent desk   %1  %2 / %3: nothing logged all day (%4:00-%5:59) while the site&apos;s other desks logged %6 walk-ins</translation>
    </message>
    <message>
        <source>silent desk   %1  %2 / %3: nothing logged %4:00-%5:59 while the site&apos;s other desks logged %6 walk-ins</source>
        <translation>silent desk   %1  %2 / %3: nothing logged %4:00-%5:59 while the site&apos;s other desks logged %6 walk-ins</translation>
    </message>
    <message>
        <source>Network database ready (schema %1).</source>
        <translation>Network database ready (schema %1).</translation>
    </message>
    <message>
        <source>network status: --format must be text or json, got &quot;%1&quot;</source>
        <translation>network status: --format must be text or json, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cité %1: %2 walk-in(s), last consolidation %3; files: %4</source>
        <translation>Cité %1: %2 walk-in(s), last consolidation %3; files: %4</translation>
    </message>
    <message>
        <source>consolidate: --cache and --pg exclude each other</source>
        <translation>consolidate: --cache and --pg exclude each other</translation>
    </message>
    <message>
        <source>Referential version %1 of %2</source>
        <translation>Referential version %1 of %2</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>merges</source>
        <translation>merges</translation>
    </message>
    <message>
        <source>Referential version %1 saved on this desk only (no share folder: give --share DIR to publish it).</source>
        <translation>Referential version %1 saved on this desk only (no share folder: give --share DIR to publish it).</translation>
    </message>
    <message>
        <source>report: --pg reports contacts only, got &quot;%1&quot;</source>
        <translation>report: --pg reports contacts only, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report: --cite goes with --pg</source>
        <translation>report: --cite goes with --pg</translation>
    </message>
    <message>
        <source>report: --mapping goes with a desk or share report, not --pg</source>
        <translation>report: --mapping goes with a desk or share report, not --pg</translation>
    </message>
    <message>
        <source>report: --pg and --share or --cache exclude each other</source>
        <translation>report: --pg and --share or --cache exclude each other</translation>
    </message>
    <message>
        <source>report: --mapping applies to contacts and interviews</source>
        <translation>report: --mapping applies to contacts and interviews</translation>
    </message>
    <message>
        <source>consolidate: --cite goes with --pg</source>
        <translation>consolidate: --cite goes with --pg</translation>
    </message>
    <message>
        <source>only the Cité&apos;s administrator may %1: %2</source>
        <translation>only the Cité&apos;s administrator may %1: %2</translation>
    </message>
</context>
<context>
    <name>passages::summaries</name>
    <message>
        <source>Rebuilding the daily summaries</source>
        <translation>Rebuilding the daily summaries</translation>
    </message>
</context>
<context>
    <name>passages::trust</name>
    <message>
        <source>The sealed administrator key is damaged.</source>
        <translation>The sealed administrator key is damaged.</translation>
    </message>
    <message>
        <source>Not enough memory to check the password.</source>
        <translation>Not enough memory to check the password.</translation>
    </message>
    <message>
        <source>Wrong administrator password.</source>
        <translation>Wrong administrator password.</translation>
    </message>
    <message>
        <source>not a JSON document (%1)</source>
        <translation>not a JSON document (%1)</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>the signature does not verify</translation>
    </message>
</context>
<context>
    <name>passages::ui::AccueilWidget</name>
    <message>
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Record (Enter)</translation>
    </message>
    <message>
        <source>Choose the pôle first (keys 1 to %1).</source>
        <translation>Choose the pôle first (keys 1 to %1).</translation>
    </message>
    <message>
        <source>Pick the commune from the list, or clear it to record &quot;not stated&quot;.</source>
        <translation>Pick the commune from the list, or clear it to record &quot;not stated&quot;.</translation>
    </message>
</context>
<context>
    <name>passages::ui::AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>none / not stated</source>
        <translation>none / not stated</translation>
    </message>
    <message>
        <source>of whom p&amp;upils</source>
        <translation>of whom p&amp;upils</translation>
    </message>
    <message>
        <source>&amp;Classes</source>
        <translation>&amp;Classes</translation>
    </message>
</context>
<context>
    <name>passages::ui::BilanPage</name>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>the Cité&apos;s own</source>
        <translation>the Cité&apos;s own</translation>
    </message>
    <message>
        <source>Show the bilan&apos;s tables, its PDF and its exports in the categories of a reporting mapping of the referential</source>
        <translation>Show the bilan&apos;s tables, its PDF and its exports in the categories of a reporting mapping of the referential</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>Cate&amp;gories:</translation>
    </message>
    <message>
        <source>bilan %1</source>
        <translation>bilan %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Contacts by month and pôle, %1 (dashed: %2)</source>
        <translation>Contacts by month and pôle, %1 (dashed: %2)</translation>
    </message>
    <message>
        <source>Interviews and events appear here once the programme is recorded in this database.</source>
        <translation>Interviews and events appear here once the programme is recorded in this database.</translation>
    </message>
</context>
<context>
    <name>passages::ui::BreakdownsPage</name>
    <message>
        <source>Age bands</source>
        <translation>Age bands</translation>
    </message>
    <message>
        <source>Publics</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service levels</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Top communes</source>
        <translation>Top communes</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Cités</source>
        <translation>Cités</translation>
    </message>
    <message>
        <source>Cité</source>
        <translation>Cité</translation>
    </message>
</context>
<context>
    <name>passages::ui::CatalogueTab</name>
    <message>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <source>ISBN or inventory number, then Enter</source>
        <translation>ISBN or inventory number, then Enter</translation>
    </message>
    <message>
        <source>Catalogue: add copies</source>
        <translation>Catalogue: add copies</translation>
    </message>
    <message>
        <source>Reshelving: count consultations</source>
        <translation>Reshelving: count consultations</translation>
    </message>
    <message>
        <source>Consulted:</source>
        <translation>Consulted:</translation>
    </message>
    <message>
        <source>%1 +1</source>
        <translation>%1 +1</translation>
    </message>
    <message>
        <source>Count one consultation of %1</source>
        <translation>Count one consultation of %1</translation>
    </message>
    <message>
        <source>Search title, author, ISBN, cote…</source>
        <translation>Search title, author, ISBN, cote…</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>New title</translation>
    </message>
    <message>
        <source>Spine labels (PDF)…</source>
        <translation>Spine labels (PDF)…</translation>
    </message>
    <message>
        <source>Labels for the copies of the selected titles</source>
        <translation>Labels for the copies of the selected titles</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Sub-cote</source>
        <translation>Sub-cote</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save title (Enter)</source>
        <translation>Save title (Enter)</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Add a copy</source>
        <translation>Add a copy</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Apply to the copy</source>
        <translation>Apply to the copy</translation>
    </message>
    <message>
        <source>Consultation counted: %1 (%2).</source>
        <translation>Consultation counted: %1 (%2).</translation>
    </message>
    <message>
        <source>Copy %1 of &quot;%2&quot; (%3).</source>
        <translation>Copy %1 of &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Copy %1 added to &quot;%2&quot;: write this number on the copy.</source>
        <translation>Copy %1 added to &quot;%2&quot;: write this number on the copy.</translation>
    </message>
    <message>
        <source>ISBN %1 is new: type the title and press Enter to catalogue it with its first copy.</source>
        <translation>ISBN %1 is new: type the title and press Enter to catalogue it with its first copy.</translation>
    </message>
    <message>
        <source>One consultation counted for %1.</source>
        <translation>One consultation counted for %1.</translation>
    </message>
    <message>
        <source>Cote</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>On shelf</source>
        <translation>On shelf</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved (%2).</source>
        <translation>&quot;%1&quot; saved (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; catalogued with copy %2: write this number on the copy.</source>
        <translation>&quot;%1&quot; catalogued with copy %2: write this number on the copy.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Save the title first.</source>
        <translation>Save the title first.</translation>
    </message>
    <message>
        <source>Copy %1 added: write this number on the copy.</source>
        <translation>Copy %1 added: write this number on the copy.</translation>
    </message>
    <message>
        <source>Choose a copy in the list first.</source>
        <translation>Choose a copy in the list first.</translation>
    </message>
    <message>
        <source>Copy %1: %2.</source>
        <translation>Copy %1: %2.</translation>
    </message>
    <message>
        <source>Select the titles to label in the list first.</source>
        <translation>Select the titles to label in the list first.</translation>
    </message>
    <message>
        <source>Spine labels</source>
        <translation>Spine labels</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>spine-labels.pdf</source>
        <translation>spine-labels.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) written to %1.</source>
        <translation>
            <numerusform>%Ln label(s) written to %1.</numerusform>
            <numerusform>%Ln label(s) written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::ChoiceGroup</name>
    <message>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
</context>
<context>
    <name>passages::ui::ClosuresDialog</name>
    <message>
        <source>Closures</source>
        <translation>Closures</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Remove the selected closure…</source>
        <translation>&amp;Remove the selected closure…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Every site</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>Summer closure</source>
        <translation>Summer closure</translation>
    </message>
    <message>
        <source>&amp;Add the closure</source>
        <translation>&amp;Add the closure</translation>
    </message>
    <message>
        <source>Closure not added</source>
        <translation>Closure not added</translation>
    </message>
    <message>
        <source>Remove the closure</source>
        <translation>Remove the closure</translation>
    </message>
    <message>
        <source>Remove the closure from %1 to %2 (%3)? Those days count as open again.</source>
        <translation>Remove the closure from %1 to %2 (%3)? Those days count as open again.</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>no reason</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Closure not removed</source>
        <translation>Closure not removed</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Open on:</translation>
    </message>
    <message>
        <source>Opening days not changed</source>
        <translation>Opening days not changed</translation>
    </message>
    <message>
        <source>The days the Cité opens each week, and the days it closes besides public holidays (summer closure, inventory, strike…): the dashboard shows closed days as closed and leaves them out of the averages.</source>
        <translation>The days the Cité opens each week, and the days it closes besides public holidays (summer closure, inventory, strike…): the dashboard shows closed days as closed and leaves them out of the averages.</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>R&amp;eason</translation>
    </message>
    <message>
        <source>Adding the closure will ask first.</source>
        <translation>Adding the closure will ask first.</translation>
    </message>
    <message>
        <source>Close days with walk-ins</source>
        <translation>Close days with walk-ins</translation>
    </message>
    <message>
        <source>Close those days all the same? Their walk-ins still count, on days shown as closed.</source>
        <translation>Close those days all the same? Their walk-ins still count, on days shown as closed.</translation>
    </message>
    <message>
        <source>Close them</source>
        <translation>Close them</translation>
    </message>
</context>
<context>
    <name>passages::ui::CommunePicker</name>
    <message>
        <source>Name or postal code (empty: not stated)</source>
        <translation>Name or postal code (empty: not stated)</translation>
    </message>
    <message>
        <source>No commune matches &quot;%1&quot;. Correct it, or clear it to record &quot;not stated&quot;.</source>
        <translation>No commune matches &quot;%1&quot;. Correct it, or clear it to record &quot;not stated&quot;.</translation>
    </message>
</context>
<context>
    <name>passages::ui::CorrectionDialog</name>
    <message>
        <source>Correct an entry</source>
        <translation>Correct an entry</translation>
    </message>
    <message>
        <source>Entry recorded at %1. Change what was wrong, then press Enter to save; Escape cancels.</source>
        <translation>Entry recorded at %1. Change what was wrong, then press Enter to save; Escape cancels.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>Pick the commune from the list, or clear it to record &quot;not stated&quot;.</source>
        <translation>Pick the commune from the list, or clear it to record &quot;not stated&quot;.</translation>
    </message>
</context>
<context>
    <name>passages::ui::CoverageModel</name>
    <message>
        <source>Silent desk</source>
        <translation>Silent desk</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Closed day</translation>
    </message>
    <message numerus="yes">
        <source>%n entries on a day marked closed (%1)</source>
        <translation>
            <numerusform>%n entry on a day marked closed (%1)</numerusform>
            <numerusform>%n entries on a day marked closed (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Back-dated</source>
        <translation>Back-dated</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Nothing logged all day (%1:00–%2:59) while the site&apos;s other desks logged %3 walk-ins</source>
        <translation>Nothing logged all day (%1:00–%2:59) while the site&apos;s other desks logged %3 walk-ins</translation>
    </message>
    <message>
        <source>Nothing logged from %1:00 to %2:59 while the site&apos;s other desks logged %3 walk-ins</source>
        <translation>Nothing logged from %1:00 to %2:59 while the site&apos;s other desks logged %3 walk-ins</translation>
    </message>
    <message numerus="yes">
        <source>%n entries typed from %1 to %2, dated %3, up to %4 late</source>
        <translation>
            <numerusform>%n entry typed from %1 to %2, dated %3, up to %4 late</numerusform>
            <numerusform>%n entries typed from %1 to %2, dated %3, up to %4 late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries typed from %1 to %2, dated %3 to %4, up to %5 late</source>
        <translation>
            <numerusform>%n entry typed from %1 to %2, dated %3 to %4, up to %5 late</numerusform>
            <numerusform>%n entries typed from %1 to %2, dated %3 to %4, up to %5 late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::CoverageWidget</name>
    <message>
        <source>Coverage from</source>
        <translation>Coverage from</translation>
    </message>
    <message>
        <source>Coverage to</source>
        <translation>Coverage to</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Consolidate the share first: the check reads every desk&apos;s figures.</source>
        <translation>Consolidate the share first: the check reads every desk&apos;s figures.</translation>
    </message>
    <message>
        <source>Click &quot;Check&quot; to look over the period.</source>
        <translation>Click &quot;Check&quot; to look over the period.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Nothing to look at: every desk logged when its site was open.</source>
        <translation>Nothing to look at: every desk logged when its site was open.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) to look at; none blocks anything.</source>
        <translation>
            <numerusform>%n finding to look at; it blocks nothing.</numerusform>
            <numerusform>%n findings to look at; none blocks anything.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::DashboardWidget</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Protect small &amp;counts in exports, below</source>
        <translation>Protect small &amp;counts in exports, below</translation>
    </message>
    <message>
        <source>Small count threshold</source>
        <translation>Small count threshold</translation>
    </message>
    <message>
        <source>Chart as P&amp;NG…</source>
        <translation>Chart as P&amp;NG…</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF report…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Semicolons and a UTF-8 mark: opens as columns in French Excel.</source>
        <translation>Semicolons and a UTF-8 mark: opens as columns in French Excel.</translation>
    </message>
    <message>
        <source>The bilan of the chosen year: title page, key figures, tables and charts.</source>
        <translation>The bilan of the chosen year: title page, key figures, tables and charts.</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>All desks</translation>
    </message>
    <message>
        <source>Des&amp;k</source>
        <translation>Des&amp;k</translation>
    </message>
    <message>
        <source>All pôles</source>
        <translation>All pôles</translation>
    </message>
    <message>
        <source>Pô&amp;le</source>
        <translation>Pô&amp;le</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Ch&amp;annel</source>
        <translation>Ch&amp;annel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Recompute every figure (F5)</source>
        <translation>Recompute every figure (F5)</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>The figures could not be computed: %1</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Figures as of %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2: %3 walk-ins&lt;/b&gt; (%4 on the same period last year: %5) · %6 opening days · &lt;b&gt;%7 per opening day&lt;/b&gt; · today %8</source>
        <translation>&lt;b&gt;%1 – %2: %3 walk-ins&lt;/b&gt; (%4 on the same period last year: %5) · %6 opening days · &lt;b&gt;%7 per opening day&lt;/b&gt; · today %8</translation>
    </message>
    <message>
        <source>Today, %1: %2 walk-ins by hour</source>
        <translation>Today, %1: %2 walk-ins by hour</translation>
    </message>
    <message>
        <source>Walk-ins per day by pôle, %1 – %2</source>
        <translation>Walk-ins per day by pôle, %1 – %2</translation>
    </message>
    <message>
        <source>Walk-ins per week by pôle (%1 per opening day on average)</source>
        <translation>Walk-ins per week by pôle (%1 per opening day on average)</translation>
    </message>
    <message>
        <source>Walk-ins per month by pôle, %1 (dashed: %2)</source>
        <translation>Walk-ins per month by pôle, %1 (dashed: %2)</translation>
    </message>
    <message>
        <source>Today by hour</source>
        <translation>Today by hour</translation>
    </message>
    <message>
        <source>Walk-ins per day</source>
        <translation>Walk-ins per day</translation>
    </message>
    <message>
        <source>Walk-ins per week</source>
        <translation>Walk-ins per week</translation>
    </message>
    <message>
        <source>Walk-ins per month</source>
        <translation>Walk-ins per month</translation>
    </message>
    <message>
        <source>Walk-ins per month, the year before</source>
        <translation>Walk-ins per month, the year before</translation>
    </message>
    <message>
        <source>Walk-ins per opening day by weekday and hour</source>
        <translation>Walk-ins per opening day by weekday and hour</translation>
    </message>
    <message>
        <source>Export as CSV for Excel</source>
        <translation>Export as CSV for Excel</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Save the chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Save the annual report as PDF</source>
        <translation>Save the annual report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Activity report %1</source>
        <translation>Activity report %1</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Breakdowns</translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)…</source>
        <translation>E&amp;xcel workbook (.xlsx)…</translation>
    </message>
    <message>
        <source>Opens in Excel and LibreOffice with codes, numbers and dates right; the bilan with a chart beside each table.</source>
        <translation>Opens in Excel and LibreOffice with codes, numbers and dates right; the bilan with a chart beside each table.</translation>
    </message>
    <message>
        <source>Export as an Excel workbook</source>
        <translation>Export as an Excel workbook</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel-rea&amp;dy CSV…</source>
        <translation>Excel-rea&amp;dy CSV…</translation>
    </message>
    <message>
        <source>Pla&amp;in CSV…</source>
        <translation>Pla&amp;in CSV…</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>For figures published outside the Cité: counts below the threshold are written &quot;s&quot;, as a small count can point at a person; so is the smallest other cell of a line or column where a total would give a hidden count back.</source>
        <translation>For figures published outside the Cité: counts below the threshold are written &quot;s&quot;, as a small count can point at a person; so is the smallest other cell of a line or column where a total would give a hidden count back.</translation>
    </message>
    <message>
        <source>All Cités</source>
        <translation>All Cités</translation>
    </message>
    <message>
        <source>C&amp;ité</source>
        <translation>C&amp;ité</translation>
    </message>
    <message>
        <source>Cités</source>
        <translation>Cités</translation>
    </message>
</context>
<context>
    <name>passages::ui::DeskHealthModel</name>
    <message>
        <source>Identity %1</source>
        <translation>Identity %1</translation>
    </message>
    <message>
        <source>continues %1</source>
        <translation>continues %1</translation>
    </message>
    <message>
        <source>Held: two computers share this identity</source>
        <translation>Held: two computers share this identity</translation>
    </message>
    <message>
        <source>Batches missing</source>
        <translation>Batches missing</translation>
    </message>
    <message>
        <source>Damaged files</source>
        <translation>Damaged files</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Last batch</source>
        <translation>Last batch</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Missing batches</source>
        <translation>Missing batches</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <source>Implausible dates</source>
        <translation>Implausible dates</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Site code %1</source>
        <translation>Site code %1</translation>
    </message>
</context>
<context>
    <name>passages::ui::DeskSession</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <source>Not corrected</source>
        <translation>Not corrected</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Corrected: %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Deleted: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <source>Undo recording</source>
        <translation>Undo recording</translation>
    </message>
    <message>
        <source>Undo correction</source>
        <translation>Undo correction</translation>
    </message>
    <message>
        <source>Undo deletion</source>
        <translation>Undo deletion</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Not undone</translation>
    </message>
    <message>
        <source>Recording undone: %1</source>
        <translation>Recording undone: %1</translation>
    </message>
    <message>
        <source>Correction undone: %1</source>
        <translation>Correction undone: %1</translation>
    </message>
    <message>
        <source>Deletion undone: %1</source>
        <translation>Deletion undone: %1</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>first visit</translation>
    </message>
    <message>
        <source>already came</source>
        <translation>already came</translation>
    </message>
    <message numerus="yes">
        <source>group of %Ln</source>
        <translation>
            <numerusform>group of %Ln</numerusform>
            <numerusform>group of %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>referred to %1</source>
        <translation>referred to %1</translation>
    </message>
</context>
<context>
    <name>passages::ui::EventDialog</name>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Transversal (no pôle)</source>
        <translation>Transversal (no pôle)</translation>
    </message>
    <message>
        <source>&amp;Pôle</source>
        <translation>&amp;Pôle</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>Pa&amp;rtners</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;First day</translation>
    </message>
    <message>
        <source>L&amp;ast day</source>
        <translation>L&amp;ast day</translation>
    </message>
    <message>
        <source>no: every day from the first to the last</source>
        <translation>no: every day from the first to the last</translation>
    </message>
    <message>
        <source> weekly sessions</source>
        <translation> weekly sessions</translation>
    </message>
    <message>
        <source>&amp;Weekly series</source>
        <translation>&amp;Weekly series</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
</context>
<context>
    <name>passages::ui::EventListModel</name>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Transversal</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>passages::ui::EventListPanel</name>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All pôles</source>
        <translation>All pôles</translation>
    </message>
    <message>
        <source>Transversal</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>Title contains…</source>
        <translation>Title contains…</translation>
    </message>
</context>
<context>
    <name>passages::ui::FigureTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message numerus="yes">
        <source>Other (%Ln lines)</source>
        <translation>
            <numerusform>Other (%Ln line)</numerusform>
            <numerusform>Other (%Ln lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::FiguresTab</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Counted today: no figure for a past year.</source>
        <translation>Counted today: no figure for a past year.</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titles</translation>
    </message>
    <message>
        <source>Copies (not withdrawn)</source>
        <translation>Copies (not withdrawn)</translation>
    </message>
    <message>
        <source>Copies: %1</source>
        <translation>Copies: %1</translation>
    </message>
    <message>
        <source>Copies acquired in the year</source>
        <translation>Copies acquired in the year</translation>
    </message>
    <message>
        <source>Copies withdrawn in the year</source>
        <translation>Copies withdrawn in the year</translation>
    </message>
    <message>
        <source>Periodicals</source>
        <translation>Periodicals</translation>
    </message>
    <message>
        <source>Issues received</source>
        <translation>Issues received</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Consultations: %1</source>
        <translation>Consultations: %1</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Previous year</translation>
    </message>
</context>
<context>
    <name>passages::ui::FirstRunDialog</name>
    <message>
        <source>Set up this desk</source>
        <translation>Set up this desk</translation>
    </message>
    <message>
        <source>Welcome to Passages</source>
        <translation>Welcome to Passages</translation>
    </message>
    <message>
        <source>This computer records the anonymous walk-ins of one reception desk. Choose the site it belongs to and give the desk a name, such as &quot;Accueil 1&quot;. No personal data is ever recorded.</source>
        <translation>This computer records the anonymous walk-ins of one reception desk. Choose the site it belongs to and give the desk a name, such as &quot;Accueil 1&quot;. No personal data is ever recorded.</translation>
    </message>
    <message>
        <source>Accueil 1</source>
        <translation>Accueil 1</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Desk name:</source>
        <translation>Desk name:</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Start recording</translation>
    </message>
    <message>
        <source>Desk not set up</source>
        <translation>Desk not set up</translation>
    </message>
    <message>
        <source>Give the desk a name (such as &quot;Accueil 1&quot;) to start recording.</source>
        <translation>Give the desk a name (such as &quot;Accueil 1&quot;) to start recording.</translation>
    </message>
    <message>
        <source>optional: the share&apos;s, if the Cité has one</source>
        <translation>optional: the share&apos;s, if the Cité has one</translation>
    </message>
    <message>
        <source>Administrator password:</source>
        <translation>Administrator password:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>The administrator password needs at least %1 characters.</source>
        <translation>The administrator password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>Type the same administrator password twice.</source>
        <translation>Type the same administrator password twice.</translation>
    </message>
</context>
<context>
    <name>passages::ui::FondsWidget</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Periodicals</source>
        <translation>Periodicals</translation>
    </message>
    <message>
        <source>Weeding</source>
        <translation>Weeding</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Yearly figures</source>
        <translation>Yearly figures</translation>
    </message>
    <message>
        <source>Documentation space</source>
        <translation>Documentation space</translation>
    </message>
</context>
<context>
    <name>passages::ui::HealthWidget</name>
    <message>
        <source>&amp;Consolidate now</source>
        <translation>&amp;Consolidate now</translation>
    </message>
    <message>
        <source>&amp;Rebuild from the share…</source>
        <translation>&amp;Rebuild from the share…</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>Files not imported</translation>
    </message>
    <message>
        <source>Reads every desk&apos;s batches from the share into a local copy.</source>
        <translation>Reads every desk&apos;s batches from the share into a local copy.</translation>
    </message>
    <message>
        <source>Rebuild from the share</source>
        <translation>Rebuild from the share</translation>
    </message>
    <message>
        <source>The local copy of every desk&apos;s figures will be deleted and read again from the share. Nothing on the share or at the desks changes. Continue?</source>
        <translation>The local copy of every desk&apos;s figures will be deleted and read again from the share. Nothing on the share or at the desks changes. Continue?</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Rebuild</translation>
    </message>
    <message>
        <source>No share folder is set: choose it in the settings.</source>
        <translation>No share folder is set: choose it in the settings.</translation>
    </message>
    <message>
        <source>Rebuilding from the share…</source>
        <translation>Rebuilding from the share…</translation>
    </message>
    <message>
        <source>Consolidating…</source>
        <translation>Consolidating…</translation>
    </message>
    <message>
        <source>State of the desks</source>
        <translation>State of the desks</translation>
    </message>
    <message>
        <source>Pending desks</source>
        <translation>Pending desks</translation>
    </message>
    <message>
        <source>Pending desks (%1)</source>
        <translation>Pending desks (%1)</translation>
    </message>
    <message>
        <source>No share folder is set: choose it in Tools › Synchronisation settings.</source>
        <translation>No share folder is set: choose it in Tools › Synchronisation settings.</translation>
    </message>
    <message>
        <source>Share: %1. &quot;Consolidate now&quot; reads every desk&apos;s batches from it into a local copy.</source>
        <translation>Share: %1. &quot;Consolidate now&quot; reads every desk&apos;s batches from it into a local copy.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Coverage (%1)</source>
        <translation>Coverage (%1)</translation>
    </message>
</context>
<context>
    <name>passages::ui::InterviewWidget</name>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>keys 1 to %1</source>
        <translation>keys 1 to %1</translation>
    </message>
    <message>
        <source>Choose a pôle first.</source>
        <translation>Choose a pôle first.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>yours: stays chosen</source>
        <translation>yours: stays chosen</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>Record interview (Enter)</source>
        <translation>Record interview (Enter)</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Undo last (Ctrl+Z)</translation>
    </message>
    <message>
        <source>No theme for this pôle.</source>
        <translation>No theme for this pôle.</translation>
    </message>
    <message>
        <source>Choose the pôle first (keys 1 to %1).</source>
        <translation>Choose the pôle first (keys 1 to %1).</translation>
    </message>
    <message>
        <source>Interview recorded: %1</source>
        <translation>Interview recorded: %1</translation>
    </message>
    <message>
        <source>Interview taken back: %1</source>
        <translation>Interview taken back: %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln interview(s)</source>
        <translation>
            <numerusform>Today: %Ln interview</numerusform>
            <numerusform>Today: %Ln interviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::InventoryTab</name>
    <message>
        <source>Shelves of</source>
        <translation>Shelves of</translation>
    </message>
    <message>
        <source>every theme</source>
        <translation>every theme</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Scan each copy:</source>
        <translation>Scan each copy:</translation>
    </message>
    <message>
        <source>inventory number, then Enter</source>
        <translation>inventory number, then Enter</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cote</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Mark the missing copies missing</source>
        <translation>Mark the missing copies missing</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Not expected here</source>
        <translation>Not expected here</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <source>%1 found, %2 missing, %3 not expected, %4 unknown.</source>
        <translation>%1 found, %2 missing, %3 not expected, %4 unknown.</translation>
    </message>
    <message>
        <source>Mark missing</source>
        <translation>Mark missing</translation>
    </message>
    <message>
        <source>inventory %1</source>
        <translation>inventory %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scanned</source>
        <translation>
            <numerusform>%Ln scanned</numerusform>
            <numerusform>%Ln scanned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln copy(ies) missing?</source>
        <translation>
            <numerusform>Mark %Ln copy(ies) missing?</numerusform>
            <numerusform>Mark %Ln copy(ies) missing?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln copy(ies) marked missing.</source>
        <translation>
            <numerusform>%Ln copy(ies) marked missing.</numerusform>
            <numerusform>%Ln copy(ies) marked missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Correct the selected entry…</source>
        <translation>&amp;Correct the selected entry…</translation>
    </message>
    <message>
        <source>&amp;Delete the selected entry…</source>
        <translation>&amp;Delete the selected entry…</translation>
    </message>
    <message>
        <source>C&amp;lear the form</source>
        <translation>C&amp;lear the form</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Passages</source>
        <translation>&amp;About Passages</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Passages — %1</source>
        <translation>Passages — %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Desk: %1</translation>
    </message>
    <message>
        <source>Desk not changed</source>
        <translation>Desk not changed</translation>
    </message>
    <message>
        <source>Fields not changed</source>
        <translation>Fields not changed</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Passages %1&lt;/h3&gt;&lt;p&gt;Reception desks of the Cités des métiers: anonymous walk-in tallies, with no personal data.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Communes data: &lt;i&gt;@etalab/decoupage-administratif&lt;/i&gt; (INSEE, La Poste), Licence Ouverte / Open Licence 2.0, Etalab.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Passages %1&lt;/h3&gt;&lt;p&gt;Reception desks of the Cités des métiers: anonymous walk-in tallies, with no personal data.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Communes data: &lt;i&gt;@etalab/decoupage-administratif&lt;/i&gt; (INSEE, La Poste), Licence Ouverte / Open Licence 2.0, Etalab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Passages</source>
        <translation>About Passages</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>S&amp;ynchronise now</translation>
    </message>
    <message>
        <source>No synchronisation</source>
        <translation>No synchronisation</translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation>Synchronised %1</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Never synchronised</translation>
    </message>
    <message>
        <source>Dashboard, all desks</source>
        <translation>Dashboard, all desks</translation>
    </message>
    <message>
        <source>Refused by the consolidation: %1</source>
        <translation>Refused by the consolidation: %1</translation>
    </message>
    <message>
        <source>&amp;Closures…</source>
        <translation>&amp;Closures…</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Desks</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Fonds</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>All desks</translation>
    </message>
    <message>
        <source>Sy&amp;nchronisation settings…</source>
        <translation>Sy&amp;nchronisation settings…</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln person(s)</source>
        <translation>
            <numerusform>Today: %Ln person</numerusform>
            <numerusform>Today: %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln batch(es) confirmed by the consolidation</source>
        <translation>
            <numerusform>%1 of %Ln batch confirmed by the consolidation</numerusform>
            <numerusform>%1 of %Ln batches confirmed by the consolidation</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Referential…</source>
        <translation>&amp;Referential…</translation>
    </message>
    <message>
        <source>Publish the referential</source>
        <translation>Publish the referential</translation>
    </message>
    <message>
        <source>Administrator password of the share, to sign the new version:</source>
        <translation>Administrator password of the share, to sign the new version:</translation>
    </message>
    <message>
        <source>Referential not saved</source>
        <translation>Referential not saved</translation>
    </message>
    <message>
        <source>Referential version %1 saved on this desk (no share set).</source>
        <translation>Referential version %1 saved on this desk (no share set).</translation>
    </message>
    <message>
        <source>Referential version %1 published; the desks pick it up at their next synchronisation.</source>
        <translation>Referential version %1 published; the desks pick it up at their next synchronisation.</translation>
    </message>
    <message>
        <source>Net&amp;work database…</source>
        <translation>Net&amp;work database…</translation>
    </message>
    <message>
        <source>All desks, network</source>
        <translation>All desks, network</translation>
    </message>
    <message>
        <source>Dashboard, network</source>
        <translation>Dashboard, network</translation>
    </message>
</context>
<context>
    <name>passages::ui::MonthCalendar</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>passages::ui::NetworkHealthWidget</name>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>quarantined</translation>
    </message>
    <message>
        <source>held (newer format)</source>
        <translation>held (newer format)</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>fork</translation>
    </message>
    <message>
        <source>from unapproved desks</source>
        <translation>from unapproved desks</translation>
    </message>
    <message>
        <source>C&amp;ité:</source>
        <translation>C&amp;ité:</translation>
    </message>
    <message>
        <source>All Cités</source>
        <translation>All Cités</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Desks of the network</source>
        <translation>Desks of the network</translation>
    </message>
    <message>
        <source>Reads every Cité&apos;s consolidation state from the network database.</source>
        <translation>Reads every Cité&apos;s consolidation state from the network database.</translation>
    </message>
    <message>
        <source>No network database is set: choose it in Tools › Network database.</source>
        <translation>No network database is set: choose it in Tools › Network database.</translation>
    </message>
    <message>
        <source>Reading the network database…</source>
        <translation>Reading the network database…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 walk-ins, %Ln desk(s), last consolidation %3; files: %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 walk-ins, %Ln desk, last consolidation %3; files: %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 walk-ins, %Ln desks, last consolidation %3; files: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No Cité has been consolidated into the network database yet.</source>
        <translation>No Cité has been consolidated into the network database yet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Cité(s), %1 walk-ins in all.</source>
        <translation>
            <numerusform>%Ln Cité, %1 walk-ins in all.</numerusform>
            <numerusform>%Ln Cités, %1 walk-ins in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Consolidate this Cité</source>
        <translation>&amp;Consolidate this Cité</translation>
    </message>
    <message>
        <source>Imports this PC&apos;s share into the network database under the Cité code of Tools › Network database.</source>
        <translation>Imports this PC&apos;s share into the network database under the Cité code of Tools › Network database.</translation>
    </message>
    <message>
        <source>No share folder is set: choose it in Tools › Synchronisation settings.</source>
        <translation>No share folder is set: choose it in Tools › Synchronisation settings.</translation>
    </message>
    <message>
        <source>No Cité code is set for this PC: give it in Tools › Network database.</source>
        <translation>No Cité code is set for this PC: give it in Tools › Network database.</translation>
    </message>
    <message>
        <source>Consolidating Cité %1 into the network database…</source>
        <translation>Consolidating Cité %1 into the network database…</translation>
    </message>
</context>
<context>
    <name>passages::ui::NetworkSettingsDialog</name>
    <message>
        <source>Network database</source>
        <translation>Network database</translation>
    </message>
    <message>
        <source>The network&apos;s PostgreSQL database holds every Cité&apos;s consolidated figures: the coordinators&apos; dashboards and the network&apos;s bilan read it. Give a service name (described in the service file), or the server, the database and the user.</source>
        <translation>The network&apos;s PostgreSQL database holds every Cité&apos;s consolidated figures: the coordinators&apos; dashboards and the network&apos;s bilan read it. Give a service name (described in the service file), or the server, the database and the user.</translation>
    </message>
    <message>
        <source>optional, e.g. passages</source>
        <translation>optional, e.g. passages</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>server name or address</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>default (5432)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>for this session only, never saved</source>
        <translation>for this session only, never saved</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The password is never saved by Passages.&lt;/b&gt; PostgreSQL&apos;s client reads it from the password file &lt;tt&gt;%1&lt;/tt&gt; (one line &lt;tt&gt;server:port:database:user:password&lt;/tt&gt;, readable by you only) or from the service file &lt;tt&gt;%2&lt;/tt&gt;. A password typed above is used until Passages closes.</source>
        <translation>&lt;b&gt;The password is never saved by Passages.&lt;/b&gt; PostgreSQL&apos;s client reads it from the password file &lt;tt&gt;%1&lt;/tt&gt; (one line &lt;tt&gt;server:port:database:user:password&lt;/tt&gt;, readable by you only) or from the service file &lt;tt&gt;%2&lt;/tt&gt;. A password typed above is used until Passages closes.</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>e.g. villette; empty: this PC only reads</source>
        <translation>e.g. villette; empty: this PC only reads</translation>
    </message>
    <message>
        <source>The code under which this PC consolidates its Cité&apos;s share into the network database (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>The code under which this PC consolidates its Cité&apos;s share into the network database (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;).</translation>
    </message>
    <message>
        <source>&amp;Cité code:</source>
        <translation>&amp;Cité code:</translation>
    </message>
</context>
<context>
    <name>passages::ui::PassageForm</name>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>keys 1 to %1</source>
        <translation>keys 1 to %1</translation>
    </message>
    <message>
        <source>Choose a pôle first.</source>
        <translation>Choose a pôle first.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Yes, first visit</source>
        <translation>Yes, first visit</translation>
    </message>
    <message>
        <source>No, already came</source>
        <translation>No, already came</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>One person less</source>
        <translation>One person less</translation>
    </message>
    <message>
        <source>One person more</source>
        <translation>One person more</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>group size</source>
        <translation>group size</translation>
    </message>
    <message>
        <source>No theme for this pôle.</source>
        <translation>No theme for this pôle.</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
</context>
<context>
    <name>passages::ui::PendingDesksWidget</name>
    <message>
        <source>Refresh the &amp;list</source>
        <translation>Refresh the &amp;list</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Desks that asked to join the share appear here.</source>
        <translation>Desks that asked to join the share appear here.</translation>
    </message>
    <message>
        <source>No share folder is set: choose it in the settings.</source>
        <translation>No share folder is set: choose it in the settings.</translation>
    </message>
    <message>
        <source>No desk is waiting for approval.</source>
        <translation>No desk is waiting for approval.</translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s) waiting for approval. Before approving one, compare its key fingerprint with the one the desk shows after its sync.</source>
        <translation>
            <numerusform>%n desk(s) waiting for approval. Before approving one, compare its key fingerprint with the one the desk shows after its sync.</numerusform>
            <numerusform>%n desk(s) waiting for approval. Before approving one, compare its key fingerprint with the one the desk shows after its sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve desks</source>
        <translation>Approve desks</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n desk(s) to join the share:</source>
        <translation>
            <numerusform>Approve %n desk(s) to join the share:</numerusform>
            <numerusform>Approve %n desk(s) to join the share:</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator password:</source>
        <translation>Administrator password:</translation>
    </message>
    <message>
        <source>Wrong administrator password: nothing was approved.</source>
        <translation>Wrong administrator password: nothing was approved.</translation>
    </message>
    <message>
        <source>This request is no longer pending (approved from another computer, or withdrawn). The list is refreshed.</source>
        <translation>This request is no longer pending (approved from another computer, or withdrawn). The list is refreshed.</translation>
    </message>
    <message>
        <source>The share is unavailable: nothing was approved.
%1</source>
        <translation>The share is unavailable: nothing was approved.
%1</translation>
    </message>
    <message>
        <source>Nothing was approved: %1</source>
        <translation>Nothing was approved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n approved: its files are imported at the next consolidation.</source>
        <translation>
            <numerusform>%n approved: its files are imported at the next consolidation.</numerusform>
            <numerusform>%n approved: its files are imported at the next consolidation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approving %n desk(s): checking the administrator password…</source>
        <translation>
            <numerusform>Approving %n desk: checking the administrator password…</numerusform>
            <numerusform>Approving %n desks: checking the administrator password…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::PendingRequestsModel</name>
    <message>
        <source>Identity %1</source>
        <translation>Identity %1</translation>
    </message>
    <message>
        <source>continues %1</source>
        <translation>continues %1</translation>
    </message>
    <message>
        <source>Consolidating PC</source>
        <translation>Consolidating PC</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
</context>
<context>
    <name>passages::ui::PeriodicalsTab</name>
    <message>
        <source>Issue received:</source>
        <translation>Issue received:</translation>
    </message>
    <message>
        <source>number (optional), then Enter</source>
        <translation>number (optional), then Enter</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Take the old issues off the shelf</source>
        <translation>Take the old issues off the shelf</translation>
    </message>
    <message>
        <source>Change the subscription…</source>
        <translation>Change the subscription…</translation>
    </message>
    <message>
        <source>End the subscription…</source>
        <translation>End the subscription…</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>New subscription</translation>
    </message>
    <message>
        <source>first issue</source>
        <translation>first issue</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>keep</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source> issues</source>
        <translation> issues</translation>
    </message>
    <message>
        <source>or</source>
        <translation>or</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Subscribe</translation>
    </message>
    <message>
        <source>Periodical</source>
        <translation>Periodical</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Late or missing</source>
        <translation>Late or missing</translation>
    </message>
    <message>
        <source>To remove</source>
        <translation>To remove</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 missing</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Choose the periodical in the list first.</source>
        <translation>Choose the periodical in the list first.</translation>
    </message>
    <message>
        <source>Issue %1 of &quot;%2&quot; checked in.</source>
        <translation>Issue %1 of &quot;%2&quot; checked in.</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; changed.</source>
        <translation>Subscription to &quot;%1&quot; changed.</translation>
    </message>
    <message>
        <source>Periodicals</source>
        <translation>Periodicals</translation>
    </message>
    <message>
        <source>End the subscription to &quot;%1&quot; today? No issue is expected after today; those received stay.</source>
        <translation>End the subscription to &quot;%1&quot; today? No issue is expected after today; those received stay.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; ended.</source>
        <translation>Subscription to &quot;%1&quot; ended.</translation>
    </message>
    <message>
        <source>Nothing to take off the shelf for &quot;%1&quot;.</source>
        <translation>Nothing to take off the shelf for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Take off</translation>
    </message>
    <message>
        <source>Catalogue the review or daily first (type Review or Daily newspaper).</source>
        <translation>Catalogue the review or daily first (type Review or Daily newspaper).</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; recorded.</source>
        <translation>Subscription to &quot;%1&quot; recorded.</translation>
    </message>
    <message numerus="yes">
        <source>Take %Ln issue(s) of &quot;%1&quot; off the shelf: %2?</source>
        <translation>
            <numerusform>Take %Ln issue(s) of &quot;%1&quot; off the shelf: %2?</numerusform>
            <numerusform>Take %Ln issue(s) of &quot;%1&quot; off the shelf: %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s) taken off the shelf.</source>
        <translation>
            <numerusform>%Ln issue(s) taken off the shelf.</numerusform>
            <numerusform>%Ln issue(s) taken off the shelf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::PoleCountsModel</name>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln person(s) today</source>
        <translation>
            <numerusform>%1: %Ln person today</numerusform>
            <numerusform>%1: %Ln people today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::ProgrammeWidget</name>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Edit event…</translation>
    </message>
    <message>
        <source>Duplicate event…</source>
        <translation>Duplicate event…</translation>
    </message>
    <message>
        <source>Repeat the series…</source>
        <translation>Repeat the series…</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>Enter attendance…</source>
        <translation>Enter attendance…</translation>
    </message>
    <message>
        <source>Live counter…</source>
        <translation>Live counter…</translation>
    </message>
    <message>
        <source>Correct attendance…</source>
        <translation>Correct attendance…</translation>
    </message>
    <message>
        <source>Delete entry or session</source>
        <translation>Delete entry or session</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation>Week %1: %2 to %3</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation>Duplicate event</translation>
    </message>
    <message>
        <source>First day of the copy of &quot;%1&quot; (its sessions keep their spacing and times; no attendance is copied):</source>
        <translation>First day of the copy of &quot;%1&quot; (its sessions keep their spacing and times; no attendance is copied):</translation>
    </message>
    <message>
        <source>Repeat the series</source>
        <translation>Repeat the series</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Correct the attendance</source>
        <translation>Correct the attendance</translation>
    </message>
    <message>
        <source>Delete attendance</source>
        <translation>Delete attendance</translation>
    </message>
    <message>
        <source>Delete this attendance entry (%1 participants)?</source>
        <translation>Delete this attendance entry (%1 participants)?</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Delete the session &quot;%1&quot; and its attendance?</source>
        <translation>Delete the session &quot;%1&quot; and its attendance?</translation>
    </message>
    <message>
        <source>Move session…</source>
        <translation>Move session…</translation>
    </message>
    <message>
        <source>Session of &quot;%1&quot; on %2:</source>
        <translation>Session of &quot;%1&quot; on %2:</translation>
    </message>
    <message>
        <source>Calendar of the month</source>
        <translation>Calendar of the month</translation>
    </message>
    <message>
        <source>Choose an event in the programme first.</source>
        <translation>Choose an event in the programme first.</translation>
    </message>
    <message>
        <source>Choose a session (a date of an event) in the programme first.</source>
        <translation>Choose a session (a date of an event) in the programme first.</translation>
    </message>
    <message>
        <source>Choose a recorded attendance (under a session) in the programme first.</source>
        <translation>Choose a recorded attendance (under a session) in the programme first.</translation>
    </message>
    <message numerus="yes">
        <source>First session of the repeated series of &quot;%1&quot; (%Ln session(s) copied, same spacing and times):</source>
        <translation>
            <numerusform>First session of the repeated series of &quot;%1&quot; (%Ln session copied, same spacing and times):</numerusform>
            <numerusform>First session of the repeated series of &quot;%1&quot; (%Ln sessions copied, same spacing and times):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot;, its %Ln session(s) and their attendance?</source>
        <translation>
            <numerusform>Delete &quot;%1&quot;, its %Ln session and its attendance?</numerusform>
            <numerusform>Delete &quot;%1&quot;, its %Ln sessions and their attendance?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::ReferentialEditor</name>
    <message>
        <source>Pôles</source>
        <translation>Pôles</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Age bands</source>
        <translation>Age bands</translation>
    </message>
    <message>
        <source>Publics</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Event types</translation>
    </message>
    <message>
        <source>Event locations</source>
        <translation>Event locations</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <source>Interview durations</source>
        <translation>Interview durations</translation>
    </message>
    <message>
        <source>Referential</source>
        <translation>Referential</translation>
    </message>
    <message>
        <source>The Cité&apos;s referential, version %1</source>
        <translation>The Cité&apos;s referential, version %1</translation>
    </message>
    <message>
        <source>Codes never change; labels may. A retired entry is no longer offered at the desks but stays in the reports. Merged codes count under their target in every report, past years included. Saving publishes a new version to the desks.</source>
        <translation>Codes never change; labels may. A retired entry is no longer offered at the desks but stays in the reports. Merged codes count under their target in every report, past years included. Saving publishes a new version to the desks.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Pôle / colour</source>
        <translation>Pôle / colour</translation>
    </message>
    <message>
        <source>new-code</source>
        <translation>new-code</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Set &amp;colour</source>
        <translation>Set &amp;colour</translation>
    </message>
    <message>
        <source>&amp;Merge selected into</source>
        <translation>&amp;Merge selected into</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Pôle:</source>
        <translation>Pôle:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>&amp;Save and publish</source>
        <translation>&amp;Save and publish</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>merged into %1</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service levels</translation>
    </message>
    <message>
        <source>Referred to (besides the partners offered)</source>
        <translation>Referred to (besides the partners offered)</translation>
    </message>
    <message>
        <source>Offer as &amp;orientation target</source>
        <translation>Offer as &amp;orientation target</translation>
    </message>
    <message>
        <source>Whether the desks offer this partner under &quot;Referred to&quot;</source>
        <translation>Whether the desks offer this partner under &quot;Referred to&quot;</translation>
    </message>
    <message>
        <source>orientation target</source>
        <translation>orientation target</translation>
    </message>
    <message>
        <source>Stop offering as &amp;orientation target</source>
        <translation>Stop offering as &amp;orientation target</translation>
    </message>
</context>
<context>
    <name>passages::ui::SessionDialog</name>
    <message>
        <source>Move session</source>
        <translation>Move session</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>Its attendance moves with it.</source>
        <translation>Its attendance moves with it.</translation>
    </message>
</context>
<context>
    <name>passages::ui::SessionPanel</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Live counter, %1</source>
        <translation>Live counter, %1</translation>
    </message>
    <message>
        <source>Entered, %1</source>
        <translation>Entered, %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pupil(s)</source>
        <translation>
            <numerusform>%Ln pupil</numerusform>
            <numerusform>%Ln pupils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln class</numerusform>
            <numerusform>%Ln classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>The language applies the next time Passages starts.</source>
        <translation>The language applies the next time Passages starts.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>This desk</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Desk name:</source>
        <translation>Desk name:</translation>
    </message>
    <message>
        <source>Optional fields shown at the desks</source>
        <translation>Optional fields shown at the desks</translation>
    </message>
    <message>
        <source>Public (job seeker, employee, student…)</source>
        <translation>Public (job seeker, employee, student…)</translation>
    </message>
    <message>
        <source>Channel (on site, telephone, video, e-mail)</source>
        <translation>Channel (on site, telephone, video, e-mail)</translation>
    </message>
    <message>
        <source>First visit (yes / no)</source>
        <translation>First visit (yes / no)</translation>
    </message>
    <message>
        <source>Fewer fields make a faster desk. A hidden field is recorded with its default (not stated, on site). This choice belongs to the Cité&apos;s referential.</source>
        <translation>Fewer fields make a faster desk. A hidden field is recorded with its default (not stated, on site). This choice belongs to the Cité&apos;s referential.</translation>
    </message>
    <message>
        <source>OK needs the desk&apos;s name (such as &quot;Accueil 1&quot;).</source>
        <translation>OK needs the desk&apos;s name (such as &quot;Accueil 1&quot;).</translation>
    </message>
    <message>
        <source>Service level (information, advice, ongoing support)</source>
        <translation>Service level (information, advice, ongoing support)</translation>
    </message>
    <message>
        <source>Referred to (France Travail, Mission locale, a partner… or nowhere)</source>
        <translation>Referred to (France Travail, Mission locale, a partner… or nowhere)</translation>
    </message>
</context>
<context>
    <name>passages::ui::ShareProblemsModel</name>
    <message>
        <source>Quarantined</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <source>Held (newer format)</source>
        <translation>Held (newer format)</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Fork</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>passages::ui::SubscriptionDialog</name>
    <message>
        <source>Change the subscription</source>
        <translation>Change the subscription</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation>&amp;Frequency</translation>
    </message>
    <message>
        <source>&amp;Issues a year</source>
        <translation>&amp;Issues a year</translation>
    </message>
    <message>
        <source>First &amp;expected issue</source>
        <translation>First &amp;expected issue</translation>
    </message>
    <message>
        <source> issues</source>
        <translation> issues</translation>
    </message>
    <message>
        <source>or</source>
        <translation>or</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Issues already received stay as they are.</source>
        <translation>Issues already received stay as they are.</translation>
    </message>
    <message>
        <source>all issues</source>
        <translation>all issues</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>no time limit</translation>
    </message>
</context>
<context>
    <name>passages::ui::SyncController</name>
    <message>
        <source>this desk took a new identity because %1</source>
        <translation>this desk took a new identity because %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) sent</source>
        <translation>
            <numerusform>%Ln batch sent</numerusform>
            <numerusform>%Ln batches sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::SyncSettingsDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Every night this desk sends its tallies to the Cité&apos;s shared folder (an SMB or NFS share mounted on this computer). Nothing is ever removed from this desk.</source>
        <translation>Every night this desk sends its tallies to the Cité&apos;s shared folder (an SMB or NFS share mounted on this computer). Nothing is ever removed from this desk.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Share &amp;folder:</source>
        <translation>Share &amp;folder:</translation>
    </message>
    <message>
        <source>Nightly &amp;time:</source>
        <translation>Nightly &amp;time:</translation>
    </message>
    <message>
        <source>&amp;Prepare this folder as a new share…</source>
        <translation>&amp;Prepare this folder as a new share…</translation>
    </message>
    <message>
        <source>Once, by an administrator, on an empty folder of the server.</source>
        <translation>Once, by an administrator, on an empty folder of the server.</translation>
    </message>
    <message>
        <source>No share: this desk does not synchronise.</source>
        <translation>No share: this desk does not synchronise.</translation>
    </message>
    <message>
        <source>Share of %1, ready.</source>
        <translation>Share of %1, ready.</translation>
    </message>
    <message>
        <source>Share folder</source>
        <translation>Share folder</translation>
    </message>
    <message>
        <source>Prepare a new share</source>
        <translation>Prepare a new share</translation>
    </message>
    <message>
        <source>Prepare %1 as the Cité&apos;s share? Do this once, on the server&apos;s empty folder; every desk then points at it.</source>
        <translation>Prepare %1 as the Cité&apos;s share? Do this once, on the server&apos;s empty folder; every desk then points at it.</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Share not prepared</source>
        <translation>Share not prepared</translation>
    </message>
    <message>
        <source>Choose the administrator password (asked when approving a desk or publishing a referential; keep it safe, it cannot be recovered):</source>
        <translation>Choose the administrator password (asked when approving a desk or publishing a referential; keep it safe, it cannot be recovered):</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. If it is the Cité&apos;s network share, it is probably not mounted: creating it would make an empty local folder.</source>
        <translation>The folder %1 does not exist. If it is the Cité&apos;s network share, it is probably not mounted: creating it would make an empty local folder.</translation>
    </message>
    <message>
        <source>C&amp;reate it</source>
        <translation>C&amp;reate it</translation>
    </message>
    <message>
        <source>C&amp;hoose another…</source>
        <translation>C&amp;hoose another…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>passages::ui::TallyCounterDialog</name>
    <message>
        <source>Live counter</source>
        <translation>Live counter</translation>
    </message>
    <message>
        <source>One less (key −)</source>
        <translation>One less (key −)</translation>
    </message>
    <message>
        <source>One more (key + or Space)</source>
        <translation>One more (key + or Space)</translation>
    </message>
    <message>
        <source>Keys: + or Space one more, − one less, Enter to close. Every click is saved at once.</source>
        <translation>Keys: + or Space one more, − one less, Enter to close. Every click is saved at once.</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Done (Enter)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) in this session, other entries included</source>
        <translation>
            <numerusform>%Ln participant in this session, other entries included</numerusform>
            <numerusform>%Ln participants in this session, other entries included</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::TodayModel</name>
    <message>
        <source>age and commune not stated</source>
        <translation>age and commune not stated</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pôle / theme</source>
        <translation>Pôle / theme</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>header: people in the entry</comment>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>passages::ui::TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>People per pôle</source>
        <translation>People per pôle</translation>
    </message>
    <message>
        <source>Entries of the day</source>
        <translation>Entries of the day</translation>
    </message>
    <message>
        <source>Correct… (Enter)</source>
        <translation>Correct… (Enter)</translation>
    </message>
    <message>
        <source>Delete… (Del)</source>
        <translation>Delete… (Del)</translation>
    </message>
    <message numerus="yes">
        <source>people</source>
        <translation>
            <numerusform>person</numerusform>
            <numerusform>people</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the entry of %1?

%2

It leaves today&apos;s figures; Ctrl+Z brings it back.</source>
        <translation>Delete the entry of %1?

%2

It leaves today&apos;s figures; Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Delete an entry</source>
        <translation>Delete an entry</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>No entry selected: choose one in today&apos;s list (click or arrows), then F2 corrects it.</source>
        <translation>No entry selected: choose one in today&apos;s list (click or arrows), then F2 corrects it.</translation>
    </message>
    <message>
        <source>No entry selected: choose one in today&apos;s list (click or arrows), then Delete removes it.</source>
        <translation>No entry selected: choose one in today&apos;s list (click or arrows), then Delete removes it.</translation>
    </message>
    <message>
        <source>Choose an entry in today&apos;s list first (click or arrows).</source>
        <translation>Choose an entry in today&apos;s list first (click or arrows).</translation>
    </message>
</context>
<context>
    <name>passages::ui::WeedingTab</name>
    <message>
        <source>Older than (years):</source>
        <translation>Older than (years):</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not consulted for (years):</source>
        <translation>Not consulted for (years):</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Withdraw the checked copies</source>
        <translation>Withdraw the checked copies</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cote</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>No copy is checked.</source>
        <translation>No copy is checked.</translation>
    </message>
    <message>
        <source>Weeding</source>
        <translation>Weeding</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>weeding %1</source>
        <translation>weeding %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln copy(ies) withdrawn? They stay in the catalogue&apos;s history.</source>
        <translation>
            <numerusform>Mark %Ln copy(ies) withdrawn? They stay in the catalogue&apos;s history.</numerusform>
            <numerusform>Mark %Ln copy(ies) withdrawn? They stay in the catalogue&apos;s history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln copy(ies) withdrawn.</source>
        <translation>
            <numerusform>%Ln copy(ies) withdrawn.</numerusform>
            <numerusform>%Ln copy(ies) withdrawn.</numerusform>
        </translation>
    </message>
</context>
</TS>
