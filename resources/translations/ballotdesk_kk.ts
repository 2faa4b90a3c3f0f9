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
        <source>audit chain intact: %1 records, %2 protocols sealed</source>
        <translation>аудит тізбегі бүтін: жазбалар — %1, мөрленген хаттамалар — %2</translation>
    </message>
    <message>
        <source>The figures of the accepted protocol of station %1 (contest %2) were changed outside the application: they no longer match its seal.</source>
        <translation>%1 учаскесінің қабылданған хаттамасының көрсеткіштері (%2 сайлауы) қолданбадан тыс өзгертілген: олар хаттаманың мөріне енді сәйкес келмейді.</translation>
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
        <source>Unexpected argument: %1</source>
        <translation>Күтілмеген аргумент: %1</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>--db ФАЙЛ көрсетілмеген.</translation>
    </message>
    <message>
        <source>Missing --admin LOGIN.</source>
        <translation>--admin ЛОГИН көрсетілмеген.</translation>
    </message>
    <message>
        <source>Missing --name NAME.</source>
        <translation>--name АТЫ көрсетілмеген.</translation>
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
        <source>--view and --size need --screenshot.</source>
        <translation>--view және --size үшін --screenshot қажет.</translation>
    </message>
</context>
</TS>
