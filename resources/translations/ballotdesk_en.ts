<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Verify the audit log and protocol seals, or export the log: audit verify|export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify, or export OUT.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an action: verify, or export OUT.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export needs one output file: OUT.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n audit record to %1.</numerusform>
            <numerusform>Exported %n audit records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Could not write the audit log to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit record needs an action and an object type; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Audit record %1 is not linked to the start of the log: records before it were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record %1 is not linked to record %2 before it: records between them were deleted, inserted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record %1 was edited: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain intact: %1 records, %2 protocols sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of the accepted protocol of station %1 (contest %2) were changed outside the application: they no longer match its seal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 exists already; choose a new file for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged; do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 fails the audit check; do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in BallotDesk or was not closed properly; close it before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1; it is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a consistent, verified backup of an election file: backup --db DB OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the backup %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCredentials</name>
    <message>
        <source>Sign in as LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (and a new password from the second). Without it: BALLOTDESK_PASSWORD and BALLOTDESK_NEW_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given: use --password-stdin and write it on the first line of standard input, or set BALLOTDESK_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password given: with --password-stdin write it on the second line of standard input, or set BALLOTDESK_NEW_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command changes data: sign in with --user LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContestOutcome</name>
    <message numerus="yes">
        <source>%1 of %n station(s) reported</source>
        <extracomment>A contest still counting: %1 stations of %n have an accepted protocol</extracomment>
        <translation>
            <numerusform>%1 of %n station reported</numerusform>
            <numerusform>%1 of %n stations reported</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided: tie — repeat voting or lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No winner: against all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountValue</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>An invalid count shown as typed, in quotes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number (only the digits 0–9, without spaces or separators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not an election file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election file %1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a BallotDesk election file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a BallotDesk election file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 database driver is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election file %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election file %1 is damaged and cannot be read. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the list of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a BallotDesk election file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer BallotDesk (schema version %2); this version reads up to schema version %3. Update BallotDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be upgraded to schema version %2; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused an operation (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database returned no value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo election: Kazakhstan&apos;s rural akim elections of 25 July 2021 (published totals, synthetic details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the synthetic details (default %1); the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo election in %1 (seed %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoElection</name>
    <message>
        <source>The demo data %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data %1 is damaged (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo election was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo election could not be built: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database returned no id for a new row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures of region %1 are inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boundaries %1 are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1 has no districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few synthetic place names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many candidates for the seats of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contest is left for a candidate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registered candidates do not fit the published totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no point inside district %1 was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the turnout of %1 cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tie in %1 cannot be broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo election can only be created in an empty election file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the demo election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and was left unchanged. Choose another file name, or allow overwriting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary file could be created in %1; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use and cannot be replaced; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo election could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionSetup</name>
    <message>
        <source>%1 already exists and was left unchanged; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election date must be a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a turnout hour; write hours as HH:MM, e.g. 10:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeoJsonReader</name>
    <message>
        <source>a position is not an array of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a position has fewer than 2 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a position holds something other than numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position [%1, %2] is outside longitude -180..180 or latitude -90..90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring %1 is not an array of positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring %1 has %2 positions; a closed ring needs at least 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring %1 is not closed (its last position differs from its first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a polygon is not an array of rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GeoJSON FeatureCollection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a FeatureCollection without a &quot;features&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, feature %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a GeoJSON Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;properties&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MultiPolygon&apos;s coordinates are not a non-empty array of polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its geometry is a &quot;%1&quot;; only Polygon and MultiPolygon are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HourlyTurnoutRules</name>
    <message>
        <source>The %1 report (%2 voters received ballots) is lower than the earlier %3 report (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check both reports with the polling station: the number of voters who received ballots can only grow during the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 report (%2 voters received ballots) exceeds the %3 voters on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the report with the polling station, and the number of voters on its list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new, empty election file with its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short code of the election (default ELECTION-&lt;date&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots have an &quot;against all&quot; line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of turnout reports, comma-separated, e.g. 10:00,12:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the first administrator (default: the login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from the first line of standard input (without it: BALLOTDESK_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --admin LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the administrator %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message numerus="yes">
        <source>A password needs at least %n characters; choose a longer one.</source>
        <translation>
            <numerusform>A password needs at least %n character; choose a longer one.</numerusform>
            <numerusform>A password needs at least %n characters; choose a longer one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be protected; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>An administrator</source>
        <comment>subject of a refusal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coordinator</source>
        <comment>subject of a refusal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator</source>
        <comment>subject of a refusal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An analyst</source>
        <comment>subject of a refusal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up or change the election</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the registers</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import registers</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a protocol</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a turnout report</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve differing protocol entries</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct an accepted protocol</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the results final</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the results</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export reports</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the audit log</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the election file</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the election file from a backup</source>
        <comment>refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask an administrator</source>
        <comment>who may do a refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask a coordinator</source>
        <comment>who may do a refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask an operator</source>
        <comment>who may do a refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask an analyst</source>
        <comment>who may do a refused operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2; %3.</source>
        <extracomment>%1 the role (&quot;An operator&quot;), %2 the operation (&quot;correct an accepted protocol&quot;), %3 who may (&quot;ask a coordinator&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolFields</name>
    <message>
        <source>Voters on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots issued in the polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots issued outside the polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots in stationary boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots in mobile boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A protocol field in messages: %1 is its letter on the form, %2 its label</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolRules</name>
    <message>
        <source>Ballots received (B = %1) do not equal the ballots issued in the station, issued outside and cancelled (C + C2 + D = %2 + %3 + %4 = %5); the difference is %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check B, C, C2 and D against the paper form. If the form itself does not add up, return it to the precinct commission to recount the unused ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ballots were issued (C + C2 = %1 + %2 = %3) than there are voters on the list (A = %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check A, C and C2 against the paper form; voters added to the list on election day belong in A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ballots were found in the boxes (E + E2 = %1 + %2 = %3) than were issued (C + C2 = %4 + %5 = %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check C, C2, E and E2 against the paper form. If they are copied correctly, the precinct commission must explain the extra ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ballots were found in the mobile boxes (E2 = %1) than were issued outside the polling station (C2 = %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check C2 and E2 against the paper form. If they are copied correctly, the precinct commission must explain the extra ballots in the mobile boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ballots plus valid votes (F + ΣG + H = %1 + %2 + %3 = %4) do not equal the ballots found in the boxes (E + E2 = %5 + %6 = %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check E, E2, F, every candidate&apos;s votes and H against the paper form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ballots plus the candidates&apos; votes (F + ΣG = %1 + %2 = %3) do not equal the ballots found in the boxes (E + E2 = %4 + %5 = %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check E, E2, F and every candidate&apos;s votes against the paper form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One wrong field in a list: %1 is the field, %2 what is wrong, e.g. &quot;negative&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes for candidate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) do not hold a valid count: %1.</source>
        <translation>
            <numerusform>%n field does not hold a valid count: %1.</numerusform>
            <numerusform>%n fields do not hold a valid count: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter every field exactly as written on the paper form, as a whole number from 0 to %1 without spaces or separators. Enter 0 rather than leaving a field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Votes are entered for %n candidate(s) who are not registered in this contest: %1.</source>
        <translation>
            <numerusform>Votes are entered for %n candidate who is not registered in this contest: %1.</numerusform>
            <numerusform>Votes are entered for %n candidates who are not registered in this contest: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove these entries, or check that the protocol was entered for the right contest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registered candidate(s) of this contest have no votes entered: %1.</source>
        <translation>
            <numerusform>%n registered candidate of this contest has no votes entered: %1.</numerusform>
            <numerusform>%n registered candidates of this contest have no votes entered: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the votes of every registered candidate as written on the paper form; enter 0 for a candidate without votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Votes are entered more than once for %n candidate(s): %1.</source>
        <translation>
            <numerusform>Votes are entered more than once for %n candidate: %1.</numerusform>
            <numerusform>Votes are entered more than once for %n candidates: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one entry for each candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Against all” (H) is entered as %1, but this election has no “against all”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear field H, or check the election&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polling station does not belong to the territory of this contest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the protocol was entered for the right polling station and contest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 ballots found are invalid (%3 %), at or above the threshold of %4 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check F against the paper form and confirm with the precinct commission that it found this many invalid ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 ballots issued were not found in the boxes (%3 %); the thresholds are %4 ballots or %5 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check C, C2, E and E2 against the paper form and confirm the missing ballots with the precinct commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout is %1 % (C + C2 = %2 of A = %3 voters), at or above %4 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout is %1 % (C + C2 = %2 of A = %3 voters), at or below %4 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check A, C and C2 against the paper form and confirm the turnout with the precinct commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ballots were found in the boxes (E + E2 = 0): nobody voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check E and E2 against the paper form and confirm with the precinct commission that nobody voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no voters on the list (A = 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check A against the paper form and confirm with the precinct commission that its list was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters on the list (A = %1) differ from the %2 registered voters on record for this station by %3 (%4 %), more than %5 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters on the list (A = %1) differ from the registered voters on record for this station, which are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check A against the paper form; the precinct commission must explain a large change of its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s last hourly turnout report (%1 voters) differs from the ballots issued (C + C2 = %2) by %3 (%4 %), more than %5 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s last hourly turnout report (%1 voters) differs from the ballots issued (C + C2 = %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check C and C2 against the paper form, and the hourly report with the polling station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: first %2, second %3</source>
        <extracomment>A difference between two entries: %1 is the field, %2 and %3 its two values</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes for candidate %1: first %2, second %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The second entry differs from the first in %n field(s): %1.</source>
        <translation>
            <numerusform>The second entry differs from the first in %n field: %1.</numerusform>
            <numerusform>The second entry differs from the first in %n fields: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare both entries with the paper form, then keep the correct one or send the wrong one back to its operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received ballots are not accounted for: B ≠ C + C2 + D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ballots issued than voters on the list: C + C2 &gt; A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ballots in the boxes than were issued: E + E2 &gt; C + C2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ballots in the mobile boxes than were issued outside: E2 &gt; C2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ballots plus valid votes differ from the ballots found: F + ΣG + H ≠ E + E2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is empty or not a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes for someone who is not a registered candidate of the contest, or a registered candidate without votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polling station does not belong to the contest&apos;s territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second entry differs from the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many invalid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued ballots missing from the boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusually high or low turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody voted: E + E2 = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voters on the list: A = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters on the list differ much from the station&apos;s registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last hourly turnout report differs from the ballots issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hourly turnout report is lower than an earlier one of the same station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hourly turnout report exceeds the station&apos;s voters on the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterQuery</name>
    <message>
        <source>This column cannot be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no election yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleElection</name>
    <message>
        <source>writing the synthetic election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the synthetic election was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synthetic election needs at least one region, district, polling station and candidate per contest, at most 99 regions, 99 districts per region and %1 candidates per contest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already holds an election; build the synthetic election into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotRenderer</name>
    <message>
        <source>There is no view called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Print the national figures of an election: seats, candidates, stations, voters, turnout by region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: published totals, synthetic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions with elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  nominated by parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  with an accepted protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contests decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryQueries</name>
    <message>
        <source>The database holds no election yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database could not start a transaction; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save the changes; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Manage accounts: user add|list|disable|passwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, disable or passwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to add or change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of a new account: administrator, coordinator, operator or analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one action: add, list, disable or passwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --login LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role takes administrator, coordinator, operator or analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login must not be empty or begin or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account of an election must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election already has accounts; an administrator adds new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this login. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins for this login. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins for this login. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election files (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: published totals, synthetic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published aggregates are reproduced exactly; names, per-station figures and votes are generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an election file, or create the demo election of the 2021 rural akim elections to explore BallotDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Election File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BallotDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Election File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BallotDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — BallotDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Election File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Election from Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo election…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create the Demo Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribution of the boundary data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;BallotDesk %1&lt;/h3&gt;&lt;p&gt;An election results desk for election commissions: registers, protocols, turnout and results.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%2&lt;/small&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built with Qt %3.&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BallotDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::OverviewPage</name>
    <message>
        <source>Issued</source>
        <comment>ballots issued, short column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <comment>short column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preliminary results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contests and candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contests decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated by parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout by region, highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures of the election…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %Ln region(s)</source>
        <translation>
            <numerusform>in %Ln region</numerusform>
            <numerusform>in %Ln regions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tied, %2 without a winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at reporting stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in and outside the stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of voters at reporting stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by observers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::RegisterTableModel</name>
    <message>
        <source>Self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KATO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::RegisterView</name>
    <message>
        <source>Filter by code, name or KATO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, name, region or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, number, name, address, region or contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, name, party, status, reason or contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, name, organization or station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the rows that contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 bad data or refused operation, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown command &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election results desk for election commissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the election file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a view of --db offscreen into the PNG file OUT and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to render: %1 (default overview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the rendered window (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language: kk, ru or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language %1; use kk, ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view %1; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad size %1; use WIDTHxHEIGHT, for example 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view and --size need --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
