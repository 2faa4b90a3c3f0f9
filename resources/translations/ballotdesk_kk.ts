<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Verify the audit log and protocol seals, or export the log: audit verify|export.</source>
        <translation>Аудит журналы мен хаттама мөрлерін тексеру немесе журналды экспорттау: audit verify|export.</translation>
    </message>
    <message>
        <source>verify, or export OUT.csv.</source>
        <translation>verify немесе export OUT.csv.</translation>
    </message>
    <message>
        <source>The election file.</source>
        <translation>Сайлау файлы.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Give an action: verify, or export OUT.csv.</source>
        <translation>Әрекетті көрсетіңіз: verify немесе export OUT.csv.</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Белгісіз әрекет: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Күтілмеген аргумент: %1</translation>
    </message>
    <message>
        <source>audit export needs one output file: OUT.csv.</source>
        <translation>audit export үшін бір шығыс файлы қажет: OUT.csv.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>--db ФАЙЛ көрсетілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit record(s) to %1.</source>
        <translation>
            <numerusform>%1 файлына %n аудит жазбасы экспортталды.</numerusform>
            <numerusform>%1 файлына %n аудит жазбасы экспортталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Could not write the audit log to %1.</source>
        <translation>Аудит журналын %1 файлына жазу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit record needs an action and an object type; nothing was recorded.</source>
        <translation>Аудит журналының жазбасына әрекет пен объект түрі қажет; ештеңе жазылмады.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Audit record %1 is not linked to the start of the log: records before it were deleted.</source>
        <translation>%1 аудит жазбасы журналдың басымен байланыспаған: одан бұрынғы жазбалар жойылған.</translation>
    </message>
    <message>
        <source>Audit record %1 is not linked to record %2 before it: records between them were deleted, inserted or reordered.</source>
        <translation>%1 аудит жазбасы өзінен бұрынғы %2 жазбасымен байланыспаған: олардың арасындағы жазбалар жойылған, қосылған немесе орны ауыстырылған.</translation>
    </message>
    <message>
        <source>Audit record %1 was edited: its content no longer matches its hash.</source>
        <translation>%1 аудит жазбасы өзгертілген: оның мазмұны хешіне енді сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The figures of the accepted protocol of station %1 (contest %2) were changed outside the application: they no longer match its seal.</source>
        <translation>%1 учаскесінің қабылданған хаттамасының көрсеткіштері (%2 сайлауы) қолданбадан тыс өзгертілген: олар хаттаманың мөріне енді сәйкес келмейді.</translation>
    </message>
    <message>
        <source>audit chain intact: %1, %2</source>
        <translation>аудит тізбегі бүтін: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln жазба</numerusform>
            <numerusform>%Ln жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln protocol(s) sealed</source>
        <translation>
            <numerusform>%Ln хаттама мөрленген</numerusform>
            <numerusform>%Ln хаттама мөрленген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 exists already; choose a new file for the backup.</source>
        <translation>%1 файлы бұрыннан бар; сақтық көшірме үшін жаңа файл таңдаңыз.</translation>
    </message>
    <message>
        <source>Could not write the backup to %1.</source>
        <translation>Сақтық көшірмені %1 файлына жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; do not use it.</source>
        <translation>%1 сақтық көшірмесі зақымдалған; оны пайдаланбаңыз.</translation>
    </message>
    <message>
        <source>The backup %1 fails the audit check; do not use it.</source>
        <translation>%1 сақтық көшірмесі аудит тексеруінен өтпеді; оны пайдаланбаңыз.</translation>
    </message>
    <message>
        <source>%1 is open in BallotDesk or was not closed properly; close it before restoring.</source>
        <translation>%1 файлы BallotDesk бағдарламасында ашық немесе дұрыс жабылмаған; қалпына келтірмес бұрын оны жабыңыз.</translation>
    </message>
    <message>
        <source>Could not read the backup %1.</source>
        <translation>%1 сақтық көшірмесін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Could not write %1; it is unchanged.</source>
        <translation>%1 файлын жазу мүмкін болмады; ол өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: back it up and restore it with pg_dump and pg_restore (see &quot;Running on a PostgreSQL server&quot; in the README), or copy the election to a file with ballotdesk-cli copy.</source>
        <translation>%1 — PostgreSQL дерекқоры: оның сақтық көшірмесін pg_dump арқылы жасап, pg_restore арқылы қалпына келтіріңіз (README файлындағы &quot;Running on a PostgreSQL server&quot; бөлімін қараңыз) немесе сайлауды ballotdesk-cli copy арқылы файлға көшіріңіз.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a consistent, verified backup of an election file: backup --db DB OUT.</source>
        <translation>Сайлау файлының келісілген, тексерілген сақтық көшірмесін жазу: backup --db DB OUT.</translation>
    </message>
    <message>
        <source>The backup file to create.</source>
        <translation>Құрылатын сақтық көшірме файлы.</translation>
    </message>
    <message>
        <source>The election file.</source>
        <translation>Сайлау файлы.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Give one output file.</source>
        <translation>Бір шығыс файлын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>--db ФАЙЛ көрсетілмеген.</translation>
    </message>
    <message>
        <source>Wrote the backup %1; %2.</source>
        <translation>%1 сақтық көшірмесі жазылды; %2.</translation>
    </message>
</context>
<context>
    <name>BoundaryStore</name>
    <message>
        <source>The database holds no election yet.</source>
        <translation>Дерекқорда әлі сайлау жоқ.</translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation>(%1 жоқ)</translation>
    </message>
    <message>
        <source>Two features of %1 have %2 = %3; each territory takes one boundary.</source>
        <translation>%1 ішіндегі екі объектіде %2 = %3; әр аумаққа бір шекара сәйкес келеді.</translation>
    </message>
    <message>
        <source>No feature of %1 matches a territory: no value of the property &quot;%2&quot; equals a territory&apos;s %3.</source>
        <translation>%1 ішіндегі бірде-бір объект аумаққа сәйкес келмейді: &quot;%2&quot; қасиетінің бірде-бір мәні аумақтың %3 мәніне тең емес.</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>ӘАОЖ коды</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
</context>
<context>
    <name>ChartQueries</name>
    <message>
        <source>The database holds no election yet.</source>
        <translation>Дерекқорда әлі сайлау жоқ.</translation>
    </message>
    <message>
        <source>The election has no territory with the code %1.</source>
        <translation>Сайлауда %1 кодымен аумақ жоқ.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check results protocols without writing: check protocols PROTOCOLS.csv VOTES.csv --db DB.</source>
        <translation>Нәтижелер хаттамаларын жазбай тексеру: check protocols PROTOCOLS.csv VOTES.csv --db DB.</translation>
    </message>
    <message>
        <source>protocols</source>
        <translation>protocols</translation>
    </message>
    <message>
        <source>protocols.csv: one row per polling station and contest.</source>
        <translation>protocols.csv: әр сайлау учаскесі мен сайлау үшін бір жол.</translation>
    </message>
    <message>
        <source>votes.csv: one row per polling station and candidate.</source>
        <translation>votes.csv: әр сайлау учаскесі мен кандидат үшін бір жол.</translation>
    </message>
    <message>
        <source>The election file to check against.</source>
        <translation>Салыстыру үшін пайдаланылатын сайлау файлы.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per row in file order: station_code, contest_code, errors and warnings (lists of rule codes).</source>
        <translation>JSON массивін шығару, файлдағы ретпен әр жолға бір объект: station_code, contest_code, errors және warnings (ереже кодтарының тізімдері).</translation>
    </message>
    <message>
        <source>Say what to check: check protocols PROTOCOLS.csv VOTES.csv.</source>
        <translation>Нені тексеру керектігін көрсетіңіз: check protocols PROTOCOLS.csv VOTES.csv.</translation>
    </message>
    <message>
        <source>Give two files: PROTOCOLS.csv and VOTES.csv.</source>
        <translation>Екі файл көрсетіңіз: PROTOCOLS.csv және VOTES.csv.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>--db ФАЙЛ көрсетілмеген.</translation>
    </message>
    <message>
        <source>errors %1; warnings %2</source>
        <translation>қателер %1; ескертулер %2</translation>
    </message>
    <message>
        <source>errors %1</source>
        <translation>қателер %1</translation>
    </message>
    <message>
        <source>warnings %1</source>
        <translation>ескертулер %1</translation>
    </message>
    <message>
        <source>%1:%2: station %3, contest %4: %5</source>
        <extracomment>FILE:LINE: station CODE, contest CODE: the rule codes found in the row</extracomment>
        <translation>%1:%2: %3 учаскесі, %4 сайлауы: %5</translation>
    </message>
    <message>
        <source>Rows checked: %1; with errors: %2; with warnings only: %3; without findings: %4.</source>
        <translation>Тексерілген жолдар: %1; қателері барлары: %2; тек ескертулері барлары: %3; ескертусіз және қатесіз: %4.</translation>
    </message>
    <message>
        <source>Problems in the files: %1 (on standard error).</source>
        <translation>Файлдардағы ақаулар: %1 (стандартты қателер ағынында).</translation>
    </message>
</context>
<context>
    <name>ChoroplethRenderer</name>
    <message>
        <source>Boundaries: geokz (CC BY 4.0), OCHA/UNHCR COD-AB, OpenStreetMap contributors (ODbL).</source>
        <translation>Шекаралар: geokz (CC BY 4.0), OCHA/UNHCR COD-AB, OpenStreetMap қатысушылары (ODbL).</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>legend: a class from its lowest to its highest value</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Деректер жоқ</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>деректер жоқ</translation>
    </message>
    <message>
        <source>The map could not be saved as %1. Check that the folder exists and can be written to.</source>
        <translation>Картаны %1 ретінде сақтау мүмкін болмады. Қалтаның бар екенін және оған жазуға болатынын тексеріңіз.</translation>
    </message>
    <message>
        <source>The map could not be saved as %1.</source>
        <translation>Картаны %1 ретінде сақтау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>detail: %1</source>
        <translation>толығырақ: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Күтілмеген аргумент: %1</translation>
    </message>
    <message>
        <source>Missing --%1 %2.</source>
        <translation>--%1 %2 көрсетілмеген.</translation>
    </message>
</context>
<context>
    <name>CliCredentials</name>
    <message>
        <source>Sign in as LOGIN.</source>
        <translation>ЛОГИН логинімен кіру.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (and a new password from the second). Without it: BALLOTDESK_PASSWORD and BALLOTDESK_NEW_PASSWORD.</source>
        <translation>Құпиясөзді стандартты енгізудің бірінші жолынан (ал жаңа құпиясөзді екінші жолынан) оқу. Бұл параметрсіз: BALLOTDESK_PASSWORD және BALLOTDESK_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>No password given: use --password-stdin and write it on the first line of standard input, or set BALLOTDESK_PASSWORD.</source>
        <translation>Құпиясөз берілмеген: --password-stdin параметрін пайдаланып, оны стандартты енгізудің бірінші жолына жазыңыз немесе BALLOTDESK_PASSWORD орнатыңыз.</translation>
    </message>
    <message>
        <source>No new password given: with --password-stdin write it on the second line of standard input, or set BALLOTDESK_NEW_PASSWORD.</source>
        <translation>Жаңа құпиясөз берілмеген: --password-stdin параметрімен оны стандартты енгізудің екінші жолына жазыңыз немесе BALLOTDESK_NEW_PASSWORD орнатыңыз.</translation>
    </message>
    <message>
        <source>This command changes data: sign in with --user LOGIN.</source>
        <translation>Бұл команда деректерді өзгертеді: --user ЛОГИН арқылы кіріңіз.</translation>
    </message>
