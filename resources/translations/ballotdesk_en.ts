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
        <source>The figures of the accepted protocol of station %1 (contest %2) were changed outside the application: they no longer match its seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain intact: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln protocol(s) sealed</source>
        <translation>
            <numerusform>%Ln protocol sealed</numerusform>
            <numerusform>%Ln protocols sealed</numerusform>
        </translation>
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
    <message>
        <source>%1 is a PostgreSQL database: back it up and restore it with pg_dump and pg_restore (see &quot;Running on a PostgreSQL server&quot; in the README), or copy the election to a file with ballotdesk-cli copy.</source>
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
    <name>BoundaryStore</name>
    <message>
        <source>The database holds no election yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two features of %1 have %2 = %3; each territory takes one boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature of %1 matches a territory: no value of the property &quot;%2&quot; equals a territory&apos;s %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartQueries</name>
    <message>
        <source>The database holds no election yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election has no territory with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check results protocols without writing: check protocols PROTOCOLS.csv VOTES.csv --db DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocols.csv: one row per polling station and contest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes.csv: one row per polling station and candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election file to check against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array, one object per row in file order: station_code, contest_code, errors and warnings (lists of rule codes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to check: check protocols PROTOCOLS.csv VOTES.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give two files: PROTOCOLS.csv and VOTES.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors %1; warnings %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: station %3, contest %4: %5</source>
        <extracomment>FILE:LINE: station CODE, contest CODE: the rule codes found in the row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows checked: %1; with errors: %2; with warnings only: %3; without findings: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the files: %1 (on standard error).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoroplethRenderer</name>
    <message>
        <source>Boundaries: geokz (CC BY 4.0), OCHA/UNHCR COD-AB, OpenStreetMap contributors (ODbL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>legend: a class from its lowest to its highest value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not be saved as %1. Check that the folder exists and can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not be saved as %1.</source>
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
    <name>CopyCommand</name>
    <message>
        <source>Copy an election, its users and audit log into an empty database and verify the copy: copy --from DB --to DB (a file or postgresql://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election to copy: a file or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already and was left unchanged; copy into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table (source, copy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  DIFFERENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: DIFFERENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain of the copy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballotdesk-cli: the copy does not match its source; do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is verified.</source>
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
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not UTF-8 (byte 0x%1 in field %2); save the file as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text contains NUL bytes, as UTF-16 files do; save the file as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed before the end of the file; add the closing quote (&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows the closing quote of field %1; quote the whole field and double any quote inside it (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header</source>
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
    <message>
        <source>%1 is not a database address; write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password in the database address; set BALLOTDESK_DB_PASSWORD or enter it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 database driver is not installed (Debian: apt-get install libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened: check that the server runs, the database exists and the user may connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds other tables: it is not a BallotDesk election database. Use an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is empty: create an election in it first (ballotdesk-cli init or demo --db %1).</source>
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
    <message>
        <source>Rehearse election night: every fourth protocol is open again, and some of them are entered by operator1 and operator2 (first entries only, accepted by double entry, differing, referred with errors), to try entry, resolution and progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and was left unchanged. Add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo election could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo election in %1 (seed %2) on election night: %3 protocols reopened; %4 open, %5 with a first entry, %6 accepted by double entry, %7 differing, %8 with errors.</source>
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
    <message>
        <source>The database %1 already holds an election and was left unchanged; use an empty database (drop and create it again to replace it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoElectionNight</name>
    <message>
        <source>The demo operator %1 is missing from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s protocol %1 is not accepted; create a fresh demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B on the paper form does not equal C + C2 + D; the precinct commission was asked to recount the unused ballots.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionCopy</name>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables refer to each other in a cycle; they cannot be copied in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2 but %3 has %4; open both with this version of BallotDesk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data and was left unchanged; copy into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionNight</name>
    <message>
        <source>Protocols can be reopened only in a synthetic (demo) election; this election&apos;s results are real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no protocol %1 in this election file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionSettings</name>
    <message>
        <source>The election&apos;s inactivity period (%1 minutes) is not valid.</source>
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
    <message>
        <source>reading the id of the new election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds an election and was left unchanged; use an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a register as CSV: export KIND OUT.csv --db DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territories, parties, contests, polling-stations, candidates or observers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
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
        <source>Give the kind of register and one output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown register &quot;%1&quot;; use territories, parties, contests, polling-stations, candidates or observers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
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
    <name>ImportCommand</name>
    <message>
        <source>The election file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the kind of register and one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown register &quot;%1&quot;; use territories, parties, contests, polling-stations, candidates or observers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of %1 from %2.</source>
        <translation>
            <numerusform>Imported %n row of %1 from %2.</numerusform>
            <numerusform>Imported %n rows of %1 from %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a register from CSV, all or nothing: import KIND FILE.csv --db DB; or results: import protocols PROTOCOLS.csv VOTES.csv --db DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territories, parties, contests, polling-stations, candidates or observers; or protocols, or turnout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import (protocols: PROTOCOLS.csv and VOTES.csv, stored as your entries with every warning acknowledged by you, as if checked against the paper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocols only: every row must become the first (or the second) entry of its protocol; otherwise nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first|second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--entry is for import protocols only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one turnout CSV file: import turnout TURNOUT.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give two files: import protocols PROTOCOLS.csv VOTES.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--entry takes first or second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) refused.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln row refused.</numerusform>
            <numerusform>Nothing was imported: %Ln rows refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln protocol(s) from %1 as %2&apos;s entries, every warning acknowledged by %2.</source>
        <translation>
            <numerusform>Imported %Ln protocol from %1 as %2&apos;s entries, every warning acknowledged by %2.</numerusform>
            <numerusform>Imported %Ln protocols from %1 as %2&apos;s entries, every warning acknowledged by %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the second entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to a coordinator</source>
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
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the administrator %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapQueries</name>
    <message>
        <source>The database holds no election yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election has no territory with the code %1 at this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling station No. %1</source>
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
    <name>PdfExportFlow</name>
    <message>
        <source>Cannot Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <name>ProtocolCsv</name>
    <message>
        <source>the file is empty; the first line must be the header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column; the columns of %1 are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice (fields %1 and %2); keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; quote fields that contain a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; add the missing fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A code quoted in a message, e.g. “KZ-AKM-001”</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station %1, contest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no election; create one first (ballotdesk-cli init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this election has no “against all”; remove the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required; give the code of a polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no polling station has the code %1 in this election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required; give the code of the contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contest has the code %1 in this election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station %1 and contest %2 already appear on line %3; keep one row per station and contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no rows; there is nothing to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required; give the code of a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no candidate has the code %1 in this election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1 at station %2 already appears on line %3; keep one row per station and candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling station %1 has no row in %2; add its protocol there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1 stands in contest %2, but the row of station %3 in %4 is for contest %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files have problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 names the station and contest, %2 says why the row is refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol is already accepted; only a coordinator can correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol is waiting for a coordinator to resolve its entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this would be the first entry of the protocol, but --entry second was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you made the first entry of this protocol; the second entry must be made by another operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this would be the second entry of the protocol, but --entry first was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3: %4 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3: the row became the %4 entry, not the one --entry asked for. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolEntryService</name>
    <message>
        <source>There is no protocol %1 in this election file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures have errors (%1). Correct them from the paper form, or refer the entry to a coordinator if the paper itself is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these warnings against the paper form and confirm each of them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This protocol is already accepted; only a coordinator can change it, through a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already finished entry %1 of this protocol; the other entry must be made by a different operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two other operators are already entering this protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no protocol of polling station %1 for contest %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the entry goes to a coordinator with errors (for example, what is wrong on the paper form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a protocol waiting for a coordinator can be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of this protocol is not finished; it cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 has errors (%2) and cannot be accepted. Return it to its operator or discard both entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a remark for the operator: what to check on the paper form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of this protocol is not finished; it cannot be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why both entries are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This protocol has no entry to discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs a reason: say what was wrong and which document shows the right figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an accepted protocol can be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this protocol while you were correcting it (version %1, now %2). Its current figures are: %3. Reload it and correct it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are the same as the accepted ones: nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected figures have errors (%1); an accepted protocol cannot have errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First entry done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differing entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
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
    <name>RecordAccess</name>
    <message>
        <source>territory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add territory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add polling station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add observer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit territory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit polling station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit observer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete territory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete polling station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete observer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCsvFormat</name>
    <message>
        <source>is empty; a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; write one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to 999999999; write digits only, without sign, decimals, separators or exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD, e.g. 2021-07-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of decimal degrees; write e.g. 43.2389 with a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column; the columns of %1 are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice (fields %1 and %2); keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name column; the header needs at least one of name_kk, name_ru, name_en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude and longitude come together; add the missing column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterImporter</name>
    <message>
        <source>the file is empty; the first line must be the header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; quote fields that contain a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; add the missing fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no rows; there is nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was imported; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the row could not be written; nothing was imported. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterKinds</name>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
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
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
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
    <name>RegisterRules</name>
    <message>
        <source>is empty; a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts or ends with a space; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by another row; codes must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name; give at least one of name_kk, name_ru, name_en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; write one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to no %2 in the election (nor on an earlier line of the file); add it first or correct the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty, but a %1 needs the code of the territory it belongs to (only a region has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the territory itself; give the code of its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a region belongs to no other territory; leave parent_code empty or change the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies inside this territory; a territory cannot belong to its own part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write #RRGGBB, e.g. #1F77B4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 999999999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside the territory of contest %2; a station serves a territory of its contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range; a latitude lies between -90 and 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range; a longitude lies between -180 and 180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; give both latitude and longitude, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future; check the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the candidate is %1 on election day (%2); a registered candidate must be %3 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; a reason is required when the status is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a nominated or registered candidate in contest %2; a party nominates at most one candidate per contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterSearch</name>
    <message>
        <source>Polling station %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterService</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 candidate cannot become %2; nominated → registered or refused, registered → withdrawn or deregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n polling station(s) of this contest lie outside %1; move them first</source>
        <translation>
            <numerusform>%n polling station of this contest lies outside %1; move it first</numerusform>
            <numerusform>%n polling stations of this contest lie outside %1; move them first</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 belong to it. Delete or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of %1 has the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 candidate cannot become %2. Allowed steps: nominated → registered or refused; registered → withdrawn or deregistered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of candidate %1 has changed since; this step can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contest cannot change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message>
        <source>The code %1 refers to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no election; create one first (ballotdesk-cli init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory %1 has territories, contests or polling stations; it cannot move to another parent. Move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the id of a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling station %1 cannot move to contest %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its protocol is already accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>its protocol already has %n entry(ies)</source>
        <translation>
            <numerusform>its protocol already has %n entry</numerusform>
            <numerusform>its protocol already has %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>its protocol is being entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write a PDF report: the national summary, a regional report or a contest result sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary, region or contest.</source>
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
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region of a regional report (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contest of a result sheet (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s language: kk, ru or en (default: the user&apos;s language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one kind of report: summary, region or contest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of report &apos;%1&apos;: use summary, region or contest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regional report needs --region CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contest result sheet needs --contest CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use kk, ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: published totals, synthetic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data hash (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be drawn: the output could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be drawn: a new page could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportGenerator</name>
    <message>
        <source>final results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preliminary results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voting in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting: %1 of %2 stations reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie: repeat voting or lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no winner: against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries: see the note below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout through the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters on their lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had received a ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No turnout reports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contests still undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contest is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions with elections</source>
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
        <source>%1 (%2)</source>
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
        <source>Polling stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an accepted protocol</source>
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
        <source>Contests decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
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
        <source>There is no region with the code &quot;%1&quot; in this election. Use the code of one of its regions, such as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout by district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contest with the code &quot;%1&quot; in this election. Check the code in the contest register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest result sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest result sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected: %1, %2 votes, a margin of %3 votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats: %1. Polling stations: %2, of which %3 with an accepted protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols of the polling stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voters on the list · B ballots received · C issued at the station · C2 issued outside it · D cancelled · E in the station&apos;s boxes · E2 in mobile boxes · F invalid · H against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes by polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
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
    <name>StatusCommand</name>
    <message>
        <source>Count the protocols in each state of double entry: status protocols --db DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocols</source>
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
        <source>Print one JSON object: open, first_entered, differing, erroneous, accepted, total, and regions (the same counts per region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to count: status protocols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols by state of double entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
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
    <name>TurnoutImportCommand</name>
    <message>
        <source>Import hourly turnout reports, all or nothing: import turnout FILE.csv --db DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The turnout CSV file to import.</source>
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
        <source>Give one turnout CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stored %Ln turnout report(s) of %1 from %2.</source>
        <translation>
            <numerusform>Stored %Ln turnout report of %1 from %2.</numerusform>
            <numerusform>Stored %Ln turnout reports of %1 from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln polling station(s)</source>
        <translation>
            <numerusform>%Ln polling station</numerusform>
            <numerusform>%Ln polling stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 voters received ballots at %Ln station(s)</source>
        <translation>
            <numerusform>%1: %2 voters received ballots at %Ln station</numerusform>
            <numerusform>%1: %2 voters received ballots at %Ln stations</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnoutImporter</name>
    <message>
        <source>the file is empty; the first line must be the header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column; the columns of turnout.csv are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice (fields %1 and %2); keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; quote fields that contain a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; add the missing fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day as HH:MM (for example 10:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a report hour of this election; its hours are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of voters who received ballots is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 report of station %2 is already on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no rows; there is nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnoutService</name>
    <message>
        <source>The %1 report (%2 voters received ballots) differs from the ballots issued in the accepted protocol (C + C2 = %3) by more than %4 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the report with the polling station; the protocol&apos;s figures stay as accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election file holds no election yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no polling station with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a report hour of this election; its hours are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invalid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 report is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no polling station %1 in this election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the station code against the polling stations register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 report of this station is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The turnout reports were not saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No turnout report was saved: %n problem(s), the first %1</source>
        <translation>
            <numerusform>No turnout report was saved: %n problem, the first %1</numerusform>
            <numerusform>No turnout report was saved: %n problems, the first %1</numerusform>
        </translation>
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
    <message>
        <source>reading the id of a new account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd</name>
    <message numerus="yes">
        <source>%n territory(ies)</source>
        <translation>
            <numerusform>%n territory</numerusform>
            <numerusform>%n territories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contest(s)</source>
        <translation>
            <numerusform>%n contest</numerusform>
            <numerusform>%n contests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polling station(s)</source>
        <translation>
            <numerusform>%n polling station</numerusform>
            <numerusform>%n polling stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n observer</numerusform>
            <numerusform>%n observers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turnout report(s)</source>
        <translation>
            <numerusform>%n turnout report</numerusform>
            <numerusform>%n turnout reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol vote count(s)</source>
        <translation>
            <numerusform>%n protocol vote count</numerusform>
            <numerusform>%n protocol vote counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entered vote count(s)</source>
        <translation>
            <numerusform>%n entered vote count</numerusform>
            <numerusform>%n entered vote counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) being entered or accepted</source>
        <translation>
            <numerusform>%n protocol being entered or accepted</numerusform>
            <numerusform>%n protocols being entered or accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::AuditPage</name>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the audit chain and the protocol seals (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the audit log as CSV for observers (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of the election, newest first. Each record holds the hash of the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No election file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln audit record written to %1.</numerusform>
            <numerusform>%Ln audit records written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit chain and the protocol seals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain intact: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln protocol(s) sealed</source>
        <translation>
            <numerusform>%Ln protocol sealed</numerusform>
            <numerusform>%Ln protocols sealed</numerusform>
        </translation>
    </message>
    <message>
        <source>The election file was changed outside BallotDesk.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::AuditTableModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1, %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::CandidateStatusDialog</name>
    <message>
        <source>Change Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is now: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when refused, withdrawn or deregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration of this candidate is closed: no further step is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: type a real date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::CandidatesChart</name>
    <message>
        <source>Registered candidates: %1&lt;br&gt;&lt;small&gt;nominated by parties %2 (%3), self-nominated %4 (%5)&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln candidate(s), %2 of registered</source>
        <translation>
            <numerusform>%1
%Ln candidate, %2 of registered</numerusform>
            <numerusform>%1
%Ln candidates, %2 of registered</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change the password of &lt;b&gt;%1&lt;/b&gt;. The new password needs at least %n character(s).</source>
        <translation>
            <numerusform>Change the password of &lt;b&gt;%1&lt;/b&gt;. The new password needs at least %n character.</numerusform>
            <numerusform>Change the password of &lt;b&gt;%1&lt;/b&gt;. The new password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ChartPanel</name>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click or press the Menu key to export this chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from BallotDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the file failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts are exported as .png or .svg files, not .%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image cannot be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ChartsPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop computing the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the charts show the previous choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Charts as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Charts as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every chart as an image (Alt+E); one chart: right-click it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Charts (one file per chart, named after this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the charts next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: asked again at each connection, unless BALLOTDESK_DB_PASSWORD is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election&apos;s PostgreSQL database. You sign in with your BallotDesk account after connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::CorrectionDialog</name>
    <message>
        <source>&amp;Save Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct an Accepted Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a station number or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the official figures change, e.g. the commission&apos;s decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier &amp;corrections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the correction (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the station whose accepted protocol is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: only accepted protocols are corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station starts with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol of station %1 is not accepted (%2): only accepted protocols are corrected; differing entries are resolved on the Resolution page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 — %2 · contest %3 %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Error %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Warning %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>resolve %n error(s)</source>
        <translation>
            <numerusform>resolve %n error</numerusform>
            <numerusform>resolve %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 against the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: Ctrl+Enter records the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The official figures below are the current ones; enter your correction again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1, contest %2: correction recorded (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::DashboardPage</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won by self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of voters at reporting stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in and outside the stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at reporting stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent hourly turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %Ln seat(s)</source>
        <translation>
            <numerusform>of %Ln seat</numerusform>
            <numerusform>of %Ln seats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of decided seats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest result sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pages, and print them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::FigureRows</name>
    <message>
        <source>self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::FindingList</name>
    <message>
        <source>%1 · Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick (Space) once the paper form shows the same figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked against the paper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc); cancels a running import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of %1. Its columns are those of %2: check the register below before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of %1. Its columns match no register: choose one below; the import will list what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to import registers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was written. Correct the file and import it again.</source>
        <translation>
            <numerusform>%n problem found; nothing was written. Correct the file and import it again.</numerusform>
            <numerusform>%n problems found; nothing was written. Correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported.</source>
        <translation>
            <numerusform>%Ln row imported.</numerusform>
            <numerusform>%Ln rows imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::LockScreen</name>
    <message>
        <source>Session locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with your password (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session; another user may sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The session of %1 (%2) was locked after %n minute(s) without activity. Enter the password of %1 to continue, or sign out.</source>
        <translation>
            <numerusform>The session of %1 (%2) was locked after %n minute without activity. Enter the password of %1 to continue, or sign out.</numerusform>
            <numerusform>The session of %1 (%2) was locked after %n minutes without activity. Enter the password of %1 to continue, or sign out.</numerusform>
        </translation>
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
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Boundaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the features of a GeoJSON file to territories by code or KATO and store them in the election file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National summary, regional report or contest result sheet as PDF, with print preview and printing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-backup-%2.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the open election file. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup and verifying it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1 and verified: %Ln audit record(s).</source>
        <translation>
            <numerusform>Backup written to %1 and verified: %Ln audit record.</numerusform>
            <numerusform>Backup written to %1 and verified: %Ln audit records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The backup %1 is intact: %Ln audit record(s) in an unbroken chain.

Restoring replaces %2 with it; every change made since the backup is lost. The file is closed, restored and opened again, and you sign in again.</source>
        <translation>
            <numerusform>The backup %1 is intact: %Ln audit record in an unbroken chain.

Restoring replaces %2 with it; every change made since the backup is lost. The file is closed, restored and opened again, and you sign in again.</numerusform>
            <numerusform>The backup %1 is intact: %Ln audit records in an unbroken chain.

Restoring replaces %2 with it; every change made since the backup is lost. The file is closed, restored and opened again, and you sign in again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the database user for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::MapPage</name>
    <message>
        <source>The election has no territory with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up one level (Backspace, Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up One Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout (final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout at hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats won by self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the map colours territories by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hour of the turnout reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab or the arrow keys move between territories, Enter opens one, Backspace goes back; + and - zoom, Ctrl+arrows pan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) without coordinates are not drawn.</source>
        <translation>
            <numerusform>%n station without coordinates is not drawn.</numerusform>
            <numerusform>%n stations without coordinates are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polling station(s).</source>
        <translation>
            <numerusform>%n polling station.</numerusform>
            <numerusform>%n polling stations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies) have no boundary and are not drawn; import boundaries with File › Import Boundaries….</source>
        <translation>
            <numerusform>%n territory has no boundary and is not drawn; import boundaries with File › Import Boundaries….</numerusform>
            <numerusform>%n territories have no boundary and are not drawn; import boundaries with File › Import Boundaries….</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a territory or press Enter to open it; Backspace goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout, % of voters (accepted protocols)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout at %1, % of voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations with an accepted protocol, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats won by self-nominated candidates, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered candidates per seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan, by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no territory in this election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an election file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator to import boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n boundary(ies) imported; %1 feature(s) matched no territory.</source>
        <translation>
            <numerusform>%n boundary imported; %1 feature(s) matched no territory.</numerusform>
            <numerusform>%n boundaries imported; %1 feature(s) matched no territory.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory KATO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) in %1.</source>
        <translation>
            <numerusform>%n feature in %1.</numerusform>
            <numerusform>%n features in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link by the &amp;property:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Equal to the:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::MapWidget</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <message>
        <source>Candidates nominated, registered, and why the others are not on the ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still awaiting a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nominated → %2 registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nominated → %2 registered: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ProgressPage</name>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct Accepted Protocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the official figures of an accepted protocol, with a reason (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by region and district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols of the chosen territory, contest and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: resolve a differing or erroneous protocol, or correct an accepted one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No election file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 protocols accepted (%3) · %4 differing · %5 with errors · %6 with one entry · %7 with no entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) wait for a coordinator</source>
        <translation>
            <numerusform>%n protocol waits for a coordinator</numerusform>
            <numerusform>%n protocols wait for a coordinator</numerusform>
        </translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided (tie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No winner (against all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1 of %2 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contest(s)</source>
        <translation>
            <numerusform>%n contest</numerusform>
            <numerusform>%n contests</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Protocols: the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocols: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s)</source>
        <translation>
            <numerusform>%n protocol</numerusform>
            <numerusform>%n protocols</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a coordinator corrects an accepted protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This protocol waits for its operators&apos; entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ProtocolEntryPage</name>
    <message>
        <source>Polling &amp;station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in this entry (Ctrl+Enter); errors must be corrected and every warning checked against the paper first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark for the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the protocol goes to the coordinator with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to &amp;Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper form itself has errors: hand the entry in with them and say why in the remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an election to enter protocols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in: protocols can be looked up but not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), you can look protocols up but not enter them: protocols are entered by operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a station number above and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protocol open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters and ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contest has no registered candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This protocol is accepted: these are the official figures. Only a coordinator can correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft of entry %1, saved %2, is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator returned your entry: check it against the paper and finish it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator returned your entry with the remark: “%1”. Check it against the paper and finish it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You finished entry %1 of this protocol on %2. The other entry must be made by another operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both entries of this protocol are in and wait for a coordinator; no third entry can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors or warnings: the figures add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued (C + C2): %1 · In the boxes (E + E2): %2 · Valid votes: %3 · Turnout: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a protocol to enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the errors first, or refer the protocol to the coordinator with a remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “Checked against the paper” for every warning first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in this entry (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no error: finish it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in the remark why the protocol goes to the coordinator with errors (for example, the paper form itself does not add up), then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: your entry is handed in and waits for the second entry by another operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: both entries agree; the protocol is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: the protocol is sent to the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ProtocolPicker</name>
    <message>
        <source>Station number or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the polling station&apos;s number or code and press Enter (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stations found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No polling station starts with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No polling station has the number or code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n polling stations have the number %1: choose one with the arrow keys and Enter.</source>
        <translation>
            <numerusform>%n polling station has the number %1: choose it with the arrow keys and Enter.</numerusform>
            <numerusform>%n polling stations have the number %1: choose one with the arrow keys and Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the polling station with the arrow keys and Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ReferenceField</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::RegisterActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Registers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to edit the registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a record to this register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert, Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register, refuse, withdraw or deregister the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a register from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change of the registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to edit the registers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change the Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status of candidate %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) imported</source>
        <translation>
            <numerusform>%1: %Ln row imported</numerusform>
            <numerusform>%1: %Ln rows imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed on the %2 page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::RegisterCommand</name>
    <message>
        <source>Cannot Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No election file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to edit the registers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::RegisterEditorDialog</name>
    <message>
        <source>New Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Polling Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Polling Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter moves to the next field · Ctrl+Enter saves · Esc closes without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KZ-AKM-01-004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
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
        <source>Rural district, village, settlement or small town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ATO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NUR-OTAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Akim of Zhanaturmys rural district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest territory the station serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal degrees, −90 to 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal degrees, −180 to 180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for a self-nominated candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when refused, withdrawn or deregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position on the ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling &amp;station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for the whole election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
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
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a real date as YYYY-MM-DD, e.g. 1975-03-21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number of decimal degrees, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number from 1, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the problems shown under the fields to save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::RegisterSearchField</name>
    <message>
        <source>Search the registers (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate by name, a station by number or address, anything by code (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
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
    <name>bd::ResolutionPage</name>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols whose two entries differ or have errors, oldest first. Compare with the paper form and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols waiting for a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator resolves entries; you can read the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both entries side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ marks the fields where the two entries differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the first entry&apos;s figures; the second is discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the second entry&apos;s figures; the first is discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return First…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the first entry back to its operator with a remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return Second…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the second entry back to its operator with a remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Both…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw both entries away, with a reason; the protocol is entered twice again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct Accepted Protocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the official figures of an accepted protocol, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the queue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No election file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) waiting</source>
        <translation>
            <numerusform>%n protocol waiting</numerusform>
            <numerusform>%n protocols waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for a coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a protocol in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 — %2 · contest %3 %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of an error of this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Differences: %n field(s), marked ≠.</source>
        <translation>
            <numerusform>Differences: %n field, marked ≠.</numerusform>
            <numerusform>Differences: %n fields, marked ≠.</numerusform>
        </translation>
    </message>
    <message>
        <source>First entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors, no warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): this entry cannot be kept.</source>
        <translation>
            <numerusform>%n error: this entry cannot be kept.</numerusform>
            <numerusform>%n errors: this entry cannot be kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Warning %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(checked against the paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: the first entry was kept; the protocol is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: the second entry was kept; the protocol is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the First Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the Second Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: what should %2 check on the paper form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: the entry went back to %2 with your remark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Both Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: why are both entries discarded? The protocol will be entered twice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: both entries were discarded; the protocol is open for two new entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
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
    <name>bd::SeatsWonChart</name>
    <message numerus="yes">
        <source>Seats won: %1&lt;br&gt;&lt;small&gt;%Ln seat(s), %2 decided&lt;/small&gt;</source>
        <translation>
            <numerusform>Seats won: %1&lt;br&gt;&lt;small&gt;%Ln seat, %2 decided&lt;/small&gt;</numerusform>
            <numerusform>Seats won: %1&lt;br&gt;&lt;small&gt;%Ln seats, %2 decided&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No seats in this territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln seat(s), %2 of all seats</source>
        <translation>
            <numerusform>%1
%Ln seat, %2 of all seats</numerusform>
            <numerusform>%1
%Ln seats, %2 of all seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet: tie, against all or protocols missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change you make is recorded in the audit log under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the election file without signing in (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::TerritoryFilter</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the charts of one region, or of all regions (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::TurnoutByTerritoryChart</name>
    <message>
        <source>Turnout by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout by district: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout by okrug: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accepted protocols yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>territory name, turnout</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National turnout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Turnout: %2
Ballots issued: %3 of %4 voters
Stations reported: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::TurnoutHistogramChart</name>
    <message numerus="yes">
        <source>Polling stations by turnout: %1&lt;br&gt;&lt;small&gt;%Ln station(s) reported&lt;/small&gt;</source>
        <translation>
            <numerusform>Polling stations by turnout: %1&lt;br&gt;&lt;small&gt;%Ln station reported&lt;/small&gt;</numerusform>
            <numerusform>Polling stations by turnout: %1&lt;br&gt;&lt;small&gt;%Ln stations reported&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No accepted protocols yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout, % (bands of 5 points, by their lower bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Turnout %1 to %2
%Ln station(s), %3 of those reported</source>
        <translation>
            <numerusform>Turnout %1 to %2
%Ln station, %3 of those reported</numerusform>
            <numerusform>Turnout %1 to %2
%Ln stations, %3 of those reported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::TurnoutHourChart</name>
    <message>
        <source>National turnout through the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hourly turnout reports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Turnout: %2
%3 of %4 voters
%5 of %6 stations reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::TurnoutPage</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or code, e.g. 12 or PS-KZ-AKM-0003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the station&apos;s number or code; pick it from the list or press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling &amp;station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not enter turnout reports; they are shown read-only. Operators enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the station&apos;s reports (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a station&apos;s reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop computing the turnout figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the figures shown may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the turnout figures again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters who had received a ballot by %1; Enter moves to the next hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No polling station has the number or code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln polling station(s) have the number %1; type the code or pick one from the list.</source>
        <translation>
            <numerusform>%Ln polling station has the number %1; type the code or pick it from the list.</numerusform>
            <numerusform>%Ln polling stations have the number %1; type the code or pick one from the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 voters on the list (accepted protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling station No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the reports are as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the reports of polling station %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing turnout by region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The turnout figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3 of %4 voters received ballots; %5 of %6 stations reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::TurnoutScatterChart</name>
    <message>
        <source>Turnout and the winner&apos;s share: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decided contest with accepted protocols yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polling station (a sample of %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polling station (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner&apos;s share, % of valid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1
Turnout: %2
Winner&apos;s share: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::TurnoutThroughDayChart</name>
    <message>
        <source>Turnout through the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout through the day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hourly turnout reports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2
Turnout: %3
%4 of %5 voters, %Ln station(s) reported</source>
        <translation>
            <numerusform>%1 at %2
Turnout: %3
%4 of %5 voters, %Ln station reported</numerusform>
            <numerusform>%1 at %2
Turnout: %3
%4 of %5 voters, %Ln stations reported</numerusform>
        </translation>
    </message>
    <message>
        <source>All regions</source>
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
        <source>With --screenshot: sign in as LOGIN first, with the password in BALLOTDESK_PASSWORD (recorded in the audit log like any sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs the password in BALLOTDESK_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view, --size and --user need --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