</context>
<context>
    <name>ContestOutcome</name>
    <message numerus="yes">
        <source>%1 of %n station(s) reported</source>
        <extracomment>A contest still counting: %1 stations of %n have an accepted protocol</extracomment>
        <translation>
            <numerusform>Хаттамасы қабылданған учаскелер: %n ішінен %1</numerusform>
            <numerusform>Хаттамасы қабылданған учаскелер: %n ішінен %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Жеңімпаз анықталды</translation>
    </message>
    <message>
        <source>Undecided: tie — repeat voting or lot</source>
        <translation>Анықталмады: дауыстар тең — қайта дауыс беру немесе жеребе</translation>
    </message>
    <message>
        <source>No winner: against all</source>
        <translation>Жеңімпаз жоқ: барлығына қарсы</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy an election, its users and audit log into an empty database and verify the copy: copy --from DB --to DB (a file or postgresql://...).</source>
        <translation>Сайлауды, оның пайдаланушылары мен аудит журналын бос дерекқорға көшіру және көшірмені тексеру: copy --from DB --to DB (файл немесе postgresql://...).</translation>
    </message>
    <message>
        <source>The election to copy: a file or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Көшірілетін сайлау: файл немесе postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty PostgreSQL database.</source>
        <translation>Қайда көшіру керек: жаңа файл немесе бос PostgreSQL дерекқоры.</translation>
    </message>
    <message>
        <source>%1 exists already and was left unchanged; copy into a new file.</source>
        <translation>%1 бұрыннан бар және өзгертілмеді; жаңа файлға көшіріңіз.</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>Көшірілді: %1 → %2.</translation>
    </message>
    <message>
        <source>Rows per table (source, copy):</source>
        <translation>Кестелердегі жолдар саны (бастапқы, көшірме):</translation>
    </message>
    <message>
        <source>  DIFFERENT</source>
        <translation>  ӨЗГЕШЕ</translation>
    </message>
    <message>
        <source>Summary: equal.</source>
        <translation>Қорытынды: бірдей.</translation>
    </message>
    <message>
        <source>Summary: DIFFERENT.</source>
        <translation>Қорытынды: ӨЗГЕШЕ.</translation>
    </message>
    <message>
        <source>Audit chain of the copy: %1.</source>
        <translation>Көшірменің аудит тізбегі: %1.</translation>
    </message>
    <message>
        <source>ballotdesk-cli: the copy does not match its source; do not use it.</source>
        <translation>ballotdesk-cli: көшірме бастапқы дерекқорға сәйкес келмейді; оны пайдаланбаңыз.</translation>
    </message>
    <message>
        <source>The copy is verified.</source>
        <translation>Көшірме тексерілді.</translation>
    </message>
</context>
<context>
    <name>CountValue</name>
    <message>
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>An invalid count shown as typed, in quotes</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>енгізілмеген</translation>
    </message>
    <message>
        <source>not a number (only the digits 0–9, without spaces or separators)</source>
        <translation>сан емес (тек 0–9 цифрлары, бос орынсыз және бөлгішсіз)</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>теріс</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>бүтін сан емес</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>тым көп (ең көбі %1)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 оқу мүмкін болмады: %2.</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again</source>
        <translation>файл UTF-16 кодтауында; оны UTF-8 түрінде сақтаңыз (электрондық кестеде: &quot;CSV UTF-8&quot;) және қайта импорттаңыз</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (byte 0x%1 in field %2); save the file as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again</source>
        <translation>мәтін UTF-8 кодтауында емес (%2 өрісіндегі 0x%1 байты); файлды UTF-8 түрінде сақтаңыз (электрондық кестеде: &quot;CSV UTF-8&quot;) және қайта импорттаңыз</translation>
    </message>
    <message>
        <source>the text contains NUL bytes, as UTF-16 files do; save the file as UTF-8 and import it again</source>
        <translation>мәтінде UTF-16 файлдарындағыдай NUL байттары бар; файлды UTF-8 түрінде сақтаңыз және қайта импорттаңыз</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed before the end of the file; add the closing quote (&quot;)</source>
        <translation>осы жолда ашылған тырнақшадағы өріс файлдың соңына дейін жабылмаған; жабатын тырнақшаны (&quot;) қосыңыз</translation>
    </message>
    <message>
        <source>text follows the closing quote of field %1; quote the whole field and double any quote inside it (&quot;&quot;)</source>
        <translation>%1 өрісінің жабатын тырнақшасынан кейін мәтін бар; бүкіл өрісті тырнақшаға алыңыз және ішіндегі әр тырнақшаны екі еселеңіз (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation>тырнақшасыз %1 өрісінің ішінде тырнақша бар; бүкіл өрісті тырнақшаға алыңыз және тырнақшаны екі еселеңіз (&quot;&quot;)</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header</source>
        <translation>файл бос; бірінші жол тақырып жолы болуы керек</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not an election file.</source>
        <translation>%1 — сайлау файлы емес, қалта.</translation>
    </message>
    <message>
        <source>The election file %1 does not exist.</source>
        <translation>%1 сайлау файлы жоқ.</translation>
    </message>
    <message>
        <source>The election file %1 cannot be read: permission denied.</source>
        <translation>%1 сайлау файлын оқу мүмкін емес: рұқсат жоқ.</translation>
    </message>
    <message>
        <source>%1 is not a BallotDesk election file (it is not an SQLite database).</source>
        <translation>%1 — BallotDesk сайлау файлы емес (ол SQLite дерекқоры емес).</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a BallotDesk election file.</source>
        <translation>%1 бос: бұл BallotDesk сайлау файлы емес.</translation>
    </message>
    <message>
        <source>The %1 database driver is not installed.</source>
        <translation>%1 дерекқор драйвері орнатылмаған.</translation>
    </message>
    <message>
        <source>The election file %1 could not be opened.</source>
        <translation>%1 сайлау файлын ашу мүмкін болмады.</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation>Бұл SQLite кітапханасы сыртқы кілттердің сақталуын қамтамасыз ете алмайды.</translation>
    </message>
    <message>
        <source>The election file %1 is damaged and cannot be read. Restore it from a backup.</source>
        <translation>%1 сайлау файлы зақымдалған, оны оқу мүмкін емес. Файлды сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>reading the list of tables</source>
        <translation>кестелер тізімін оқу</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a BallotDesk election file.</source>
        <translation>%1 — SQLite дерекқоры, бірақ BallotDesk сайлау файлы емес.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>схема нұсқасын оқу</translation>
    </message>
    <message>
        <source>%1 was written by a newer BallotDesk (schema version %2); this version reads up to schema version %3. Update BallotDesk to open it.</source>
        <translation>%1 файлын BallotDesk бағдарламасының жаңарақ нұсқасы жазған (схема нұсқасы %2); бұл нұсқа схеманың %3 нұсқасына дейін оқи алады. Файлды ашу үшін BallotDesk бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to schema version %2; it was left unchanged.</source>
        <translation>%1 файлын схеманың %2 нұсқасына жаңарту мүмкін болмады; файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>The database refused an operation (%1).</source>
        <translation>Дерекқор операцияны орындаудан бас тартты (%1).</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>сұрауды дайындау</translation>
    </message>
    <message>
        <source>executing a statement</source>
        <translation>сұрауды орындау</translation>
    </message>
    <message>
        <source>The database returned no value.</source>
        <translation>Дерекқор мән қайтармады.</translation>
    </message>
    <message>
        <source>%1 is not a database address; write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 — дерекқор мекенжайы емес; оны postgresql://USER@HOST:PORT/DATABASE түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Do not put the password in the database address; set BALLOTDESK_DB_PASSWORD or enter it when asked.</source>
        <translation>Дерекқор мекенжайына құпиясөзді жазбаңыз; BALLOTDESK_DB_PASSWORD орнатыңыз немесе сұралғанда енгізіңіз.</translation>
    </message>
    <message>
        <source>The %1 database driver is not installed (Debian: apt-get install libqt6sql6-psql).</source>
        <translation>%1 дерекқор драйвері орнатылмаған (Debian: apt-get install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password.</source>
        <translation>%1 сервері пайдаланушы атын немесе құпиясөзді қабылдамады.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: check that the server runs, the database exists and the user may connect.</source>
        <translation>%1 дерекқорын ашу мүмкін болмады: сервердің жұмыс істеп тұрғанын, дерекқордың бар екенін және пайдаланушының қосылуға рұқсаты барын тексеріңіз.</translation>
    </message>
    <message>
        <source>The database %1 holds other tables: it is not a BallotDesk election database. Use an empty database.</source>
        <translation>%1 дерекқорында басқа кестелер бар: бұл BallotDesk сайлау дерекқоры емес. Бос дерекқорды пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The database %1 is empty: create an election in it first (ballotdesk-cli init or demo --db %1).</source>
        <translation>%1 дерекқоры бос: алдымен онда сайлау құрыңыз (ballotdesk-cli init немесе demo --db %1).</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo election: Kazakhstan&apos;s rural akim elections of 25 July 2021 (published totals, synthetic details).</source>
        <translation>Демо-сайлау құру: Қазақстандағы 2021 жылғы 25 шілдедегі ауылдық округ әкімдерінің сайлауы (жарияланған қорытындылар, синтетикалық мәліметтер).</translation>
    </message>
    <message>
        <source>The election file to create.</source>
        <translation>Құрылатын сайлау файлы.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Seed of the synthetic details (default %1); the same seed gives the same data.</source>
        <translation>Синтетикалық деректер генераторының бастапқы мәні (әдепкі — %1); бірдей мән бірдей деректер береді.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>ФАЙЛ бар болса, оны ауыстыру.</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to %1.</source>
        <translation>--seed 0 мен %1 аралығындағы бүтін санды қабылдайды.</translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation>Оны ауыстыру үшін --force қосыңыз.</translation>
    </message>
    <message>
        <source>Created the demo election in %1 (seed %2).</source>
        <translation>Демо-сайлау %1 файлында құрылды (бастапқы мән %2).</translation>
    </message>
    <message>
        <source>Rehearse election night: every fourth protocol is open again, and some of them are entered by operator1 and operator2 (first entries only, accepted by double entry, differing, referred with errors), to try entry, resolution and progress.</source>
        <translation>Сайлау түнін жаттығу ретінде өткізу: әр төртінші хаттама қайта ашылады, олардың бір бөлігін operator1 және operator2 енгізеді (тек бірінші енгізу, қос енгізу арқылы қабылданған, сәйкес емес, қателерімен үйлестірушіге жіберілген) — енгізуді, шешуді және барысты сынап көру үшін.</translation>
    </message>
    <message>
        <source>%1 already exists and was left unchanged. Add --force to replace it.</source>
        <translation>%1 бұрыннан бар және өзгертілмеді. Оны ауыстыру үшін --force қосыңыз.</translation>
    </message>
    <message>
        <source>The demo election could not be written to %1.</source>
        <translation>Демо-сайлауды %1 файлына жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Created the demo election in %1 (seed %2) on election night: %3 protocols reopened; %4 open, %5 with a first entry, %6 accepted by double entry, %7 differing, %8 with errors.</source>
        <translation>Демо-сайлау %1 файлында сайлау түні күйінде құрылды (бастапқы мән %2): %3 хаттама қайта ашылды; %4 ашық, %5 бірінші енгізуімен, %6 қос енгізу арқылы қабылданған, %7 сәйкес емес, %8 қателері бар.</translation>
    </message>
</context>
<context>
    <name>DemoElection</name>
    <message>
        <source>The demo data %1 is missing from this build.</source>
        <translation>%1 демо-деректері бұл құрастыруда жоқ.</translation>
    </message>
    <message>
        <source>The demo data %1 is damaged (line %2).</source>
        <translation>%1 демо-деректері зақымдалған (жол %2).</translation>
    </message>
    <message>
        <source>Creating the demo election was cancelled.</source>
        <translation>Демо-сайлауды құру тоқтатылды.</translation>
    </message>
    <message>
        <source>The demo election could not be built: %1.</source>
        <translation>Демо-сайлауды құру мүмкін болмады: %1.</translation>
    </message>
    <message>
        <source>the database returned no id for a new row</source>
        <translation>дерекқор жаңа жолдың идентификаторын қайтармады</translation>
    </message>
    <message>
        <source>the figures of region %1 are inconsistent</source>
        <translation>%1 облысының көрсеткіштері бір-біріне сәйкес келмейді</translation>
    </message>
    <message>
        <source>The boundaries %1 are missing from this build.</source>
        <translation>%1 шекаралары бұл құрастыруда жоқ.</translation>
    </message>
    <message>
        <source>region %1 has no districts</source>
        <translation>%1 облысында аудандар жоқ</translation>
    </message>
    <message>
        <source>too few synthetic place names</source>
        <translation>синтетикалық елді мекен атаулары тым аз</translation>
    </message>
    <message>
        <source>too many candidates for the seats of %1</source>
        <translation>%1 мандаттарына кандидаттар тым көп</translation>
    </message>
    <message>
        <source>no contest is left for a candidate of %1</source>
        <translation>%1 кандидаты үшін сайлау қалмады</translation>
    </message>
    <message>
        <source>the registered candidates do not fit the published totals</source>
        <translation>тіркелген кандидаттар жарияланған қорытындыларға сәйкес келмейді</translation>
    </message>
    <message>
        <source>no point inside district %1 was found</source>
        <translation>%1 ауданының ішінен нүкте табылмады</translation>
    </message>
    <message>
        <source>the turnout of %1 cannot be reached</source>
        <translation>%1 үшін сайлаушылардың келуіне қол жеткізу мүмкін емес</translation>
    </message>
    <message>
        <source>a tie in %1 cannot be broken</source>
        <translation>%1 сайлауындағы дауыстар теңдігін шешу мүмкін емес</translation>
    </message>
    <message>
        <source>The demo election can only be created in an empty election file.</source>
        <translation>Демо-сайлауды тек бос сайлау файлында құруға болады.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the demo election.</source>
        <translation>%1 — қалта; демо-сайлау үшін файл атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 already exists and was left unchanged. Choose another file name, or allow overwriting it.</source>
        <translation>%1 файлы бұрыннан бар және өзгертілмеді. Басқа файл атын таңдаңыз немесе оны қайта жазуға рұқсат етіңіз.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>No temporary file could be created in %1; check that the folder is writable.</source>
        <translation>%1 қалтасында уақытша файл құру мүмкін болмады; қалтаға жазуға рұқсат бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 is in use and cannot be replaced; close it and try again.</source>
        <translation>%1 файлы пайдаланылуда, оны ауыстыру мүмкін емес; файлды жауып, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>The demo election could not be saved as %1.</source>
        <translation>Демо-сайлауды %1 файлына сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The database %1 already holds an election and was left unchanged; use an empty database (drop and create it again to replace it).</source>
        <translation>%1 дерекқорында сайлау бұрыннан бар, дерекқор өзгертілмеді; бос дерекқорды пайдаланыңыз (ауыстыру үшін оны жойып, қайта құрыңыз).</translation>
    </message>
</context>
<context>
    <name>DemoElectionNight</name>
    <message>
        <source>The demo operator %1 is missing from this file.</source>
        <translation>%1 демо-операторы бұл файлда жоқ.</translation>
    </message>
    <message>
        <source>The demo&apos;s protocol %1 is not accepted; create a fresh demo.</source>
        <translation>Демо-сайлаудың %1 хаттамасы қабылданбаған; жаңа демо-сайлау құрыңыз.</translation>
    </message>
    <message>
        <source>B on the paper form does not equal C + C2 + D; the precinct commission was asked to recount the unused ballots.</source>
        <translation>Қағаз хаттамадағы B мәні C + C2 + D қосындысына тең емес; учаскелік сайлау комиссиясынан пайдаланылмаған бюллетеньдерді қайта санау сұралды.</translation>
    </message>
</context>
<context>
    <name>ElectionCopy</name>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Көшіру тоқтатылды; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 оқу</translation>
    </message>
    <message>
        <source>The tables refer to each other in a cycle; they cannot be copied in order.</source>
        <translation>Кестелер бір-біріне циклдік түрде сілтейді; оларды ретімен көшіру мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 has schema version %2 but %3 has %4; open both with this version of BallotDesk first.</source>
        <translation>%1 схемасының нұсқасы — %2, ал %3 схемасының нұсқасы — %4; алдымен екеуін де BallotDesk бағдарламасының осы нұсқасымен ашыңыз.</translation>
    </message>
    <message>
        <source>%1 already holds data and was left unchanged; copy into an empty database.</source>
        <translation>%1 ішінде деректер бұрыннан бар және ол өзгертілмеді; бос дерекқорға көшіріңіз.</translation>
    </message>
</context>
<context>
    <name>ElectionNight</name>
    <message>
        <source>Protocols can be reopened only in a synthetic (demo) election; this election&apos;s results are real.</source>
        <translation>Хаттамаларды тек синтетикалық (демо) сайлауда қайта ашуға болады; бұл сайлаудың нәтижелері нақты.</translation>
    </message>
    <message>
        <source>There is no protocol %1 in this election file.</source>
        <translation>Бұл сайлау файлында %1 хаттамасы жоқ.</translation>
    </message>
</context>
<context>
    <name>ElectionSettings</name>
    <message>
        <source>The election&apos;s inactivity period (%1 minutes) is not valid.</source>
        <translation>Сайлаудың әрекетсіздік кезеңі (%1 минут) жарамсыз.</translation>
    </message>
</context>
<context>
    <name>ElectionSetup</name>
    <message>
        <source>%1 already exists and was left unchanged; choose a new file name.</source>
        <translation>%1 файлы бұрыннан бар және өзгертілмеді; жаңа файл атын таңдаңыз.</translation>
    </message>
    <message>
        <source>The election needs a name.</source>
        <translation>Сайлаудың атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The election date must be a valid date (YYYY-MM-DD).</source>
        <translation>Сайлау күні дұрыс күн болуы тиіс (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a turnout hour; write hours as HH:MM, e.g. 10:00.</source>
        <translation>&quot;%1&quot; — сайлаушылардың келуі туралы мәлімет сағаты емес; уақытты СС:ММ түрінде жазыңыз, мысалы 10:00.</translation>
    </message>
    <message>
        <source>reading the id of the new election</source>
        <translation>жаңа сайлаудың идентификаторын оқу</translation>
    </message>
    <message>
        <source>The database %1 already holds an election and was left unchanged; use an empty database.</source>
        <translation>%1 дерекқорында сайлау бұрыннан бар, дерекқор өзгертілмеді; бос дерекқорды пайдаланыңыз.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a register as CSV: export KIND OUT.csv --db DB.</source>
        <translation>Тізілімді CSV түрінде экспорттау: export ТҮРІ OUT.csv --db DB.</translation>
    </message>
    <message>
        <source>territories, parties, contests, polling-stations, candidates or observers.</source>
        <translation>territories, parties, contests, polling-stations, candidates немесе observers.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Жазылатын CSV файлы.</translation>
    </message>
    <message>
        <source>The election file.</source>
        <translation>Сайлау файлы.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Give the kind of register and one output file.</source>
        <translation>Тізілім түрін және бір шығыс файлын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Unknown register &quot;%1&quot;; use territories, parties, contests, polling-stations, candidates or observers.</source>
        <translation>Белгісіз тізілім &quot;%1&quot;; territories, parties, contests, polling-stations, candidates немесе observers пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>--db ФАЙЛ көрсетілмеген.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 %2 файлына жазылды.</translation>
    </message>
</context>
<context>
    <name>GeoJsonReader</name>
    <message>
        <source>a position is not an array of numbers</source>
        <translation>позиция сандар массиві емес</translation>
    </message>
    <message>
        <source>a position has fewer than 2 numbers</source>
        <translation>позициядағы сандар 2-ден аз</translation>
    </message>
    <message>
        <source>a position holds something other than numbers</source>
        <translation>позицияда сандардан басқа мән бар</translation>
    </message>
    <message>
        <source>the position [%1, %2] is outside longitude -180..180 or latitude -90..90</source>
        <translation>[%1, %2] позициясы бойлық -180..180 немесе ендік -90..90 шегінен тыс</translation>
    </message>
    <message>
        <source>ring %1 is not an array of positions</source>
        <translation>%1 сақинасы позициялар массиві емес</translation>
    </message>
    <message>
        <source>ring %1 has %2 positions; a closed ring needs at least 4</source>
        <translation>%1 сақинасындағы позициялар саны: %2; тұйық сақинаға кемінде 4 позиция қажет</translation>
    </message>
    <message>
        <source>ring %1: %2</source>
        <translation>%1 сақинасы: %2</translation>
    </message>
    <message>
        <source>ring %1 is not closed (its last position differs from its first)</source>
        <translation>%1 сақинасы тұйықталмаған (соңғы позициясы біріншісінен өзгеше)</translation>
    </message>
    <message>
        <source>a polygon is not an array of rings</source>
        <translation>полигон сақиналар массиві емес</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>полигонда сақиналар жоқ</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 — жарамды JSON емес (%2, байт %3).</translation>
    </message>
    <message>
        <source>%1 is not a GeoJSON FeatureCollection.</source>
        <translation>%1 — GeoJSON FeatureCollection емес.</translation>
    </message>
    <message>
        <source>%1 is a FeatureCollection without a &quot;features&quot; array.</source>
        <translation>%1 — &quot;features&quot; массиві жоқ FeatureCollection.</translation>
    </message>
    <message>
        <source>%1, feature %2: %3.</source>
        <translation>%1, объект %2: %3.</translation>
    </message>
    <message>
        <source>it is not a GeoJSON Feature</source>
        <translation>бұл GeoJSON Feature емес</translation>
    </message>
    <message>
        <source>its &quot;properties&quot; is not an object</source>
        <translation>оның &quot;properties&quot; мәні объект емес</translation>
    </message>
    <message>
        <source>it has no geometry</source>
        <translation>оның геометриясы жоқ</translation>
    </message>
    <message>
        <source>the MultiPolygon&apos;s coordinates are not a non-empty array of polygons</source>
        <translation>MultiPolygon координаттары полигондардың бос емес массиві емес</translation>
    </message>
    <message>
        <source>polygon %1: %2</source>
        <translation>%1 полигоны: %2</translation>
    </message>
    <message>
        <source>its geometry is a &quot;%1&quot;; only Polygon and MultiPolygon are supported</source>
        <translation>оның геометриясы — &quot;%1&quot;; тек Polygon және MultiPolygon қолдау табады</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(түрі жоқ)</translation>
    </message>
</context>
<context>
    <name>HourlyTurnoutRules</name>
    <message>
        <source>The %1 report (%2 voters received ballots) is lower than the earlier %3 report (%4).</source>
        <translation>Сағат %1 кезіндегі мәлімет (бюллетень алғандар: %2) бұрынғы сағат %3 кезіндегі мәліметтен (%4) аз.</translation>
    </message>
    <message>
        <source>Check both reports with the polling station: the number of voters who received ballots can only grow during the day.</source>
        <translation>Екі мәліметті де сайлау учаскесімен нақтылаңыз: бюллетень алған сайлаушылар саны күн ішінде тек өсуі мүмкін.</translation>
    </message>
    <message>
        <source>The %1 report (%2 voters received ballots) exceeds the %3 voters on the list.</source>
        <translation>Сағат %1 кезіндегі мәлімет (бюллетень алғандар: %2) тізімдегі сайлаушылар санынан (%3) асады.</translation>
    </message>
    <message>
        <source>Check the report with the polling station, and the number of voters on its list.</source>
        <translation>Бұл мәліметті және учаске тізіміндегі сайлаушылар санын сайлау учаскесімен нақтылаңыз.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>The election file.</source>
        <translation>Сайлау файлы.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Give the kind of register and one CSV file.</source>
        <translation>Тізілім түрін және бір CSV файлын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Unknown register &quot;%1&quot;; use territories, parties, contests, polling-stations, candidates or observers.</source>
        <translation>Белгісіз тізілім &quot;%1&quot;; territories, parties, contests, polling-stations, candidates немесе observers пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>--db ФАЙЛ көрсетілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of %1 from %2.</source>
        <translation>
            <numerusform>%2 файлынан %1 тізілімінің %n жолы импортталды.</numerusform>
            <numerusform>%2 файлынан %1 тізілімінің %n жолы импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a register from CSV, all or nothing: import KIND FILE.csv --db DB; or results: import protocols PROTOCOLS.csv VOTES.csv --db DB.</source>
        <translation>Тізілімді CSV файлынан импорттау (бәрі немесе ештеңе): import ТҮРІ FILE.csv --db DB; немесе нәтижелерді: import protocols PROTOCOLS.csv VOTES.csv --db DB.</translation>
    </message>
    <message>
        <source>territories, parties, contests, polling-stations, candidates or observers; or protocols, or turnout.</source>
        <translation>territories, parties, contests, polling-stations, candidates немесе observers; немесе protocols, немесе turnout.</translation>
    </message>
    <message>
        <source>The CSV file to import (protocols: PROTOCOLS.csv and VOTES.csv, stored as your entries with every warning acknowledged by you, as if checked against the paper).</source>
        <translation>Импортталатын CSV файлы (protocols үшін: PROTOCOLS.csv және VOTES.csv; олар қағаз хаттамамен салыстырылғандай, әр ескертуі Сіз растаған Сіздің енгізулеріңіз ретінде сақталады).</translation>
    </message>
    <message>
        <source>protocols only: every row must become the first (or the second) entry of its protocol; otherwise nothing is imported.</source>
        <translation>тек protocols үшін: әр жол өз хаттамасының бірінші (немесе екінші) енгізуі болуы тиіс; әйтпесе ештеңе импортталмайды.</translation>
    </message>
    <message>
        <source>first|second</source>
        <translation>first|second</translation>
    </message>
    <message>
        <source>--entry is for import protocols only.</source>
        <translation>--entry тек import protocols үшін қолданылады.</translation>
    </message>
    <message>
        <source>Give one turnout CSV file: import turnout TURNOUT.csv.</source>
        <translation>Сайлаушылардың келуі туралы бір CSV файлын көрсетіңіз: import turnout TURNOUT.csv.</translation>
    </message>
    <message>
        <source>Give two files: import protocols PROTOCOLS.csv VOTES.csv.</source>
        <translation>Екі файл көрсетіңіз: import protocols PROTOCOLS.csv VOTES.csv.</translation>
    </message>
    <message>
        <source>--entry takes first or second.</source>
        <translation>--entry first немесе second мәнін қабылдайды.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталмады.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) refused.</source>
        <translation>
            <numerusform>Ештеңе импортталмады: %Ln жол қабылданбады.</numerusform>
            <numerusform>Ештеңе импортталмады: %Ln жол қабылданбады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln protocol(s) from %1 as %2&apos;s entries, every warning acknowledged by %2.</source>
        <translation>
            <numerusform>%1 файлынан %Ln хаттама %2 енгізулері ретінде импортталды, әр ескертуді %2 растады.</numerusform>
            <numerusform>%1 файлынан %Ln хаттама %2 енгізулері ретінде импортталды, әр ескертуді %2 растады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Waiting for the second entry</source>
        <translation>Екінші енгізу күтілуде</translation>
    </message>
    <message>
        <source>Sent to a coordinator</source>
        <translation>Үйлестірушіге жіберілді</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new, empty election file with its first administrator.</source>
        <translation>Бірінші әкімшісі бар жаңа бос сайлау файлын құру.</translation>
    </message>
    <message>
        <source>The election file to create.</source>
        <translation>Құрылатын сайлау файлы.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Name of the election.</source>
        <translation>Сайлаудың атауы.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТЫ</translation>
    </message>
    <message>
        <source>Election day.</source>
        <translation>Сайлау күні.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Short code of the election (default ELECTION-&lt;date&gt;).</source>
        <translation>Сайлаудың қысқа коды (әдепкі — ELECTION-&lt;күні&gt;).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>Ballots have an &quot;against all&quot; line.</source>
        <translation>Бюллетеньдерде &quot;барлығына қарсы&quot; жолы бар.</translation>
    </message>
    <message>
        <source>Hours of turnout reports, comma-separated, e.g. 10:00,12:00.</source>
        <translation>Сайлаушылардың келуі туралы мәліметтердің сағаттары, үтір арқылы, мысалы 10:00,12:00.</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>САҒАТТАР</translation>
    </message>
    <message>
        <source>Login of the first administrator.</source>
        <translation>Бірінші әкімшінің логині.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>Full name of the first administrator (default: the login).</source>
        <translation>Бірінші әкімшінің аты-жөні (әдепкі — логин).</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from the first line of standard input (without it: BALLOTDESK_PASSWORD).</source>
        <translation>Әкімшінің құпиясөзін стандартты енгізудің бірінші жолынан оқу (бұл параметрсіз: BALLOTDESK_PASSWORD).</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date күнді ЖЖЖЖ-АА-КК түрінде қабылдайды.</translation>
    </message>
    <message>
        <source>Created %1 with the administrator %2.</source>
        <translation>%1 файлы %2 әкімшісімен құрылды.</translation>
    </message>
</context>
<context>
    <name>MapQueries</name>
    <message>
        <source>The database holds no election yet.</source>
        <translation>Дерекқорда әлі сайлау жоқ.</translation>
    </message>
    <message>
        <source>The election has no territory with the code %1 at this level.</source>
        <translation>Сайлауда осы деңгейде %1 кодымен аумақ жоқ.</translation>
    </message>
    <message>
        <source>Polling station No. %1</source>
        <translation>№ %1 сайлау учаскесі</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message numerus="yes">
        <source>A password needs at least %n characters; choose a longer one.</source>
        <translation>
            <numerusform>Құпиясөз кемінде %n таңбадан тұруы тиіс; ұзынырақ құпиясөз таңдаңыз.</numerusform>
            <numerusform>Құпиясөз кемінде %n таңбадан тұруы тиіс; ұзынырақ құпиясөз таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be protected; nothing was changed.</source>
        <translation>Құпиясөзді қорғау мүмкін болмады; ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>PdfExportFlow</name>
    <message>
        <source>Cannot Export PDF</source>
        <translation>PDF экспорттау мүмкін болмады</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Алдын ала қарау — %1</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>Басып шығару мүмкін болмады</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 жазылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>An administrator</source>
        <comment>subject of a refusal</comment>
        <translation>Әкімшінің</translation>
    </message>
    <message>
        <source>A coordinator</source>
        <comment>subject of a refusal</comment>
        <translation>Үйлестірушінің</translation>
    </message>
    <message>
        <source>An operator</source>
        <comment>subject of a refusal</comment>
        <translation>Оператордың</translation>
    </message>
    <message>
        <source>An analyst</source>
        <comment>subject of a refusal</comment>
        <translation>Талдаушының</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <comment>refused operation</comment>
        <translation>пайдаланушылардың тіркелгілерін басқаруға</translation>
    </message>
    <message>
        <source>set up or change the election</source>
        <comment>refused operation</comment>
        <translation>сайлауды баптауға немесе өзгертуге</translation>
    </message>
    <message>
        <source>edit the registers</source>
        <comment>refused operation</comment>
        <translation>тізілімдерді өңдеуге</translation>
    </message>
    <message>
        <source>import registers</source>
        <comment>refused operation</comment>
        <translation>тізілімдерді импорттауға</translation>
    </message>
    <message>
        <source>enter a protocol</source>
        <comment>refused operation</comment>
        <translation>хаттама енгізуге</translation>
    </message>
    <message>
        <source>enter a turnout report</source>
        <comment>refused operation</comment>
        <translation>сайлаушылардың келуі туралы мәлімет енгізуге</translation>
    </message>
    <message>
        <source>resolve differing protocol entries</source>
        <comment>refused operation</comment>
        <translation>хаттаманы енгізулер арасындағы айырмашылықтарды шешуге</translation>
    </message>
    <message>
        <source>correct an accepted protocol</source>
        <comment>refused operation</comment>
        <translation>қабылданған хаттаманы түзетуге</translation>
    </message>
    <message>
        <source>mark the results final</source>
        <comment>refused operation</comment>
        <translation>қорытындыларды түпкілікті деп белгілеуге</translation>
    </message>
    <message>
        <source>read the results</source>
        <comment>refused operation</comment>
        <translation>қорытындыларды қарауға</translation>
    </message>
    <message>
        <source>export reports</source>
        <comment>refused operation</comment>
        <translation>есептерді экспорттауға</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <comment>refused operation</comment>
        <translation>аудит журналын тексеруге</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <comment>refused operation</comment>
        <translation>аудит журналын экспорттауға</translation>
    </message>
    <message>
        <source>back up the election file</source>
        <comment>refused operation</comment>
        <translation>сайлау файлының сақтық көшірмесін жасауға</translation>
    </message>
    <message>
        <source>restore the election file from a backup</source>
        <comment>refused operation</comment>
        <translation>сайлау файлын сақтық көшірмеден қалпына келтіруге</translation>
    </message>
    <message>
        <source>ask an administrator</source>
        <comment>who may do a refused operation</comment>
        <translation>әкімшіге жүгініңіз</translation>
    </message>
    <message>
        <source>ask a coordinator</source>
        <comment>who may do a refused operation</comment>
        <translation>үйлестірушіге жүгініңіз</translation>
    </message>
    <message>
        <source>ask an operator</source>
        <comment>who may do a refused operation</comment>
        <translation>операторға жүгініңіз</translation>
    </message>
    <message>
        <source>ask an analyst</source>
        <comment>who may do a refused operation</comment>
        <translation>талдаушыға жүгініңіз</translation>
    </message>
    <message>
        <source>%1 may not %2; %3.</source>
        <extracomment>%1 the role (&quot;An operator&quot;), %2 the operation (&quot;correct an accepted protocol&quot;), %3 who may (&quot;ask a coordinator&quot;)</extracomment>
        <translation>%1 %2 құқығы жоқ; %3.</translation>
    </message>
</context>
<context>
    <name>ProtocolCsv</name>
    <message>
        <source>the file is empty; the first line must be the header: %1</source>
        <translation>файл бос; бірінші жол тақырып жолы болуы керек: %1</translation>
    </message>
    <message>
        <source>unknown column; the columns of %1 are: %2</source>
        <translation>белгісіз баған; %1 файлының бағандары: %2</translation>
    </message>
    <message>
        <source>appears twice (fields %1 and %2); keep one</source>
        <translation>екі рет кездеседі (%1 және %2 өрістері); біреуін қалдырыңыз</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>тақырып жолында міндетті баған жоқ</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; quote fields that contain a comma</source>
        <translation>жолда %1 өріс бар, ал тақырып жолында %2; үтірі бар өрістерді тырнақшаға алыңыз</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; add the missing fields</source>
        <translation>жолда %1 өріс бар, ал тақырып жолында %2; жетіспейтін өрістерді қосыңыз</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A code quoted in a message, e.g. “KZ-AKM-001”</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>station %1, contest %2</source>
        <translation>%1 учаскесі, %2 сайлауы</translation>
    </message>
    <message>
        <source>The file holds no election; create one first (ballotdesk-cli init).</source>
        <translation>Файлда сайлау жоқ; алдымен оны құрыңыз (ballotdesk-cli init).</translation>
    </message>
    <message>
        <source>this election has no “against all”; remove the column</source>
        <translation>бұл сайлауда «барлығына қарсы» жоқ; бағанды алып тастаңыз</translation>
    </message>
    <message>
        <source>required; give the code of a polling station</source>
        <translation>міндетті; сайлау учаскесінің кодын көрсетіңіз</translation>
    </message>
    <message>
        <source>no polling station has the code %1 in this election</source>
        <translation>бұл сайлауда %1 коды бар сайлау учаскесі жоқ</translation>
    </message>
    <message>
        <source>required; give the code of the contest</source>
        <translation>міндетті; сайлаудың кодын көрсетіңіз</translation>
    </message>
    <message>
        <source>no contest has the code %1 in this election</source>
        <translation>бұл сайлау файлында %1 коды бар сайлау жоқ</translation>
    </message>
    <message>
        <source>station %1 and contest %2 already appear on line %3; keep one row per station and contest</source>
        <translation>%1 учаскесі мен %2 сайлауы %3-жолда бұрыннан бар; әр учаске мен сайлау үшін бір жол қалдырыңыз</translation>
    </message>
    <message>
        <source>the file has a header but no rows; there is nothing to check</source>
        <translation>файлда тақырып жолы бар, бірақ жолдар жоқ; тексеретін ештеңе жоқ</translation>
    </message>
    <message>
        <source>required; give the code of a candidate</source>
        <translation>міндетті; кандидаттың кодын көрсетіңіз</translation>
    </message>
    <message>
        <source>no candidate has the code %1 in this election</source>
        <translation>бұл сайлауда %1 коды бар кандидат жоқ</translation>
    </message>
    <message>
        <source>candidate %1 at station %2 already appears on line %3; keep one row per station and candidate</source>
        <translation>%2 учаскесіндегі %1 кандидаты %3-жолда бұрыннан бар; әр учаске мен кандидат үшін бір жол қалдырыңыз</translation>
    </message>
    <message>
        <source>polling station %1 has no row in %2; add its protocol there</source>
        <translation>%2 файлында %1 сайлау учаскесінің жолы жоқ; оның хаттамасын сол файлға қосыңыз</translation>
    </message>
    <message>
        <source>candidate %1 stands in contest %2, but the row of station %3 in %4 is for contest %5</source>
        <translation>%1 кандидаты %2 сайлауына түседі, бірақ %4 файлындағы %3 учаскесінің жолы %5 сайлауына арналған</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>The files have problems; nothing was imported.</source>
        <translation>Файлдарда ақаулар бар; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 names the station and contest, %2 says why the row is refused</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>has errors: %1</source>
        <translation>қателері бар: %1</translation>
    </message>
    <message>
        <source>the protocol is already accepted; only a coordinator can correct it</source>
        <translation>хаттама бұрыннан қабылданған; оны тек үйлестіруші түзете алады</translation>
    </message>
    <message>
        <source>the protocol is waiting for a coordinator to resolve its entries</source>
        <translation>хаттама енгізулерді үйлестірушінің шешуін күтуде</translation>
    </message>
    <message>
        <source>this would be the first entry of the protocol, but --entry second was given</source>
        <translation>бұл хаттаманың бірінші енгізуі болар еді, бірақ --entry second көрсетілген</translation>
    </message>
    <message>
        <source>you made the first entry of this protocol; the second entry must be made by another operator</source>
        <translation>бұл хаттаманың бірінші енгізуін Сіз жасадыңыз; екінші енгізуді басқа оператор жасауы тиіс</translation>
    </message>
    <message>
        <source>this would be the second entry of the protocol, but --entry first was given</source>
        <translation>бұл хаттаманың екінші енгізуі болар еді, бірақ --entry first көрсетілген</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1 файлынан импортталды</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4 Nothing was imported.</source>
        <translation>%1:%2: %3: %4 Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1:%2: %3: the row became the %4 entry, not the one --entry asked for. Nothing was imported.</source>
        <translation>%1:%2: %3: жол --entry сұраған енгізу емес, %4 енгізу болды. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>бірінші</translation>
    </message>
    <message>
        <source>second</source>
        <translation>екінші</translation>
    </message>
</context>
<context>
    <name>ProtocolEntryService</name>
    <message>
        <source>There is no protocol %1 in this election file.</source>
        <translation>Бұл сайлау файлында %1 хаттамасы жоқ.</translation>
    </message>
    <message>
        <source>saving an entry</source>
        <translation>енгізуді сақтау</translation>
    </message>
    <message>
        <source>The figures have errors (%1). Correct them from the paper form, or refer the entry to a coordinator if the paper itself is wrong.</source>
        <translation>Көрсеткіштерде қателер бар (%1). Оларды қағаз хаттама бойынша түзетіңіз немесе қағаз хаттаманың өзі қате болса, енгізуді үйлестірушіге жіберіңіз.</translation>
    </message>
    <message>
        <source>Check these warnings against the paper form and confirm each of them: %1.</source>
        <translation>Бұл ескертулерді қағаз хаттамамен салыстырып, әрқайсысын растаңыз: %1.</translation>
    </message>
    <message>
        <source>This protocol is already accepted; only a coordinator can change it, through a correction.</source>
        <translation>Бұл хаттама бұрыннан қабылданған; оны тек үйлестіруші түзету арқылы өзгерте алады.</translation>
    </message>
    <message>
        <source>You have already finished entry %1 of this protocol; the other entry must be made by a different operator.</source>
        <translation>Сіз бұл хаттаманың %1-енгізуін аяқтадыңыз; екінші енгізуді басқа оператор жасауы тиіс.</translation>
    </message>
    <message>
        <source>Two other operators are already entering this protocol.</source>
        <translation>Бұл хаттаманы басқа екі оператор енгізіп жатыр.</translation>
    </message>
    <message>
        <source>There is no protocol of polling station %1 for contest %2.</source>
        <translation>%1 сайлау учаскесінің %2 сайлауы бойынша хаттамасы жоқ.</translation>
    </message>
    <message>
        <source>Say why the entry goes to a coordinator with errors (for example, what is wrong on the paper form).</source>
        <translation>Енгізудің үйлестірушіге қателерімен не себепті жіберілетінін көрсетіңіз (мысалы, қағаз хаттамада не дұрыс емес).</translation>
    </message>
    <message>
        <source>Only a protocol waiting for a coordinator can be resolved.</source>
        <translation>Тек үйлестірушіні күтіп тұрған хаттаманы шешуге болады.</translation>
    </message>
    <message>
        <source>Entry %1 of this protocol is not finished; it cannot be kept.</source>
        <translation>Бұл хаттаманың %1-енгізуі аяқталмаған; оны қалдыру мүмкін емес.</translation>
    </message>
    <message>
        <source>Entry %1 has errors (%2) and cannot be accepted. Return it to its operator or discard both entries.</source>
        <translation>%1-енгізуде қателер бар (%2), оны қабылдау мүмкін емес. Оны операторына қайтарыңыз немесе екі енгізуді де жойыңыз.</translation>
    </message>
    <message>
        <source>Write a remark for the operator: what to check on the paper form.</source>
        <translation>Операторға ескертпе жазыңыз: қағаз хаттамада нені тексеру керек.</translation>
    </message>
    <message>
        <source>Entry %1 of this protocol is not finished; it cannot be returned.</source>
        <translation>Бұл хаттаманың %1-енгізуі аяқталмаған; оны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Say why both entries are discarded.</source>
        <translation>Екі енгізудің де не себепті жойылатынын көрсетіңіз.</translation>
    </message>
    <message>
        <source>This protocol has no entry to discard.</source>
        <translation>Бұл хаттамада жоятын енгізу жоқ.</translation>
    </message>
    <message>
        <source>A correction needs a reason: say what was wrong and which document shows the right figures.</source>
        <translation>Түзетуге себеп қажет: не қате болғанын және дұрыс көрсеткіштер қай құжатта екенін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Only an accepted protocol can be corrected.</source>
        <translation>Тек қабылданған хаттаманы түзетуге болады.</translation>
    </message>
    <message>
        <source>Someone changed this protocol while you were correcting it (version %1, now %2). Its current figures are: %3. Reload it and correct it again.</source>
        <translation>Сіз түзетіп жатқан кезде бұл хаттаманы басқа біреу өзгертті (%1 нұсқа, қазір %2). Оның ағымдағы көрсеткіштері: %3. Хаттаманы қайта жүктеп, қайтадан түзетіңіз.</translation>
    </message>
    <message>
        <source>The figures are the same as the accepted ones: nothing to correct.</source>
        <translation>Көрсеткіштер қабылданғандарымен бірдей: түзететін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The corrected figures have errors (%1); an accepted protocol cannot have errors.</source>
        <translation>Түзетілген көрсеткіштерде қателер бар (%1); қабылданған хаттамада қате болмауы тиіс.</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Енгізу жоқ</translation>
    </message>
    <message>
        <source>First entry done</source>
        <translation>Бірінші енгізу жасалды</translation>
    </message>
    <message>
        <source>Differing entries</source>
        <translation>Енгізулер сәйкес емес</translation>
    </message>
    <message>
        <source>Entry with errors</source>
        <translation>Қателері бар енгізу</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
</context>
<context>
    <name>ProtocolFields</name>
    <message>
        <source>Voters on the list</source>
        <translation>Тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>Ballots received</source>
        <translation>Алынған бюллетеньдер</translation>
    </message>
    <message>
        <source>Ballots issued in the polling station</source>
        <translation>Дауыс беру үй-жайында берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>Ballots issued outside the polling station</source>
        <translation>Дауыс беру үй-жайынан тыс берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>Ballots cancelled</source>
        <translation>Жойылған бюллетеньдер</translation>
    </message>
    <message>
        <source>Ballots in stationary boxes</source>
        <translation>Стационарлық жәшіктердегі бюллетеньдер</translation>
    </message>
    <message>
        <source>Ballots in mobile boxes</source>
        <translation>Көшпелі жәшіктердегі бюллетеньдер</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Жарамсыз бюллетеньдер</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Барлығына қарсы</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A protocol field in messages: %1 is its letter on the form, %2 its label</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProtocolRules</name>
    <message>
        <source>Ballots received (B = %1) do not equal the ballots issued in the station, issued outside and cancelled (C + C2 + D = %2 + %3 + %4 = %5); the difference is %6.</source>
        <translation>Алынған бюллетеньдер саны (B = %1) дауыс беру үй-жайында берілген, одан тыс берілген және жойылған бюллетеньдердің сомасына (C + C2 + D = %2 + %3 + %4 = %5) тең емес; айырмашылық — %6.</translation>
    </message>
    <message>
        <source>Check B, C, C2 and D against the paper form. If the form itself does not add up, return it to the precinct commission to recount the unused ballots.</source>
        <translation>B, C, C2 және D мәндерін қағаз хаттамамен салыстырыңыз. Егер хаттаманың өзінде сандар сәйкес келмесе, пайдаланылмаған бюллетеньдерді қайта санау үшін оны учаскелік сайлау комиссиясына қайтарыңыз.</translation>
    </message>
    <message>
        <source>More ballots were issued (C + C2 = %1 + %2 = %3) than there are voters on the list (A = %4).</source>
        <translation>Берілген бюллетеньдер (C + C2 = %1 + %2 = %3) тізімдегі сайлаушылардан (A = %4) көп.</translation>
    </message>
    <message>
        <source>Check A, C and C2 against the paper form; voters added to the list on election day belong in A.</source>
        <translation>A, C және C2 мәндерін қағаз хаттамамен салыстырыңыз; сайлау күні тізімге қосылған сайлаушылар A жолында ескеріледі.</translation>
    </message>
    <message>
        <source>More ballots were found in the boxes (E + E2 = %1 + %2 = %3) than were issued (C + C2 = %4 + %5 = %6).</source>
        <translation>Жәшіктерде табылған бюллетеньдер (E + E2 = %1 + %2 = %3) берілген бюллетеньдерден (C + C2 = %4 + %5 = %6) көп.</translation>
    </message>
    <message>
        <source>Check C, C2, E and E2 against the paper form. If they are copied correctly, the precinct commission must explain the extra ballots.</source>
        <translation>C, C2, E және E2 мәндерін қағаз хаттамамен салыстырыңыз. Егер олар дұрыс көшірілген болса, учаскелік сайлау комиссиясы артық бюллетеньдердің себебін түсіндіруі тиіс.</translation>
    </message>
    <message>
        <source>More ballots were found in the mobile boxes (E2 = %1) than were issued outside the polling station (C2 = %2).</source>
        <translation>Көшпелі жәшіктерде табылған бюллетеньдер (E2 = %1) дауыс беру үй-жайынан тыс берілген бюллетеньдерден (C2 = %2) көп.</translation>
    </message>
    <message>
        <source>Check C2 and E2 against the paper form. If they are copied correctly, the precinct commission must explain the extra ballots in the mobile boxes.</source>
        <translation>C2 және E2 мәндерін қағаз хаттамамен салыстырыңыз. Егер олар дұрыс көшірілген болса, учаскелік сайлау комиссиясы көшпелі жәшіктердегі артық бюллетеньдердің себебін түсіндіруі тиіс.</translation>
    </message>
    <message>
        <source>Invalid ballots plus valid votes (F + ΣG + H = %1 + %2 + %3 = %4) do not equal the ballots found in the boxes (E + E2 = %5 + %6 = %7).</source>
        <translation>Жарамсыз бюллетеньдер мен жарамды дауыстардың сомасы (F + ΣG + H = %1 + %2 + %3 = %4) жәшіктерде табылған бюллетеньдер санына (E + E2 = %5 + %6 = %7) тең емес.</translation>
    </message>
    <message>
        <source>Check E, E2, F, every candidate&apos;s votes and H against the paper form.</source>
        <translation>E, E2, F мәндерін, әр кандидаттың дауыстарын және H мәнін қағаз хаттамамен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Invalid ballots plus the candidates&apos; votes (F + ΣG = %1 + %2 = %3) do not equal the ballots found in the boxes (E + E2 = %4 + %5 = %6).</source>
        <translation>Жарамсыз бюллетеньдер мен кандидаттарға берілген дауыстардың сомасы (F + ΣG = %1 + %2 = %3) жәшіктерде табылған бюллетеньдер санына (E + E2 = %4 + %5 = %6) тең емес.</translation>
    </message>
    <message>
        <source>Check E, E2, F and every candidate&apos;s votes against the paper form.</source>
        <translation>E, E2, F мәндерін және әр кандидаттың дауыстарын қағаз хаттамамен салыстырыңыз.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One wrong field in a list: %1 is the field, %2 what is wrong, e.g. &quot;negative&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>votes for candidate %1: %2</source>
        <translation>кандидат %1 алған дауыстар: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) do not hold a valid count: %1.</source>
        <translation>
            <numerusform>%n өрісте жарамсыз сан көрсетілген: %1.</numerusform>
            <numerusform>%n өрісте жарамсыз сан көрсетілген: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter every field exactly as written on the paper form, as a whole number from 0 to %1 without spaces or separators. Enter 0 rather than leaving a field empty.</source>
        <translation>Әр өрісті қағаз хаттамада жазылғандай, 0 мен %1 аралығындағы бүтін сан түрінде бос орынсыз және бөлгішсіз енгізіңіз. Өрісті бос қалдырмай, 0 енгізіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Votes are entered for %n candidate(s) who are not registered in this contest: %1.</source>
        <translation>
            <numerusform>Осы сайлауда тіркелмеген %n кандидатқа дауыстар енгізілген: %1.</numerusform>
            <numerusform>Осы сайлауда тіркелмеген %n кандидатқа дауыстар енгізілген: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove these entries, or check that the protocol was entered for the right contest.</source>
        <translation>Бұл жазбаларды жойыңыз немесе хаттаманың тиісті сайлау үшін енгізілгенін тексеріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%n registered candidate(s) of this contest have no votes entered: %1.</source>
        <translation>
            <numerusform>Осы сайлаудағы %n тіркелген кандидаттың дауыстары енгізілмеген: %1.</numerusform>
            <numerusform>Осы сайлаудағы %n тіркелген кандидаттың дауыстары енгізілмеген: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the votes of every registered candidate as written on the paper form; enter 0 for a candidate without votes.</source>
        <translation>Әр тіркелген кандидаттың дауыстарын қағаз хаттамада жазылғандай енгізіңіз; дауысы жоқ кандидат үшін 0 енгізіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Votes are entered more than once for %n candidate(s): %1.</source>
        <translation>
            <numerusform>%n кандидаттың дауыстары бірнеше рет енгізілген: %1.</numerusform>
            <numerusform>%n кандидаттың дауыстары бірнеше рет енгізілген: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one entry for each candidate.</source>
        <translation>Әр кандидат үшін тек бір жазба қалдырыңыз.</translation>
    </message>
    <message>
        <source>“Against all” (H) is entered as %1, but this election has no “against all”.</source>
        <translation>«Барлығына қарсы» (H) өрісіне %1 енгізілген, бірақ бұл сайлауда «барлығына қарсы» бағаны қарастырылмаған.</translation>
    </message>
    <message>
        <source>Clear field H, or check the election&apos;s settings.</source>
        <translation>H өрісін тазартыңыз немесе сайлау параметрлерін тексеріңіз.</translation>
    </message>
    <message>
        <source>The polling station does not belong to the territory of this contest.</source>
        <translation>Сайлау учаскесі осы сайлау аумағына жатпайды.</translation>
    </message>
    <message>
        <source>Check that the protocol was entered for the right polling station and contest.</source>
        <translation>Хаттаманың тиісті сайлау учаскесі мен сайлау үшін енгізілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 of the %2 ballots found are invalid (%3 %), at or above the threshold of %4 %.</source>
        <translation>Табылған %2 бюллетеньнің %1 жарамсыз (%3 %), бұл %4 % шегінен кем емес.</translation>
    </message>
    <message>
        <source>Check F against the paper form and confirm with the precinct commission that it found this many invalid ballots.</source>
        <translation>F мәнін қағаз хаттамамен салыстырыңыз және осынша жарамсыз бюллетень табылғанын учаскелік сайлау комиссиясынан нақтылаңыз.</translation>
    </message>
    <message>
        <source>%1 of the %2 ballots issued were not found in the boxes (%3 %); the thresholds are %4 ballots or %5 %.</source>
        <translation>Берілген %2 бюллетеньнің %1 жәшіктерден табылмады (%3 %); шекті мәндер: саны — %4, үлесі — %5 %.</translation>
    </message>
    <message>
        <source>Check C, C2, E and E2 against the paper form and confirm the missing ballots with the precinct commission.</source>
        <translation>C, C2, E және E2 мәндерін қағаз хаттамамен салыстырыңыз және жетіспейтін бюллетеньдерді учаскелік сайлау комиссиясымен нақтылаңыз.</translation>
    </message>
    <message>
        <source>Turnout is %1 % (C + C2 = %2 of A = %3 voters), at or above %4 %.</source>
        <translation>Сайлаушылардың келуі — %1 % (A = %3 сайлаушының C + C2 = %2), бұл %4 % мәнінен кем емес.</translation>
    </message>
    <message>
        <source>Turnout is %1 % (C + C2 = %2 of A = %3 voters), at or below %4 %.</source>
        <translation>Сайлаушылардың келуі — %1 % (A = %3 сайлаушының C + C2 = %2), бұл %4 % мәнінен артық емес.</translation>
    </message>
    <message>
        <source>Check A, C and C2 against the paper form and confirm the turnout with the precinct commission.</source>
        <translation>A, C және C2 мәндерін қағаз хаттамамен салыстырыңыз және сайлаушылардың келуін учаскелік сайлау комиссиясымен нақтылаңыз.</translation>
    </message>
    <message>
        <source>No ballots were found in the boxes (E + E2 = 0): nobody voted.</source>
        <translation>Жәшіктерде бірде-бір бюллетень табылмады (E + E2 = 0): ешкім дауыс бермеді.</translation>
    </message>
    <message>
        <source>Check E and E2 against the paper form and confirm with the precinct commission that nobody voted.</source>
        <translation>E және E2 мәндерін қағаз хаттамамен салыстырыңыз және ешкім дауыс бермегенін учаскелік сайлау комиссиясынан нақтылаңыз.</translation>
    </message>
    <message>
        <source>There are no voters on the list (A = 0).</source>
        <translation>Тізімде сайлаушылар жоқ (A = 0).</translation>
    </message>
    <message>
        <source>Check A against the paper form and confirm with the precinct commission that its list was empty.</source>
        <translation>A мәнін қағаз хаттамамен салыстырыңыз және тізімнің бос болғанын учаскелік сайлау комиссиясынан нақтылаңыз.</translation>
    </message>
    <message>
        <source>Voters on the list (A = %1) differ from the %2 registered voters on record for this station by %3 (%4 %), more than %5 %.</source>
        <translation>Тізімдегі сайлаушылар саны (A = %1) осы учаскеде тіркелген сайлаушылар санынан (%2) %3 шамасына (%4 %) өзгеше, бұл %5 % шегінен асады.</translation>
    </message>
    <message>
        <source>Voters on the list (A = %1) differ from the registered voters on record for this station, which are %2.</source>
        <translation>Тізімдегі сайлаушылар саны (A = %1) осы учаскеде тіркелген сайлаушылар санынан (%2) өзгеше.</translation>
    </message>
    <message>
        <source>Check A against the paper form; the precinct commission must explain a large change of its list.</source>
        <translation>A мәнін қағаз хаттамамен салыстырыңыз; учаскелік сайлау комиссиясы тізімнің елеулі өзгеруін түсіндіруі тиіс.</translation>
    </message>
    <message>
        <source>The station&apos;s last hourly turnout report (%1 voters) differs from the ballots issued (C + C2 = %2) by %3 (%4 %), more than %5 %.</source>
        <translation>Учаскенің сайлаушылардың келуі туралы соңғы сағаттық мәліметі (сайлаушылар: %1) берілген бюллетеньдер санынан (C + C2 = %2) %3 шамасына (%4 %) өзгеше, бұл %5 % шегінен асады.</translation>
    </message>
    <message>
        <source>The station&apos;s last hourly turnout report (%1 voters) differs from the ballots issued (C + C2 = %2).</source>
        <translation>Учаскенің сайлаушылардың келуі туралы соңғы сағаттық мәліметі (сайлаушылар: %1) берілген бюллетеньдер санынан (C + C2 = %2) өзгеше.</translation>
    </message>
    <message>
        <source>Check C and C2 against the paper form, and the hourly report with the polling station.</source>
        <translation>C және C2 мәндерін қағаз хаттамамен, ал сағаттық мәліметті сайлау учаскесімен салыстырыңыз.</translation>
    </message>
    <message>
        <source>no entry</source>
        <translation>жазба жоқ</translation>
    </message>
    <message>
        <source>%1: first %2, second %3</source>
        <extracomment>A difference between two entries: %1 is the field, %2 and %3 its two values</extracomment>
        <translation>%1: бірінші енгізу %2, екінші %3</translation>
    </message>
    <message>
        <source>votes for candidate %1: first %2, second %3</source>
        <translation>кандидат %1 алған дауыстар: бірінші енгізу %2, екінші %3</translation>
    </message>
    <message numerus="yes">
        <source>The second entry differs from the first in %n field(s): %1.</source>
        <translation>
            <numerusform>Екінші енгізу біріншіден %n өрісте ерекшеленеді: %1.</numerusform>
            <numerusform>Екінші енгізу біріншіден %n өрісте ерекшеленеді: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare both entries with the paper form, then keep the correct one or send the wrong one back to its operator.</source>
        <translation>Екі енгізуді де қағаз хаттамамен салыстырыңыз, содан кейін дұрысын қалдырыңыз немесе қатесін оны енгізген операторға қайтарыңыз.</translation>
    </message>
    <message>
        <source>Received ballots are not accounted for: B ≠ C + C2 + D</source>
        <translation>Алынған бюллетеньдердің есебі сәйкес емес: B ≠ C + C2 + D</translation>
    </message>
    <message>
        <source>More ballots issued than voters on the list: C + C2 &gt; A</source>
        <translation>Берілген бюллетеньдер тізімдегі сайлаушылардан көп: C + C2 &gt; A</translation>
    </message>
    <message>
        <source>More ballots in the boxes than were issued: E + E2 &gt; C + C2</source>
        <translation>Жәшіктердегі бюллетеньдер берілгеннен көп: E + E2 &gt; C + C2</translation>
    </message>
    <message>
        <source>More ballots in the mobile boxes than were issued outside: E2 &gt; C2</source>
        <translation>Көшпелі жәшіктердегі бюллетеньдер үй-жайдан тыс берілгеннен көп: E2 &gt; C2</translation>
    </message>
    <message>
        <source>Invalid ballots plus valid votes differ from the ballots found: F + ΣG + H ≠ E + E2</source>
        <translation>Жарамсыз бюллетеньдер мен жарамды дауыстар табылған бюллетеньдермен сәйкес емес: F + ΣG + H ≠ E + E2</translation>
    </message>
    <message>
        <source>A field is empty or not a whole number from 0 to %1</source>
        <translation>Өріс бос немесе 0 мен %1 аралығындағы бүтін сан емес</translation>
    </message>
    <message>
        <source>Votes for someone who is not a registered candidate of the contest, or a registered candidate without votes</source>
        <translation>Осы сайлауда тіркелген кандидат емес адамға берілген дауыстар немесе дауыстары енгізілмеген тіркелген кандидат</translation>
    </message>
    <message>
        <source>The polling station does not belong to the contest&apos;s territory</source>
        <translation>Сайлау учаскесі сайлау аумағына жатпайды</translation>
    </message>
    <message>
        <source>The second entry differs from the first</source>
        <translation>Екінші енгізу біріншіден ерекшеленеді</translation>
    </message>
    <message>
        <source>Many invalid ballots</source>
        <translation>Жарамсыз бюллетеньдер көп</translation>
    </message>
    <message>
        <source>Issued ballots missing from the boxes</source>
        <translation>Берілген бюллетеньдер жәшіктерде жоқ</translation>
    </message>
    <message>
        <source>Unusually high or low turnout</source>
        <translation>Сайлаушылардың келуі әдеттен тыс жоғары немесе төмен</translation>
    </message>
    <message>
        <source>Nobody voted: E + E2 = 0</source>
        <translation>Ешкім дауыс бермеді: E + E2 = 0</translation>
    </message>
    <message>
        <source>No voters on the list: A = 0</source>
        <translation>Тізімде сайлаушылар жоқ: A = 0</translation>
    </message>
    <message>
        <source>Voters on the list differ much from the station&apos;s registered voters</source>
        <translation>Тізімдегі сайлаушылар саны учаскеде тіркелген сайлаушылар санынан айтарлықтай өзгеше</translation>
    </message>
    <message>
        <source>The last hourly turnout report differs from the ballots issued</source>
        <translation>Сайлаушылардың келуі туралы соңғы сағаттық мәлімет берілген бюллетеньдер санынан өзгеше</translation>
    </message>
    <message>
        <source>An hourly turnout report is lower than an earlier one of the same station</source>
        <translation>Сайлаушылардың келуі туралы сағаттық мәлімет сол учаскенің алдыңғы мәліметінен аз</translation>
    </message>
    <message>
        <source>An hourly turnout report exceeds the station&apos;s voters on the list</source>
        <translation>Сайлаушылардың келуі туралы сағаттық мәлімет учаске тізіміндегі сайлаушылар санынан асады</translation>
    </message>
</context>
<context>
    <name>RecordAccess</name>
    <message>
        <source>territory %1</source>
        <translation>%1 аумағы</translation>
    </message>
    <message>
        <source>party %1</source>
        <translation>%1 партиясы</translation>
    </message>
    <message>
        <source>contest %1</source>
        <translation>%1 сайлауы</translation>
    </message>
    <message>
        <source>polling station %1</source>
        <translation>%1 сайлау учаскесі</translation>
    </message>
    <message>
        <source>candidate %1</source>
        <translation>%1 кандидаты</translation>
    </message>
    <message>
        <source>observer %1</source>
        <translation>%1 байқаушысы</translation>
    </message>
    <message>
        <source>Add territory %1</source>
        <translation>%1 аумағын қосу</translation>
    </message>
    <message>
        <source>Add party %1</source>
        <translation>%1 партиясын қосу</translation>
    </message>
    <message>
        <source>Add contest %1</source>
        <translation>%1 сайлауын қосу</translation>
    </message>
    <message>
        <source>Add polling station %1</source>
        <translation>%1 сайлау учаскесін қосу</translation>
    </message>
    <message>
        <source>Add candidate %1</source>
        <translation>%1 кандидатын қосу</translation>
    </message>
    <message>
        <source>Add observer %1</source>
        <translation>%1 байқаушысын қосу</translation>
    </message>
    <message>
        <source>Edit territory %1</source>
        <translation>%1 аумағын өңдеу</translation>
    </message>
    <message>
        <source>Edit party %1</source>
        <translation>%1 партиясын өңдеу</translation>
    </message>
    <message>
        <source>Edit contest %1</source>
        <translation>%1 сайлауын өңдеу</translation>
    </message>
    <message>
        <source>Edit polling station %1</source>
        <translation>%1 сайлау учаскесін өңдеу</translation>
    </message>
    <message>
        <source>Edit candidate %1</source>
        <translation>%1 кандидатын өңдеу</translation>
    </message>
    <message>
        <source>Edit observer %1</source>
        <translation>%1 байқаушысын өңдеу</translation>
    </message>
    <message>
        <source>Delete territory %1</source>
        <translation>%1 аумағын жою</translation>
    </message>
    <message>
        <source>Delete party %1</source>
        <translation>%1 партиясын жою</translation>
    </message>
    <message>
        <source>Delete contest %1</source>
        <translation>%1 сайлауын жою</translation>
    </message>
    <message>
        <source>Delete polling station %1</source>
        <translation>%1 сайлау учаскесін жою</translation>
    </message>
    <message>
        <source>Delete candidate %1</source>
        <translation>%1 кандидатын жою</translation>
    </message>
    <message>
        <source>Delete observer %1</source>
        <translation>%1 байқаушысын жою</translation>
    </message>
</context>
<context>
    <name>RegisterCsvFormat</name>
    <message>
        <source>is empty; a value is required</source>
        <translation>бос; мән міндетті</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; write one of: %2</source>
        <translation>&quot;%1&quot; рұқсат етілмейді; мына мәндердің бірін жазыңыз: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to 999999999; write digits only, without sign, decimals, separators or exponent</source>
        <translation>&quot;%1&quot; 0-ден 999999999-ға дейінгі бүтін сан емес; таңбасыз, бөлшексіз, бөлгішсіз және дәрежесіз тек цифрлар жазыңыз</translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar</source>
        <translation>%1 — күнтізбелік күн емес</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD, e.g. 2021-07-25</source>
        <translation>&quot;%1&quot; күн емес; ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2021-07-25</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of decimal degrees; write e.g. 43.2389 with a point</source>
        <translation>&quot;%1&quot; ондық градустағы сан емес; нүктемен жазыңыз, мысалы 43.2389</translation>
    </message>
    <message>
        <source>unknown column; the columns of %1 are: %2</source>
        <translation>белгісіз баған; %1 тізілімінің бағандары: %2</translation>
    </message>
    <message>
        <source>appears twice (fields %1 and %2); keep one</source>
        <translation>екі рет кездеседі (%1 және %2 өрістері); біреуін қалдырыңыз</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>тақырып жолында міндетті баған жоқ</translation>
    </message>
    <message>
        <source>no name column; the header needs at least one of name_kk, name_ru, name_en</source>
        <translation>атау бағаны жоқ; тақырып жолында name_kk, name_ru, name_en бағандарының кемінде біреуі қажет</translation>
    </message>
    <message>
        <source>latitude and longitude come together; add the missing column</source>
        <translation>ендік пен бойлық бірге көрсетіледі; жетіспейтін бағанды қосыңыз</translation>
    </message>
</context>
<context>
    <name>RegisterExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 жазу мүмкін болмады: %2.</translation>
    </message>
    <message>
        <source>reading the register</source>
        <translation>тізілімді оқу</translation>
    </message>
</context>
<context>
    <name>RegisterImporter</name>
    <message>
        <source>the file is empty; the first line must be the header: %1</source>
        <translation>файл бос; бірінші жол тақырып жолы болуы керек: %1</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; quote fields that contain a comma</source>
        <translation>жолда %1 өріс бар, ал тақырып жолында %2; үтірі бар өрістерді тырнақшаға алыңыз</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; add the missing fields</source>
        <translation>жолда %1 өріс бар, ал тақырып жолында %2; жетіспейтін өрістерді қосыңыз</translation>
    </message>
    <message>
        <source>the file has a header but no rows; there is nothing to import</source>
        <translation>файлда тақырып жолы бар, бірақ жолдар жоқ; импорттайтын ештеңе жоқ</translation>
    </message>
    <message>
        <source>%1 changed while it was imported; nothing was imported.</source>
        <translation>%1 импорттау кезінде өзгерді; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1:%2: the row could not be written; nothing was imported. %3</source>
        <translation>%1:%2: жолды жазу мүмкін болмады; ештеңе импортталмады. %3</translation>
    </message>
</context>
<context>
    <name>RegisterKinds</name>
    <message>
        <source>Territories</source>
        <translation>Аумақтар</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Партиялар</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Сайлаулар</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Сайлау учаскелері</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Байқаушылар</translation>
    </message>
</context>
<context>
    <name>RegisterQuery</name>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Бұл бағанды сұрыптау мүмкін емес.</translation>
    </message>
    <message>
        <source>No rows were asked for.</source>
        <translation>Ешбір жол сұралмады.</translation>
    </message>
    <message>
        <source>The file holds no election yet.</source>
        <translation>Файлда әзірге сайлау жоқ.</translation>
    </message>
</context>
<context>
    <name>RegisterRules</name>
    <message>
        <source>is empty; a value is required</source>
        <translation>бос; мән міндетті</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts or ends with a space; remove it</source>
        <translation>&quot;%1&quot; бос орынмен басталады немесе аяқталады; оны алып тастаңыз</translation>
    </message>
    <message>
        <source>%1 is already used by another row; codes must be unique</source>
        <translation>%1 басқа жолда қолданылған; кодтар қайталанбауы керек</translation>
    </message>
    <message>
        <source>no name; give at least one of name_kk, name_ru, name_en</source>
        <translation>атау жоқ; name_kk, name_ru, name_en өрістерінің кемінде біреуін көрсетіңіз</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; write one of: %2</source>
        <translation>&quot;%1&quot; рұқсат етілмейді; мына мәндердің бірін жазыңыз: %2</translation>
    </message>
    <message>
        <source>%1 refers to no %2 in the election (nor on an earlier line of the file); add it first or correct the code</source>
        <translation>%1 сайлауда (және файлдың алдыңғы жолдарында) жоқ нысанға (%2) сілтейді; алдымен оны қосыңыз немесе кодты түзетіңіз</translation>
    </message>
    <message>
        <source>is empty, but a %1 needs the code of the territory it belongs to (only a region has none)</source>
        <translation>бос, бірақ «%1» нысанына ол жататын аумақтың коды қажет (тек облыста ол болмайды)</translation>
    </message>
    <message>
        <source>%1 is the territory itself; give the code of its parent</source>
        <translation>%1 — аумақтың өзі; жоғары тұрған аумақтың кодын көрсетіңіз</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>аумақ</translation>
    </message>
    <message>
        <source>a region belongs to no other territory; leave parent_code empty or change the level</source>
        <translation>облыс басқа аумаққа кірмейді; parent_code өрісін бос қалдырыңыз немесе деңгейді өзгертіңіз</translation>
    </message>
    <message>
        <source>%1 lies inside this territory; a territory cannot belong to its own part</source>
        <translation>%1 осы аумақтың ішінде орналасқан; аумақ өзінің бөлігіне кіре алмайды</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write #RRGGBB, e.g. #1F77B4</source>
        <translation>&quot;%1&quot; түс емес; #RRGGBB түрінде жазыңыз, мысалы #1F77B4</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>1 немесе одан көп болуы керек</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 999999999</source>
        <translation>0-ден 999999999-ға дейінгі бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>contest</source>
        <translation>сайлау</translation>
    </message>
    <message>
        <source>%1 is not inside the territory of contest %2; a station serves a territory of its contest</source>
        <translation>%1 %2 сайлауының аумағында емес; учаске өз сайлауының аумағына қызмет көрсетеді</translation>
    </message>
    <message>
        <source>%1 is out of range; a latitude lies between -90 and 90</source>
        <translation>%1 рұқсат етілген ауқымнан тыс; ендік -90 мен 90 аралығында болады</translation>
    </message>
    <message>
        <source>%1 is out of range; a longitude lies between -180 and 180</source>
        <translation>%1 рұқсат етілген ауқымнан тыс; бойлық -180 мен 180 аралығында болады</translation>
    </message>
    <message>
        <source>is empty; give both latitude and longitude, or neither</source>
        <translation>бос; ендікті де, бойлықты да көрсетіңіз немесе екеуін де көрсетпеңіз</translation>
    </message>
    <message>
        <source>%1 is in the future; check the date</source>
        <translation>%1 — болашақтағы күн; күнді тексеріңіз</translation>
    </message>
    <message>
        <source>the candidate is %1 on election day (%2); a registered candidate must be %3 or older</source>
        <translation>сайлау күні (%2) кандидатқа %1; тіркелген кандидат %3 немесе одан үлкен болуы керек</translation>
    </message>
    <message>
        <source>is empty; a reason is required when the status is %1</source>
        <translation>бос; мәртебе «%1» болғанда себеп міндетті</translation>
    </message>
    <message>
        <source>party</source>
        <translation>партия</translation>
    </message>
    <message>
        <source>%1 already has a nominated or registered candidate in contest %2; a party nominates at most one candidate per contest</source>
        <translation>%1 %2 сайлауында ұсынылған немесе тіркелген кандидатқа ие; партия бір сайлауға ең көбі бір кандидат ұсынады</translation>
    </message>
    <message>
        <source>polling station</source>
        <translation>сайлау учаскесі</translation>
    </message>
</context>
<context>
    <name>RegisterSearch</name>
    <message>
        <source>Polling station %1</source>
        <translation>%1 сайлау учаскесі</translation>
    </message>
</context>
<context>
    <name>RegisterService</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The record was not saved:
%1</source>
        <translation>Жазба сақталмады:
%1</translation>
    </message>
    <message>
        <source>a %1 candidate cannot become %2; nominated → registered or refused, registered → withdrawn or deregistered</source>
        <translation>мәртебесі «%1» кандидат «%2» мәртебесін ала алмайды; ұсынылды → тіркелді немесе тіркеуден бас тартылды, тіркелді → кандидатурасын қайтарып алды немесе тіркеу күшін жойды</translation>
    </message>
    <message numerus="yes">
        <source>%n polling station(s) of this contest lie outside %1; move them first</source>
        <translation>
            <numerusform>Осы сайлаудың %n сайлау учаскесі %1 аумағынан тыс орналасқан; алдымен оларды көшіріңіз</numerusform>
            <numerusform>Осы сайлаудың %n сайлау учаскесі %1 аумағынан тыс орналасқан; алдымен оларды көшіріңіз</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 belong to it. Delete or move them first.</source>
        <translation>%1 жою мүмкін емес: оған %2 жатады. Алдымен оларды жойыңыз немесе көшіріңіз.</translation>
    </message>
    <message>
        <source>No row of %1 has the code %2.</source>
        <translation>%1 тізілімінде %2 кодымен жол жоқ.</translation>
    </message>
    <message>
        <source>A %1 candidate cannot become %2. Allowed steps: nominated → registered or refused; registered → withdrawn or deregistered.</source>
        <translation>Мәртебесі «%1» кандидат «%2» мәртебесін ала алмайды. Рұқсат етілген қадамдар: ұсынылды → тіркелді немесе тіркеуден бас тартылды; тіркелді → кандидатурасын қайтарып алды немесе тіркеу күшін жойды.</translation>
    </message>
    <message>
        <source>Give the date of the decision.</source>
        <translation>Шешімнің күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The status of candidate %1 has changed since; this step can no longer be undone.</source>
        <translation>%1 кандидатының мәртебесі содан бері өзгерді; бұл қадамды енді болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>the contest cannot change: %1</source>
        <translation>сайлауды өзгерту мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message>
        <source>The code %1 refers to nothing.</source>
        <translation>%1 коды ешнәрсеге сілтемейді.</translation>
    </message>
    <message>
        <source>The file holds no election; create one first (ballotdesk-cli init).</source>
        <translation>Файлда сайлау жоқ; алдымен оны құрыңыз (ballotdesk-cli init).</translation>
    </message>
    <message>
        <source>The row no longer exists; it may have been deleted.</source>
        <translation>Жол енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <source>Territory %1 has territories, contests or polling stations; it cannot move to another parent. Move them first.</source>
        <translation>%1 аумағына аумақтар, сайлаулар немесе сайлау учаскелері жатады; оны басқа жоғары тұрған аумаққа көшіру мүмкін емес. Алдымен оларды көшіріңіз.</translation>
    </message>
    <message>
        <source>reading the id of a new record</source>
        <translation>жаңа жазбаның идентификаторын оқу</translation>
    </message>
    <message>
        <source>Polling station %1 cannot move to contest %2: %3.</source>
        <translation>%1 сайлау учаскесін %2 сайлауына ауыстыру мүмкін емес: %3.</translation>
    </message>
    <message>
        <source>its protocol is already accepted</source>
        <translation>оның хаттамасы бұрыннан қабылданған</translation>
    </message>
    <message numerus="yes">
        <source>its protocol already has %n entry(ies)</source>
        <translation>
            <numerusform>оның хаттамасында %n енгізу бұрыннан бар</numerusform>
            <numerusform>оның хаттамасында %n енгізу бұрыннан бар</numerusform>
        </translation>
    </message>
    <message>
        <source>its protocol is being entered</source>
        <translation>оның хаттамасы енгізілуде</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write a PDF report: the national summary, a regional report or a contest result sheet.</source>
        <translation>PDF есебін жазу: жалпыұлттық жиынтық, өңірлік есеп немесе округ нәтижелерінің парағы.</translation>
    </message>
    <message>
        <source>summary, region or contest.</source>
        <translation>summary, region немесе contest.</translation>
    </message>
    <message>
        <source>The election file to read.</source>
        <translation>Оқылатын сайлау файлы.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Жазылатын PDF файлы.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>ФАЙЛ.pdf</translation>
    </message>
    <message>
        <source>The region of a regional report (its code).</source>
        <translation>Өңірлік есептің өңірі (оның коды).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>The contest of a result sheet (its code).</source>
        <translation>Нәтижелер парағының округі (оның коды).</translation>
    </message>
    <message>
        <source>The report&apos;s language: kk, ru or en (default: the user&apos;s language).</source>
        <translation>Есеп тілі: kk, ru немесе en (әдепкі — пайдаланушы тілі).</translation>
    </message>
    <message>
        <source>Give one kind of report: summary, region or contest.</source>
        <translation>Есептің бір түрін көрсетіңіз: summary, region немесе contest.</translation>
    </message>
    <message>
        <source>Unknown kind of report &apos;%1&apos;: use summary, region or contest.</source>
        <translation>Есептің белгісіз түрі «%1»: summary, region немесе contest пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>--%1 параметрі міндетті.</translation>
    </message>
    <message>
        <source>A regional report needs --region CODE.</source>
        <translation>Өңірлік есепке --region КОД керек.</translation>
    </message>
    <message>
        <source>A contest result sheet needs --contest CODE.</source>
        <translation>Округ нәтижелері парағына --contest КОД керек.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use kk, ru or en.</source>
        <translation>Белгісіз тіл «%1»: kk, ru немесе en пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 жазылды.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>signature</source>
        <translation>қолы</translation>
    </message>
    <message>
        <source>name</source>
        <translation>тегі, аты-жөні</translation>
    </message>
    <message>
        <source>Demo data: published totals, synthetic details</source>
        <translation>Демо деректер: жарияланған қорытындылар, синтетикалық мәліметтер</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Жасалған уақыты %1, пайдаланушы: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 беттің %1-беті</translation>
    </message>
    <message>
        <source>Data hash (SHA-256): %1</source>
        <translation>Деректер хеші (SHA-256): %1</translation>
    </message>
    <message>
        <source>The report could not be drawn: the output could not be opened.</source>
        <translation>Есепті салу мүмкін болмады: шығысты ашу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The report could not be drawn: a new page could not be started.</source>
        <translation>Есепті салу мүмкін болмады: жаңа бетті бастау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Есепті жазу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>ReportGenerator</name>
    <message>
        <source>final results</source>
        <translation>түпкілікті қорытындылар</translation>
    </message>
    <message>
        <source>preliminary results</source>
        <translation>алдын ала қорытындылар</translation>
    </message>
    <message>
        <source>counting in progress</source>
        <translation>санау жүріп жатыр</translation>
    </message>
    <message>
        <source>voting in progress</source>
        <translation>дауыс беру жүріп жатыр</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>дайындық</translation>
    </message>
    <message>
        <source>counting: %1 of %2 stations reported</source>
        <translation>санау: %2 учаскенің %1-і хабарлады</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>нәтиже анықталды</translation>
    </message>
    <message>
        <source>tie: repeat voting or lot</source>
        <translation>дауыстар тең: қайта дауыс беру немесе жеребе</translation>
    </message>
    <message>
        <source>no winner: against all</source>
        <translation>жеңімпаз жоқ: бәріне қарсы</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>пәрмен жолы</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (пәрмен жолы)</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Келу</translation>
    </message>
    <message>
        <source>Boundaries: see the note below.</source>
        <translation>Шекаралар: төмендегі ескертпені қараңыз.</translation>
    </message>
    <message>
        <source>Turnout through the day</source>
        <translation>Күн бойғы келу</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Stations reporting</source>
        <translation>Хабарлаған учаскелер</translation>
    </message>
    <message>
        <source>Voters on their lists</source>
        <translation>Олардың тізіміндегі сайлаушылар</translation>
    </message>
    <message>
        <source>Had received a ballot</source>
        <translation>Бюллетень алғандар</translation>
    </message>
    <message>
        <source>No turnout reports yet.</source>
        <translation>Келу туралы мәліметтер әлі жоқ.</translation>
    </message>
    <message>
        <source>Seats won</source>
        <translation>Алынған мандаттар</translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation>Өзін-өзі ұсынғандар</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Әлі анықталмаған</translation>
    </message>
    <message>
        <source>All seats</source>
        <translation>Барлық мандат</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мандаттар</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>Contests still undecided</source>
        <translation>Нәтижесі әлі шықпаған округтер</translation>
    </message>
    <message>
        <source>Every contest is decided.</source>
        <translation>Барлық округте нәтиже шықты.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>National summary</source>
        <translation>Жалпыұлттық жиынтық</translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation>Өңірлер бойынша келу</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Негізгі көрсеткіштер</translation>
    </message>
    <message>
        <source>Regions with elections</source>
        <translation>Сайлау өтетін өңірлер</translation>
    </message>
    <message>
        <source>Candidates nominated</source>
        <translation>Ұсынылған кандидаттар</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Тіркелген кандидаттар</translation>
    </message>
    <message>
        <source>Nominated by parties</source>
        <translation>Партиялар ұсынған</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Ерлер</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Әйелдер</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Сайлау учаскелері</translation>
    </message>
    <message>
        <source>With an accepted protocol</source>
        <translation>Хаттамасы қабылданған</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Байқаушылар</translation>
    </message>
    <message>
        <source>Serious incidents</source>
        <translation>Елеулі оқиғалар</translation>
    </message>
    <message>
        <source>Minor incidents</source>
        <translation>Елеусіз оқиғалар</translation>
    </message>
    <message>
        <source>Contests decided</source>
        <translation>Нәтижесі шыққан округтер</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>national %1</source>
        <translation>ел бойынша %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Сайлаушылар</translation>
    </message>
    <message>
        <source>There is no region with the code &quot;%1&quot; in this election. Use the code of one of its regions, such as &quot;%2&quot;.</source>
        <translation>Бұл сайлауда «%1» коды бар өңір жоқ. Оның өңірлерінің бірінің кодын көрсетіңіз, мысалы «%2».</translation>
    </message>
    <message>
        <source>Regional report: %1</source>
        <translation>Өңірлік есеп: %1</translation>
    </message>
    <message>
        <source>Turnout by district</source>
        <translation>Аудандар бойынша келу</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>өңір %1</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Округтер</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation>өзін-өзі ұсыну</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Жеңімпаз</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Ұсынылуы</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>There is no contest with the code &quot;%1&quot; in this election. Check the code in the contest register.</source>
        <translation>Бұл сайлауда «%1» коды бар округ жоқ. Кодты округтер тізілімінен тексеріңіз.</translation>
    </message>
    <message>
        <source>Contest result sheet: %1</source>
        <translation>Округ нәтижелерінің парағы: %1</translation>
    </message>
    <message>
        <source>Contest result sheet</source>
        <translation>Округ нәтижелерінің парағы</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Elected: %1, %2 votes, a margin of %3 votes.</source>
        <translation>Сайланды: %1, дауыс саны: %2, айырмасы: %3.</translation>
    </message>
    <message>
        <source>Undecided: %1.</source>
        <translation>Нәтиже анықталмаған: %1.</translation>
    </message>
    <message>
        <source>Seats: %1. Polling stations: %2, of which %3 with an accepted protocol.</source>
        <translation>Мандаттар: %1. Сайлау учаскелері: %2, оның ішінде хаттамасы қабылданғаны: %3.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Protocols of the polling stations</source>
        <translation>Учаскелік комиссиялардың хаттамалары</translation>
    </message>
    <message>
        <source>A voters on the list · B ballots received · C issued at the station · C2 issued outside it · D cancelled · E in the station&apos;s boxes · E2 in mobile boxes · F invalid · H against all</source>
        <translation>A тізімдегі сайлаушылар · B алынған бюллетеньдер · C учаскеде берілген · C2 учаскеден тыс берілген · D жойылған · E тұрақты жәшіктерде · E2 көшпелі жәшіктерде · F жарамсыз · H бәріне қарсы</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>no protocol</source>
        <translation>хаттама жоқ</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>қабылданбаған</translation>
    </message>
    <message>
        <source>Votes by polling station</source>
        <translation>Учаскелер бойынша дауыстар</translation>
    </message>
    <message>
        <source>The commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
</context>
<context>
    <name>ScaleElection</name>
    <message>
        <source>writing the synthetic election</source>
        <translation>синтетикалық сайлауды жазу</translation>
    </message>
    <message>
        <source>Building the synthetic election was cancelled.</source>
        <translation>Синтетикалық сайлауды құру тоқтатылды.</translation>
    </message>
    <message>
        <source>The synthetic election needs at least one region, district, polling station and candidate per contest, at most 99 regions, 99 districts per region and %1 candidates per contest.</source>
        <translation>Синтетикалық сайлауға кемінде бір облыс, бір аудан, бір сайлау учаскесі және әр сайлауда бір кандидат қажет; ең көбі 99 облыс, әр облыста 99 аудан және әр сайлауда %1 кандидат болуы мүмкін.</translation>
    </message>
    <message>
        <source>The file already holds an election; build the synthetic election into a new file.</source>
        <translation>Файлда сайлау бұрыннан бар; синтетикалық сайлауды жаңа файлда құрыңыз.</translation>
    </message>
</context>
<context>
    <name>ScreenshotRenderer</name>
    <message>
        <source>There is no view called %1.</source>
        <translation>%1 деп аталатын көрініс жоқ.</translation>
    </message>
    <message>
        <source>The image could not be written to %1: %2.</source>
        <translation>Суретті %1 файлына жазу мүмкін болмады: %2.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Count the protocols in each state of double entry: status protocols --db DB.</source>
        <translation>Хаттамаларды қос енгізудің әр күйі бойынша санау: status protocols --db DB.</translation>
    </message>
    <message>
        <source>protocols</source>
        <translation>protocols</translation>
    </message>
    <message>
        <source>The election file to read.</source>
        <translation>Оқылатын сайлау файлы.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Print one JSON object: open, first_entered, differing, erroneous, accepted, total, and regions (the same counts per region).</source>
        <translation>Бір JSON объектісін шығару: open, first_entered, differing, erroneous, accepted, total және regions (облыстар бойынша сол сандар).</translation>
    </message>
    <message>
        <source>Say what to count: status protocols.</source>
        <translation>Нені санау керектігін көрсетіңіз: status protocols.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>--db ФАЙЛ көрсетілмеген.</translation>
    </message>
    <message>
        <source>Protocols by state of double entry</source>
        <translation>Қос енгізу күйлері бойынша хаттамалар</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Енгізу жоқ</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Бір енгізу</translation>
    </message>
    <message>
        <source>Differing</source>
        <translation>Сәйкес емес</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Print the national figures of an election: seats, candidates, stations, voters, turnout by region.</source>
        <translation>Сайлаудың жалпыұлттық көрсеткіштерін шығару: мандаттар, кандидаттар, учаскелер, сайлаушылар, облыстар бойынша сайлаушылардың келуі.</translation>
    </message>
    <message>
        <source>The election file to read.</source>
        <translation>Оқылатын сайлау файлы.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Кестенің орнына бір JSON объектісін шығару.</translation>
    </message>
    <message>
        <source>Demo data: published totals, synthetic details</source>
        <translation>Демо-деректер: жарияланған қорытындылар, синтетикалық мәліметтер</translation>
    </message>
    <message>
        <source>Regions with elections</source>
        <translation>Сайлау өткен облыстар</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Манд.</translation>
    </message>
    <message>
        <source>Candidates nominated</source>
        <translation>Ұсынылған кандидаттар</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Тіркелген кандидаттар</translation>
    </message>
    <message>
        <source>  nominated by parties</source>
        <translation>  партиялар ұсынған</translation>
    </message>
    <message>
        <source>  self-nominated</source>
        <translation>  өзін-өзі ұсынғандар</translation>
    </message>
    <message>
        <source>  men</source>
        <translation>  ерлер</translation>
    </message>
    <message>
        <source>  women</source>
        <translation>  әйелдер</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Сайлау учаскелері</translation>
    </message>
    <message>
        <source>  with an accepted protocol</source>
        <translation>  хаттамасы қабылданған</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Сайлаушылардың келуі</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Байқаушылар</translation>
    </message>
    <message>
        <source>Serious incidents</source>
        <translation>Елеулі бұзушылықтар</translation>
    </message>
    <message>
        <source>Contests decided</source>
        <translation>Жеңімпаз анықталған сайлаулар</translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation>Облыстар бойынша сайлаушылардың келуі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Cand.</source>
        <translation>Канд.</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Сайлаушылар</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
</context>
<context>
    <name>SummaryQueries</name>
    <message>
        <source>The database holds no election yet.</source>
        <translation>Дерекқорда әзірге сайлау жоқ.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database could not start a transaction; nothing was changed.</source>
        <translation>Дерекқор транзакцияны бастай алмады; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The database could not save the changes; nothing was changed.</source>
        <translation>Дерекқор өзгерістерді сақтай алмады; ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>TurnoutImportCommand</name>
    <message>
        <source>Import hourly turnout reports, all or nothing: import turnout FILE.csv --db DB.</source>
        <translation>Сайлаушылардың келуі туралы сағаттық мәліметтерді импорттау (бәрі немесе ештеңе): import turnout FILE.csv --db DB.</translation>
    </message>
    <message>
        <source>The turnout CSV file to import.</source>
        <translation>Импортталатын сайлаушылардың келуі туралы CSV файлы.</translation>
    </message>
    <message>
        <source>The election file.</source>
        <translation>Сайлау файлы.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Give one turnout CSV file.</source>
        <translation>Сайлаушылардың келуі туралы бір CSV файлын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>--db ФАЙЛ көрсетілмеген.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталмады.</translation>
    </message>
    <message numerus="yes">
        <source>Stored %Ln turnout report(s) of %1 from %2.</source>
        <translation>
            <numerusform>%2 файлынан %1 бойынша сайлаушылардың келуі туралы %Ln мәлімет сақталды.</numerusform>
            <numerusform>%2 файлынан %1 бойынша сайлаушылардың келуі туралы %Ln мәлімет сақталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln polling station(s)</source>
        <translation>
            <numerusform>%Ln сайлау учаскесі</numerusform>
            <numerusform>%Ln сайлау учаскесі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 voters received ballots at %Ln station(s)</source>
        <translation>
            <numerusform>%1: %Ln учаскеде бюллетень алған сайлаушылар: %2</numerusform>
            <numerusform>%1: %Ln учаскеде бюллетень алған сайлаушылар: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ескерту: %1</translation>
    </message>
</context>
<context>
    <name>TurnoutImporter</name>
    <message>
        <source>the file is empty; the first line must be the header: %1</source>
        <translation>файл бос; бірінші жол тақырып жолы болуы керек: %1</translation>
    </message>
    <message>
        <source>unknown column; the columns of turnout.csv are: %1</source>
        <translation>белгісіз баған; turnout.csv бағандары: %1</translation>
    </message>
    <message>
        <source>appears twice (fields %1 and %2); keep one</source>
        <translation>екі рет кездеседі (%1 және %2 өрістері); біреуін қалдырыңыз</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>тақырып жолында міндетті баған жоқ</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; quote fields that contain a comma</source>
        <translation>жолда %1 өріс бар, ал тақырып жолында %2; үтірі бар өрістерді тырнақшаға алыңыз</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; add the missing fields</source>
        <translation>жолда %1 өріс бар, ал тақырып жолында %2; жетіспейтін өрістерді қосыңыз</translation>
    </message>
    <message>
        <source>the station code is empty</source>
        <translation>учаске коды бос</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day as HH:MM (for example 10:00)</source>
        <translation>&quot;%1&quot; — СС:ММ түріндегі тәулік уақыты емес (мысалы, 10:00)</translation>
    </message>
    <message>
        <source>%1 is not a report hour of this election; its hours are %2</source>
        <translation>%1 — бұл сайлаудың мәлімет сағаты емес; оның сағаттары: %2</translation>
    </message>
    <message>
        <source>the number of voters who received ballots is empty</source>
        <translation>бюллетень алған сайлаушылар саны бос</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to %2</source>
        <translation>&quot;%1&quot; — 0 мен %2 аралығындағы бүтін сан емес</translation>
    </message>
    <message>
        <source>the %1 report of station %2 is already on line %3</source>
        <translation>%2 учаскесінің сағат %1 кезіндегі мәліметі %3-жолда бұрыннан бар</translation>
    </message>
    <message>
        <source>the file has a header but no rows; there is nothing to import</source>
        <translation>файлда тақырып жолы бар, бірақ жолдар жоқ; импорттайтын ештеңе жоқ</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1, сағат %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TurnoutService</name>
    <message>
        <source>The %1 report (%2 voters received ballots) differs from the ballots issued in the accepted protocol (C + C2 = %3) by more than %4 %.</source>
        <translation>Сағат %1 кезіндегі мәлімет (бюллетень алғандар: %2) қабылданған хаттамадағы берілген бюллетеньдер санынан (C + C2 = %3) %4 % шегінен артық ерекшеленеді.</translation>
    </message>
    <message>
        <source>Check the report with the polling station; the protocol&apos;s figures stay as accepted.</source>
        <translation>Мәліметті сайлау учаскесімен нақтылаңыз; хаттаманың көрсеткіштері қабылданған күйінде қалады.</translation>
    </message>
    <message>
        <source>The election file holds no election yet.</source>
        <translation>Сайлау файлында әлі сайлау жоқ.</translation>
    </message>
    <message>
        <source>There is no polling station with the id %1.</source>
        <translation>%1 идентификаторы бар сайлау учаскесі жоқ.</translation>
    </message>
    <message>
        <source>%1 is not a report hour of this election; its hours are %2.</source>
        <translation>%1 — бұл сайлаудың мәлімет сағаты емес; оның сағаттары: %2.</translation>
    </message>
    <message>
        <source>An invalid time</source>
        <translation>Жарамсыз уақыт</translation>
    </message>
    <message>
        <source>The %1 report is given twice.</source>
        <translation>Сағат %1 кезіндегі мәлімет екі рет берілген.</translation>
    </message>
    <message>
        <source>There is no polling station %1 in this election.</source>
        <translation>Бұл сайлауда %1 сайлау учаскесі жоқ.</translation>
    </message>
    <message>
        <source>Check the station code against the polling stations register.</source>
        <translation>Учаске кодын сайлау учаскелерінің тізілімімен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The %1 report of this station is given twice.</source>
        <translation>Бұл учаскенің сағат %1 кезіндегі мәліметі екі рет берілген.</translation>
    </message>
    <message>
        <source>The turnout reports were not saved:
%1</source>
        <translation>Сайлаушылардың келуі туралы мәліметтер сақталмады:
%1</translation>
    </message>
    <message numerus="yes">
        <source>No turnout report was saved: %n problem(s), the first %1</source>
        <translation>
            <numerusform>Сайлаушылардың келуі туралы ешбір мәлімет сақталмады: %n ақау, біріншісі — %1</numerusform>
            <numerusform>Сайлаушылардың келуі туралы ешбір мәлімет сақталмады: %n ақау, біріншісі — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Manage accounts: user add|list|disable|passwd.</source>
        <translation>Тіркелгілерді басқару: user add|list|disable|passwd.</translation>
    </message>
    <message>
        <source>add, list, disable or passwd.</source>
        <translation>add, list, disable немесе passwd.</translation>
    </message>
    <message>
        <source>The election file.</source>
        <translation>Сайлау файлы.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>The account to add or change.</source>
        <translation>Қосылатын немесе өзгертілетін тіркелгі.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>Full name of a new account.</source>
        <translation>Жаңа тіркелгі иесінің аты-жөні.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТЫ-ЖӨНІ</translation>
    </message>
    <message>
        <source>Role of a new account: administrator, coordinator, operator or analyst.</source>
        <translation>Жаңа тіркелгінің рөлі: administrator, coordinator, operator немесе analyst.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РӨЛ</translation>
    </message>
    <message>
        <source>Give one action: add, list, disable or passwd.</source>
        <translation>Бір әрекетті көрсетіңіз: add, list, disable немесе passwd.</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Белгісіз әрекет: %1</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>--db ФАЙЛ көрсетілмеген.</translation>
    </message>
    <message>
        <source>Missing --login LOGIN.</source>
        <translation>--login ЛОГИН көрсетілмеген.</translation>
    </message>
    <message>
        <source>--role takes administrator, coordinator, operator or analyst.</source>
        <translation>--role administrator, coordinator, operator немесе analyst мәнін қабылдайды.</translation>
    </message>
    <message>
        <source>Missing --name NAME.</source>
        <translation>--name АТЫ-ЖӨНІ көрсетілмеген.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 тіркелгісі қосылды (%2).</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 тіркелгісі өшірілді.</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>%1 үшін жаңа құпиясөз орнатылды.</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>A login must not be empty or begin or end with spaces.</source>
        <translation>Логин бос болмауы, бос орынмен басталмауы немесе аяқталмауы тиіс.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken; choose another one.</source>
        <translation>&quot;%1&quot; логині бос емес; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The first account of an election must be an administrator.</source>
        <translation>Сайлаудың бірінші тіркелгісі әкімшінің тіркелгісі болуы тиіс.</translation>
    </message>
    <message>
        <source>This election already has accounts; an administrator adds new ones.</source>
        <translation>Бұл сайлауда тіркелгілер бұрыннан бар; жаңаларын әкімші қосады.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation>Сіз өз тіркелгіңізді өшіре алмайсыз; басқа әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>There is no account with the login &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; логині бар тіркелгі жоқ.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already disabled.</source>
        <translation>&quot;%1&quot; тіркелгісі бұрыннан өшірілген.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this login. Try again in %n second(s).</source>
        <translation>
            <numerusform>Бұл логинмен кіру әрекеттері тым көп рет сәтсіз болды. %n секундтан кейін қайталап көріңіз.</numerusform>
            <numerusform>Бұл логинмен кіру әрекеттері тым көп рет сәтсіз болды. %n секундтан кейін қайталап көріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Бұл тіркелгі өшірілген. Оны қосу үшін әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>reading the id of a new account</source>
        <translation>жаңа тіркелгінің идентификаторын оқу</translation>
    </message>
</context>
<context>
    <name>bd</name>
    <message numerus="yes">
        <source>%n territory(ies)</source>
        <translation>
            <numerusform>%n аумақ</numerusform>
            <numerusform>%n аумақ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contest(s)</source>
        <translation>
            <numerusform>%n сайлау</numerusform>
            <numerusform>%n сайлау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polling station(s)</source>
        <translation>
            <numerusform>%n сайлау учаскесі</numerusform>
            <numerusform>%n сайлау учаскесі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n кандидат</numerusform>
            <numerusform>%n кандидат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n байқаушы</numerusform>
            <numerusform>%n байқаушы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turnout report(s)</source>
        <translation>
            <numerusform>сайлаушылардың келуі туралы %n мәлімет</numerusform>
            <numerusform>сайлаушылардың келуі туралы %n мәлімет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol vote count(s)</source>
        <translation>
            <numerusform>хаттамалардағы %n дауыс саны</numerusform>
            <numerusform>хаттамалардағы %n дауыс саны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entered vote count(s)</source>
        <translation>
            <numerusform>енгізілген %n дауыс саны</numerusform>
            <numerusform>енгізілген %n дауыс саны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) being entered or accepted</source>
        <translation>
            <numerusform>енгізіліп жатқан немесе қабылданған %n хаттама</numerusform>
            <numerusform>енгізіліп жатқан немесе қабылданған %n хаттама</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::AuditPage</name>
    <message>
        <source>any time</source>
        <translation>кез келген уақыт</translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation>Қайта &amp;тексеру</translation>
    </message>
    <message>
        <source>Recompute the audit chain and the protocol seals (F5)</source>
        <translation>Аудит тізбегі мен хаттама мөрлерін қайта есептеу (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Write the audit log as CSV for observers (Ctrl+Shift+E)</source>
        <translation>Байқаушылар үшін аудит журналын CSV түрінде жазу (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Объект түрі</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Объект идентификаторы</translation>
    </message>
    <message>
        <source>any id</source>
        <translation>кез келген идентификатор</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Объект:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Every change of the election, newest first. Each record holds the hash of the one before it.</source>
        <translation>Сайлаудың барлық өзгерістері, ең жаңалары басында. Әр жазбада алдыңғы жазбаның хеші сақталады.</translation>
    </message>
    <message>
        <source>No election file is open.</source>
        <translation>Сайлау файлы ашылмаған.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Барлық пайдаланушылар</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Барлық объектілер</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Аудит журналын экспорттау</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Аудит журналы экспортталуда…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln аудит жазбасы %1 файлына жазылды.</numerusform>
            <numerusform>%Ln аудит жазбасы %1 файлына жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit chain and the protocol seals…</source>
        <translation>Аудит тізбегі мен хаттама мөрлері тексерілуде…</translation>
    </message>
    <message>
        <source>Audit chain intact: %1, %2.</source>
        <translation>Аудит тізбегі бүтін: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln жазба</numerusform>
            <numerusform>%Ln жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln protocol(s) sealed</source>
        <translation>
            <numerusform>%Ln хаттама мөрленген</numerusform>
            <numerusform>%Ln хаттама мөрленген</numerusform>
        </translation>
    </message>
    <message>
        <source>The election file was changed outside BallotDesk.
%1</source>
        <translation>Сайлау файлы BallotDesk-тен тыс өзгертілген.
%1</translation>
    </message>
    <message>
        <source>The audit log could not be verified: %1</source>
        <translation>Аудит журналын тексеру мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>bd::AuditTableModel</name>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(жүйе)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Record %1, %2 UTC</source>
        <translation>%1 жазба, %2 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Old values</source>
        <translation>Бұрынғы мәндер</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Жаңа мәндер</translation>
    </message>
</context>
<context>
    <name>bd::CandidateStatusDialog</name>
    <message>
        <source>Change Status of %1</source>
        <translation>%1 мәртебесін өзгерту</translation>
    </message>
    <message>
        <source>%1 (%2) is now: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 (%2) қазір: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Required when refused, withdrawn or deregistered</source>
        <translation>Тіркеуден бас тартылғанда, кандидатура қайтарып алынғанда немесе тіркеу күшін жойғанда міндетті</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>Жаңа &amp;мәртебе:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Мәртебені өзгерту</translation>
    </message>
    <message>
        <source>The registration of this candidate is closed: no further step is possible.</source>
        <translation>Бұл кандидатты тіркеу жабық: келесі қадам мүмкін емес.</translation>
    </message>
    <message>
        <source>Date: type a real date as YYYY-MM-DD.</source>
        <translation>Күні: нақты күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>bd::CandidatesChart</name>
    <message>
        <source>Registered candidates: %1&lt;br&gt;&lt;small&gt;nominated by parties %2 (%3), self-nominated %4 (%5)&lt;/small&gt;</source>
        <translation>Тіркелген кандидаттар: %1&lt;br&gt;&lt;small&gt;партиялар ұсынған %2 (%3), өзін-өзі ұсынған %4 (%5)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>No registered candidates.</source>
        <translation>Тіркелген кандидаттар жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln candidate(s), %2 of registered</source>
        <translation>
            <numerusform>%1
%Ln кандидат, тіркелгендердің %2</numerusform>
            <numerusform>%1
%Ln кандидат, тіркелгендердің %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation>Өзін-өзі ұсынғандар</translation>
    </message>
    <message>
        <source>Registered candidates</source>
        <translation>Тіркелген кандидаттар</translation>
    </message>
</context>
<context>
    <name>bd::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message numerus="yes">
        <source>Change the password of &lt;b&gt;%1&lt;/b&gt;. The new password needs at least %n character(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; құпиясөзін өзгерту. Жаңа құпиясөзде кемінде %n таңба болуы керек.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; құпиясөзін өзгерту. Жаңа құпиясөзде кемінде %n таңба болуы керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Ағымдағы құпиясөз</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Жаңа құпиясөз қайтадан</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Қайтадан:</translation>
    </message>
    <message>
        <source>C&amp;hange Password</source>
        <translation>Құпиясөзді ө&amp;згерту</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>Екі жаңа құпиясөз сәйкес келмейді. Бір құпиясөзді екі рет енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>bd::ChartPanel</name>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>&amp;PNG-ге экспорттау…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>&amp;SVG-ге экспорттау…</translation>
    </message>
    <message>
        <source>Right-click or press the Menu key to export this chart.</source>
        <translation>Бұл диаграмманы экспорттау үшін тінтуірдің оң жақ батырмасын басыңыз немесе Мәзір пернесін басыңыз.</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>барлық облыстар</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The chart could not be written to %1: %2</source>
        <translation>Диаграмманы %1 файлына жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>Exported from BallotDesk</source>
        <translation>BallotDesk-тен экспортталды</translation>
    </message>
    <message>
        <source>the file cannot be created.</source>
        <translation>файлды құру мүмкін емес.</translation>
    </message>
    <message>
        <source>writing the file failed.</source>
        <translation>файлды жазу сәтсіз аяқталды.</translation>
    </message>
    <message>
        <source>nothing was written.</source>
        <translation>ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>Charts are exported as .png or .svg files, not .%1.</source>
        <translation>Диаграммалар .%1 емес, .png немесе .svg файлдарына экспортталады.</translation>
    </message>
    <message>
        <source>the image cannot be drawn.</source>
        <translation>суретті салу мүмкін емес.</translation>
    </message>
    <message>
        <source>the file cannot be written.</source>
        <translation>файлды жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG суреттері (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG суреттері (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Диаграмманы экспорттау</translation>
    </message>
    <message>
        <source>Cannot Export Chart</source>
        <translation>Диаграмманы экспорттау мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>bd::ChartsPage</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Облыс:</translation>
    </message>
    <message>
        <source>Stop computing the charts</source>
        <translation>Диаграммаларды есептеуді тоқтату</translation>
    </message>
    <message>
        <source>Cancelled: the charts show the previous choice.</source>
        <translation>Тоқтатылды: диаграммалар алдыңғы таңдауды көрсетеді.</translation>
    </message>
    <message>
        <source>&amp;Export Charts</source>
        <translation>Диаграммаларды &amp;экспорттау</translation>
    </message>
    <message>
        <source>All Charts as &amp;PNG…</source>
        <translation>Барлық диаграммалар &amp;PNG түрінде…</translation>
    </message>
    <message>
        <source>All Charts as &amp;SVG…</source>
        <translation>Барлық диаграммалар &amp;SVG түрінде…</translation>
    </message>
    <message>
        <source>Save every chart as an image (Alt+E); one chart: right-click it</source>
        <translation>Барлық диаграммаларды сурет ретінде сақтау (Alt+E); бір диаграмманы — оң жақ батырмамен басып</translation>
    </message>
    <message>
        <source>Computing the charts…</source>
        <translation>Диаграммалар есептелуде…</translation>
    </message>
    <message>
        <source>The charts could not be computed: %1</source>
        <translation>Диаграммаларды есептеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG суреттері (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG суреттері (*.png)</translation>
    </message>
    <message>
        <source>Export All Charts (one file per chart, named after this one)</source>
        <translation>Барлық диаграммаларды экспорттау (әр диаграммаға бір файл, атаулары осы файл бойынша)</translation>
    </message>
    <message>
        <source>Cannot Export Charts</source>
        <translation>Диаграммаларды экспорттау мүмкін болмады</translation>
    </message>
    <message>
        <source>Exported the charts next to %1.</source>
        <translation>Диаграммалар %1 файлының жанына экспортталды.</translation>
    </message>
</context>
<context>
    <name>bd::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Серверге қосылу</translation>
    </message>
    <message>
        <source>Not stored: asked again at each connection, unless BALLOTDESK_DB_PASSWORD is set.</source>
        <translation>Сақталмайды: BALLOTDESK_DB_PASSWORD орнатылмаған болса, әр қосылған сайын сұралады.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Дерекқор:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>The election&apos;s PostgreSQL database. You sign in with your BallotDesk account after connecting.</source>
        <translation>Сайлаудың PostgreSQL дерекқоры. Қосылғаннан кейін BallotDesk тіркелгіңізбен кіресіз.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Қосы&amp;лу</translation>
    </message>
</context>
<context>
    <name>bd::CorrectionDialog</name>
    <message>
        <source>&amp;Save Correction</source>
        <translation>Түзетуді &amp;сақтау</translation>
    </message>
    <message>
        <source>Correct an Accepted Protocol</source>
        <translation>Қабылданған хаттаманы түзету</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Учаске:</translation>
    </message>
    <message>
        <source>Type a station number or code</source>
        <translation>Учаске нөмірін немесе кодын енгізіңіз</translation>
    </message>
    <message>
        <source>Matching protocols</source>
        <translation>Сәйкес хаттамалар</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>Се&amp;бебі (міндетті):</translation>
    </message>
    <message>
        <source>Why the official figures change, e.g. the commission&apos;s decision number</source>
        <translation>Ресми көрсеткіштердің өзгеру себебі, мысалы, комиссия шешімінің нөмірі</translation>
    </message>
    <message>
        <source>Earlier &amp;corrections:</source>
        <translation>Бұрынғы &amp;түзетулер:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <source>Record the correction (Ctrl+Enter)</source>
        <translation>Түзетуді тіркеу (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose the station whose accepted protocol is corrected.</source>
        <translation>Қабылданған хаттамасы түзетілетін учаскені таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · %5</source>
        <translation>%1 %2 · %3 %4 · %5</translation>
    </message>
    <message>
        <source>Not accepted: only accepted protocols are corrected</source>
        <translation>Қабылданбаған: тек қабылданған хаттамалар түзетіледі</translation>
    </message>
    <message>
        <source>No station starts with %1.</source>
        <translation>%1 деп басталатын учаске жоқ.</translation>
    </message>
    <message>
        <source>The protocol of station %1 is not accepted (%2): only accepted protocols are corrected; differing entries are resolved on the Resolution page.</source>
        <translation>%1 учаскесінің хаттамасы қабылданбаған (%2): тек қабылданған хаттамалар түзетіледі; енгізулер арасындағы айырмашылықтар «Айырмашылықтарды шешу» бетінде шешіледі.</translation>
    </message>
    <message>
        <source>Station %1 — %2 · contest %3 %4 · %5</source>
        <translation>%1 учаскесі — %2 · %3 %4 сайлауы · %5</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ресми</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Түзетілген</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <source>✖ Error %1: %2 %3</source>
        <translation>✖ Қате %1: %2 %3</translation>
    </message>
    <message>
        <source>⚠ Warning %1: %2 %3</source>
        <translation>⚠ Ескерту %1: %2 %3</translation>
    </message>
    <message>
        <source>Checked against the paper</source>
        <translation>Қағаз хаттамамен салыстырылды</translation>
    </message>
    <message>
        <source>choose a station</source>
        <translation>учаскені таңдаңыз</translation>
    </message>
    <message>
        <source>change a figure</source>
        <translation>көрсеткішті өзгертіңіз</translation>
    </message>
    <message numerus="yes">
        <source>resolve %n error(s)</source>
        <translation>
            <numerusform>%n қатені түзетіңіз</numerusform>
            <numerusform>%n қатені түзетіңіз</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 against the paper</source>
        <translation>қағаз хаттамамен салыстырыңыз: %1</translation>
    </message>
    <message>
        <source>give the reason</source>
        <translation>себебін көрсетіңіз</translation>
    </message>
    <message>
        <source>Ready: Ctrl+Enter records the correction.</source>
        <translation>Дайын: Ctrl+Enter түзетуді жазады.</translation>
    </message>
    <message>
        <source>To save: %1.</source>
        <translation>Сақтау үшін: %1.</translation>
    </message>
    <message>
        <source>%1 The official figures below are the current ones; enter your correction again if it is still needed.</source>
        <translation>%1 Төмендегі ресми көрсеткіштер — ағымдағы мәндер; түзету әлі де қажет болса, оны қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>Station %1, contest %2: correction recorded (%3).</source>
        <translation>%1 учаскесі, %2 сайлауы: түзету жазылды (%3).</translation>
    </message>
</context>
<context>
    <name>bd::DashboardPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Облыс:</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Келуі</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>Stations reported</source>
        <translation>Есеп берген учаскелер</translation>
    </message>
    <message>
        <source>Seats decided</source>
        <translation>Шешілген мандаттар</translation>
    </message>
    <message>
        <source>Won by self-nominated</source>
        <translation>Өзін-өзі ұсынғандар алды</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Көрсеткіштерді есептеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Көрсеткіштер есептелуде…</translation>
    </message>
    <message>
        <source>of voters at reporting stations</source>
        <translation>есеп берген учаскелердегі сайлаушылардан</translation>
    </message>
    <message>
        <source>in and outside the stations</source>
        <translation>дауыс беру үй-жайларында және олардан тыс</translation>
    </message>
    <message>
        <source>at reporting stations</source>
        <translation>есеп берген учаскелерде</translation>
    </message>
    <message>
        <source>%1 sent hourly turnout</source>
        <translation>%1 сағаттық келу мәліметін жіберді</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln seat(s)</source>
        <translation>
            <numerusform>%Ln мандаттың</numerusform>
            <numerusform>%Ln мандаттың</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of decided seats</source>
        <translation>шешілген мандаттардың %1</translation>
    </message>
</context>
<context>
    <name>bd::ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>National summary</source>
        <translation>Жалпыұлттық жиынтық</translation>
    </message>
    <message>
        <source>Regional report</source>
        <translation>Өңірлік есеп</translation>
    </message>
    <message>
        <source>Contest result sheet</source>
        <translation>Округ нәтижелерінің парағы</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Есеп:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ө&amp;ңір:</translation>
    </message>
    <message>
        <source>&amp;Contest:</source>
        <translation>&amp;Округ:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Алдын ала қарау…</translation>
    </message>
    <message>
        <source>Show the pages, and print them</source>
        <translation>Беттерді көрсету және басып шығару</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
</context>
<context>
    <name>bd::FigureRows</name>
    <message>
        <source>self-nominated</source>
        <translation>өзін-өзі ұсынған</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>bd::FindingList</name>
    <message>
        <source>%1 · Error</source>
        <translation>%1 · Қате</translation>
    </message>
    <message>
        <source>%1 · Warning</source>
        <translation>%1 · Ескерту</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Checked against the paper</source>
        <translation>Қағаз хаттамамен салыстырылды</translation>
    </message>
    <message>
        <source>Tick (Space) once the paper form shows the same figures</source>
        <translation>Қағаз хаттамада дәл осы сандар көрсетілгенде белгілеңіз (Space)</translation>
    </message>
    <message>
        <source>%1 checked against the paper</source>
        <translation>%1 қағаз хаттамамен салыстырылды</translation>
    </message>
</context>
<context>
    <name>bd::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV импорттау</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>Импортталатын CSV файлы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Тізілім:</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Алғашқы жолдарды алдын ала қарау</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ақаулар</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Close (Esc); cancels a running import</source>
        <translation>Жабу (Esc); орындалып жатқан импортты тоқтатады</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The first rows of %1. Its columns are those of %2: check the register below before importing.</source>
        <translation>%1 файлының алғашқы жолдары. Оның бағандары «%2» тізіліміне сәйкес: импорттау алдында төмендегі тізілімді тексеріңіз.</translation>
    </message>
    <message>
        <source>The first rows of %1. Its columns match no register: choose one below; the import will list what is missing.</source>
        <translation>%1 файлының алғашқы жолдары. Оның бағандары ешбір тізілімге сәйкес келмейді: төменнен тізілімді таңдаңыз; импорттау нені жетіспейтінін көрсетеді.</translation>
    </message>
    <message>
        <source>Sign in to import registers.</source>
        <translation>Тізілімдерді импорттау үшін кіріңіз.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>The import could not run: %1</source>
        <translation>Импорттауды орындау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорттау тоқтатылды; ештеңе жазылмады.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was written. Correct the file and import it again.</source>
        <translation>
            <numerusform>%n ақау табылды; ештеңе жазылмады. Файлды түзетіп, қайта импорттаңыз.</numerusform>
            <numerusform>%n ақау табылды; ештеңе жазылмады. Файлды түзетіп, қайта импорттаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported.</source>
        <translation>
            <numerusform>%Ln жол импортталды.</numerusform>
            <numerusform>%Ln жол импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>bd::LockScreen</name>
    <message>
        <source>Session locked</source>
        <translation>Сеанс бұғатталды</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Бұғаттан &amp;шығару</translation>
    </message>
    <message>
        <source>Unlock with your password (Enter)</source>
        <translation>Құпиясөзбен бұғаттан шығару (Enter)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>End this session; another user may sign in</source>
        <translation>Осы сеансты аяқтау; басқа пайдаланушы кіре алады</translation>
    </message>
    <message numerus="yes">
        <source>The session of %1 (%2) was locked after %n minute(s) without activity. Enter the password of %1 to continue, or sign out.</source>
        <translation>
            <numerusform>%1 (%2) сеансы %n минут әрекетсіздіктен кейін бұғатталды. Жалғастыру үшін %1 құпиясөзін енгізіңіз немесе шығыңыз.</numerusform>
            <numerusform>%1 (%2) сеансы %n минут әрекетсіздіктен кейін бұғатталды. Жалғастыру үшін %1 құпиясөзін енгізіңіз немесе шығыңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Облыстар</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Сайлаулар</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Сайлау учаскелері</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Партиялар</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Байқаушылар</translation>
    </message>
    <message>
        <source>Election files (*.sqlite *.db);;All files (*)</source>
        <translation>Сайлау файлдары (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Demo data: published totals, synthetic details</source>
        <translation>Демо-деректер: жарияланған қорытындылар, синтетикалық мәліметтер</translation>
    </message>
    <message>
        <source>The published aggregates are reproduced exactly; names, per-station figures and votes are generated.</source>
        <translation>Жарияланған жиынтық деректер дәл қайталанған; аты-жөндер, учаскелер бойынша көрсеткіштер мен дауыстар генерацияланған.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Open an election file, or create the demo election of the 2021 rural akim elections to explore BallotDesk.</source>
        <translation>BallotDesk бағдарламасымен танысу үшін сайлау файлын ашыңыз немесе 2021 жылғы ауылдық округ әкімдері сайлауы негізінде демо-сайлау құрыңыз.</translation>
    </message>
    <message>
        <source>Open Election File…</source>
        <translation>Сайлау файлын ашу…</translation>
    </message>
    <message>
        <source>New from Demo…</source>
        <translation>Демо-сайлау құру…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғы файлдар</translation>
    </message>
    <message>
        <source>New from &amp;Demo…</source>
        <translation>&amp;Демо-сайлау құру…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About BallotDesk</source>
        <translation>BallotDesk &amp;туралы</translation>
    </message>
    <message>
        <source>Cannot Open Election File</source>
        <translation>Сайлау файлын ашу мүмкін емес</translation>
    </message>
    <message>
        <source>BallotDesk</source>
        <translation>BallotDesk</translation>
    </message>
    <message>
        <source>%1 — BallotDesk</source>
        <translation>%1 — BallotDesk</translation>
    </message>
    <message>
        <source>Open Election File</source>
        <translation>Сайлау файлын ашу</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Соңғы файлдар жоқ</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Мәзірді &amp;тазарту</translation>
    </message>
    <message>
        <source>New Election from Demo</source>
        <translation>Жаңа демо-сайлау</translation>
    </message>
    <message>
        <source>Creating the demo election…</source>
        <translation>Демо-сайлау құрылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cannot Create the Demo Election</source>
        <translation>Демо-сайлауды құру мүмкін емес</translation>
    </message>
    <message>
        <source>The attribution of the boundary data could not be read.</source>
        <translation>Шекара деректерінің дереккөзі туралы мәлімет оқылмады.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BallotDesk %1&lt;/h3&gt;&lt;p&gt;An election results desk for election commissions: registers, protocols, turnout and results.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%2&lt;/small&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built with Qt %3.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BallotDesk %1&lt;/h3&gt;&lt;p&gt;Сайлау комиссияларына арналған сайлау нәтижелерін есепке алу жүйесі: тізілімдер, хаттамалар, сайлаушылардың келуі және нәтижелер.&lt;/p&gt;&lt;p&gt;GNU General Public License лицензиясының 3-нұсқасы немесе (Сіздің таңдауыңыз бойынша) кез келген кейінгі нұсқасы (GPL-3.0-or-later) шарттарымен таратылады. Ешқандай кепілдіксіз беріледі.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%2&lt;/small&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt %3 негізінде құрастырылған.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About BallotDesk</source>
        <translation>BallotDesk туралы</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Import &amp;Boundaries…</source>
        <translation>&amp;Шекараларды импорттау…</translation>
    </message>
    <message>
        <source>Link the features of a GeoJSON file to territories by code or KATO and store them in the election file</source>
        <translation>GeoJSON файлының объектілерін аумақтармен код немесе ӘАОЖ бойынша байланыстырып, сайлау файлында сақтау</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF-ке экспорттау…</translation>
    </message>
    <message>
        <source>National summary, regional report or contest result sheet as PDF, with print preview and printing (%1)</source>
        <translation>Жалпыұлттық жиынтық, өңірлік есеп немесе округ нәтижелерінің парағы PDF түрінде, алдын ала қарау және басып шығару (%1)</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Сақтық көшірме…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Сақтық көшірмеден қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Құпиясөзді өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Бұғаттау</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Тізілімдер</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Ағымдағы құпиясөз қате.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 құпиясөзі өзгертілді.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Кірген пайдаланушы: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — locked</source>
        <translation>%1 — бұғатталған</translation>
    </message>
    <message>
        <source>%1-backup-%2.sqlite</source>
        <translation>%1-backup-%2.sqlite</translation>
    </message>
    <message>
        <source>Back Up Election</source>
        <translation>Сайлаудың сақтық көшірмесі</translation>
    </message>
    <message>
        <source>Cannot Back Up</source>
        <translation>Сақтық көшірме жасау мүмкін болмады</translation>
    </message>
    <message>
        <source>A backup cannot replace the open election file. Choose another name.</source>
        <translation>Сақтық көшірме ашық сайлау файлын алмастыра алмайды. Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 could not be replaced. Choose another name.</source>
        <translation>%1 алмастыру мүмкін болмады. Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>Writing the backup and verifying it…</source>
        <translation>Сақтық көшірме жазылып, тексерілуде…</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Сақтық көшірме жасау тоқтатылды.</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1 and verified: %Ln audit record(s).</source>
        <translation>
            <numerusform>Сақтық көшірме %1 файлына жазылып, тексерілді: %Ln аудит жазбасы.</numerusform>
            <numerusform>Сақтық көшірме %1 файлына жазылып, тексерілді: %Ln аудит жазбасы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Қалпына келтіру мүмкін болмады</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>Сақтық көшірме тексерілуде…</translation>
    </message>
    <message numerus="yes">
        <source>The backup %1 is intact: %Ln audit record(s) in an unbroken chain.

Restoring replaces %2 with it; every change made since the backup is lost. The file is closed, restored and opened again, and you sign in again.</source>
        <translation>
            <numerusform>%1 сақтық көшірмесі бүтін: үздіксіз тізбектегі %Ln аудит жазбасы.

Қалпына келтіру %2 файлын осы көшірмемен алмастырады; сақтық көшірмеден кейін енгізілген барлық өзгерістер жоғалады. Файл жабылып, қалпына келтіріліп, қайта ашылады, содан кейін қайта кіресіз.</numerusform>
            <numerusform>%1 сақтық көшірмесі бүтін: үздіксіз тізбектегі %Ln аудит жазбасы.

Қалпына келтіру %2 файлын осы көшірмемен алмастырады; сақтық көшірмеден кейін енгізілген барлық өзгерістер жоғалады. Файл жабылып, қалпына келтіріліп, қайта ашылады, содан кейін қайта кіресіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Сақтық көшірме қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Сақтық көшірме қалпына келтірілді.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Айырмашылықтарды шешу</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Өңдеу барысы</translation>
    </message>
    <message>
        <source>Hourly turnout</source>
        <translation>Сағаттық келу</translation>
    </message>
    <message>
        <source>Protocol entry</source>
        <translation>Хаттама енгізу</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>&amp;Серверге қосылу…</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>Дерекқор құпиясөзі</translation>
    </message>
    <message>
        <source>The password of the database user for %1:</source>
        <translation>%1 үшін дерекқор пайдаланушысының құпиясөзі:</translation>
    </message>
</context>
<context>
    <name>bd::MapPage</name>
    <message>
        <source>The election has no territory with the code %1.</source>
        <translation>Сайлауда %1 кодымен аумақ жоқ.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Up one level (Backspace, Alt+Up)</source>
        <translation>Бір деңгей жоғары (Backspace, Alt+Up)</translation>
    </message>
    <message>
        <source>Up One Level</source>
        <translation>Бір деңгей жоғары</translation>
    </message>
    <message>
        <source>Map location</source>
        <translation>Картадағы орын</translation>
    </message>
    <message>
        <source>Turnout (final)</source>
        <translation>Келуі (қорытынды)</translation>
    </message>
    <message>
        <source>Turnout at hour</source>
        <translation>Сағаттағы келуі</translation>
    </message>
    <message>
        <source>Reporting progress</source>
        <translation>Есеп беру барысы</translation>
    </message>
    <message>
        <source>Seats won by self-nominated</source>
        <translation>Өзін-өзі ұсынғандар алған мандаттар</translation>
    </message>
    <message>
        <source>Candidates per seat</source>
        <translation>Бір мандатқа кандидаттар</translation>
    </message>
    <message>
        <source>What the map colours territories by</source>
        <translation>Картада аумақтарды бояуға негіз болатын көрсеткіш</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Көрсеткіш:</translation>
    </message>
    <message>
        <source>The hour of the turnout reports</source>
        <translation>Келу туралы мәліметтердің сағаты</translation>
    </message>
    <message>
        <source>&amp;Hour:</source>
        <translation>&amp;Сағат:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG (Ctrl+Shift+E)</source>
        <translation>Картаны PNG немесе SVG түрінде сақтау (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Reload the Map</source>
        <translation>Картаны қайта жүктеу</translation>
    </message>
    <message>
        <source>Tab or the arrow keys move between territories, Enter opens one, Backspace goes back; + and - zoom, Ctrl+arrows pan.</source>
        <translation>Tab немесе көрсеткі пернелері аумақтар арасында ауыстырады, Enter аумақты ашады, Backspace артқа қайтарады; + және - масштабты өзгертеді, Ctrl+көрсеткілер картаны жылжытады.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Карта жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) without coordinates are not drawn.</source>
        <translation>
            <numerusform>Координаттары жоқ %n учаске көрсетілмеген.</numerusform>
            <numerusform>Координаттары жоқ %n учаске көрсетілмеген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polling station(s).</source>
        <translation>
            <numerusform>%n сайлау учаскесі.</numerusform>
            <numerusform>%n сайлау учаскесі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies) have no boundary and are not drawn; import boundaries with File › Import Boundaries….</source>
        <translation>
            <numerusform>%n аумақтың шекарасы жоқ және көрсетілмеген; шекараларды Файл › Шекараларды импорттау… арқылы импорттаңыз.</numerusform>
            <numerusform>%n аумақтың шекарасы жоқ және көрсетілмеген; шекараларды Файл › Шекараларды импорттау… арқылы импорттаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a territory or press Enter to open it; Backspace goes back.</source>
        <translation>Аумақты ашу үшін оны басыңыз немесе Enter пернесін басыңыз; Backspace артқа қайтарады.</translation>
    </message>
    <message>
        <source>Turnout, % of voters (accepted protocols)</source>
        <translation>Келуі, сайлаушылардың %-ы (қабылданған хаттамалар)</translation>
    </message>
    <message>
        <source>Turnout at %1, % of voters</source>
        <translation>%1 кезіндегі келуі, сайлаушылардың %-ы</translation>
    </message>
    <message>
        <source>Stations with an accepted protocol, %</source>
        <translation>Хаттамасы қабылданған учаскелер, %</translation>
    </message>
    <message>
        <source>Seats won by self-nominated candidates, %</source>
        <translation>Өзін-өзі ұсынған кандидаттар алған мандаттар, %</translation>
    </message>
    <message>
        <source>Registered candidates per seat</source>
        <translation>Бір мандатқа тіркелген кандидаттар</translation>
    </message>
    <message>
        <source>Kazakhstan, by region</source>
        <translation>Қазақстан, облыстар бойынша</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>%1 has no territory in this election.</source>
        <translation>Бұл сайлауда %1 аумағы жоқ.</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Картаны экспорттау</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG суреті (*.png);;SVG сызбасы (*.svg)</translation>
    </message>
    <message>
        <source>Cannot Export the Map</source>
        <translation>Картаны экспорттау мүмкін болмады</translation>
    </message>
    <message>
        <source>Map saved to %1.</source>
        <translation>Карта %1 файлына сақталды.</translation>
    </message>
    <message>
        <source>Open an election file first.</source>
        <translation>Алдымен сайлау файлын ашыңыз.</translation>
    </message>
    <message>
        <source>Sign in as an administrator to import boundaries.</source>
        <translation>Шекараларды импорттау үшін әкімші ретінде кіріңіз.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 оқу мүмкін болмады: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n boundary(ies) imported; %1 feature(s) matched no territory.</source>
        <translation>
            <numerusform>%n шекара импортталды; аумаққа сәйкес келмеген объектілер: %1.</numerusform>
            <numerusform>%n шекара импортталды; аумаққа сәйкес келмеген объектілер: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Boundaries</source>
        <translation>Шекараларды импорттау</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Cannot Import Boundaries</source>
        <translation>Шекараларды импорттау мүмкін болмады</translation>
    </message>
    <message>
        <source>Territory KATO code</source>
        <translation>Аумақтың ӘАОЖ коды</translation>
    </message>
    <message>
        <source>Territory code</source>
        <translation>Аумақ коды</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) in %1.</source>
        <translation>
            <numerusform>%1 ішінде %n объект.</numerusform>
            <numerusform>%1 ішінде %n объект.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link by the &amp;property:</source>
        <translation>&amp;Қасиет бойынша байланыстыру:</translation>
    </message>
    <message>
        <source>&amp;Equal to the:</source>
        <translation>&amp;Мынаған тең:</translation>
    </message>
</context>
<context>
    <name>bd::MapWidget</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bd::OverviewPage</name>
    <message>
        <source>Issued</source>
        <comment>ballots issued, short column header</comment>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Turnout</source>
        <comment>short column header</comment>
        <translation>Келуі</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>дайындық</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>дауыс беру</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>дауыстарды санау</translation>
    </message>
    <message>
        <source>preliminary results</source>
        <translation>алдын ала қорытындылар</translation>
    </message>
    <message>
        <source>final results</source>
        <translation>түпкілікті қорытындылар</translation>
    </message>
    <message>
        <source>Contests and candidates</source>
        <translation>Сайлаулар және кандидаттар</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мандаттар</translation>
    </message>
    <message>
        <source>Contests decided</source>
        <translation>Жеңімпаз анықталған сайлаулар</translation>
    </message>
    <message>
        <source>Candidates nominated</source>
        <translation>Ұсынылған кандидаттар</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Тіркелген кандидаттар</translation>
    </message>
    <message>
        <source>Nominated by parties</source>
        <translation>Партиялар ұсынған</translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation>Өзін-өзі ұсынғандар</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Ерлер</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Әйелдер</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Сайлау учаскелері</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Сайлаушылардың келуі</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Байқау</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Байқаушылар</translation>
    </message>
    <message>
        <source>Serious incidents</source>
        <translation>Елеулі бұзушылықтар</translation>
    </message>
    <message>
        <source>Minor incidents</source>
        <translation>Елеусіз бұзушылықтар</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Сайлаушылар</translation>
    </message>
    <message>
        <source>Turnout by region, highest first</source>
        <translation>Облыстар бойынша сайлаушылардың келуі, кему ретімен</translation>
    </message>
    <message>
        <source>Computing the figures of the election…</source>
        <translation>Сайлау көрсеткіштері есептелуде…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Көрсеткіштерді есептеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln region(s)</source>
        <translation>
            <numerusform>%Ln облыста</numerusform>
            <numerusform>%Ln облыста</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tied, %2 without a winner</source>
        <translation>дауыстар тең: %1, жеңімпазсыз: %2</translation>
    </message>
    <message>
        <source>%1 not registered</source>
        <translation>тіркелмегені: %1</translation>
    </message>
    <message>
        <source>%1 per seat</source>
        <translation>бір мандатқа %1</translation>
    </message>
    <message>
        <source>%1 of registered</source>
        <translation>тіркелгендердің %1</translation>
    </message>
    <message>
        <source>%1 reported</source>
        <translation>есеп бергені: %1</translation>
    </message>
    <message>
        <source>%1 at reporting stations</source>
        <translation>есеп берген учаскелерде %1</translation>
    </message>
    <message>
        <source>in and outside the stations</source>
        <translation>дауыс беру үй-жайларында және одан тыс</translation>
    </message>
    <message>
        <source>of voters at reporting stations</source>
        <translation>есеп берген учаскелердегі сайлаушылардан</translation>
    </message>
    <message>
        <source>accredited</source>
        <translation>аккредиттелген</translation>
    </message>
    <message>
        <source>reported by observers</source>
        <translation>байқаушылардың хабарлауы бойынша</translation>
    </message>
    <message>
        <source>Candidates nominated, registered, and why the others are not on the ballot</source>
        <translation>Ұсынылған, тіркелген кандидаттар және қалғандарының бюллетеньде болмау себептері</translation>
    </message>
    <message>
        <source>%1 refused registration</source>
        <translation>тіркеуден бас тартылды: %1</translation>
    </message>
    <message>
        <source>%1 withdrew</source>
        <translation>кандидатурасын қайтарып алды: %1</translation>
    </message>
    <message>
        <source>%1 deregistered</source>
        <translation>тіркеу күшін жойды: %1</translation>
    </message>
    <message>
        <source>%1 still awaiting a decision</source>
        <translation>әлі шешім күтуде: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 nominated → %2 registered</source>
        <translation>ұсынылды: %1 → тіркелді: %2</translation>
    </message>
    <message>
        <source>%1 nominated → %2 registered: %3</source>
        <translation>ұсынылды: %1 → тіркелді: %2: %3</translation>
    </message>
</context>
<context>
    <name>bd::ProgressPage</name>
    <message>
        <source>Protocols</source>
        <translation>Хаттамалар</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Енгізілмеген</translation>
    </message>
    <message>
        <source>One entry</source>
        <translation>Бір енгізу</translation>
    </message>
    <message>
        <source>Differing</source>
        <translation>Айырмашылығы бар</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Қателері бар</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданған</translation>
    </message>
    <message>
        <source>% accepted</source>
        <translation>Қабылданғаны, %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Өңдеу барысы</translation>
    </message>
    <message>
        <source>Correct Accepted Protocol…</source>
        <translation>Қабылданған хаттаманы түзету…</translation>
    </message>
    <message>
        <source>Change the official figures of an accepted protocol, with a reason (Ctrl+Shift+K)</source>
        <translation>Қабылданған хаттаманың ресми көрсеткіштерін себебін көрсетіп өзгерту (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Қайта жүктеу</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Қайта санау (F5)</translation>
    </message>
    <message>
        <source>Progress by region and district</source>
        <translation>Облыстар мен аудандар бойынша өңдеу барысы</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Progress by contest</source>
        <translation>Сайлаулар бойынша өңдеу барысы</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <source>Protocols of the chosen territory, contest and state</source>
        <translation>Таңдалған аумақ, сайлау және күй бойынша хаттамалар</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Enter: resolve a differing or erroneous protocol, or correct an accepted one</source>
        <translation>Enter: айырмашылығы немесе қатесі бар хаттама бойынша шешім қабылдау не қабылданған хаттаманы түзету</translation>
    </message>
    <message>
        <source>&amp;Contests</source>
        <translation>&amp;Сайлаулар</translation>
    </message>
    <message>
        <source>&amp;Protocols</source>
        <translation>&amp;Хаттамалар</translation>
    </message>
    <message>
        <source>No election file is open.</source>
        <translation>Сайлау файлы ашылмаған.</translation>
    </message>
    <message>
        <source>The progress could not be counted: %1</source>
        <translation>Өңдеу барысын есептеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>%1 of %2 protocols accepted (%3) · %4 differing · %5 with errors · %6 with one entry · %7 with no entry</source>
        <translation>%2 хаттаманың %1 қабылданды (%3) · айырмашылығы бар: %4 · қателері бар: %5 · бір енгізуі бар: %6 · енгізілмеген: %7</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) wait for a coordinator</source>
        <translation>
            <numerusform>%n хаттама үйлестірушіні күтуде</numerusform>
            <numerusform>%n хаттама үйлестірушіні күтуде</numerusform>
        </translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
    <message>
        <source>Undecided (tie)</source>
        <translation>Анықталмады (дауыстар тең)</translation>
    </message>
    <message>
        <source>No winner (against all)</source>
        <translation>Жеңімпаз жоқ (барлығына қарсы)</translation>
    </message>
    <message>
        <source>Waiting: %1 of %2 accepted</source>
        <translation>Күтуде: %2 ішінен %1 қабылданды</translation>
    </message>
    <message>
        <source>&amp;Contests: %1</source>
        <translation>&amp;Сайлаулар: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contest(s)</source>
        <translation>
            <numerusform>%n сайлау</numerusform>
            <numerusform>%n сайлау</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Protocols: the first %1</source>
        <translation>&amp;Хаттамалар: алғашқы %1</translation>
    </message>
    <message>
        <source>&amp;Protocols: %1</source>
        <translation>&amp;Хаттамалар: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s)</source>
        <translation>
            <numerusform>%n хаттама</numerusform>
            <numerusform>%n хаттама</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a coordinator corrects an accepted protocol.</source>
        <translation>Қабылданған хаттаманы тек үйлестіруші түзете алады.</translation>
    </message>
    <message>
        <source>This protocol waits for its operators&apos; entries.</source>
        <translation>Бұл хаттама операторлардың енгізулерін күтуде.</translation>
    </message>
</context>
<context>
    <name>bd::ProtocolEntryPage</name>
    <message>
        <source>Polling &amp;station:</source>
        <translation>Сайлау &amp;учаскесі:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Тексерістер</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <source>Hand in this entry (Ctrl+Enter); errors must be corrected and every warning checked against the paper first</source>
        <translation>Осы енгізуді тапсыру (Ctrl+Enter); алдымен қателерді түзетіп, әр ескертуді қағаз хаттамамен салыстыру қажет</translation>
    </message>
    <message>
        <source>Remark for the coordinator</source>
        <translation>Үйлестірушіге арналған ескертпе</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Required when the protocol goes to the coordinator with errors</source>
        <translation>Хаттама үйлестірушіге қателерімен жіберілгенде міндетті</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>Refer to &amp;Coordinator</source>
        <translation>&amp;Үйлестірушіге жіберу</translation>
    </message>
    <message>
        <source>The paper form itself has errors: hand the entry in with them and say why in the remark</source>
        <translation>Қағаз хаттаманың өзінде қателер бар: енгізуді қателерімен тапсырып, себебін ескертпеде көрсетіңіз</translation>
    </message>
    <message>
        <source>Open an election to enter protocols.</source>
        <translation>Хаттамаларды енгізу үшін сайлауды ашыңыз.</translation>
    </message>
    <message>
        <source>The election could not be read: %1</source>
        <translation>Сайлауды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Nobody is signed in: protocols can be looked up but not entered.</source>
        <translation>Ешкім кірмеген: хаттамаларды қарауға болады, бірақ енгізуге болмайды.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), you can look protocols up but not enter them: protocols are entered by operators.</source>
        <translation>Сіз %1 (%2) ретінде кірдіңіз: хаттамаларды қарай аласыз, бірақ енгізе алмайсыз — хаттамаларды операторлар енгізеді.</translation>
    </message>
    <message>
        <source>Type a station number above and press Enter.</source>
        <translation>Жоғарыда учаске нөмірін теріп, Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <source>No protocol open</source>
        <translation>Хаттама ашылмаған</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Voters and ballots</source>
        <translation>Сайлаушылар мен бюллетеньдер</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>The contest has no registered candidate.</source>
        <translation>Бұл сайлауда тіркелген кандидат жоқ.</translation>
    </message>
    <message>
        <source>G%1</source>
        <translation>G%1</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation>өзін-өзі ұсынған</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>station code %1</source>
        <translation>учаске коды %1</translation>
    </message>
    <message>
        <source>This protocol is accepted: these are the official figures. Only a coordinator can correct them.</source>
        <translation>Бұл хаттама қабылданған: бұл — ресми көрсеткіштер. Оларды тек үйлестіруші түзете алады.</translation>
    </message>
    <message>
        <source>Your draft of entry %1, saved %2, is restored.</source>
        <translation>%1-енгізудің жобасы (сақталған уақыты: %2) қалпына келтірілді.</translation>
    </message>
    <message>
        <source>The coordinator returned your entry: check it against the paper and finish it again.</source>
        <translation>Үйлестіруші Сіздің енгізуіңізді қайтарды: оны қағаз хаттамамен салыстырып, қайта аяқтаңыз.</translation>
    </message>
    <message>
        <source>The coordinator returned your entry with the remark: “%1”. Check it against the paper and finish it again.</source>
        <translation>Үйлестіруші Сіздің енгізуіңізді мына ескертпемен қайтарды: «%1». Оны қағаз хаттамамен салыстырып, қайта аяқтаңыз.</translation>
    </message>
    <message>
        <source>You finished entry %1 of this protocol on %2. The other entry must be made by another operator.</source>
        <translation>Сіз осы хаттаманың %1-енгізуін аяқтадыңыз (%2). Екінші енгізуді басқа оператор жасауы тиіс.</translation>
    </message>
    <message>
        <source>Both entries of this protocol are in and wait for a coordinator; no third entry can be made.</source>
        <translation>Осы хаттаманың екі енгізуі де тапсырылды және үйлестірушіні күтуде; үшінші енгізу жасауға болмайды.</translation>
    </message>
    <message>
        <source>No errors or warnings: the figures add up.</source>
        <translation>Қателер мен ескертулер жоқ: сандар сәйкес келеді.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Қате: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ескерту: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Issued (C + C2): %1 · In the boxes (E + E2): %2 · Valid votes: %3 · Turnout: %4</source>
        <translation>Берілгені (C + C2): %1 · Жәшіктерде (E + E2): %2 · Жарамды дауыстар: %3 · Келуі: %4</translation>
    </message>
    <message>
        <source>Open a protocol to enter it</source>
        <translation>Енгізу үшін хаттаманы ашыңыз</translation>
    </message>
    <message>
        <source>Correct the errors first, or refer the protocol to the coordinator with a remark</source>
        <translation>Алдымен қателерді түзетіңіз немесе хаттаманы ескертпемен үйлестірушіге жіберіңіз</translation>
    </message>
    <message>
        <source>Tick “Checked against the paper” for every warning first</source>
        <translation>Алдымен әр ескерту үшін «Қағаз хаттамамен салыстырылды» белгісін қойыңыз</translation>
    </message>
    <message>
        <source>Hand in this entry (Ctrl+Enter)</source>
        <translation>Осы енгізуді тапсыру (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Жоба сақталды: %1</translation>
    </message>
    <message>
        <source>The entry has no error: finish it instead.</source>
        <translation>Енгізуде қате жоқ: оны әдеттегідей аяқтаңыз.</translation>
    </message>
    <message>
        <source>Write in the remark why the protocol goes to the coordinator with errors (for example, the paper form itself does not add up), then press Enter.</source>
        <translation>Хаттаманың үйлестірушіге қателерімен неліктен жіберілетінін ескертпеде жазыңыз (мысалы, қағаз хаттаманың өзінде сандар сәйкес келмейді), содан кейін Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Station %1: your entry is handed in and waits for the second entry by another operator.</source>
        <translation>%1 учаскесі: Сіздің енгізуіңіз тапсырылды және басқа оператордың екінші енгізуін күтуде.</translation>
    </message>
    <message>
        <source>Station %1: both entries agree; the protocol is accepted.</source>
        <translation>%1 учаскесі: екі енгізу сәйкес келеді; хаттама қабылданды.</translation>
    </message>
    <message>
        <source>Station %1: the protocol is sent to the coordinator.</source>
        <translation>%1 учаскесі: хаттама үйлестірушіге жіберілді.</translation>
    </message>
</context>
<context>
    <name>bd::ProtocolPicker</name>
    <message>
        <source>Station number or code</source>
        <translation>Учаске нөмірі немесе коды</translation>
    </message>
    <message>
        <source>Type the polling station&apos;s number or code and press Enter (Ctrl+L)</source>
        <translation>Сайлау учаскесінің нөмірін немесе кодын теріп, Enter пернесін басыңыз (Ctrl+L)</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Сайлау учаскесі</translation>
    </message>
    <message>
        <source>Polling stations found</source>
        <translation>Табылған сайлау учаскелері</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Іздеу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Station code %1</source>
        <translation>Учаске коды %1</translation>
    </message>
    <message>
        <source>No polling station starts with “%1”</source>
        <translation>«%1» деп басталатын сайлау учаскесі жоқ</translation>
    </message>
    <message>
        <source>No polling station has the number or code “%1”.</source>
        <translation>«%1» нөмірі немесе коды бар сайлау учаскесі жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n polling stations have the number %1: choose one with the arrow keys and Enter.</source>
        <translation>
            <numerusform>%1 нөмірі %n сайлау учаскесінде бар: көрсеткі пернелерімен біреуін таңдап, Enter пернесін басыңыз.</numerusform>
            <numerusform>%1 нөмірі %n сайлау учаскесінде бар: көрсеткі пернелерімен біреуін таңдап, Enter пернесін басыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the polling station with the arrow keys and Enter.</source>
        <translation>Сайлау учаскесін көрсеткі пернелерімен таңдап, Enter пернесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>bd::ReferenceField</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>bd::RegisterActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation>&amp;Мәртебені өзгерту…</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Мәртебені өзгерту</translation>
    </message>
    <message>
        <source>&amp;Find in Registers…</source>
        <translation>Тізілімдерден &amp;іздеу…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV импорттау</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Export CSV</source>
        <translation>CSV-ге &amp;экспорттау</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Өңдеу</translation>
    </message>
    <message>
        <source>Sign in to edit the registers</source>
        <translation>Тізілімдерді өңдеу үшін кіріңіз</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Қайталау: %1</translation>
    </message>
    <message>
        <source>Add a record to this register</source>
        <translation>Осы тізілімге жазба қосу</translation>
    </message>
    <message>
        <source>Insert, Ctrl+N</source>
        <translation>Insert, Ctrl+N</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Таңдалған жазбаны өңдеу</translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation>Enter, F2</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Таңдалған жазбаны жою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Register, refuse, withdraw or deregister the candidate</source>
        <translation>Кандидатты тіркеу, тіркеуден бас тарту, кандидатурасын қайтарып алу немесе тіркеуін күшін жою</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Import a register from a CSV file</source>
        <translation>Тізілімді CSV файлынан импорттау</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Undo the last change of the registers</source>
        <translation>Тізілімдердің соңғы өзгерісін болдырмау</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Соңғы болдырылмаған өзгерісті қайталау</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>Өңдеу мүмкін емес</translation>
    </message>
    <message>
        <source>Sign in to edit the registers.</source>
        <translation>Тізілімдерді өңдеу үшін кіріңіз.</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Жою мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot Change the Status</source>
        <translation>Мәртебені өзгерту мүмкін емес</translation>
    </message>
    <message>
        <source>Change status of candidate %1 to %2</source>
        <translation>%1 кандидатының мәртебесін «%2» етіп өзгерту</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) imported</source>
        <translation>
            <numerusform>%1: %Ln жол импортталды</numerusform>
            <numerusform>%1: %Ln жол импортталды</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>%1 %2 файлына экспортталуда…</translation>
    </message>
    <message>
        <source>Cannot Export %1</source>
        <translation>%1 экспорттау мүмкін болмады</translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation>%1 %2 файлына экспортталды</translation>
    </message>
    <message>
        <source>%1 is not listed on the %2 page</source>
        <translation>%1 «%2» бетінде көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>bd::RegisterCommand</name>
    <message>
        <source>Cannot Redo</source>
        <translation>Қайталау мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>Болдырмау мүмкін емес</translation>
    </message>
    <message>
        <source>No election file is open.</source>
        <translation>Сайлау файлы ашылмаған.</translation>
    </message>
    <message>
        <source>Sign in to edit the registers.</source>
        <translation>Тізілімдерді өңдеу үшін кіріңіз.</translation>
    </message>
</context>
<context>
    <name>bd::RegisterEditorDialog</name>
    <message>
        <source>New Territory</source>
        <translation>Жаңа аумақ</translation>
    </message>
    <message>
        <source>Edit Territory</source>
        <translation>Аумақты өңдеу</translation>
    </message>
    <message>
        <source>New Party</source>
        <translation>Жаңа партия</translation>
    </message>
    <message>
        <source>Edit Party</source>
        <translation>Партияны өңдеу</translation>
    </message>
    <message>
        <source>New Contest</source>
        <translation>Жаңа сайлау</translation>
    </message>
    <message>
        <source>Edit Contest</source>
        <translation>Сайлауды өңдеу</translation>
    </message>
    <message>
        <source>New Polling Station</source>
        <translation>Жаңа сайлау учаскесі</translation>
    </message>
    <message>
        <source>Edit Polling Station</source>
        <translation>Сайлау учаскесін өңдеу</translation>
    </message>
    <message>
        <source>New Candidate</source>
        <translation>Жаңа кандидат</translation>
    </message>
    <message>
        <source>Edit Candidate</source>
        <translation>Кандидатты өңдеу</translation>
    </message>
    <message>
        <source>New Observer</source>
        <translation>Жаңа байқаушы</translation>
    </message>
    <message>
        <source>Edit Observer</source>
        <translation>Байқаушыны өңдеу</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сақтау (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Сақтамай жабу (Esc)</translation>
    </message>
    <message>
        <source>Enter moves to the next field · Ctrl+Enter saves · Esc closes without saving</source>
        <translation>Enter — келесі өріс · Ctrl+Enter — сақтау · Esc — сақтамай жабу</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>e.g. KZ-AKM-01-004</source>
        <translation>мысалы, KZ-AKM-01-004</translation>
    </message>
    <message>
        <source>&amp;Parent territory</source>
        <translation>&amp;Жоғары тұрған аумақ</translation>
    </message>
    <message>
        <source>Empty for a region</source>
        <translation>Облыс үшін бос</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Деңгей</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Rural district, village, settlement or small town</source>
        <translation>Ауылдық округ, ауыл, кент немесе шағын қала</translation>
    </message>
    <message>
        <source>Name (&amp;Kazakh)</source>
        <translation>Атауы (&amp;қаз.)</translation>
    </message>
    <message>
        <source>Name (&amp;Russian)</source>
        <translation>Атауы (&amp;орыс.)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>Атауы (а&amp;ғылш.)</translation>
    </message>
    <message>
        <source>K&amp;ATO</source>
        <translation>Ә&amp;АОЖ</translation>
    </message>
    <message>
        <source>e.g. NUR-OTAN</source>
        <translation>мысалы, NUR-OTAN</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>&amp;Қысқа атауы</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>&amp;Түсі</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>&amp;Аумақ</translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation>Код немесе атау енгізіңіз</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>e.g. Akim of Zhanaturmys rural district</source>
        <translation>мысалы, Жаңатұрмыс ауылдық округінің әкімі</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>&amp;Мандаттар</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>&amp;Нөмірі</translation>
    </message>
    <message>
        <source>As printed on the protocol</source>
        <translation>Хаттамада көрсетілгендей</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <source>The lowest territory the station serves</source>
        <translation>Учаске қызмет көрсететін ең төменгі деңгейдегі аумақ</translation>
    </message>
    <message>
        <source>C&amp;ontest</source>
        <translation>&amp;Сайлау</translation>
    </message>
    <message>
        <source>&amp;Registered voters</source>
        <translation>&amp;Тіркелген сайлаушылар</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Ендік</translation>
    </message>
    <message>
        <source>Decimal degrees, −90 to 90</source>
        <translation>Ондық градустар, −90-нан 90-ға дейін</translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation>&amp;Бойлық</translation>
    </message>
    <message>
        <source>Decimal degrees, −180 to 180</source>
        <translation>Ондық градустар, −180-нен 180-ге дейін</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Жынысы</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Туған күні</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Партия</translation>
    </message>
    <message>
        <source>Empty for a self-nominated candidate</source>
        <translation>Өзін-өзі ұсынған кандидат үшін бос</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Мәртебесі</translation>
    </message>
    <message>
        <source>Status &amp;date</source>
        <translation>Мәртебе &amp;күні</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <source>Required when refused, withdrawn or deregistered</source>
        <translation>Тіркеуден бас тартылғанда, кандидатура қайтарып алынғанда немесе тіркеу күшін жойғанда міндетті</translation>
    </message>
    <message>
        <source>Ballot &amp;order</source>
        <translation>Бюллетеньдегі &amp;реті</translation>
    </message>
    <message>
        <source>Position on the ballot</source>
        <translation>Бюллетеньдегі орны</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Ұйым</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>Polling &amp;station</source>
        <translation>Сайлау &amp;учаскесі</translation>
    </message>
    <message>
        <source>Empty for the whole election</source>
        <translation>Бүкіл сайлау үшін бос</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Мәртебелер тарихы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кім өзгертті</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Жазылған уақыты</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Тарихты оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>system</source>
        <translation>жүйе</translation>
    </message>
    <message>
        <source>Type a real date as YYYY-MM-DD, e.g. 1975-03-21.</source>
        <translation>Нақты күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз, мысалы 1975-03-21.</translation>
    </message>
    <message>
        <source>Type a number of decimal degrees, e.g. %1.</source>
        <translation>Ондық градустағы санды енгізіңіз, мысалы %1.</translation>
    </message>
    <message>
        <source>Type a whole number from 1, or leave it empty.</source>
        <translation>1-ден бастап бүтін сан енгізіңіз немесе өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation>№ %1, %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Correct the problems shown under the fields to save</source>
        <translation>Сақтау үшін өрістердің астында көрсетілген ақауларды түзетіңіз</translation>
    </message>
</context>
<context>
    <name>bd::RegisterSearchField</name>
    <message>
        <source>Search the registers (Ctrl+F)</source>
        <translation>Тізілімдерден іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>A candidate by name, a station by number or address, anything by code (Ctrl+F)</source>
        <translation>Кандидатты аты бойынша, учаскені нөмірі немесе мекенжайы бойынша, кез келген нысанды код бойынша (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the registers</source>
        <translation>Тізілімдерден іздеу</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Іздеу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>«%1» бойынша ештеңе табылмады</translation>
    </message>
</context>
<context>
    <name>bd::RegisterTableModel</name>
    <message>
        <source>Self-nominated</source>
        <translation>Өзін-өзі ұсынған</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Атауы (ағылш.)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қаз.)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Атауы (орыс.)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <source>KATO</source>
        <translation>ӘАОЖ</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Сайлаулар</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мандаттар</translation>
    </message>
    <message>
        <source>Candidates nominated</source>
        <translation>Ұсынылған кандидаттар</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Тіркелген кандидаттар</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Сайлау учаскелері</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Сайлау учаскесі</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Тіркелген сайлаушылар</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Бойлық</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Түсі</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Ballot order</source>
        <translation>Бюллетеньдегі реті</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Ұсынылды</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Refused registration</source>
        <translation>Тіркеуден бас тартылды</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Өз кандидатурасын алып тастады</translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation>Тіркеу күшін жойды</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>Үкіметтік емес ұйым</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>БАҚ</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Халықаралық ұйым</translation>
    </message>
</context>
<context>
    <name>bd::RegisterView</name>
    <message>
        <source>Filter by code, name or KATO</source>
        <translation>Код, атау немесе ӘАОЖ бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter by code, name, region or district</source>
        <translation>Код, атау, облыс немесе аудан бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter by code, number, name, address, region or contest</source>
        <translation>Код, нөмір, атау, мекенжай, облыс немесе сайлау бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Код немесе атау бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter by code, name, party, status, reason or contest</source>
        <translation>Код, аты-жөні, партия, мәртебе, себеп немесе сайлау бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter by code, name, organization or station</source>
        <translation>Код, аты-жөні, ұйым немесе учаске бойынша сүзу</translation>
    </message>
    <message>
        <source>Shows the rows that contain this text</source>
        <translation>Осы мәтін бар жолдарды көрсетеді</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln жол</numerusform>
            <numerusform>%Ln жол</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ResolutionPage</name>
    <message>
        <source>Resolution</source>
        <translation>Айырмашылықтарды шешу</translation>
    </message>
    <message>
        <source>Protocols whose two entries differ or have errors, oldest first. Compare with the paper form and decide.</source>
        <translation>Екі енгізуі бір-бірінен ерекшеленетін немесе қателері бар хаттамалар, ең ескілері басында. Қағаз хаттамамен салыстырып, шешім қабылдаңыз.</translation>
    </message>
    <message>
        <source>Protocols waiting for a coordinator</source>
        <translation>Үйлестірушіні күтіп тұрған хаттамалар</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Айырмашылықтар</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Күту басталды</translation>
    </message>
    <message>
        <source>Only a coordinator resolves entries; you can read the queue.</source>
        <translation>Енгізулер бойынша тек үйлестіруші шешім қабылдайды; Сіз кезекті қарай аласыз.</translation>
    </message>
    <message>
        <source>Both entries side by side</source>
        <translation>Екі енгізу қатар</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Бірінші</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Екінші</translation>
    </message>
    <message>
        <source>≠ marks the fields where the two entries differ</source>
        <translation>≠ белгісі екі енгізу ерекшеленетін өрістерді көрсетеді</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Keep First</source>
        <translation>Біріншісін қалдыру</translation>
    </message>
    <message>
        <source>Accept the first entry&apos;s figures; the second is discarded</source>
        <translation>Бірінші енгізудің көрсеткіштерін қабылдау; екіншісі жойылады</translation>
    </message>
    <message>
        <source>Keep Second</source>
        <translation>Екіншісін қалдыру</translation>
    </message>
    <message>
        <source>Accept the second entry&apos;s figures; the first is discarded</source>
        <translation>Екінші енгізудің көрсеткіштерін қабылдау; біріншісі жойылады</translation>
    </message>
    <message>
        <source>Return First…</source>
        <translation>Біріншісін қайтару…</translation>
    </message>
    <message>
        <source>Send the first entry back to its operator with a remark</source>
        <translation>Бірінші енгізуді ескертпемен оны енгізген операторға қайтару</translation>
    </message>
    <message>
        <source>Return Second…</source>
        <translation>Екіншісін қайтару…</translation>
    </message>
    <message>
        <source>Send the second entry back to its operator with a remark</source>
        <translation>Екінші енгізуді ескертпемен оны енгізген операторға қайтару</translation>
    </message>
    <message>
        <source>Discard Both…</source>
        <translation>Екеуін де жою…</translation>
    </message>
    <message>
        <source>Throw both entries away, with a reason; the protocol is entered twice again</source>
        <translation>Екі енгізуді де себебін көрсетіп жою; хаттама қайтадан екі рет енгізіледі</translation>
    </message>
    <message>
        <source>Correct Accepted Protocol…</source>
        <translation>Қабылданған хаттаманы түзету…</translation>
    </message>
    <message>
        <source>Change the official figures of an accepted protocol, with a reason</source>
        <translation>Қабылданған хаттаманың ресми көрсеткіштерін себебін көрсетіп өзгерту</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Қайта жүктеу</translation>
    </message>
    <message>
        <source>Read the queue again</source>
        <translation>Кезекті қайта оқу</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Кезек</translation>
    </message>
    <message>
        <source>No election file is open.</source>
        <translation>Сайлау файлы ашылмаған.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Queue: %1</source>
        <translation>&amp;Кезек: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) waiting</source>
        <translation>
            <numerusform>%n хаттама күтуде</numerusform>
            <numerusform>%n хаттама күтуде</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for a coordinator.</source>
        <translation>Үйлестірушіні күтіп тұрған ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Choose a protocol in the queue.</source>
        <translation>Кезектен хаттаманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Station %1 — %2 · contest %3 %4 · %5</source>
        <translation>%1 учаскесі — %2 · %3 %4 сайлауы · %5</translation>
    </message>
    <message>
        <source>The two entries differ</source>
        <translation>Екі енгізу ерекшеленеді</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>ерекшеленеді</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Part of an error of this entry</source>
        <translation>Осы енгізудегі қатеге қатысты</translation>
    </message>
    <message numerus="yes">
        <source>Differences: %n field(s), marked ≠.</source>
        <translation>
            <numerusform>Айырмашылықтар: %n өріс, ≠ белгісімен көрсетілген.</numerusform>
            <numerusform>Айырмашылықтар: %n өріс, ≠ белгісімен көрсетілген.</numerusform>
        </translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>Бірінші енгізу</translation>
    </message>
    <message>
        <source>Second entry</source>
        <translation>Екінші енгізу</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Not entered.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Енгізілмеген.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, енгізген: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Аяқталды: %1</translation>
    </message>
    <message>
        <source>Remark: %1</source>
        <translation>Ескертпе: %1</translation>
    </message>
    <message>
        <source>No errors, no warnings.</source>
        <translation>Қателер де, ескертулер де жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): this entry cannot be kept.</source>
        <translation>
            <numerusform>%n қате: бұл енгізуді қалдыруға болмайды.</numerusform>
            <numerusform>%n қате: бұл енгізуді қалдыруға болмайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Error %1: %2</source>
        <translation>✖ Қате %1: %2</translation>
    </message>
    <message>
        <source>⚠ Warning %1: %2</source>
        <translation>⚠ Ескерту %1: %2</translation>
    </message>
    <message>
        <source>(checked against the paper)</source>
        <translation>(қағаз хаттамамен салыстырылды)</translation>
    </message>
    <message>
        <source>(not acknowledged)</source>
        <translation>(расталмаған)</translation>
    </message>
    <message>
        <source>Station %1: the first entry was kept; the protocol is accepted.</source>
        <translation>%1 учаскесі: бірінші енгізу қалдырылды; хаттама қабылданды.</translation>
    </message>
    <message>
        <source>Station %1: the second entry was kept; the protocol is accepted.</source>
        <translation>%1 учаскесі: екінші енгізу қалдырылды; хаттама қабылданды.</translation>
    </message>
    <message>
        <source>Return the First Entry</source>
        <translation>Бірінші енгізуді қайтару</translation>
    </message>
    <message>
        <source>Return the Second Entry</source>
        <translation>Екінші енгізуді қайтару</translation>
    </message>
    <message>
        <source>Station %1: what should %2 check on the paper form?</source>
        <translation>%1 учаскесі: %2 қағаз хаттамада нені тексеруі керек?</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Station %1: the entry went back to %2 with your remark.</source>
        <translation>%1 учаскесі: енгізу Сіздің ескертпеңізбен %2 операторына қайтарылды.</translation>
    </message>
    <message>
        <source>Discard Both Entries</source>
        <translation>Екі енгізуді де жою</translation>
    </message>
    <message>
        <source>Station %1: why are both entries discarded? The protocol will be entered twice again.</source>
        <translation>%1 учаскесі: екі енгізу де неліктен жойылады? Хаттама қайтадан екі рет енгізіледі.</translation>
    </message>
    <message>
        <source>Discard Both</source>
        <translation>Екеуін де жою</translation>
    </message>
    <message>
        <source>Station %1: both entries were discarded; the protocol is open for two new entries.</source>
        <translation>%1 учаскесі: екі енгізу де жойылды; хаттама екі жаңа енгізу үшін ашық.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Бас тартылды: %1</translation>
    </message>
</context>
<context>
    <name>bd::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Талдаушы</translation>
    </message>
</context>
<context>
    <name>bd::SeatsWonChart</name>
    <message numerus="yes">
        <source>Seats won: %1&lt;br&gt;&lt;small&gt;%Ln seat(s), %2 decided&lt;/small&gt;</source>
        <translation>
            <numerusform>Алынған мандаттар: %1&lt;br&gt;&lt;small&gt;%Ln мандат, шешілгені %2&lt;/small&gt;</numerusform>
            <numerusform>Алынған мандаттар: %1&lt;br&gt;&lt;small&gt;%Ln мандат, шешілгені %2&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No seats in this territory.</source>
        <translation>Бұл аумақта мандаттар жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln seat(s), %2 of all seats</source>
        <translation>
            <numerusform>%1
%Ln мандат, барлық мандаттардың %2</numerusform>
            <numerusform>%1
%Ln мандат, барлық мандаттардың %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation>Өзін-өзі ұсынғандар</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Шешілмеген</translation>
    </message>
    <message>
        <source>Not decided yet: tie, against all or protocols missing</source>
        <translation>Әлі шешілмеген: дауыстар тең, барлығына қарсы немесе хаттамалар жоқ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мандаттар</translation>
    </message>
</context>
<context>
    <name>bd::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 жүйесіне кіру&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every change you make is recorded in the audit log under your name.</source>
        <translation>Сіз енгізген әр өзгеріс аудит журналына сіздің атыңызбен жазылады.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>Close File</source>
        <translation>Файлды жабу</translation>
    </message>
    <message>
        <source>Close the election file without signing in (Esc)</source>
        <translation>Кірмей сайлау файлын жабу (Esc)</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Логинді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>bd::TerritoryFilter</name>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Show the charts of one region, or of all regions (Alt+R)</source>
        <translation>Бір облыстың немесе барлық облыстардың диаграммаларын көрсету (Alt+R)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
</context>
<context>
    <name>bd::TurnoutByTerritoryChart</name>
    <message>
        <source>Turnout by region</source>
        <translation>Облыстар бойынша келуі</translation>
    </message>
    <message>
        <source>Turnout by district: %1</source>
        <translation>Аудандар бойынша келуі: %1</translation>
    </message>
    <message>
        <source>Turnout by okrug: %1</source>
        <translation>Округтер бойынша келуі: %1</translation>
    </message>
    <message>
        <source>No accepted protocols yet.</source>
        <translation>Әзірге қабылданған хаттамалар жоқ.</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Келуі</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>territory name, turnout</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation>Келуі, тізімдегі сайлаушылардың %-ы</translation>
    </message>
    <message>
        <source>National turnout: %1</source>
        <translation>Ел бойынша келуі: %1</translation>
    </message>
    <message>
        <source>Turnout in %1: %2</source>
        <translation>%1 бойынша келуі: %2</translation>
    </message>
    <message>
        <source>%1
Turnout: %2
Ballots issued: %3 of %4 voters
Stations reported: %5</source>
        <translation>%1
Келуі: %2
Берілген бюллетеньдер: %4 сайлаушының %3
Есеп берген учаскелер: %5</translation>
    </message>
</context>
<context>
    <name>bd::TurnoutHistogramChart</name>
    <message numerus="yes">
        <source>Polling stations by turnout: %1&lt;br&gt;&lt;small&gt;%Ln station(s) reported&lt;/small&gt;</source>
        <translation>
            <numerusform>Сайлау учаскелері келуі бойынша: %1&lt;br&gt;&lt;small&gt;%Ln учаске есеп берді&lt;/small&gt;</numerusform>
            <numerusform>Сайлау учаскелері келуі бойынша: %1&lt;br&gt;&lt;small&gt;%Ln учаске есеп берді&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No accepted protocols yet.</source>
        <translation>Әзірге қабылданған хаттамалар жоқ.</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Сайлау учаскелері</translation>
    </message>
    <message>
        <source>Turnout, % (bands of 5 points, by their lower bound)</source>
        <translation>Келуі, % (5 пункттік аралықтар, төменгі шегі бойынша)</translation>
    </message>
    <message numerus="yes">
        <source>Turnout %1 to %2
%Ln station(s), %3 of those reported</source>
        <translation>
            <numerusform>Келуі %1 – %2
%Ln учаске, есеп бергендердің %3</numerusform>
            <numerusform>Келуі %1 – %2
%Ln учаске, есеп бергендердің %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::TurnoutHourChart</name>
    <message>
        <source>National turnout through the day</source>
        <translation>Ел бойынша күн ішіндегі келуі</translation>
    </message>
    <message>
        <source>No hourly turnout reports yet.</source>
        <translation>Әзірге келу туралы сағаттық мәліметтер жоқ.</translation>
    </message>
    <message>
        <source>Local time of the report</source>
        <translation>Мәліметтің жергілікті уақыты</translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation>Келуі, тізімдегі сайлаушылардың %-ы</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
    <message>
        <source>%1
Turnout: %2
%3 of %4 voters
%5 of %6 stations reported</source>
        <translation>%1
Келуі: %2
%4 сайлаушының %3
%6 учаскенің %5 есеп берді</translation>
    </message>
</context>
<context>
    <name>bd::TurnoutPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>Hourly turnout</source>
        <translation>Сағаттық келу</translation>
    </message>
    <message>
        <source>Number or code, e.g. 12 or PS-KZ-AKM-0003</source>
        <translation>Нөмірі немесе коды, мысалы 12 немесе PS-KZ-AKM-0003</translation>
    </message>
    <message>
        <source>Type the station&apos;s number or code; pick it from the list or press Enter</source>
        <translation>Учаскенің нөмірін немесе кодын теріңіз; тізімнен таңдаңыз немесе Enter пернесін басыңыз</translation>
    </message>
    <message>
        <source>Polling &amp;station:</source>
        <translation>Сайлау &amp;учаскесі:</translation>
    </message>
    <message>
        <source>Your role may not enter turnout reports; they are shown read-only. Operators enter them.</source>
        <translation>Сіздің рөліңізге келу туралы мәліметтерді енгізуге рұқсат жоқ; олар тек қарау үшін көрсетіледі. Оларды операторлар енгізеді.</translation>
    </message>
    <message>
        <source>Save the station&apos;s reports (Ctrl+S)</source>
        <translation>Учаске мәліметтерін сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Enter a station&apos;s reports</source>
        <translation>Учаске мәліметтерін енгізу</translation>
    </message>
    <message>
        <source>Stop computing the turnout figures</source>
        <translation>Келу көрсеткіштерін есептеуді тоқтату</translation>
    </message>
    <message>
        <source>Cancelled: the figures shown may be out of date.</source>
        <translation>Тоқтатылды: көрсетілген көрсеткіштер ескірген болуы мүмкін.</translation>
    </message>
    <message>
        <source>Compute the turnout figures again (F5)</source>
        <translation>Келу көрсеткіштерін қайта есептеу (F5)</translation>
    </message>
    <message>
        <source>Voters who had received a ballot by %1; Enter moves to the next hour</source>
        <translation>Сағат %1 кезіне дейін бюллетень алған сайлаушылар; Enter келесі сағатқа өткізеді</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>№ %1 · %2 · %3</translation>
    </message>
    <message>
        <source>No polling station has the number or code %1.</source>
        <translation>%1 нөмірі немесе коды бар сайлау учаскесі жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln polling station(s) have the number %1; type the code or pick one from the list.</source>
        <translation>
            <numerusform>%1 нөмірі %Ln сайлау учаскесінде бар; кодын теріңіз немесе тізімнен біреуін таңдаңыз.</numerusform>
            <numerusform>%1 нөмірі %Ln сайлау учаскесінде бар; кодын теріңіз немесе тізімнен біреуін таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 voters on the list (accepted protocol)</source>
        <translation>Тізімдегі сайлаушылар: %1 (қабылданған хаттама)</translation>
    </message>
    <message>
        <source>%1 registered voters</source>
        <translation>Тіркелген сайлаушылар: %1</translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <source>Polling station No. %1</source>
        <translation>№ %1 сайлау учаскесі</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>мәлімет жоқ</translation>
    </message>
    <message>
        <source>%1 at %2: %3 %4</source>
        <translation>%1, %2: %3 %4</translation>
    </message>
    <message>
        <source>Nothing to save: the reports are as stored.</source>
        <translation>Сақтайтын ештеңе жоқ: мәліметтер сақталған күйінде.</translation>
    </message>
    <message>
        <source>Saved the reports of polling station %1.</source>
        <translation>%1 сайлау учаскесінің мәліметтері сақталды.</translation>
    </message>
    <message>
        <source>Computing turnout by region…</source>
        <translation>Облыстар бойынша келу есептелуде…</translation>
    </message>
    <message>
        <source>The turnout figures could not be computed: %1</source>
        <translation>Келу көрсеткіштерін есептеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Stations reported</source>
        <translation>Есеп берген учаскелер</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 at %2: %3 of %4 voters received ballots; %5 of %6 stations reported</source>
        <translation>%1, %2: %4 сайлаушының %3 бюллетень алды; %6 учаскенің %5 есеп берді</translation>
    </message>
    <message>
        <source>%1 of %2 at %3</source>
        <translation>%3: %2 ішінен %1</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>%1 ішінен ешқайсысы</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
</context>
<context>
    <name>bd::TurnoutScatterChart</name>
    <message>
        <source>Turnout and the winner&apos;s share: %1</source>
        <translation>Келуі және жеңімпаздың үлесі: %1</translation>
    </message>
    <message>
        <source>No decided contest with accepted protocols yet.</source>
        <translation>Әзірге жеңімпазы анықталған және хаттамалары қабылданған сайлау жоқ.</translation>
    </message>
    <message>
        <source>A polling station (a sample of %1 of %2)</source>
        <translation>Сайлау учаскесі (іріктеме: %2 ішінен %1)</translation>
    </message>
    <message>
        <source>A polling station (%1 in all)</source>
        <translation>Сайлау учаскесі (барлығы %1)</translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation>Келуі, тізімдегі сайлаушылардың %-ы</translation>
    </message>
    <message>
        <source>Winner&apos;s share, % of valid ballots</source>
        <translation>Жеңімпаздың үлесі, жарамды бюллетеньдердің %-ы</translation>
    </message>
    <message>
        <source>Station %1
Turnout: %2
Winner&apos;s share: %3</source>
        <translation>%1 учаскесі
Келуі: %2
Жеңімпаздың үлесі: %3</translation>
    </message>
</context>
<context>
    <name>bd::TurnoutThroughDayChart</name>
    <message>
        <source>Turnout through the day</source>
        <translation>Күн ішіндегі келуі</translation>
    </message>
    <message>
        <source>Turnout through the day: %1</source>
        <translation>Күн ішіндегі келуі: %1</translation>
    </message>
    <message>
        <source>No hourly turnout reports yet.</source>
        <translation>Әзірге келу туралы сағаттық мәліметтер жоқ.</translation>
    </message>
    <message>
        <source>Local time of the report</source>
        <translation>Мәліметтің жергілікті уақыты</translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation>Келуі, тізімдегі сайлаушылардың %-ы</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2
Turnout: %3
%4 of %5 voters, %Ln station(s) reported</source>
        <translation>
            <numerusform>%1, %2
Келуі: %3
%5 сайлаушының %4, %Ln учаске есеп берді</numerusform>
            <numerusform>%1, %2
Келуі: %3
%5 сайлаушының %4, %Ln учаске есеп берді</numerusform>
        </translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS]</source>
        <translation>Қолданылуы: %1 КОМАНДА [ПАРАМЕТРЛЕР]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Командалар:</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Команда параметрлерін көру үшін &apos;%1 КОМАНДА --help&apos; орындаңыз.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 bad data or refused operation, 2 usage error.</source>
        <translation>Шығу кодтары: 0 — сәтті, 1 — қате деректер немесе операциядан бас тартылды, 2 — қолдану қатесі.</translation>
    </message>
    <message>
        <source>%1: unknown command &apos;%2&apos;.</source>
        <translation>%1: белгісіз команда &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Election results desk for election commissions.</source>
        <translation>Сайлау комиссияларына арналған сайлау нәтижелерін есепке алу жүйесі.</translation>
    </message>
    <message>
        <source>Open the election file FILE.</source>
        <translation>FILE сайлау файлын ашу.</translation>
    </message>
    <message>
        <source>Render a view of --db offscreen into the PNG file OUT and exit.</source>
        <translation>--db файлының көрінісін экраннан тыс OUT PNG файлына салып, жұмысты аяқтау.</translation>
    </message>
    <message>
        <source>The view to render: %1 (default overview).</source>
        <translation>Салынатын көрініс: %1 (әдепкі — overview).</translation>
    </message>
    <message>
        <source>The size of the rendered window (default 1280x800).</source>
        <translation>Салынатын терезенің өлшемі (әдепкі — 1280x800).</translation>
    </message>
    <message>
        <source>The interface language: kk, ru or en (default: the system&apos;s).</source>
        <translation>Интерфейс тілі: kk, ru немесе en (әдепкі — жүйе тілі).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Күтілмеген аргумент: %1.</translation>
    </message>
    <message>
        <source>Unknown language %1; use kk, ru or en.</source>
        <translation>Белгісіз тіл: %1; kk, ru немесе en пайдаланыңыз.</translation>
    </message>
    <message>
        <source>--screenshot needs --db FILE.</source>
        <translation>--screenshot үшін --db FILE қажет.</translation>
    </message>
    <message>
        <source>Unknown view %1; use one of %2.</source>
        <translation>Белгісіз көрініс: %1; мыналардың бірін пайдаланыңыз: %2.</translation>
    </message>
    <message>
        <source>Bad size %1; use WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>Өлшем қате: %1; ЕНІxБИІКТІГІ пішімін пайдаланыңыз, мысалы 1280x800.</translation>
    </message>
    <message>
        <source>With --screenshot: sign in as LOGIN first, with the password in BALLOTDESK_PASSWORD (recorded in the audit log like any sign-in).</source>
        <translation>--screenshot параметрімен бірге: алдымен LOGIN логинімен кіру; құпиясөз BALLOTDESK_PASSWORD айнымалысында беріледі (кез келген кіру сияқты аудит журналына жазылады).</translation>
    </message>
    <message>
        <source>--user needs the password in BALLOTDESK_PASSWORD.</source>
        <translation>--user үшін құпиясөз BALLOTDESK_PASSWORD айнымалысында берілуі қажет.</translation>
    </message>
    <message>
        <source>--view, --size and --user need --screenshot.</source>
        <translation>--view, --size және --user үшін --screenshot қажет.</translation>
    </message>
</context>
</TS>
