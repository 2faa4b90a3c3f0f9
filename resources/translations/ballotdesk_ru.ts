<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Verify the audit log and protocol seals, or export the log: audit verify|export.</source>
        <translation>Проверить журнал аудита и печати протоколов или экспортировать журнал: audit verify|export.</translation>
    </message>
    <message>
        <source>verify, or export OUT.csv.</source>
        <translation>verify или export OUT.csv.</translation>
    </message>
    <message>
        <source>The election file.</source>
        <translation>Файл выборов.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Give an action: verify, or export OUT.csv.</source>
        <translation>Укажите действие: verify или export OUT.csv.</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Неизвестное действие: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
    <message>
        <source>audit export needs one output file: OUT.csv.</source>
        <translation>Для audit export нужен один выходной файл: OUT.csv.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>Не указан --db ФАЙЛ.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit record(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n запись аудита в %1.</numerusform>
            <numerusform>Экспортировано %n записи аудита в %1.</numerusform>
            <numerusform>Экспортировано %n записей аудита в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Could not write the audit log to %1.</source>
        <translation>Не удалось записать журнал аудита в %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit record needs an action and an object type; nothing was recorded.</source>
        <translation>Для записи журнала аудита нужны действие и тип объекта; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Audit record %1 is not linked to the start of the log: records before it were deleted.</source>
        <translation>Запись аудита %1 не связана с началом журнала: предшествующие ей записи были удалены.</translation>
    </message>
    <message>
        <source>Audit record %1 is not linked to record %2 before it: records between them were deleted, inserted or reordered.</source>
        <translation>Запись аудита %1 не связана с предшествующей записью %2: записи между ними были удалены, вставлены или переставлены.</translation>
    </message>
    <message>
        <source>Audit record %1 was edited: its content no longer matches its hash.</source>
        <translation>Запись аудита %1 была изменена: её содержимое больше не соответствует хешу.</translation>
    </message>
    <message>
        <source>The figures of the accepted protocol of station %1 (contest %2) were changed outside the application: they no longer match its seal.</source>
        <translation>Показатели принятого протокола участка %1 (выборы %2) были изменены вне приложения: они больше не соответствуют его печати.</translation>
    </message>
    <message>
        <source>audit chain intact: %1, %2</source>
        <translation>цепочка аудита не нарушена: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln protocol(s) sealed</source>
        <translation>
            <numerusform>%Ln протокол опечатан</numerusform>
            <numerusform>%Ln протокола опечатаны</numerusform>
            <numerusform>%Ln протоколов опечатано</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 exists already; choose a new file for the backup.</source>
        <translation>Файл %1 уже существует; выберите новый файл для резервной копии.</translation>
    </message>
    <message>
        <source>Could not write the backup to %1.</source>
        <translation>Не удалось записать резервную копию в %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; do not use it.</source>
        <translation>Резервная копия %1 повреждена; не используйте её.</translation>
    </message>
    <message>
        <source>The backup %1 fails the audit check; do not use it.</source>
        <translation>Резервная копия %1 не прошла проверку аудита; не используйте её.</translation>
    </message>
    <message>
        <source>%1 is open in BallotDesk or was not closed properly; close it before restoring.</source>
        <translation>Файл %1 открыт в BallotDesk или был закрыт некорректно; закройте его перед восстановлением.</translation>
    </message>
    <message>
        <source>Could not read the backup %1.</source>
        <translation>Не удалось прочитать резервную копию %1.</translation>
    </message>
    <message>
        <source>Could not write %1; it is unchanged.</source>
        <translation>Не удалось записать %1; файл не изменён.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: back it up and restore it with pg_dump and pg_restore (see &quot;Running on a PostgreSQL server&quot; in the README), or copy the election to a file with ballotdesk-cli copy.</source>
        <translation>%1 — база данных PostgreSQL: создавайте её резервную копию и восстанавливайте её с помощью pg_dump и pg_restore (см. раздел &quot;Running on a PostgreSQL server&quot; в README) или скопируйте выборы в файл командой ballotdesk-cli copy.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a consistent, verified backup of an election file: backup --db DB OUT.</source>
        <translation>Записать согласованную проверенную резервную копию файла выборов: backup --db DB OUT.</translation>
    </message>
    <message>
        <source>The backup file to create.</source>
        <translation>Создаваемый файл резервной копии.</translation>
    </message>
    <message>
        <source>The election file.</source>
        <translation>Файл выборов.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Give one output file.</source>
        <translation>Укажите один выходной файл.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>Не указан --db ФАЙЛ.</translation>
    </message>
    <message>
        <source>Wrote the backup %1; %2.</source>
        <translation>Резервная копия %1 записана; %2.</translation>
    </message>
</context>
<context>
    <name>BoundaryStore</name>
    <message>
        <source>The database holds no election yet.</source>
        <translation>В базе данных пока нет выборов.</translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation>(нет %1)</translation>
    </message>
    <message>
        <source>Two features of %1 have %2 = %3; each territory takes one boundary.</source>
        <translation>Два объекта из %1 имеют %2 = %3; каждой территории соответствует одна граница.</translation>
    </message>
    <message>
        <source>No feature of %1 matches a territory: no value of the property &quot;%2&quot; equals a territory&apos;s %3.</source>
        <translation>Ни один объект из %1 не соответствует территории: ни одно значение свойства &quot;%2&quot; не равно %3 территории.</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>код КАТО</translation>
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
        <translation>В базе данных пока нет выборов.</translation>
    </message>
    <message>
        <source>The election has no territory with the code %1.</source>
        <translation>В выборах нет территории с кодом %1.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check results protocols without writing: check protocols PROTOCOLS.csv VOTES.csv --db DB.</source>
        <translation>Проверить протоколы с результатами без записи: check protocols PROTOCOLS.csv VOTES.csv --db DB.</translation>
    </message>
    <message>
        <source>protocols</source>
        <translation>protocols</translation>
    </message>
    <message>
        <source>protocols.csv: one row per polling station and contest.</source>
        <translation>protocols.csv: по одной строке на избирательный участок и выборы.</translation>
    </message>
    <message>
        <source>votes.csv: one row per polling station and candidate.</source>
        <translation>votes.csv: по одной строке на избирательный участок и кандидата.</translation>
    </message>
    <message>
        <source>The election file to check against.</source>
        <translation>Файл выборов, по которому выполняется проверка.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per row in file order: station_code, contest_code, errors and warnings (lists of rule codes).</source>
        <translation>Вывести массив JSON, по одному объекту на строку в порядке файла: station_code, contest_code, errors и warnings (списки кодов правил).</translation>
    </message>
    <message>
        <source>Say what to check: check protocols PROTOCOLS.csv VOTES.csv.</source>
        <translation>Укажите, что проверить: check protocols PROTOCOLS.csv VOTES.csv.</translation>
    </message>
    <message>
        <source>Give two files: PROTOCOLS.csv and VOTES.csv.</source>
        <translation>Укажите два файла: PROTOCOLS.csv и VOTES.csv.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>Не указан --db ФАЙЛ.</translation>
    </message>
    <message>
        <source>errors %1; warnings %2</source>
        <translation>ошибки: %1; предупреждения: %2</translation>
    </message>
    <message>
        <source>errors %1</source>
        <translation>ошибки: %1</translation>
    </message>
    <message>
        <source>warnings %1</source>
        <translation>предупреждения: %1</translation>
    </message>
    <message>
        <source>%1:%2: station %3, contest %4: %5</source>
        <extracomment>FILE:LINE: station CODE, contest CODE: the rule codes found in the row</extracomment>
        <translation>%1:%2: участок %3, выборы %4: %5</translation>
    </message>
    <message>
        <source>Rows checked: %1; with errors: %2; with warnings only: %3; without findings: %4.</source>
        <translation>Проверено строк: %1; с ошибками: %2; только с предупреждениями: %3; без замечаний: %4.</translation>
    </message>
    <message>
        <source>Problems in the files: %1 (on standard error).</source>
        <translation>Проблемы в файлах: %1 (в стандартном потоке ошибок).</translation>
    </message>
</context>
<context>
    <name>ChoroplethRenderer</name>
    <message>
        <source>Boundaries: geokz (CC BY 4.0), OCHA/UNHCR COD-AB, OpenStreetMap contributors (ODbL).</source>
        <translation>Границы: geokz (CC BY 4.0), OCHA/UNHCR COD-AB, участники OpenStreetMap (ODbL).</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>legend: a class from its lowest to its highest value</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>The map could not be saved as %1. Check that the folder exists and can be written to.</source>
        <translation>Не удалось сохранить карту как %1. Проверьте, что папка существует и доступна для записи.</translation>
    </message>
    <message>
        <source>The map could not be saved as %1.</source>
        <translation>Не удалось сохранить карту как %1.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>detail: %1</source>
        <translation>подробности: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
    <message>
        <source>Missing --%1 %2.</source>
        <translation>Не указан --%1 %2.</translation>
    </message>
</context>
<context>
    <name>CliCredentials</name>
    <message>
        <source>Sign in as LOGIN.</source>
        <translation>Войти под логином ЛОГИН.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (and a new password from the second). Without it: BALLOTDESK_PASSWORD and BALLOTDESK_NEW_PASSWORD.</source>
        <translation>Читать пароль из первой строки стандартного ввода (а новый пароль — из второй). Без этого параметра: BALLOTDESK_PASSWORD и BALLOTDESK_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>No password given: use --password-stdin and write it on the first line of standard input, or set BALLOTDESK_PASSWORD.</source>
        <translation>Пароль не указан: используйте --password-stdin и передайте пароль первой строкой стандартного ввода или задайте BALLOTDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>No new password given: with --password-stdin write it on the second line of standard input, or set BALLOTDESK_NEW_PASSWORD.</source>
        <translation>Новый пароль не указан: с --password-stdin передайте его второй строкой стандартного ввода или задайте BALLOTDESK_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>This command changes data: sign in with --user LOGIN.</source>
        <translation>Эта команда изменяет данные: войдите с помощью --user ЛОГИН.</translation>
    </message>
</context>
<context>
    <name>ContestOutcome</name>
    <message numerus="yes">
        <source>%1 of %n station(s) reported</source>
        <extracomment>A contest still counting: %1 stations of %n have an accepted protocol</extracomment>
        <translation>
            <numerusform>Протоколы приняты: %1 из %n участка</numerusform>
            <numerusform>Протоколы приняты: %1 из %n участков</numerusform>
            <numerusform>Протоколы приняты: %1 из %n участков</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Победитель определён</translation>
    </message>
    <message>
        <source>Undecided: tie — repeat voting or lot</source>
        <translation>Не определено: равенство голосов — повторное голосование или жребий</translation>
    </message>
    <message>
        <source>No winner: against all</source>
        <translation>Победителя нет: против всех</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy an election, its users and audit log into an empty database and verify the copy: copy --from DB --to DB (a file or postgresql://...).</source>
        <translation>Скопировать выборы, их учётные записи и журнал аудита в пустую базу данных и проверить копию: copy --from DB --to DB (файл или postgresql://...).</translation>
    </message>
    <message>
        <source>The election to copy: a file or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Копируемые выборы: файл или postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty PostgreSQL database.</source>
        <translation>Куда копировать: новый файл или пустая база данных PostgreSQL.</translation>
    </message>
    <message>
        <source>%1 exists already and was left unchanged; copy into a new file.</source>
        <translation>Файл %1 уже существует и оставлен без изменений; выполните копирование в новый файл.</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>Копирование %1 в %2 выполнено.</translation>
    </message>
    <message>
        <source>Rows per table (source, copy):</source>
        <translation>Строк в таблицах (источник, копия):</translation>
    </message>
    <message>
        <source>  DIFFERENT</source>
        <translation>  РАЗЛИЧАЮТСЯ</translation>
    </message>
    <message>
        <source>Summary: equal.</source>
        <translation>Итог: совпадают.</translation>
    </message>
    <message>
        <source>Summary: DIFFERENT.</source>
        <translation>Итог: РАЗЛИЧАЮТСЯ.</translation>
    </message>
    <message>
        <source>Audit chain of the copy: %1.</source>
        <translation>Цепочка аудита копии: %1.</translation>
    </message>
    <message>
        <source>ballotdesk-cli: the copy does not match its source; do not use it.</source>
        <translation>ballotdesk-cli: копия не совпадает с источником; не используйте её.</translation>
    </message>
    <message>
        <source>The copy is verified.</source>
        <translation>Копия проверена.</translation>
    </message>
</context>
<context>
    <name>CountValue</name>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>An invalid count shown as typed, in quotes</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>не введено</translation>
    </message>
    <message>
        <source>not a number (only the digits 0–9, without spaces or separators)</source>
        <translation>не число (только цифры 0–9, без пробелов и разделителей)</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>отрицательное</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>не целое число</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>больше %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again</source>
        <translation>файл в кодировке UTF-16; сохраните его в UTF-8 (в электронной таблице: &quot;CSV UTF-8&quot;) и импортируйте снова</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (byte 0x%1 in field %2); save the file as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again</source>
        <translation>текст не в кодировке UTF-8 (байт 0x%1 в поле %2); сохраните файл в UTF-8 (в электронной таблице: &quot;CSV UTF-8&quot;) и импортируйте снова</translation>
    </message>
    <message>
        <source>the text contains NUL bytes, as UTF-16 files do; save the file as UTF-8 and import it again</source>
        <translation>текст содержит байты NUL, как файлы UTF-16; сохраните файл в UTF-8 и импортируйте снова</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed before the end of the file; add the closing quote (&quot;)</source>
        <translation>поле в кавычках, открытое в этой строке, не закрыто до конца файла; добавьте закрывающую кавычку (&quot;)</translation>
    </message>
    <message>
        <source>text follows the closing quote of field %1; quote the whole field and double any quote inside it (&quot;&quot;)</source>
        <translation>после закрывающей кавычки поля %1 идёт текст; заключите всё поле в кавычки и удвойте каждую кавычку внутри него (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation>кавычка внутри поля %1 без кавычек; заключите всё поле в кавычки и удвойте кавычку (&quot;&quot;)</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header</source>
        <translation>файл пуст; первой строкой должен быть заголовок</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not an election file.</source>
        <translation>%1 — это папка, а не файл выборов.</translation>
    </message>
    <message>
        <source>The election file %1 does not exist.</source>
        <translation>Файл выборов %1 не существует.</translation>
    </message>
    <message>
        <source>The election file %1 cannot be read: permission denied.</source>
        <translation>Не удаётся прочитать файл выборов %1: доступ запрещён.</translation>
    </message>
    <message>
        <source>%1 is not a BallotDesk election file (it is not an SQLite database).</source>
        <translation>%1 не является файлом выборов BallotDesk (это не база данных SQLite).</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a BallotDesk election file.</source>
        <translation>Файл %1 пуст: это не файл выборов BallotDesk.</translation>
    </message>
    <message>
        <source>The %1 database driver is not installed.</source>
        <translation>Драйвер базы данных %1 не установлен.</translation>
    </message>
    <message>
        <source>The election file %1 could not be opened.</source>
        <translation>Не удалось открыть файл выборов %1.</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation>Эта библиотека SQLite не может обеспечить соблюдение внешних ключей.</translation>
    </message>
    <message>
        <source>The election file %1 is damaged and cannot be read. Restore it from a backup.</source>
        <translation>Файл выборов %1 повреждён и не может быть прочитан. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>reading the list of tables</source>
        <translation>чтение списка таблиц</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a BallotDesk election file.</source>
        <translation>%1 — база данных SQLite, но не файл выборов BallotDesk.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>чтение версии схемы</translation>
    </message>
    <message>
        <source>%1 was written by a newer BallotDesk (schema version %2); this version reads up to schema version %3. Update BallotDesk to open it.</source>
        <translation>Файл %1 записан более новой версией BallotDesk (версия схемы %2); эта версия читает файлы до версии схемы %3. Обновите BallotDesk, чтобы открыть его.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to schema version %2; it was left unchanged.</source>
        <translation>Не удалось обновить %1 до версии схемы %2; файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>The database refused an operation (%1).</source>
        <translation>База данных отклонила операцию (%1).</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>подготовка запроса</translation>
    </message>
    <message>
        <source>executing a statement</source>
        <translation>выполнение запроса</translation>
    </message>
    <message>
        <source>The database returned no value.</source>
        <translation>База данных не вернула значение.</translation>
    </message>
    <message>
        <source>%1 is not a database address; write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 не является адресом базы данных; укажите его в виде postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Do not put the password in the database address; set BALLOTDESK_DB_PASSWORD or enter it when asked.</source>
        <translation>Не указывайте пароль в адресе базы данных; задайте BALLOTDESK_DB_PASSWORD или введите пароль по запросу.</translation>
    </message>
    <message>
        <source>The %1 database driver is not installed (Debian: apt-get install libqt6sql6-psql).</source>
        <translation>Драйвер базы данных %1 не установлен (Debian: apt-get install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password.</source>
        <translation>Сервер %1 отклонил имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: check that the server runs, the database exists and the user may connect.</source>
        <translation>Не удалось открыть базу данных %1: проверьте, что сервер запущен, база данных существует и пользователь имеет право подключаться к ней.</translation>
    </message>
    <message>
        <source>The database %1 holds other tables: it is not a BallotDesk election database. Use an empty database.</source>
        <translation>База данных %1 содержит другие таблицы: это не база данных выборов BallotDesk. Используйте пустую базу данных.</translation>
    </message>
    <message>
        <source>The database %1 is empty: create an election in it first (ballotdesk-cli init or demo --db %1).</source>
        <translation>База данных %1 пуста: сначала создайте в ней выборы (ballotdesk-cli init или demo --db %1).</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo election: Kazakhstan&apos;s rural akim elections of 25 July 2021 (published totals, synthetic details).</source>
        <translation>Создать демонстрационные выборы: выборы акимов сельских округов Казахстана 25 июля 2021 года (опубликованные итоги, синтетические подробности).</translation>
    </message>
    <message>
        <source>The election file to create.</source>
        <translation>Создаваемый файл выборов.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Seed of the synthetic details (default %1); the same seed gives the same data.</source>
        <translation>Начальное значение генератора синтетических данных (по умолчанию %1); одно и то же значение даёт одинаковые данные.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Заменить ФАЙЛ, если он существует.</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to %1.</source>
        <translation>--seed принимает целое число от 0 до %1.</translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation>Добавьте --force, чтобы заменить его.</translation>
    </message>
    <message>
        <source>Created the demo election in %1 (seed %2).</source>
        <translation>Демонстрационные выборы созданы в %1 (начальное значение %2).</translation>
    </message>
    <message>
        <source>Rehearse election night: every fourth protocol is open again, and some of them are entered by operator1 and operator2 (first entries only, accepted by double entry, differing, referred with errors), to try entry, resolution and progress.</source>
        <translation>Отрепетировать ночь выборов: каждый четвёртый протокол снова открыт, и часть из них введена операторами operator1 и operator2 (только первый ввод, принятые двойным вводом, с расхождениями, переданные координатору с ошибками), чтобы опробовать ввод, а также страницы «Разбор расхождений» и «Ход ввода».</translation>
    </message>
    <message>
        <source>%1 already exists and was left unchanged. Add --force to replace it.</source>
        <translation>Файл %1 уже существует и оставлен без изменений. Добавьте --force, чтобы заменить его.</translation>
    </message>
    <message>
        <source>The demo election could not be written to %1.</source>
        <translation>Не удалось записать демонстрационные выборы в %1.</translation>
    </message>
    <message>
        <source>Created the demo election in %1 (seed %2) on election night: %3 protocols reopened; %4 open, %5 with a first entry, %6 accepted by double entry, %7 differing, %8 with errors.</source>
        <translation>Демонстрационные выборы созданы в %1 (начальное значение %2) в состоянии ночи выборов: повторно открыто протоколов: %3; открыто: %4, с первым вводом: %5, принято двойным вводом: %6, с расхождениями: %7, с ошибками: %8.</translation>
    </message>
</context>
<context>
    <name>DemoElection</name>
    <message>
        <source>The demo data %1 is missing from this build.</source>
        <translation>Демонстрационные данные %1 отсутствуют в этой сборке.</translation>
    </message>
    <message>
        <source>The demo data %1 is damaged (line %2).</source>
        <translation>Демонстрационные данные %1 повреждены (строка %2).</translation>
    </message>
    <message>
        <source>Creating the demo election was cancelled.</source>
        <translation>Создание демонстрационных выборов отменено.</translation>
    </message>
    <message>
        <source>The demo election could not be built: %1.</source>
        <translation>Не удалось построить демонстрационные выборы: %1.</translation>
    </message>
    <message>
        <source>the database returned no id for a new row</source>
        <translation>база данных не вернула идентификатор новой строки</translation>
    </message>
    <message>
        <source>the figures of region %1 are inconsistent</source>
        <translation>показатели области %1 противоречат друг другу</translation>
    </message>
    <message>
        <source>The boundaries %1 are missing from this build.</source>
        <translation>Границы %1 отсутствуют в этой сборке.</translation>
    </message>
    <message>
        <source>region %1 has no districts</source>
        <translation>в области %1 нет районов</translation>
    </message>
    <message>
        <source>too few synthetic place names</source>
        <translation>слишком мало синтетических названий населённых пунктов</translation>
    </message>
    <message>
        <source>too many candidates for the seats of %1</source>
        <translation>слишком много кандидатов на мандаты %1</translation>
    </message>
    <message>
        <source>no contest is left for a candidate of %1</source>
        <translation>для кандидата от %1 не осталось выборов</translation>
    </message>
    <message>
        <source>the registered candidates do not fit the published totals</source>
        <translation>зарегистрированные кандидаты не соответствуют опубликованным итогам</translation>
    </message>
    <message>
        <source>no point inside district %1 was found</source>
        <translation>не найдена точка внутри района %1</translation>
    </message>
    <message>
        <source>the turnout of %1 cannot be reached</source>
        <translation>не удаётся получить явку для %1</translation>
    </message>
    <message>
        <source>a tie in %1 cannot be broken</source>
        <translation>не удаётся разрешить равенство голосов на выборах %1</translation>
    </message>
    <message>
        <source>The demo election can only be created in an empty election file.</source>
        <translation>Демонстрационные выборы можно создать только в пустом файле выборов.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the demo election.</source>
        <translation>%1 — это папка; укажите имя файла для демонстрационных выборов.</translation>
    </message>
    <message>
        <source>%1 already exists and was left unchanged. Choose another file name, or allow overwriting it.</source>
        <translation>Файл %1 уже существует и оставлен без изменений. Выберите другое имя файла или разрешите перезапись.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>No temporary file could be created in %1; check that the folder is writable.</source>
        <translation>Не удалось создать временный файл в %1; проверьте, разрешена ли запись в папку.</translation>
    </message>
    <message>
        <source>%1 is in use and cannot be replaced; close it and try again.</source>
        <translation>Файл %1 используется и не может быть заменён; закройте его и повторите попытку.</translation>
    </message>
    <message>
        <source>The demo election could not be saved as %1.</source>
        <translation>Не удалось сохранить демонстрационные выборы в файл %1.</translation>
    </message>
    <message>
        <source>The database %1 already holds an election and was left unchanged; use an empty database (drop and create it again to replace it).</source>
        <translation>База данных %1 уже содержит выборы и оставлена без изменений; используйте пустую базу данных (чтобы заменить выборы, удалите базу данных и создайте её заново).</translation>
    </message>
</context>
<context>
    <name>DemoElectionNight</name>
    <message>
        <source>The demo operator %1 is missing from this file.</source>
        <translation>Демонстрационный оператор %1 отсутствует в этом файле.</translation>
    </message>
    <message>
        <source>The demo&apos;s protocol %1 is not accepted; create a fresh demo.</source>
        <translation>Протокол %1 демонстрационных выборов не принят; создайте демонстрационные выборы заново.</translation>
    </message>
    <message>
        <source>B on the paper form does not equal C + C2 + D; the precinct commission was asked to recount the unused ballots.</source>
        <translation>B в бумажном протоколе не равно C + C2 + D; участковой избирательной комиссии поручено пересчитать неиспользованные бюллетени.</translation>
    </message>
</context>
<context>
    <name>ElectionCopy</name>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Копирование отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>чтение %1</translation>
    </message>
    <message>
        <source>The tables refer to each other in a cycle; they cannot be copied in order.</source>
        <translation>Таблицы ссылаются друг на друга циклически; их нельзя скопировать по порядку.</translation>
    </message>
    <message>
        <source>%1 has schema version %2 but %3 has %4; open both with this version of BallotDesk first.</source>
        <translation>У %1 версия схемы %2, а у %3 — %4; сначала откройте обе базы данных этой версией BallotDesk.</translation>
    </message>
    <message>
        <source>%1 already holds data and was left unchanged; copy into an empty database.</source>
        <translation>В %1 уже есть данные; ничего не изменено. Выполните копирование в пустую базу данных.</translation>
    </message>
</context>
<context>
    <name>ElectionNight</name>
    <message>
        <source>Protocols can be reopened only in a synthetic (demo) election; this election&apos;s results are real.</source>
        <translation>Повторно открывать протоколы можно только на синтетических (демонстрационных) выборах; результаты этих выборов реальные.</translation>
    </message>
    <message>
        <source>There is no protocol %1 in this election file.</source>
        <translation>В этом файле выборов нет протокола %1.</translation>
    </message>
</context>
<context>
    <name>ElectionSettings</name>
    <message>
        <source>The election&apos;s inactivity period (%1 minutes) is not valid.</source>
        <translation>Период бездействия для выборов (%1 мин) недопустим.</translation>
    </message>
</context>
<context>
    <name>ElectionSetup</name>
    <message>
        <source>%1 already exists and was left unchanged; choose a new file name.</source>
        <translation>Файл %1 уже существует и оставлен без изменений; выберите новое имя файла.</translation>
    </message>
    <message>
        <source>The election needs a name.</source>
        <translation>Укажите название выборов.</translation>
    </message>
    <message>
        <source>The election date must be a valid date (YYYY-MM-DD).</source>
        <translation>Дата выборов должна быть корректной датой (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a turnout hour; write hours as HH:MM, e.g. 10:00.</source>
        <translation>&quot;%1&quot; не является часом сведений о явке; указывайте время в формате ЧЧ:ММ, например 10:00.</translation>
    </message>
    <message>
        <source>reading the id of the new election</source>
        <translation>чтение идентификатора новых выборов</translation>
    </message>
    <message>
        <source>The database %1 already holds an election and was left unchanged; use an empty database.</source>
        <translation>База данных %1 уже содержит выборы и оставлена без изменений; используйте пустую базу данных.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a register as CSV: export KIND OUT.csv --db DB.</source>
        <translation>Экспортировать реестр в CSV: export ВИД OUT.csv --db DB.</translation>
    </message>
    <message>
        <source>territories, parties, contests, polling-stations, candidates or observers.</source>
        <translation>territories, parties, contests, polling-stations, candidates или observers.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Записываемый файл CSV.</translation>
    </message>
    <message>
        <source>The election file.</source>
        <translation>Файл выборов.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Give the kind of register and one output file.</source>
        <translation>Укажите вид реестра и один выходной файл.</translation>
    </message>
    <message>
        <source>Unknown register &quot;%1&quot;; use territories, parties, contests, polling-stations, candidates or observers.</source>
        <translation>Неизвестный реестр &quot;%1&quot;; используйте territories, parties, contests, polling-stations, candidates или observers.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>Не указан --db ФАЙЛ.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 записан в %2.</translation>
    </message>
</context>
<context>
    <name>GeoJsonReader</name>
    <message>
        <source>a position is not an array of numbers</source>
        <translation>позиция не является массивом чисел</translation>
    </message>
    <message>
        <source>a position has fewer than 2 numbers</source>
        <translation>в позиции меньше 2 чисел</translation>
    </message>
    <message>
        <source>a position holds something other than numbers</source>
        <translation>позиция содержит не только числа</translation>
    </message>
    <message>
        <source>the position [%1, %2] is outside longitude -180..180 or latitude -90..90</source>
        <translation>позиция [%1, %2] выходит за пределы долготы -180..180 или широты -90..90</translation>
    </message>
    <message>
        <source>ring %1 is not an array of positions</source>
        <translation>кольцо %1 не является массивом позиций</translation>
    </message>
    <message>
        <source>ring %1 has %2 positions; a closed ring needs at least 4</source>
        <translation>в кольце %1 позиций: %2; замкнутому кольцу нужно не менее 4</translation>
    </message>
    <message>
        <source>ring %1: %2</source>
        <translation>кольцо %1: %2</translation>
    </message>
    <message>
        <source>ring %1 is not closed (its last position differs from its first)</source>
        <translation>кольцо %1 не замкнуто (его последняя позиция отличается от первой)</translation>
    </message>
    <message>
        <source>a polygon is not an array of rings</source>
        <translation>полигон не является массивом колец</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>в полигоне нет колец</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 не является корректным JSON (%2, байт %3).</translation>
    </message>
    <message>
        <source>%1 is not a GeoJSON FeatureCollection.</source>
        <translation>%1 не является GeoJSON FeatureCollection.</translation>
    </message>
    <message>
        <source>%1 is a FeatureCollection without a &quot;features&quot; array.</source>
        <translation>%1 — FeatureCollection без массива &quot;features&quot;.</translation>
    </message>
    <message>
        <source>%1, feature %2: %3.</source>
        <translation>%1, объект %2: %3.</translation>
    </message>
    <message>
        <source>it is not a GeoJSON Feature</source>
        <translation>это не GeoJSON Feature</translation>
    </message>
    <message>
        <source>its &quot;properties&quot; is not an object</source>
        <translation>его &quot;properties&quot; не является объектом</translation>
    </message>
    <message>
        <source>it has no geometry</source>
        <translation>у него нет геометрии</translation>
    </message>
    <message>
        <source>the MultiPolygon&apos;s coordinates are not a non-empty array of polygons</source>
        <translation>координаты MultiPolygon не являются непустым массивом полигонов</translation>
    </message>
    <message>
        <source>polygon %1: %2</source>
        <translation>полигон %1: %2</translation>
    </message>
    <message>
        <source>its geometry is a &quot;%1&quot;; only Polygon and MultiPolygon are supported</source>
        <translation>его геометрия — &quot;%1&quot;; поддерживаются только Polygon и MultiPolygon</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(без типа)</translation>
    </message>
</context>
<context>
    <name>HourlyTurnoutRules</name>
    <message>
        <source>The %1 report (%2 voters received ballots) is lower than the earlier %3 report (%4).</source>
        <translation>Сведения на %1 (получили бюллетени: %2) меньше более ранних сведений на %3 (%4).</translation>
    </message>
    <message>
        <source>Check both reports with the polling station: the number of voters who received ballots can only grow during the day.</source>
        <translation>Уточните оба значения на избирательном участке: число избирателей, получивших бюллетени, в течение дня может только расти.</translation>
    </message>
    <message>
        <source>The %1 report (%2 voters received ballots) exceeds the %3 voters on the list.</source>
        <translation>Сведения на %1 (получили бюллетени: %2) превышают число избирателей в списке (%3).</translation>
    </message>
    <message>
        <source>Check the report with the polling station, and the number of voters on its list.</source>
        <translation>Уточните на избирательном участке эти сведения и число избирателей в его списке.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>The election file.</source>
        <translation>Файл выборов.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Give the kind of register and one CSV file.</source>
        <translation>Укажите вид реестра и один файл CSV.</translation>
    </message>
    <message>
        <source>Unknown register &quot;%1&quot;; use territories, parties, contests, polling-stations, candidates or observers.</source>
        <translation>Неизвестный реестр &quot;%1&quot;; используйте territories, parties, contests, polling-stations, candidates или observers.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>Не указан --db ФАЙЛ.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of %1 from %2.</source>
        <translation>
            <numerusform>Импортирована %n строка реестра %1 из %2.</numerusform>
            <numerusform>Импортировано %n строки реестра %1 из %2.</numerusform>
            <numerusform>Импортировано %n строк реестра %1 из %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a register from CSV, all or nothing: import KIND FILE.csv --db DB; or results: import protocols PROTOCOLS.csv VOTES.csv --db DB.</source>
        <translation>Импортировать реестр из CSV по принципу «всё или ничего»: import KIND FILE.csv --db DB; или результаты: import protocols PROTOCOLS.csv VOTES.csv --db DB.</translation>
    </message>
    <message>
        <source>territories, parties, contests, polling-stations, candidates or observers; or protocols, or turnout.</source>
        <translation>territories, parties, contests, polling-stations, candidates или observers; либо protocols или turnout.</translation>
    </message>
    <message>
        <source>The CSV file to import (protocols: PROTOCOLS.csv and VOTES.csv, stored as your entries with every warning acknowledged by you, as if checked against the paper).</source>
        <translation>Импортируемый файл CSV (для protocols — PROTOCOLS.csv и VOTES.csv; сохраняются как ваши вводы, все предупреждения считаются подтверждёнными вами, как если бы данные были сверены с бумажным протоколом).</translation>
    </message>
    <message>
        <source>protocols only: every row must become the first (or the second) entry of its protocol; otherwise nothing is imported.</source>
        <translation>только для protocols: каждая строка должна стать первым (или вторым) вводом своего протокола; иначе ничего не импортируется.</translation>
    </message>
    <message>
        <source>first|second</source>
        <translation>first|second</translation>
    </message>
    <message>
        <source>--entry is for import protocols only.</source>
        <translation>--entry применяется только с import protocols.</translation>
    </message>
    <message>
        <source>Give one turnout CSV file: import turnout TURNOUT.csv.</source>
        <translation>Укажите один файл CSV со сведениями о явке: import turnout TURNOUT.csv.</translation>
    </message>
    <message>
        <source>Give two files: import protocols PROTOCOLS.csv VOTES.csv.</source>
        <translation>Укажите два файла: import protocols PROTOCOLS.csv VOTES.csv.</translation>
    </message>
    <message>
        <source>--entry takes first or second.</source>
        <translation>--entry принимает first или second.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) refused.</source>
        <translation>
            <numerusform>Ничего не импортировано: отклонена %Ln строка.</numerusform>
            <numerusform>Ничего не импортировано: отклонено %Ln строки.</numerusform>
            <numerusform>Ничего не импортировано: отклонено %Ln строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln protocol(s) from %1 as %2&apos;s entries, every warning acknowledged by %2.</source>
        <translation>
            <numerusform>Импортирован %Ln протокол из %1 как вводы пользователя %2; все предупреждения подтверждены пользователем %2.</numerusform>
            <numerusform>Импортировано %Ln протокола из %1 как вводы пользователя %2; все предупреждения подтверждены пользователем %2.</numerusform>
            <numerusform>Импортировано %Ln протоколов из %1 как вводы пользователя %2; все предупреждения подтверждены пользователем %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Waiting for the second entry</source>
        <translation>Ожидает второго ввода</translation>
    </message>
    <message>
        <source>Sent to a coordinator</source>
        <translation>Передан координатору</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new, empty election file with its first administrator.</source>
        <translation>Создать новый пустой файл выборов с первым администратором.</translation>
    </message>
    <message>
        <source>The election file to create.</source>
        <translation>Создаваемый файл выборов.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Name of the election.</source>
        <translation>Название выборов.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>Election day.</source>
        <translation>День выборов.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Short code of the election (default ELECTION-&lt;date&gt;).</source>
        <translation>Краткий код выборов (по умолчанию ELECTION-&lt;дата&gt;).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>Ballots have an &quot;against all&quot; line.</source>
        <translation>В бюллетенях есть строка &quot;против всех&quot;.</translation>
    </message>
    <message>
        <source>Hours of turnout reports, comma-separated, e.g. 10:00,12:00.</source>
        <translation>Время сведений о явке через запятую, например 10:00,12:00.</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>ЧАСЫ</translation>
    </message>
    <message>
        <source>Login of the first administrator.</source>
        <translation>Логин первого администратора.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>Full name of the first administrator (default: the login).</source>
        <translation>ФИО первого администратора (по умолчанию — логин).</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from the first line of standard input (without it: BALLOTDESK_PASSWORD).</source>
        <translation>Читать пароль администратора из первой строки стандартного ввода (без этого параметра: BALLOTDESK_PASSWORD).</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date принимает дату в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Created %1 with the administrator %2.</source>
        <translation>Создан файл %1 с администратором %2.</translation>
    </message>
</context>
<context>
    <name>MapQueries</name>
    <message>
        <source>The database holds no election yet.</source>
        <translation>В базе данных пока нет выборов.</translation>
    </message>
    <message>
        <source>The election has no territory with the code %1 at this level.</source>
        <translation>В выборах нет территории с кодом %1 на этом уровне.</translation>
    </message>
    <message>
        <source>Polling station No. %1</source>
        <translation>Избирательный участок № %1</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message numerus="yes">
        <source>A password needs at least %n characters; choose a longer one.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа; выберите более длинный.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов; выберите более длинный.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов; выберите более длинный.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be protected; nothing was changed.</source>
        <translation>Не удалось защитить пароль; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>PdfExportFlow</name>
    <message>
        <source>Cannot Export PDF</source>
        <translation>Не удалось экспортировать PDF</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>An administrator</source>
        <comment>subject of a refusal</comment>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>A coordinator</source>
        <comment>subject of a refusal</comment>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>An operator</source>
        <comment>subject of a refusal</comment>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>An analyst</source>
        <comment>subject of a refusal</comment>
        <translation>Аналитик</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <comment>refused operation</comment>
        <translation>управлять учётными записями пользователей</translation>
    </message>
    <message>
        <source>set up or change the election</source>
        <comment>refused operation</comment>
        <translation>настраивать или изменять выборы</translation>
    </message>
    <message>
        <source>edit the registers</source>
        <comment>refused operation</comment>
        <translation>редактировать реестры</translation>
    </message>
    <message>
        <source>import registers</source>
        <comment>refused operation</comment>
        <translation>импортировать реестры</translation>
    </message>
    <message>
        <source>enter a protocol</source>
        <comment>refused operation</comment>
        <translation>вводить протоколы</translation>
    </message>
    <message>
        <source>enter a turnout report</source>
        <comment>refused operation</comment>
        <translation>вводить сведения о явке</translation>
    </message>
    <message>
        <source>resolve differing protocol entries</source>
        <comment>refused operation</comment>
        <translation>устранять расхождения между вводами протокола</translation>
    </message>
    <message>
        <source>correct an accepted protocol</source>
        <comment>refused operation</comment>
        <translation>исправлять принятый протокол</translation>
    </message>
    <message>
        <source>mark the results final</source>
        <comment>refused operation</comment>
        <translation>объявлять итоги окончательными</translation>
    </message>
    <message>
        <source>read the results</source>
        <comment>refused operation</comment>
        <translation>просматривать итоги</translation>
    </message>
    <message>
        <source>export reports</source>
        <comment>refused operation</comment>
        <translation>экспортировать отчёты</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <comment>refused operation</comment>
        <translation>проверять журнал аудита</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <comment>refused operation</comment>
        <translation>экспортировать журнал аудита</translation>
    </message>
    <message>
        <source>back up the election file</source>
        <comment>refused operation</comment>
        <translation>создавать резервную копию файла выборов</translation>
    </message>
    <message>
        <source>restore the election file from a backup</source>
        <comment>refused operation</comment>
        <translation>восстанавливать файл выборов из резервной копии</translation>
    </message>
    <message>
        <source>ask an administrator</source>
        <comment>who may do a refused operation</comment>
        <translation>обратитесь к администратору</translation>
    </message>
    <message>
        <source>ask a coordinator</source>
        <comment>who may do a refused operation</comment>
        <translation>обратитесь к координатору</translation>
    </message>
    <message>
        <source>ask an operator</source>
        <comment>who may do a refused operation</comment>
        <translation>обратитесь к оператору</translation>
    </message>
    <message>
        <source>ask an analyst</source>
        <comment>who may do a refused operation</comment>
        <translation>обратитесь к аналитику</translation>
    </message>
    <message>
        <source>%1 may not %2; %3.</source>
        <extracomment>%1 the role (&quot;An operator&quot;), %2 the operation (&quot;correct an accepted protocol&quot;), %3 who may (&quot;ask a coordinator&quot;)</extracomment>
        <translation>%1 не имеет права %2; %3.</translation>
    </message>
</context>
<context>
    <name>ProtocolCsv</name>
    <message>
        <source>the file is empty; the first line must be the header: %1</source>
        <translation>файл пуст; первой строкой должен быть заголовок: %1</translation>
    </message>
    <message>
        <source>unknown column; the columns of %1 are: %2</source>
        <translation>неизвестный столбец; столбцы файла %1: %2</translation>
    </message>
    <message>
        <source>appears twice (fields %1 and %2); keep one</source>
        <translation>встречается дважды (поля %1 и %2); оставьте один</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>в заголовке нет обязательного столбца</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; quote fields that contain a comma</source>
        <translation>в строке %1 полей, а в заголовке %2; заключите в кавычки поля, содержащие запятую</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; add the missing fields</source>
        <translation>в строке %1 полей, а в заголовке %2; добавьте недостающие поля</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A code quoted in a message, e.g. “KZ-AKM-001”</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>station %1, contest %2</source>
        <translation>участок %1, выборы %2</translation>
    </message>
    <message>
        <source>The file holds no election; create one first (ballotdesk-cli init).</source>
        <translation>В файле нет выборов; сначала создайте их (ballotdesk-cli init).</translation>
    </message>
    <message>
        <source>this election has no “against all”; remove the column</source>
        <translation>на этих выборах нет графы «против всех»; удалите столбец</translation>
    </message>
    <message>
        <source>required; give the code of a polling station</source>
        <translation>обязательно; укажите код избирательного участка</translation>
    </message>
    <message>
        <source>no polling station has the code %1 in this election</source>
        <translation>в выборах нет избирательного участка с кодом %1</translation>
    </message>
    <message>
        <source>required; give the code of the contest</source>
        <translation>обязательно; укажите код выборов</translation>
    </message>
    <message>
        <source>no contest has the code %1 in this election</source>
        <translation>выборов с кодом %1 нет</translation>
    </message>
    <message>
        <source>station %1 and contest %2 already appear on line %3; keep one row per station and contest</source>
        <translation>участок %1 и выборы %2 уже указаны в строке %3; оставьте одну строку на участок и выборы</translation>
    </message>
    <message>
        <source>the file has a header but no rows; there is nothing to check</source>
        <translation>в файле есть заголовок, но нет строк; проверять нечего</translation>
    </message>
    <message>
        <source>required; give the code of a candidate</source>
        <translation>обязательно; укажите код кандидата</translation>
    </message>
    <message>
        <source>no candidate has the code %1 in this election</source>
        <translation>в выборах нет кандидата с кодом %1</translation>
    </message>
    <message>
        <source>candidate %1 at station %2 already appears on line %3; keep one row per station and candidate</source>
        <translation>кандидат %1 на участке %2 уже указан в строке %3; оставьте одну строку на участок и кандидата</translation>
    </message>
    <message>
        <source>polling station %1 has no row in %2; add its protocol there</source>
        <translation>для избирательного участка %1 нет строки в %2; добавьте туда его протокол</translation>
    </message>
    <message>
        <source>candidate %1 stands in contest %2, but the row of station %3 in %4 is for contest %5</source>
        <translation>кандидат %1 баллотируется на выборах %2, но строка участка %3 в %4 относится к выборам %5</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>The files have problems; nothing was imported.</source>
        <translation>В файлах есть проблемы; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 names the station and contest, %2 says why the row is refused</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>has errors: %1</source>
        <translation>есть ошибки: %1</translation>
    </message>
    <message>
        <source>the protocol is already accepted; only a coordinator can correct it</source>
        <translation>протокол уже принят; исправить его может только координатор</translation>
    </message>
    <message>
        <source>the protocol is waiting for a coordinator to resolve its entries</source>
        <translation>протокол ожидает решения координатора по его вводам</translation>
    </message>
    <message>
        <source>this would be the first entry of the protocol, but --entry second was given</source>
        <translation>это был бы первый ввод протокола, но указано --entry second</translation>
    </message>
    <message>
        <source>you made the first entry of this protocol; the second entry must be made by another operator</source>
        <translation>первый ввод этого протокола выполнили вы; второй ввод должен выполнить другой оператор</translation>
    </message>
    <message>
        <source>this would be the second entry of the protocol, but --entry first was given</source>
        <translation>это был бы второй ввод протокола, но указано --entry first</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Импортировано из %1</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4 Nothing was imported.</source>
        <translation>%1:%2: %3: %4 Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1:%2: %3: the row became the %4 entry, not the one --entry asked for. Nothing was imported.</source>
        <translation>%1:%2: %3: строка записана как %4 ввод, а не тот, что указан в --entry. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>первый</translation>
    </message>
    <message>
        <source>second</source>
        <translation>второй</translation>
    </message>
</context>
<context>
    <name>ProtocolEntryService</name>
    <message>
        <source>There is no protocol %1 in this election file.</source>
        <translation>В этом файле выборов нет протокола %1.</translation>
    </message>
    <message>
        <source>saving an entry</source>
        <translation>сохранение ввода</translation>
    </message>
    <message>
        <source>The figures have errors (%1). Correct them from the paper form, or refer the entry to a coordinator if the paper itself is wrong.</source>
        <translation>В показателях есть ошибки (%1). Исправьте их по бумажному протоколу или передайте ввод координатору, если ошибка в самом бумажном протоколе.</translation>
    </message>
    <message>
        <source>Check these warnings against the paper form and confirm each of them: %1.</source>
        <translation>Сверьте эти предупреждения с бумажным протоколом и подтвердите каждое из них: %1.</translation>
    </message>
    <message>
        <source>This protocol is already accepted; only a coordinator can change it, through a correction.</source>
        <translation>Этот протокол уже принят; изменить его может только координатор путём исправления.</translation>
    </message>
    <message>
        <source>You have already finished entry %1 of this protocol; the other entry must be made by a different operator.</source>
        <translation>Вы уже завершили ввод %1 этого протокола; другой ввод должен выполнить другой оператор.</translation>
    </message>
    <message>
        <source>Two other operators are already entering this protocol.</source>
        <translation>Этот протокол уже вводят два других оператора.</translation>
    </message>
    <message>
        <source>There is no protocol of polling station %1 for contest %2.</source>
        <translation>Нет протокола избирательного участка %1 для выборов %2.</translation>
    </message>
    <message>
        <source>Say why the entry goes to a coordinator with errors (for example, what is wrong on the paper form).</source>
        <translation>Укажите, почему ввод передаётся координатору с ошибками (например, что неверно в бумажном протоколе).</translation>
    </message>
    <message>
        <source>Only a protocol waiting for a coordinator can be resolved.</source>
        <translation>Решение можно принять только по протоколу, ожидающему координатора.</translation>
    </message>
    <message>
        <source>Entry %1 of this protocol is not finished; it cannot be kept.</source>
        <translation>Ввод %1 этого протокола не завершён; его нельзя сохранить.</translation>
    </message>
    <message>
        <source>Entry %1 has errors (%2) and cannot be accepted. Return it to its operator or discard both entries.</source>
        <translation>Ввод %1 содержит ошибки (%2) и не может быть принят. Верните его оператору или аннулируйте оба ввода.</translation>
    </message>
    <message>
        <source>Write a remark for the operator: what to check on the paper form.</source>
        <translation>Напишите замечание для оператора: что проверить в бумажном протоколе.</translation>
    </message>
    <message>
        <source>Entry %1 of this protocol is not finished; it cannot be returned.</source>
        <translation>Ввод %1 этого протокола не завершён; его нельзя вернуть.</translation>
    </message>
    <message>
        <source>Say why both entries are discarded.</source>
        <translation>Укажите, почему аннулируются оба ввода.</translation>
    </message>
    <message>
        <source>This protocol has no entry to discard.</source>
        <translation>У этого протокола нет ввода, который можно аннулировать.</translation>
    </message>
    <message>
        <source>A correction needs a reason: say what was wrong and which document shows the right figures.</source>
        <translation>Для исправления нужна причина: укажите, что было неверно и какой документ подтверждает правильные показатели.</translation>
    </message>
    <message>
        <source>Only an accepted protocol can be corrected.</source>
        <translation>Исправить можно только принятый протокол.</translation>
    </message>
    <message>
        <source>Someone changed this protocol while you were correcting it (version %1, now %2). Its current figures are: %3. Reload it and correct it again.</source>
        <translation>Кто-то изменил этот протокол, пока вы его исправляли (версия %1, теперь %2). Его текущие показатели: %3. Загрузите его заново и повторите исправление.</translation>
    </message>
    <message>
        <source>The figures are the same as the accepted ones: nothing to correct.</source>
        <translation>Показатели совпадают с принятыми: исправлять нечего.</translation>
    </message>
    <message>
        <source>The corrected figures have errors (%1); an accepted protocol cannot have errors.</source>
        <translation>В исправленных показателях есть ошибки (%1); принятый протокол не может содержать ошибок.</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Нет ввода</translation>
    </message>
    <message>
        <source>First entry done</source>
        <translation>Первый ввод выполнен</translation>
    </message>
    <message>
        <source>Differing entries</source>
        <translation>Вводы расходятся</translation>
    </message>
    <message>
        <source>Entry with errors</source>
        <translation>Ввод с ошибками</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
</context>
<context>
    <name>ProtocolFields</name>
    <message>
        <source>Voters on the list</source>
        <translation>Избирателей в списке</translation>
    </message>
    <message>
        <source>Ballots received</source>
        <translation>Получено бюллетеней</translation>
    </message>
    <message>
        <source>Ballots issued in the polling station</source>
        <translation>Выдано бюллетеней в помещении для голосования</translation>
    </message>
    <message>
        <source>Ballots issued outside the polling station</source>
        <translation>Выдано бюллетеней вне помещения для голосования</translation>
    </message>
    <message>
        <source>Ballots cancelled</source>
        <translation>Погашенные бюллетени</translation>
    </message>
    <message>
        <source>Ballots in stationary boxes</source>
        <translation>Бюллетени в стационарных ящиках</translation>
    </message>
    <message>
        <source>Ballots in mobile boxes</source>
        <translation>Бюллетени в переносных ящиках</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Недействительные бюллетени</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
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
        <translation>Число полученных бюллетеней (B = %1) не равно сумме бюллетеней, выданных в помещении для голосования, выданных вне его и погашенных (C + C2 + D = %2 + %3 + %4 = %5); разница составляет %6.</translation>
    </message>
    <message>
        <source>Check B, C, C2 and D against the paper form. If the form itself does not add up, return it to the precinct commission to recount the unused ballots.</source>
        <translation>Сверьте B, C, C2 и D с бумажным протоколом. Если не сходится сам протокол, верните его участковой избирательной комиссии для пересчёта неиспользованных бюллетеней.</translation>
    </message>
    <message>
        <source>More ballots were issued (C + C2 = %1 + %2 = %3) than there are voters on the list (A = %4).</source>
        <translation>Выдано больше бюллетеней (C + C2 = %1 + %2 = %3), чем избирателей в списке (A = %4).</translation>
    </message>
    <message>
        <source>Check A, C and C2 against the paper form; voters added to the list on election day belong in A.</source>
        <translation>Сверьте A, C и C2 с бумажным протоколом; избиратели, включённые в список в день выборов, учитываются в A.</translation>
    </message>
    <message>
        <source>More ballots were found in the boxes (E + E2 = %1 + %2 = %3) than were issued (C + C2 = %4 + %5 = %6).</source>
        <translation>В ящиках обнаружено больше бюллетеней (E + E2 = %1 + %2 = %3), чем выдано (C + C2 = %4 + %5 = %6).</translation>
    </message>
    <message>
        <source>Check C, C2, E and E2 against the paper form. If they are copied correctly, the precinct commission must explain the extra ballots.</source>
        <translation>Сверьте C, C2, E и E2 с бумажным протоколом. Если данные перенесены верно, участковая избирательная комиссия должна объяснить появление лишних бюллетеней.</translation>
    </message>
    <message>
        <source>More ballots were found in the mobile boxes (E2 = %1) than were issued outside the polling station (C2 = %2).</source>
        <translation>В переносных ящиках обнаружено больше бюллетеней (E2 = %1), чем выдано вне помещения для голосования (C2 = %2).</translation>
    </message>
    <message>
        <source>Check C2 and E2 against the paper form. If they are copied correctly, the precinct commission must explain the extra ballots in the mobile boxes.</source>
        <translation>Сверьте C2 и E2 с бумажным протоколом. Если данные перенесены верно, участковая избирательная комиссия должна объяснить появление лишних бюллетеней в переносных ящиках.</translation>
    </message>
    <message>
        <source>Invalid ballots plus valid votes (F + ΣG + H = %1 + %2 + %3 = %4) do not equal the ballots found in the boxes (E + E2 = %5 + %6 = %7).</source>
        <translation>Сумма недействительных бюллетеней и действительных голосов (F + ΣG + H = %1 + %2 + %3 = %4) не равна числу бюллетеней, обнаруженных в ящиках (E + E2 = %5 + %6 = %7).</translation>
    </message>
    <message>
        <source>Check E, E2, F, every candidate&apos;s votes and H against the paper form.</source>
        <translation>Сверьте E, E2, F, голоса каждого кандидата и H с бумажным протоколом.</translation>
    </message>
    <message>
        <source>Invalid ballots plus the candidates&apos; votes (F + ΣG = %1 + %2 = %3) do not equal the ballots found in the boxes (E + E2 = %4 + %5 = %6).</source>
        <translation>Сумма недействительных бюллетеней и голосов за кандидатов (F + ΣG = %1 + %2 = %3) не равна числу бюллетеней, обнаруженных в ящиках (E + E2 = %4 + %5 = %6).</translation>
    </message>
    <message>
        <source>Check E, E2, F and every candidate&apos;s votes against the paper form.</source>
        <translation>Сверьте E, E2, F и голоса каждого кандидата с бумажным протоколом.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One wrong field in a list: %1 is the field, %2 what is wrong, e.g. &quot;negative&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>votes for candidate %1: %2</source>
        <translation>голоса за кандидата %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) do not hold a valid count: %1.</source>
        <translation>
            <numerusform>В %n поле указано недопустимое число: %1.</numerusform>
            <numerusform>В %n полях указаны недопустимые числа: %1.</numerusform>
            <numerusform>В %n полях указаны недопустимые числа: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter every field exactly as written on the paper form, as a whole number from 0 to %1 without spaces or separators. Enter 0 rather than leaving a field empty.</source>
        <translation>Введите каждое поле точно так, как оно записано в бумажном протоколе, — целым числом от 0 до %1 без пробелов и разделителей. Не оставляйте поле пустым: введите 0.</translation>
    </message>
    <message numerus="yes">
        <source>Votes are entered for %n candidate(s) who are not registered in this contest: %1.</source>
        <translation>
            <numerusform>Введены голоса за %n кандидата, не зарегистрированного на этих выборах: %1.</numerusform>
            <numerusform>Введены голоса за %n кандидатов, не зарегистрированных на этих выборах: %1.</numerusform>
            <numerusform>Введены голоса за %n кандидатов, не зарегистрированных на этих выборах: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove these entries, or check that the protocol was entered for the right contest.</source>
        <translation>Удалите эти записи или проверьте, что протокол введён для нужных выборов.</translation>
    </message>
    <message numerus="yes">
        <source>%n registered candidate(s) of this contest have no votes entered: %1.</source>
        <translation>
            <numerusform>Для %n зарегистрированного кандидата на этих выборах не введены голоса: %1.</numerusform>
            <numerusform>Для %n зарегистрированных кандидатов на этих выборах не введены голоса: %1.</numerusform>
            <numerusform>Для %n зарегистрированных кандидатов на этих выборах не введены голоса: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the votes of every registered candidate as written on the paper form; enter 0 for a candidate without votes.</source>
        <translation>Введите голоса каждого зарегистрированного кандидата так, как они записаны в бумажном протоколе; для кандидата без голосов введите 0.</translation>
    </message>
    <message numerus="yes">
        <source>Votes are entered more than once for %n candidate(s): %1.</source>
        <translation>
            <numerusform>Голоса введены более одного раза для %n кандидата: %1.</numerusform>
            <numerusform>Голоса введены более одного раза для %n кандидатов: %1.</numerusform>
            <numerusform>Голоса введены более одного раза для %n кандидатов: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one entry for each candidate.</source>
        <translation>Оставьте ровно одну запись для каждого кандидата.</translation>
    </message>
    <message>
        <source>“Against all” (H) is entered as %1, but this election has no “against all”.</source>
        <translation>В поле «Против всех» (H) введено %1, но на этих выборах графа «против всех» не предусмотрена.</translation>
    </message>
    <message>
        <source>Clear field H, or check the election&apos;s settings.</source>
        <translation>Очистите поле H или проверьте настройки выборов.</translation>
    </message>
    <message>
        <source>The polling station does not belong to the territory of this contest.</source>
        <translation>Избирательный участок не относится к территории этих выборов.</translation>
    </message>
    <message>
        <source>Check that the protocol was entered for the right polling station and contest.</source>
        <translation>Проверьте, что протокол введён для нужного избирательного участка и нужных выборов.</translation>
    </message>
    <message>
        <source>%1 of the %2 ballots found are invalid (%3 %), at or above the threshold of %4 %.</source>
        <translation>Недействительны %1 из %2 обнаруженных бюллетеней (%3 %), что не ниже порога %4 %.</translation>
    </message>
    <message>
        <source>Check F against the paper form and confirm with the precinct commission that it found this many invalid ballots.</source>
        <translation>Сверьте F с бумажным протоколом и уточните у участковой избирательной комиссии, действительно ли обнаружено столько недействительных бюллетеней.</translation>
    </message>
    <message>
        <source>%1 of the %2 ballots issued were not found in the boxes (%3 %); the thresholds are %4 ballots or %5 %.</source>
        <translation>%1 из %2 выданных бюллетеней не обнаружены в ящиках (%3 %); пороговые значения: количество — %4, доля — %5 %.</translation>
    </message>
    <message>
        <source>Check C, C2, E and E2 against the paper form and confirm the missing ballots with the precinct commission.</source>
        <translation>Сверьте C, C2, E и E2 с бумажным протоколом и уточните у участковой избирательной комиссии причину отсутствия бюллетеней.</translation>
    </message>
    <message>
        <source>Turnout is %1 % (C + C2 = %2 of A = %3 voters), at or above %4 %.</source>
        <translation>Явка составляет %1 % (C + C2 = %2 из A = %3), что не ниже %4 %.</translation>
    </message>
    <message>
        <source>Turnout is %1 % (C + C2 = %2 of A = %3 voters), at or below %4 %.</source>
        <translation>Явка составляет %1 % (C + C2 = %2 из A = %3), что не выше %4 %.</translation>
    </message>
    <message>
        <source>Check A, C and C2 against the paper form and confirm the turnout with the precinct commission.</source>
        <translation>Сверьте A, C и C2 с бумажным протоколом и подтвердите явку у участковой избирательной комиссии.</translation>
    </message>
    <message>
        <source>No ballots were found in the boxes (E + E2 = 0): nobody voted.</source>
        <translation>В ящиках не обнаружено ни одного бюллетеня (E + E2 = 0): никто не проголосовал.</translation>
    </message>
    <message>
        <source>Check E and E2 against the paper form and confirm with the precinct commission that nobody voted.</source>
        <translation>Сверьте E и E2 с бумажным протоколом и уточните у участковой избирательной комиссии, что никто не проголосовал.</translation>
    </message>
    <message>
        <source>There are no voters on the list (A = 0).</source>
        <translation>В списке нет избирателей (A = 0).</translation>
    </message>
    <message>
        <source>Check A against the paper form and confirm with the precinct commission that its list was empty.</source>
        <translation>Сверьте A с бумажным протоколом и уточните у участковой избирательной комиссии, что её список был пуст.</translation>
    </message>
    <message>
        <source>Voters on the list (A = %1) differ from the %2 registered voters on record for this station by %3 (%4 %), more than %5 %.</source>
        <translation>Число избирателей в списке (A = %1) отличается от числа зарегистрированных избирателей этого участка (%2) на %3 (%4 %), то есть более чем на %5 %.</translation>
    </message>
    <message>
        <source>Voters on the list (A = %1) differ from the registered voters on record for this station, which are %2.</source>
        <translation>Число избирателей в списке (A = %1) отличается от числа зарегистрированных избирателей этого участка (%2).</translation>
    </message>
    <message>
        <source>Check A against the paper form; the precinct commission must explain a large change of its list.</source>
        <translation>Сверьте A с бумажным протоколом; участковая избирательная комиссия должна объяснить значительное изменение списка.</translation>
    </message>
    <message>
        <source>The station&apos;s last hourly turnout report (%1 voters) differs from the ballots issued (C + C2 = %2) by %3 (%4 %), more than %5 %.</source>
        <translation>Последние почасовые сведения о явке на участке (избирателей: %1) отличаются от числа выданных бюллетеней (C + C2 = %2) на %3 (%4 %), то есть более чем на %5 %.</translation>
    </message>
    <message>
        <source>The station&apos;s last hourly turnout report (%1 voters) differs from the ballots issued (C + C2 = %2).</source>
        <translation>Последние почасовые сведения о явке на участке (избирателей: %1) отличаются от числа выданных бюллетеней (C + C2 = %2).</translation>
    </message>
    <message>
        <source>Check C and C2 against the paper form, and the hourly report with the polling station.</source>
        <translation>Сверьте C и C2 с бумажным протоколом, а почасовые сведения — с избирательным участком.</translation>
    </message>
    <message>
        <source>no entry</source>
        <translation>нет записи</translation>
    </message>
    <message>
        <source>%1: first %2, second %3</source>
        <extracomment>A difference between two entries: %1 is the field, %2 and %3 its two values</extracomment>
        <translation>%1: первый ввод %2, второй %3</translation>
    </message>
    <message>
        <source>votes for candidate %1: first %2, second %3</source>
        <translation>голоса за кандидата %1: первый ввод %2, второй %3</translation>
    </message>
    <message numerus="yes">
        <source>The second entry differs from the first in %n field(s): %1.</source>
        <translation>
            <numerusform>Второй ввод отличается от первого в %n поле: %1.</numerusform>
            <numerusform>Второй ввод отличается от первого в %n полях: %1.</numerusform>
            <numerusform>Второй ввод отличается от первого в %n полях: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare both entries with the paper form, then keep the correct one or send the wrong one back to its operator.</source>
        <translation>Сверьте оба ввода с бумажным протоколом, затем сохраните верный или верните ошибочный оператору, который его ввёл.</translation>
    </message>
    <message>
        <source>Received ballots are not accounted for: B ≠ C + C2 + D</source>
        <translation>Полученные бюллетени не сходятся: B ≠ C + C2 + D</translation>
    </message>
    <message>
        <source>More ballots issued than voters on the list: C + C2 &gt; A</source>
        <translation>Выдано больше бюллетеней, чем избирателей в списке: C + C2 &gt; A</translation>
    </message>
    <message>
        <source>More ballots in the boxes than were issued: E + E2 &gt; C + C2</source>
        <translation>В ящиках больше бюллетеней, чем выдано: E + E2 &gt; C + C2</translation>
    </message>
    <message>
        <source>More ballots in the mobile boxes than were issued outside: E2 &gt; C2</source>
        <translation>В переносных ящиках больше бюллетеней, чем выдано вне помещения: E2 &gt; C2</translation>
    </message>
    <message>
        <source>Invalid ballots plus valid votes differ from the ballots found: F + ΣG + H ≠ E + E2</source>
        <translation>Недействительные бюллетени и действительные голоса не сходятся с обнаруженными бюллетенями: F + ΣG + H ≠ E + E2</translation>
    </message>
    <message>
        <source>A field is empty or not a whole number from 0 to %1</source>
        <translation>Поле пустое или не является целым числом от 0 до %1</translation>
    </message>
    <message>
        <source>Votes for someone who is not a registered candidate of the contest, or a registered candidate without votes</source>
        <translation>Голоса за лицо, не зарегистрированное кандидатом на этих выборах, или зарегистрированный кандидат без голосов</translation>
    </message>
    <message>
        <source>The polling station does not belong to the contest&apos;s territory</source>
        <translation>Избирательный участок не относится к территории выборов</translation>
    </message>
    <message>
        <source>The second entry differs from the first</source>
        <translation>Второй ввод отличается от первого</translation>
    </message>
    <message>
        <source>Many invalid ballots</source>
        <translation>Много недействительных бюллетеней</translation>
    </message>
    <message>
        <source>Issued ballots missing from the boxes</source>
        <translation>Выданные бюллетени отсутствуют в ящиках</translation>
    </message>
    <message>
        <source>Unusually high or low turnout</source>
        <translation>Необычно высокая или низкая явка</translation>
    </message>
    <message>
        <source>Nobody voted: E + E2 = 0</source>
        <translation>Никто не проголосовал: E + E2 = 0</translation>
    </message>
    <message>
        <source>No voters on the list: A = 0</source>
        <translation>В списке нет избирателей: A = 0</translation>
    </message>
    <message>
        <source>Voters on the list differ much from the station&apos;s registered voters</source>
        <translation>Число избирателей в списке сильно отличается от числа зарегистрированных избирателей участка</translation>
    </message>
    <message>
        <source>The last hourly turnout report differs from the ballots issued</source>
        <translation>Последние почасовые сведения о явке отличаются от числа выданных бюллетеней</translation>
    </message>
    <message>
        <source>An hourly turnout report is lower than an earlier one of the same station</source>
        <translation>Почасовые сведения о явке меньше более ранних сведений того же участка</translation>
    </message>
    <message>
        <source>An hourly turnout report exceeds the station&apos;s voters on the list</source>
        <translation>Почасовые сведения о явке превышают число избирателей в списке участка</translation>
    </message>
</context>
<context>
    <name>RecordAccess</name>
    <message>
        <source>territory %1</source>
        <translation>территория %1</translation>
    </message>
    <message>
        <source>party %1</source>
        <translation>партия %1</translation>
    </message>
    <message>
        <source>contest %1</source>
        <translation>выборы %1</translation>
    </message>
    <message>
        <source>polling station %1</source>
        <translation>избирательный участок %1</translation>
    </message>
    <message>
        <source>candidate %1</source>
        <translation>кандидат %1</translation>
    </message>
    <message>
        <source>observer %1</source>
        <translation>наблюдатель %1</translation>
    </message>
    <message>
        <source>Add territory %1</source>
        <translation>Добавить территорию %1</translation>
    </message>
    <message>
        <source>Add party %1</source>
        <translation>Добавить партию %1</translation>
    </message>
    <message>
        <source>Add contest %1</source>
        <translation>Добавить выборы %1</translation>
    </message>
    <message>
        <source>Add polling station %1</source>
        <translation>Добавить избирательный участок %1</translation>
    </message>
    <message>
        <source>Add candidate %1</source>
        <translation>Добавить кандидата %1</translation>
    </message>
    <message>
        <source>Add observer %1</source>
        <translation>Добавить наблюдателя %1</translation>
    </message>
    <message>
        <source>Edit territory %1</source>
        <translation>Изменить территорию %1</translation>
    </message>
    <message>
        <source>Edit party %1</source>
        <translation>Изменить партию %1</translation>
    </message>
    <message>
        <source>Edit contest %1</source>
        <translation>Изменить выборы %1</translation>
    </message>
    <message>
        <source>Edit polling station %1</source>
        <translation>Изменить избирательный участок %1</translation>
    </message>
    <message>
        <source>Edit candidate %1</source>
        <translation>Изменить кандидата %1</translation>
    </message>
    <message>
        <source>Edit observer %1</source>
        <translation>Изменить наблюдателя %1</translation>
    </message>
    <message>
        <source>Delete territory %1</source>
        <translation>Удалить территорию %1</translation>
    </message>
    <message>
        <source>Delete party %1</source>
        <translation>Удалить партию %1</translation>
    </message>
    <message>
        <source>Delete contest %1</source>
        <translation>Удалить выборы %1</translation>
    </message>
    <message>
        <source>Delete polling station %1</source>
        <translation>Удалить избирательный участок %1</translation>
    </message>
    <message>
        <source>Delete candidate %1</source>
        <translation>Удалить кандидата %1</translation>
    </message>
    <message>
        <source>Delete observer %1</source>
        <translation>Удалить наблюдателя %1</translation>
    </message>
</context>
<context>
    <name>RegisterCsvFormat</name>
    <message>
        <source>is empty; a value is required</source>
        <translation>пусто; значение обязательно</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; write one of: %2</source>
        <translation>&quot;%1&quot; недопустимо; укажите одно из значений: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to 999999999; write digits only, without sign, decimals, separators or exponent</source>
        <translation>&quot;%1&quot; не является целым числом от 0 до 999999999; пишите только цифры, без знака, дробной части, разделителей и экспоненты</translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar</source>
        <translation>%1 не является календарной датой</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD, e.g. 2021-07-25</source>
        <translation>&quot;%1&quot; не является датой; пишите ГГГГ-ММ-ДД, например 2021-07-25</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of decimal degrees; write e.g. 43.2389 with a point</source>
        <translation>&quot;%1&quot; не является числом в десятичных градусах; пишите, например, 43.2389 с точкой</translation>
    </message>
    <message>
        <source>unknown column; the columns of %1 are: %2</source>
        <translation>неизвестный столбец; столбцы реестра %1: %2</translation>
    </message>
    <message>
        <source>appears twice (fields %1 and %2); keep one</source>
        <translation>встречается дважды (поля %1 и %2); оставьте один</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>в заголовке нет обязательного столбца</translation>
    </message>
    <message>
        <source>no name column; the header needs at least one of name_kk, name_ru, name_en</source>
        <translation>нет столбца с названием; в заголовке нужен хотя бы один из name_kk, name_ru, name_en</translation>
    </message>
    <message>
        <source>latitude and longitude come together; add the missing column</source>
        <translation>широта и долгота указываются вместе; добавьте недостающий столбец</translation>
    </message>
</context>
<context>
    <name>RegisterExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
    <message>
        <source>reading the register</source>
        <translation>чтение реестра</translation>
    </message>
</context>
<context>
    <name>RegisterImporter</name>
    <message>
        <source>the file is empty; the first line must be the header: %1</source>
        <translation>файл пуст; первой строкой должен быть заголовок: %1</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; quote fields that contain a comma</source>
        <translation>в строке %1 полей, а в заголовке %2; заключите в кавычки поля, содержащие запятую</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; add the missing fields</source>
        <translation>в строке %1 полей, а в заголовке %2; добавьте недостающие поля</translation>
    </message>
    <message>
        <source>the file has a header but no rows; there is nothing to import</source>
        <translation>в файле есть заголовок, но нет строк; импортировать нечего</translation>
    </message>
    <message>
        <source>%1 changed while it was imported; nothing was imported.</source>
        <translation>%1 изменился во время импорта; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1:%2: the row could not be written; nothing was imported. %3</source>
        <translation>%1:%2: не удалось записать строку; ничего не импортировано. %3</translation>
    </message>
</context>
<context>
    <name>RegisterKinds</name>
    <message>
        <source>Territories</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Партии</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
</context>
<context>
    <name>RegisterQuery</name>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Этот столбец нельзя отсортировать.</translation>
    </message>
    <message>
        <source>No rows were asked for.</source>
        <translation>Не запрошено ни одной строки.</translation>
    </message>
    <message>
        <source>The file holds no election yet.</source>
        <translation>В файле пока нет выборов.</translation>
    </message>
</context>
<context>
    <name>RegisterRules</name>
    <message>
        <source>is empty; a value is required</source>
        <translation>пусто; значение обязательно</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts or ends with a space; remove it</source>
        <translation>&quot;%1&quot; начинается или заканчивается пробелом; удалите его</translation>
    </message>
    <message>
        <source>%1 is already used by another row; codes must be unique</source>
        <translation>%1 уже используется в другой строке; коды должны быть уникальными</translation>
    </message>
    <message>
        <source>no name; give at least one of name_kk, name_ru, name_en</source>
        <translation>нет названия; укажите хотя бы одно из name_kk, name_ru, name_en</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; write one of: %2</source>
        <translation>&quot;%1&quot; недопустимо; укажите одно из значений: %2</translation>
    </message>
    <message>
        <source>%1 refers to no %2 in the election (nor on an earlier line of the file); add it first or correct the code</source>
        <translation>%1 ссылается на отсутствующий объект (%2) в выборах (и в предыдущих строках файла); сначала добавьте его или исправьте код</translation>
    </message>
    <message>
        <source>is empty, but a %1 needs the code of the territory it belongs to (only a region has none)</source>
        <translation>пусто, но для объекта «%1» нужен код территории, к которой он относится (его нет только у области)</translation>
    </message>
    <message>
        <source>%1 is the territory itself; give the code of its parent</source>
        <translation>%1 — это сама территория; укажите код вышестоящей территории</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>территория</translation>
    </message>
    <message>
        <source>a region belongs to no other territory; leave parent_code empty or change the level</source>
        <translation>область не входит в другую территорию; оставьте parent_code пустым или измените уровень</translation>
    </message>
    <message>
        <source>%1 lies inside this territory; a territory cannot belong to its own part</source>
        <translation>%1 находится внутри этой территории; территория не может входить в собственную часть</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write #RRGGBB, e.g. #1F77B4</source>
        <translation>&quot;%1&quot; не является цветом; пишите #RRGGBB, например #1F77B4</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>должно быть не меньше 1</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 999999999</source>
        <translation>должно быть целым числом от 0 до 999999999</translation>
    </message>
    <message>
        <source>contest</source>
        <translation>выборы</translation>
    </message>
    <message>
        <source>%1 is not inside the territory of contest %2; a station serves a territory of its contest</source>
        <translation>%1 не находится на территории выборов %2; участок обслуживает территорию своих выборов</translation>
    </message>
    <message>
        <source>%1 is out of range; a latitude lies between -90 and 90</source>
        <translation>%1 вне допустимого диапазона; широта лежит в пределах от -90 до 90</translation>
    </message>
    <message>
        <source>%1 is out of range; a longitude lies between -180 and 180</source>
        <translation>%1 вне допустимого диапазона; долгота лежит в пределах от -180 до 180</translation>
    </message>
    <message>
        <source>is empty; give both latitude and longitude, or neither</source>
        <translation>пусто; укажите и широту, и долготу или ни одну из них</translation>
    </message>
    <message>
        <source>%1 is in the future; check the date</source>
        <translation>%1 — дата в будущем; проверьте дату</translation>
    </message>
    <message>
        <source>the candidate is %1 on election day (%2); a registered candidate must be %3 or older</source>
        <translation>в день выборов (%2) кандидату %1; зарегистрированному кандидату должно быть не меньше %3</translation>
    </message>
    <message>
        <source>is empty; a reason is required when the status is %1</source>
        <translation>пусто; при статусе «%1» причина обязательна</translation>
    </message>
    <message>
        <source>party</source>
        <translation>партия</translation>
    </message>
    <message>
        <source>%1 already has a nominated or registered candidate in contest %2; a party nominates at most one candidate per contest</source>
        <translation>%1 уже имеет выдвинутого или зарегистрированного кандидата на выборах %2; партия выдвигает не более одного кандидата на одних выборах</translation>
    </message>
    <message>
        <source>polling station</source>
        <translation>избирательный участок</translation>
    </message>
</context>
<context>
    <name>RegisterSearch</name>
    <message>
        <source>Polling station %1</source>
        <translation>Избирательный участок %1</translation>
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
        <translation>Запись не сохранена:
%1</translation>
    </message>
    <message>
        <source>a %1 candidate cannot become %2; nominated → registered or refused, registered → withdrawn or deregistered</source>
        <translation>кандидат со статусом «%1» не может получить статус «%2»; выдвинут → зарегистрирован или отказано в регистрации, зарегистрирован → снял свою кандидатуру или регистрация отменена</translation>
    </message>
    <message numerus="yes">
        <source>%n polling station(s) of this contest lie outside %1; move them first</source>
        <translation>
            <numerusform>%n избирательный участок этих выборов находится вне %1; сначала перенесите его</numerusform>
            <numerusform>%n избирательных участка этих выборов находятся вне %1; сначала перенесите их</numerusform>
            <numerusform>%n избирательных участков этих выборов находятся вне %1; сначала перенесите их</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 belong to it. Delete or move them first.</source>
        <translation>%1 нельзя удалить: к нему относятся %2. Сначала удалите или перенесите их.</translation>
    </message>
    <message>
        <source>No row of %1 has the code %2.</source>
        <translation>В реестре «%1» нет строки с кодом %2.</translation>
    </message>
    <message>
        <source>A %1 candidate cannot become %2. Allowed steps: nominated → registered or refused; registered → withdrawn or deregistered.</source>
        <translation>Кандидат со статусом «%1» не может получить статус «%2». Допустимые шаги: выдвинут → зарегистрирован или отказано в регистрации; зарегистрирован → снял свою кандидатуру или регистрация отменена.</translation>
    </message>
    <message>
        <source>Give the date of the decision.</source>
        <translation>Укажите дату решения.</translation>
    </message>
    <message>
        <source>The status of candidate %1 has changed since; this step can no longer be undone.</source>
        <translation>Статус кандидата %1 с тех пор изменился; этот шаг больше нельзя отменить.</translation>
    </message>
    <message>
        <source>the contest cannot change: %1</source>
        <translation>выборы нельзя изменить: %1</translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message>
        <source>The code %1 refers to nothing.</source>
        <translation>Код %1 ни на что не ссылается.</translation>
    </message>
    <message>
        <source>The file holds no election; create one first (ballotdesk-cli init).</source>
        <translation>В файле нет выборов; сначала создайте их (ballotdesk-cli init).</translation>
    </message>
    <message>
        <source>The row no longer exists; it may have been deleted.</source>
        <translation>Строка больше не существует; возможно, она была удалена.</translation>
    </message>
    <message>
        <source>Territory %1 has territories, contests or polling stations; it cannot move to another parent. Move them first.</source>
        <translation>К территории %1 относятся территории, выборы или избирательные участки; её нельзя перенести в другую вышестоящую территорию. Сначала перенесите их.</translation>
    </message>
    <message>
        <source>reading the id of a new record</source>
        <translation>чтение идентификатора новой записи</translation>
    </message>
    <message>
        <source>Polling station %1 cannot move to contest %2: %3.</source>
        <translation>Избирательный участок %1 нельзя перенести в выборы %2: %3.</translation>
    </message>
    <message>
        <source>its protocol is already accepted</source>
        <translation>его протокол уже принят</translation>
    </message>
    <message numerus="yes">
        <source>its protocol already has %n entry(ies)</source>
        <translation>
            <numerusform>у его протокола уже есть %n ввод</numerusform>
            <numerusform>у его протокола уже есть %n ввода</numerusform>
            <numerusform>у его протокола уже есть %n вводов</numerusform>
        </translation>
    </message>
    <message>
        <source>its protocol is being entered</source>
        <translation>его протокол сейчас вводится</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write a PDF report: the national summary, a regional report or a contest result sheet.</source>
        <translation>Записать отчёт PDF: общенациональную сводку, региональный отчёт или лист результатов по округу.</translation>
    </message>
    <message>
        <source>summary, region or contest.</source>
        <translation>summary, region или contest.</translation>
    </message>
    <message>
        <source>The election file to read.</source>
        <translation>Файл выборов для чтения.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Записываемый файл PDF.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>ФАЙЛ.pdf</translation>
    </message>
    <message>
        <source>The region of a regional report (its code).</source>
        <translation>Регион регионального отчёта (его код).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>The contest of a result sheet (its code).</source>
        <translation>Округ листа результатов (его код).</translation>
    </message>
    <message>
        <source>The report&apos;s language: kk, ru or en (default: the user&apos;s language).</source>
        <translation>Язык отчёта: kk, ru или en (по умолчанию — язык пользователя).</translation>
    </message>
    <message>
        <source>Give one kind of report: summary, region or contest.</source>
        <translation>Укажите один вид отчёта: summary, region или contest.</translation>
    </message>
    <message>
        <source>Unknown kind of report &apos;%1&apos;: use summary, region or contest.</source>
        <translation>Неизвестный вид отчёта «%1»: используйте summary, region или contest.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>Параметр --%1 обязателен.</translation>
    </message>
    <message>
        <source>A regional report needs --region CODE.</source>
        <translation>Для регионального отчёта нужен --region КОД.</translation>
    </message>
    <message>
        <source>A contest result sheet needs --contest CODE.</source>
        <translation>Для листа результатов округа нужен --contest КОД.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use kk, ru or en.</source>
        <translation>Неизвестный язык «%1»: используйте kk, ru или en.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записан %1.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>name</source>
        <translation>фамилия, инициалы</translation>
    </message>
    <message>
        <source>Demo data: published totals, synthetic details</source>
        <translation>Демонстрационные данные: опубликованные итоги, синтетические детали</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Создано %1, пользователь: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Data hash (SHA-256): %1</source>
        <translation>Хеш данных (SHA-256): %1</translation>
    </message>
    <message>
        <source>The report could not be drawn: the output could not be opened.</source>
        <translation>Не удалось построить отчёт: не удалось открыть вывод.</translation>
    </message>
    <message>
        <source>The report could not be drawn: a new page could not be started.</source>
        <translation>Не удалось построить отчёт: не удалось начать новую страницу.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Не удалось записать отчёт.</translation>
    </message>
</context>
<context>
    <name>ReportGenerator</name>
    <message>
        <source>final results</source>
        <translation>окончательные итоги</translation>
    </message>
    <message>
        <source>preliminary results</source>
        <translation>предварительные итоги</translation>
    </message>
    <message>
        <source>counting in progress</source>
        <translation>идёт подсчёт</translation>
    </message>
    <message>
        <source>voting in progress</source>
        <translation>идёт голосование</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>подготовка</translation>
    </message>
    <message>
        <source>counting: %1 of %2 stations reported</source>
        <translation>подсчёт: сообщили %1 из %2 участков</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>итог определён</translation>
    </message>
    <message>
        <source>tie: repeat voting or lot</source>
        <translation>равенство голосов: повторное голосование или жребий</translation>
    </message>
    <message>
        <source>no winner: against all</source>
        <translation>победителя нет: против всех</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>командная строка</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (командная строка)</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Boundaries: see the note below.</source>
        <translation>Границы: см. примечание ниже.</translation>
    </message>
    <message>
        <source>Turnout through the day</source>
        <translation>Явка в течение дня</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Stations reporting</source>
        <translation>Сообщивших участков</translation>
    </message>
    <message>
        <source>Voters on their lists</source>
        <translation>Избирателей в их списках</translation>
    </message>
    <message>
        <source>Had received a ballot</source>
        <translation>Получили бюллетень</translation>
    </message>
    <message>
        <source>No turnout reports yet.</source>
        <translation>Сведений о явке пока нет.</translation>
    </message>
    <message>
        <source>Seats won</source>
        <translation>Полученные мандаты</translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation>Самовыдвиженцы</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Ещё не определены</translation>
    </message>
    <message>
        <source>All seats</source>
        <translation>Все мандаты</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мандаты</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Contests still undecided</source>
        <translation>Округа без итога</translation>
    </message>
    <message>
        <source>Every contest is decided.</source>
        <translation>Итоги определены во всех округах.</translation>
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
        <translation>Регион</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>National summary</source>
        <translation>Общенациональная сводка</translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation>Явка по регионам</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <source>Regions with elections</source>
        <translation>Регионов с выборами</translation>
    </message>
    <message>
        <source>Candidates nominated</source>
        <translation>Выдвинуто кандидатов</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Зарегистрировано кандидатов</translation>
    </message>
    <message>
        <source>Nominated by parties</source>
        <translation>Выдвинуты партиями</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <source>With an accepted protocol</source>
        <translation>С принятым протоколом</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Избирателей в списках</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Выдано бюллетеней</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Serious incidents</source>
        <translation>Серьёзные инциденты</translation>
    </message>
    <message>
        <source>Minor incidents</source>
        <translation>Незначительные инциденты</translation>
    </message>
    <message>
        <source>Contests decided</source>
        <translation>Округов с итогом</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>national %1</source>
        <translation>по стране %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Избиратели</translation>
    </message>
    <message>
        <source>There is no region with the code &quot;%1&quot; in this election. Use the code of one of its regions, such as &quot;%2&quot;.</source>
        <translation>В этих выборах нет региона с кодом «%1». Укажите код одного из его регионов, например «%2».</translation>
    </message>
    <message>
        <source>Regional report: %1</source>
        <translation>Региональный отчёт: %1</translation>
    </message>
    <message>
        <source>Turnout by district</source>
        <translation>Явка по районам</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>регион %1</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Округа</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation>самовыдвижение</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Выдвижение</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Отрыв</translation>
    </message>
    <message>
        <source>There is no contest with the code &quot;%1&quot; in this election. Check the code in the contest register.</source>
        <translation>В этих выборах нет округа с кодом «%1». Проверьте код в реестре округов.</translation>
    </message>
    <message>
        <source>Contest result sheet: %1</source>
        <translation>Лист результатов по округу: %1</translation>
    </message>
    <message>
        <source>Contest result sheet</source>
        <translation>Лист результатов по округу</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Elected: %1, %2 votes, a margin of %3 votes.</source>
        <translation>Избран(а): %1, голосов: %2, отрыв: %3.</translation>
    </message>
    <message>
        <source>Undecided: %1.</source>
        <translation>Итог не определён: %1.</translation>
    </message>
    <message>
        <source>Seats: %1. Polling stations: %2, of which %3 with an accepted protocol.</source>
        <translation>Мандатов: %1. Избирательных участков: %2, из них с принятым протоколом: %3.</translation>
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
        <translation>Протоколы участковых комиссий</translation>
    </message>
    <message>
        <source>A voters on the list · B ballots received · C issued at the station · C2 issued outside it · D cancelled · E in the station&apos;s boxes · E2 in mobile boxes · F invalid · H against all</source>
        <translation>A избирателей в списке · B получено бюллетеней · C выдано на участке · C2 выдано вне участка · D погашено · E в стационарных ящиках · E2 в переносных ящиках · F недействительных · H против всех</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>no protocol</source>
        <translation>нет протокола</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>не принят</translation>
    </message>
    <message>
        <source>Votes by polling station</source>
        <translation>Голоса по участкам</translation>
    </message>
    <message>
        <source>The commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
</context>
<context>
    <name>ScaleElection</name>
    <message>
        <source>writing the synthetic election</source>
        <translation>запись синтетических выборов</translation>
    </message>
    <message>
        <source>Building the synthetic election was cancelled.</source>
        <translation>Построение синтетических выборов отменено.</translation>
    </message>
    <message>
        <source>The synthetic election needs at least one region, district, polling station and candidate per contest, at most 99 regions, 99 districts per region and %1 candidates per contest.</source>
        <translation>Для синтетических выборов нужны как минимум одна область, один район, один избирательный участок и один кандидат на каждых выборах и не более 99 областей, 99 районов в области и %1 кандидатов на каждых выборах.</translation>
    </message>
    <message>
        <source>The file already holds an election; build the synthetic election into a new file.</source>
        <translation>В файле уже есть выборы; создайте синтетические выборы в новом файле.</translation>
    </message>
</context>
<context>
    <name>ScreenshotRenderer</name>
    <message>
        <source>There is no view called %1.</source>
        <translation>Представления с именем %1 нет.</translation>
    </message>
    <message>
        <source>The image could not be written to %1: %2.</source>
        <translation>Не удалось записать изображение в %1: %2.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Count the protocols in each state of double entry: status protocols --db DB.</source>
        <translation>Подсчитать протоколы в каждом состоянии двойного ввода: status protocols --db DB.</translation>
    </message>
    <message>
        <source>protocols</source>
        <translation>protocols</translation>
    </message>
    <message>
        <source>The election file to read.</source>
        <translation>Файл выборов для чтения.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Print one JSON object: open, first_entered, differing, erroneous, accepted, total, and regions (the same counts per region).</source>
        <translation>Вывести один объект JSON: open, first_entered, differing, erroneous, accepted, total и regions (те же показатели по каждой области).</translation>
    </message>
    <message>
        <source>Say what to count: status protocols.</source>
        <translation>Укажите, что подсчитать: status protocols.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>Не указан --db ФАЙЛ.</translation>
    </message>
    <message>
        <source>Protocols by state of double entry</source>
        <translation>Протоколы по состоянию двойного ввода</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Нет ввода</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Один ввод</translation>
    </message>
    <message>
        <source>Differing</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Приняты</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Print the national figures of an election: seats, candidates, stations, voters, turnout by region.</source>
        <translation>Вывести общенациональные показатели выборов: мандаты, кандидаты, участки, избиратели, явка по областям.</translation>
    </message>
    <message>
        <source>The election file to read.</source>
        <translation>Файл выборов для чтения.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Вывести один объект JSON вместо таблицы.</translation>
    </message>
    <message>
        <source>Demo data: published totals, synthetic details</source>
        <translation>Демонстрационные данные: опубликованные итоги, синтетические подробности</translation>
    </message>
    <message>
        <source>Regions with elections</source>
        <translation>Области с выборами</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Манд.</translation>
    </message>
    <message>
        <source>Candidates nominated</source>
        <translation>Выдвинуто кандидатов</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Зарегистрировано кандидатов</translation>
    </message>
    <message>
        <source>  nominated by parties</source>
        <translation>  выдвинуты партиями</translation>
    </message>
    <message>
        <source>  self-nominated</source>
        <translation>  самовыдвиженцы</translation>
    </message>
    <message>
        <source>  men</source>
        <translation>  мужчины</translation>
    </message>
    <message>
        <source>  women</source>
        <translation>  женщины</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <source>  with an accepted protocol</source>
        <translation>  с принятым протоколом</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Избирателей в списках</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Выдано бюллетеней</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Serious incidents</source>
        <translation>Серьёзные нарушения</translation>
    </message>
    <message>
        <source>Contests decided</source>
        <translation>Выборы с победителем</translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation>Явка по областям</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Cand.</source>
        <translation>Канд.</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Избиратели</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
</context>
<context>
    <name>SummaryQueries</name>
    <message>
        <source>The database holds no election yet.</source>
        <translation>В базе данных пока нет выборов.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database could not start a transaction; nothing was changed.</source>
        <translation>Базе данных не удалось начать транзакцию; ничего не изменено.</translation>
    </message>
    <message>
        <source>The database could not save the changes; nothing was changed.</source>
        <translation>Базе данных не удалось сохранить изменения; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>TurnoutImportCommand</name>
    <message>
        <source>Import hourly turnout reports, all or nothing: import turnout FILE.csv --db DB.</source>
        <translation>Импортировать почасовые сведения о явке по принципу «всё или ничего»: import turnout FILE.csv --db DB.</translation>
    </message>
    <message>
        <source>The turnout CSV file to import.</source>
        <translation>Импортируемый файл CSV со сведениями о явке.</translation>
    </message>
    <message>
        <source>The election file.</source>
        <translation>Файл выборов.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Give one turnout CSV file.</source>
        <translation>Укажите один файл CSV со сведениями о явке.</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>Не указан --db ФАЙЛ.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>Stored %Ln turnout report(s) of %1 from %2.</source>
        <translation>
            <numerusform>Сохранено %Ln сообщение о явке (%1) из %2.</numerusform>
            <numerusform>Сохранено %Ln сообщения о явке (%1) из %2.</numerusform>
            <numerusform>Сохранено %Ln сообщений о явке (%1) из %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln polling station(s)</source>
        <translation>
            <numerusform>%Ln избирательный участок</numerusform>
            <numerusform>%Ln избирательных участка</numerusform>
            <numerusform>%Ln избирательных участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 voters received ballots at %Ln station(s)</source>
        <translation>
            <numerusform>%1: получили бюллетени — %2 (на %Ln участке)</numerusform>
            <numerusform>%1: получили бюллетени — %2 (на %Ln участках)</numerusform>
            <numerusform>%1: получили бюллетени — %2 (на %Ln участках)</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
</context>
<context>
    <name>TurnoutImporter</name>
    <message>
        <source>the file is empty; the first line must be the header: %1</source>
        <translation>файл пуст; первой строкой должен быть заголовок: %1</translation>
    </message>
    <message>
        <source>unknown column; the columns of turnout.csv are: %1</source>
        <translation>неизвестный столбец; столбцы turnout.csv: %1</translation>
    </message>
    <message>
        <source>appears twice (fields %1 and %2); keep one</source>
        <translation>встречается дважды (поля %1 и %2); оставьте один</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>в заголовке нет обязательного столбца</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; quote fields that contain a comma</source>
        <translation>в строке %1 полей, а в заголовке %2; заключите в кавычки поля, содержащие запятую</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; add the missing fields</source>
        <translation>в строке %1 полей, а в заголовке %2; добавьте недостающие поля</translation>
    </message>
    <message>
        <source>the station code is empty</source>
        <translation>код участка пуст</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day as HH:MM (for example 10:00)</source>
        <translation>&quot;%1&quot; не является временем суток в формате ЧЧ:ММ (например, 10:00)</translation>
    </message>
    <message>
        <source>%1 is not a report hour of this election; its hours are %2</source>
        <translation>%1 не является часом сведений о явке на этих выборах; часы сведений: %2</translation>
    </message>
    <message>
        <source>the number of voters who received ballots is empty</source>
        <translation>число избирателей, получивших бюллетени, не указано</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to %2</source>
        <translation>&quot;%1&quot; не является целым числом от 0 до %2</translation>
    </message>
    <message>
        <source>the %1 report of station %2 is already on line %3</source>
        <translation>сведения на %1 для участка %2 уже есть в строке %3</translation>
    </message>
    <message>
        <source>the file has a header but no rows; there is nothing to import</source>
        <translation>в файле есть заголовок, но нет строк; импортировать нечего</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 в %2: %3</translation>
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
        <translation>Сведения на %1 (получили бюллетени: %2) отличаются от числа бюллетеней, выданных по принятому протоколу (C + C2 = %3), более чем на %4 %.</translation>
    </message>
    <message>
        <source>Check the report with the polling station; the protocol&apos;s figures stay as accepted.</source>
        <translation>Уточните сведения на избирательном участке; показатели протокола остаются принятыми.</translation>
    </message>
    <message>
        <source>The election file holds no election yet.</source>
        <translation>В файле выборов пока нет выборов.</translation>
    </message>
    <message>
        <source>There is no polling station with the id %1.</source>
        <translation>Избирательного участка с идентификатором %1 нет.</translation>
    </message>
    <message>
        <source>%1 is not a report hour of this election; its hours are %2.</source>
        <translation>%1 не является часом сведений о явке на этих выборах; часы сведений: %2.</translation>
    </message>
    <message>
        <source>An invalid time</source>
        <translation>Недопустимое время</translation>
    </message>
    <message>
        <source>The %1 report is given twice.</source>
        <translation>Сведения на %1 указаны дважды.</translation>
    </message>
    <message>
        <source>There is no polling station %1 in this election.</source>
        <translation>В выборах нет избирательного участка %1.</translation>
    </message>
    <message>
        <source>Check the station code against the polling stations register.</source>
        <translation>Сверьте код участка с реестром избирательных участков.</translation>
    </message>
    <message>
        <source>The %1 report of this station is given twice.</source>
        <translation>Сведения на %1 для этого участка указаны дважды.</translation>
    </message>
    <message>
        <source>The turnout reports were not saved:
%1</source>
        <translation>Сведения о явке не сохранены:
%1</translation>
    </message>
    <message numerus="yes">
        <source>No turnout report was saved: %n problem(s), the first %1</source>
        <translation>
            <numerusform>Сведения о явке не сохранены: %n проблема, первая: %1</numerusform>
            <numerusform>Сведения о явке не сохранены: %n проблемы, первая: %1</numerusform>
            <numerusform>Сведения о явке не сохранены: %n проблем, первая: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Manage accounts: user add|list|disable|passwd.</source>
        <translation>Управление учётными записями: user add|list|disable|passwd.</translation>
    </message>
    <message>
        <source>add, list, disable or passwd.</source>
        <translation>add, list, disable или passwd.</translation>
    </message>
    <message>
        <source>The election file.</source>
        <translation>Файл выборов.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>The account to add or change.</source>
        <translation>Добавляемая или изменяемая учётная запись.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>Full name of a new account.</source>
        <translation>ФИО владельца новой учётной записи.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role of a new account: administrator, coordinator, operator or analyst.</source>
        <translation>Роль новой учётной записи: administrator, coordinator, operator или analyst.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>Give one action: add, list, disable or passwd.</source>
        <translation>Укажите одно действие: add, list, disable или passwd.</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Неизвестное действие: %1</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>Не указан --db ФАЙЛ.</translation>
    </message>
    <message>
        <source>Missing --login LOGIN.</source>
        <translation>Не указан --login ЛОГИН.</translation>
    </message>
    <message>
        <source>--role takes administrator, coordinator, operator or analyst.</source>
        <translation>--role принимает administrator, coordinator, operator или analyst.</translation>
    </message>
    <message>
        <source>Missing --name NAME.</source>
        <translation>Не указан --name ФИО.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Добавлена учётная запись %1 (%2).</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>Для %1 установлен новый пароль.</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>A login must not be empty or begin or end with spaces.</source>
        <translation>Логин не может быть пустым, начинаться или заканчиваться пробелами.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken; choose another one.</source>
        <translation>Логин &quot;%1&quot; уже занят; выберите другой.</translation>
    </message>
    <message>
        <source>The first account of an election must be an administrator.</source>
        <translation>Первая учётная запись выборов должна быть учётной записью администратора.</translation>
    </message>
    <message>
        <source>This election already has accounts; an administrator adds new ones.</source>
        <translation>У этих выборов уже есть учётные записи; новые добавляет администратор.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation>Вы не можете отключить собственную учётную запись; обратитесь к другому администратору.</translation>
    </message>
    <message>
        <source>There is no account with the login &quot;%1&quot;.</source>
        <translation>Учётной записи с логином &quot;%1&quot; нет.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already disabled.</source>
        <translation>Учётная запись &quot;%1&quot; уже отключена.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this login. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа с этим логином. Повторите попытку через %n секунду.</numerusform>
            <numerusform>Слишком много неудачных попыток входа с этим логином. Повторите попытку через %n секунды.</numerusform>
            <numerusform>Слишком много неудачных попыток входа с этим логином. Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору, чтобы включить её.</translation>
    </message>
    <message>
        <source>reading the id of a new account</source>
        <translation>чтение идентификатора новой учётной записи</translation>
    </message>
</context>
<context>
    <name>bd</name>
    <message numerus="yes">
        <source>%n territory(ies)</source>
        <translation>
            <numerusform>%n территория</numerusform>
            <numerusform>%n территории</numerusform>
            <numerusform>%n территорий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contest(s)</source>
        <translation>
            <numerusform>%n выборы</numerusform>
            <numerusform>%n выборов</numerusform>
            <numerusform>%n выборов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polling station(s)</source>
        <translation>
            <numerusform>%n избирательный участок</numerusform>
            <numerusform>%n избирательных участка</numerusform>
            <numerusform>%n избирательных участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n кандидат</numerusform>
            <numerusform>%n кандидата</numerusform>
            <numerusform>%n кандидатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n наблюдатель</numerusform>
            <numerusform>%n наблюдателя</numerusform>
            <numerusform>%n наблюдателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turnout report(s)</source>
        <translation>
            <numerusform>%n сообщение о явке</numerusform>
            <numerusform>%n сообщения о явке</numerusform>
            <numerusform>%n сообщений о явке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol vote count(s)</source>
        <translation>
            <numerusform>%n результат голосования из протоколов</numerusform>
            <numerusform>%n результата голосования из протоколов</numerusform>
            <numerusform>%n результатов голосования из протоколов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entered vote count(s)</source>
        <translation>
            <numerusform>%n введённый результат голосования</numerusform>
            <numerusform>%n введённых результата голосования</numerusform>
            <numerusform>%n введённых результатов голосования</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) being entered or accepted</source>
        <translation>
            <numerusform>%n протокол вводится или принят</numerusform>
            <numerusform>%n протокола вводятся или приняты</numerusform>
            <numerusform>%n протоколов вводятся или приняты</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::AuditPage</name>
    <message>
        <source>any time</source>
        <translation>любое время</translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <source>Recompute the audit chain and the protocol seals (F5)</source>
        <translation>Пересчитать цепочку аудита и печати протоколов (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Write the audit log as CSV for observers (Ctrl+Shift+E)</source>
        <translation>Записать журнал аудита в CSV для наблюдателей (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Тип объекта</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Идентификатор объекта</translation>
    </message>
    <message>
        <source>any id</source>
        <translation>любой идентификатор</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Объект:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Every change of the election, newest first. Each record holds the hash of the one before it.</source>
        <translation>Все изменения выборов, сначала новые. Каждая запись содержит хеш предыдущей.</translation>
    </message>
    <message>
        <source>No election file is open.</source>
        <translation>Файл выборов не открыт.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Все объекты</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Экспорт журнала аудита…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln запись аудита записана в %1.</numerusform>
            <numerusform>%Ln записи аудита записаны в %1.</numerusform>
            <numerusform>%Ln записей аудита записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit chain and the protocol seals…</source>
        <translation>Проверка цепочки аудита и печатей протоколов…</translation>
    </message>
    <message>
        <source>Audit chain intact: %1, %2.</source>
        <translation>Цепочка аудита не нарушена: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln protocol(s) sealed</source>
        <translation>
            <numerusform>%Ln протокол опечатан</numerusform>
            <numerusform>%Ln протокола опечатаны</numerusform>
            <numerusform>%Ln протоколов опечатано</numerusform>
        </translation>
    </message>
    <message>
        <source>The election file was changed outside BallotDesk.
%1</source>
        <translation>Файл выборов был изменён вне BallotDesk.
%1</translation>
    </message>
    <message>
        <source>The audit log could not be verified: %1</source>
        <translation>Не удалось проверить журнал аудита: %1</translation>
    </message>
</context>
<context>
    <name>bd::AuditTableModel</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(система)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Record %1, %2 UTC</source>
        <translation>Запись %1, %2 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Old values</source>
        <translation>Прежние значения</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Новые значения</translation>
    </message>
</context>
<context>
    <name>bd::CandidateStatusDialog</name>
    <message>
        <source>Change Status of %1</source>
        <translation>Изменение статуса: %1</translation>
    </message>
    <message>
        <source>%1 (%2) is now: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 (%2) сейчас: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Required when refused, withdrawn or deregistered</source>
        <translation>Обязательно при отказе в регистрации, снятии кандидатуры или отмене регистрации</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>Новый &amp;статус:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>The registration of this candidate is closed: no further step is possible.</source>
        <translation>Регистрация этого кандидата закрыта: дальнейшие шаги невозможны.</translation>
    </message>
    <message>
        <source>Date: type a real date as YYYY-MM-DD.</source>
        <translation>Дата: введите существующую дату в формате ГГГГ-ММ-ДД.</translation>
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
        <translation>Зарегистрировано кандидатов: %1&lt;br&gt;&lt;small&gt;выдвинуты партиями %2 (%3), самовыдвиженцы %4 (%5)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>No registered candidates.</source>
        <translation>Нет зарегистрированных кандидатов.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln candidate(s), %2 of registered</source>
        <translation>
            <numerusform>%1
%Ln кандидат, %2 от зарегистрированных</numerusform>
            <numerusform>%1
%Ln кандидата, %2 от зарегистрированных</numerusform>
            <numerusform>%1
%Ln кандидатов, %2 от зарегистрированных</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation>Самовыдвиженцы</translation>
    </message>
    <message>
        <source>Registered candidates</source>
        <translation>Зарегистрированные кандидаты</translation>
    </message>
</context>
<context>
    <name>bd::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Смена пароля</translation>
    </message>
    <message numerus="yes">
        <source>Change the password of &lt;b&gt;%1&lt;/b&gt;. The new password needs at least %n character(s).</source>
        <translation>
            <numerusform>Смена пароля пользователя &lt;b&gt;%1&lt;/b&gt;. Новый пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Смена пароля пользователя &lt;b&gt;%1&lt;/b&gt;. Новый пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Смена пароля пользователя &lt;b&gt;%1&lt;/b&gt;. Новый пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>C&amp;hange Password</source>
        <translation>&amp;Сменить пароль</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>Новые пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>bd::ChartPanel</name>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Экспорт в &amp;PNG…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Экспорт в &amp;SVG…</translation>
    </message>
    <message>
        <source>Right-click or press the Menu key to export this chart.</source>
        <translation>Чтобы экспортировать эту диаграмму, щёлкните правой кнопкой мыши или нажмите клавишу меню.</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>все области</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The chart could not be written to %1: %2</source>
        <translation>Не удалось записать диаграмму в %1: %2</translation>
    </message>
    <message>
        <source>Exported from BallotDesk</source>
        <translation>Экспортировано из BallotDesk</translation>
    </message>
    <message>
        <source>the file cannot be created.</source>
        <translation>не удаётся создать файл.</translation>
    </message>
    <message>
        <source>writing the file failed.</source>
        <translation>ошибка записи файла.</translation>
    </message>
    <message>
        <source>nothing was written.</source>
        <translation>ничего не записано.</translation>
    </message>
    <message>
        <source>Charts are exported as .png or .svg files, not .%1.</source>
        <translation>Диаграммы экспортируются в файлы .png или .svg, а не .%1.</translation>
    </message>
    <message>
        <source>the image cannot be drawn.</source>
        <translation>не удаётся построить изображение.</translation>
    </message>
    <message>
        <source>the file cannot be written.</source>
        <translation>не удаётся записать файл.</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>Cannot Export Chart</source>
        <translation>Не удалось экспортировать диаграмму</translation>
    </message>
</context>
<context>
    <name>bd::ChartsPage</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>Stop computing the charts</source>
        <translation>Прекратить построение диаграмм</translation>
    </message>
    <message>
        <source>Cancelled: the charts show the previous choice.</source>
        <translation>Отменено: диаграммы показывают предыдущий выбор.</translation>
    </message>
    <message>
        <source>&amp;Export Charts</source>
        <translation>&amp;Экспорт диаграмм</translation>
    </message>
    <message>
        <source>All Charts as &amp;PNG…</source>
        <translation>Все диаграммы в &amp;PNG…</translation>
    </message>
    <message>
        <source>All Charts as &amp;SVG…</source>
        <translation>Все диаграммы в &amp;SVG…</translation>
    </message>
    <message>
        <source>Save every chart as an image (Alt+E); one chart: right-click it</source>
        <translation>Сохранить все диаграммы как изображения (Alt+E); одну диаграмму — щелчком правой кнопки</translation>
    </message>
    <message>
        <source>Computing the charts…</source>
        <translation>Построение диаграмм…</translation>
    </message>
    <message>
        <source>The charts could not be computed: %1</source>
        <translation>Не удалось построить диаграммы: %1</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Export All Charts (one file per chart, named after this one)</source>
        <translation>Экспорт всех диаграмм (по файлу на диаграмму, с именами по этому файлу)</translation>
    </message>
    <message>
        <source>Cannot Export Charts</source>
        <translation>Не удалось экспортировать диаграммы</translation>
    </message>
    <message>
        <source>Exported the charts next to %1.</source>
        <translation>Диаграммы экспортированы рядом с %1.</translation>
    </message>
</context>
<context>
    <name>bd::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>Not stored: asked again at each connection, unless BALLOTDESK_DB_PASSWORD is set.</source>
        <translation>Не сохраняется: запрашивается при каждом подключении, если не задана переменная BALLOTDESK_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>The election&apos;s PostgreSQL database. You sign in with your BallotDesk account after connecting.</source>
        <translation>База данных PostgreSQL этих выборов. После подключения войдите под своей учётной записью BallotDesk.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Подклю&amp;читься</translation>
    </message>
</context>
<context>
    <name>bd::CorrectionDialog</name>
    <message>
        <source>&amp;Save Correction</source>
        <translation>&amp;Сохранить исправление</translation>
    </message>
    <message>
        <source>Correct an Accepted Protocol</source>
        <translation>Исправление принятого протокола</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Участок:</translation>
    </message>
    <message>
        <source>Type a station number or code</source>
        <translation>Введите номер или код участка</translation>
    </message>
    <message>
        <source>Matching protocols</source>
        <translation>Подходящие протоколы</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <source>Why the official figures change, e.g. the commission&apos;s decision number</source>
        <translation>Почему меняются официальные показатели, например номер решения комиссии</translation>
    </message>
    <message>
        <source>Earlier &amp;corrections:</source>
        <translation>Предыдущие &amp;исправления:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Record the correction (Ctrl+Enter)</source>
        <translation>Записать исправление (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose the station whose accepted protocol is corrected.</source>
        <translation>Выберите участок, принятый протокол которого нужно исправить.</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · %5</source>
        <translation>%1 %2 · %3 %4 · %5</translation>
    </message>
    <message>
        <source>Not accepted: only accepted protocols are corrected</source>
        <translation>Не принят: исправляются только принятые протоколы</translation>
    </message>
    <message>
        <source>No station starts with %1.</source>
        <translation>Нет участков, номер или код которых начинается с %1.</translation>
    </message>
    <message>
        <source>The protocol of station %1 is not accepted (%2): only accepted protocols are corrected; differing entries are resolved on the Resolution page.</source>
        <translation>Протокол участка %1 не принят (%2): исправляются только принятые протоколы; расхождения между вводами устраняются на странице «Разбор расхождений».</translation>
    </message>
    <message>
        <source>Station %1 — %2 · contest %3 %4 · %5</source>
        <translation>Участок %1 — %2 · выборы %3 %4 · %5</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официальное</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Исправленное</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>✖ Error %1: %2 %3</source>
        <translation>✖ Ошибка %1: %2 %3</translation>
    </message>
    <message>
        <source>⚠ Warning %1: %2 %3</source>
        <translation>⚠ Предупреждение %1: %2 %3</translation>
    </message>
    <message>
        <source>Checked against the paper</source>
        <translation>Сверено с бумажным протоколом</translation>
    </message>
    <message>
        <source>choose a station</source>
        <translation>выберите участок</translation>
    </message>
    <message>
        <source>change a figure</source>
        <translation>измените показатель</translation>
    </message>
    <message numerus="yes">
        <source>resolve %n error(s)</source>
        <translation>
            <numerusform>устраните %n ошибку</numerusform>
            <numerusform>устраните %n ошибки</numerusform>
            <numerusform>устраните %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 against the paper</source>
        <translation>сверьте %1 с бумажным протоколом</translation>
    </message>
    <message>
        <source>give the reason</source>
        <translation>укажите причину</translation>
    </message>
    <message>
        <source>Ready: Ctrl+Enter records the correction.</source>
        <translation>Готово: Ctrl+Enter записывает исправление.</translation>
    </message>
    <message>
        <source>To save: %1.</source>
        <translation>Для сохранения: %1.</translation>
    </message>
    <message>
        <source>%1 The official figures below are the current ones; enter your correction again if it is still needed.</source>
        <translation>%1 Ниже приведены текущие официальные показатели; введите исправление снова, если оно ещё требуется.</translation>
    </message>
    <message>
        <source>Station %1, contest %2: correction recorded (%3).</source>
        <translation>Участок %1, выборы %2: исправление записано (%3).</translation>
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
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Выдано бюллетеней</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Избирателей в списках</translation>
    </message>
    <message>
        <source>Stations reported</source>
        <translation>Участков отчиталось</translation>
    </message>
    <message>
        <source>Seats decided</source>
        <translation>Мандатов распределено</translation>
    </message>
    <message>
        <source>Won by self-nominated</source>
        <translation>Получено самовыдвиженцами</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Не удалось рассчитать показатели: %1</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Расчёт показателей…</translation>
    </message>
    <message>
        <source>of voters at reporting stations</source>
        <translation>от избирателей на отчитавшихся участках</translation>
    </message>
    <message>
        <source>in and outside the stations</source>
        <translation>в помещениях для голосования и вне их</translation>
    </message>
    <message>
        <source>at reporting stations</source>
        <translation>на отчитавшихся участках</translation>
    </message>
    <message>
        <source>%1 sent hourly turnout</source>
        <translation>%1 передали почасовую явку</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln seat(s)</source>
        <translation>
            <numerusform>из %Ln мандата</numerusform>
            <numerusform>из %Ln мандатов</numerusform>
            <numerusform>из %Ln мандатов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of decided seats</source>
        <translation>%1 от распределённых мандатов</translation>
    </message>
</context>
<context>
    <name>bd::ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>National summary</source>
        <translation>Общенациональная сводка</translation>
    </message>
    <message>
        <source>Regional report</source>
        <translation>Региональный отчёт</translation>
    </message>
    <message>
        <source>Contest result sheet</source>
        <translation>Лист результатов по округу</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ре&amp;гион:</translation>
    </message>
    <message>
        <source>&amp;Contest:</source>
        <translation>&amp;Округ:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Предпросмотр…</translation>
    </message>
    <message>
        <source>Show the pages, and print them</source>
        <translation>Показать страницы и напечатать их</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
</context>
<context>
    <name>bd::FigureRows</name>
    <message>
        <source>self-nominated</source>
        <translation>самовыдвижение</translation>
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
        <translation>%1 · Ошибка</translation>
    </message>
    <message>
        <source>%1 · Warning</source>
        <translation>%1 · Предупреждение</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Checked against the paper</source>
        <translation>Сверено с бумажным протоколом</translation>
    </message>
    <message>
        <source>Tick (Space) once the paper form shows the same figures</source>
        <translation>Отметьте (Пробел), когда в бумажном протоколе те же показатели</translation>
    </message>
    <message>
        <source>%1 checked against the paper</source>
        <translation>%1 — сверено с бумажным протоколом</translation>
    </message>
</context>
<context>
    <name>bd::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>Импортируемый файл CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Реестр:</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Close (Esc); cancels a running import</source>
        <translation>Закрыть (Esc); отменяет выполняемый импорт</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The first rows of %1. Its columns are those of %2: check the register below before importing.</source>
        <translation>Первые строки файла %1. Его столбцы соответствуют реестру «%2»: проверьте реестр ниже перед импортом.</translation>
    </message>
    <message>
        <source>The first rows of %1. Its columns match no register: choose one below; the import will list what is missing.</source>
        <translation>Первые строки файла %1. Его столбцы не соответствуют ни одному реестру: выберите реестр ниже; при импорте будет показано, чего не хватает.</translation>
    </message>
    <message>
        <source>Sign in to import registers.</source>
        <translation>Войдите, чтобы импортировать реестры.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The import could not run: %1</source>
        <translation>Не удалось выполнить импорт: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was written. Correct the file and import it again.</source>
        <translation>
            <numerusform>Найдена %n проблема; ничего не записано. Исправьте файл и импортируйте его снова.</numerusform>
            <numerusform>Найдено %n проблемы; ничего не записано. Исправьте файл и импортируйте его снова.</numerusform>
            <numerusform>Найдено %n проблем; ничего не записано. Исправьте файл и импортируйте его снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported.</source>
        <translation>
            <numerusform>Импортирована %Ln строка.</numerusform>
            <numerusform>Импортировано %Ln строки.</numerusform>
            <numerusform>Импортировано %Ln строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>bd::LockScreen</name>
    <message>
        <source>Session locked</source>
        <translation>Сеанс заблокирован</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Unlock with your password (Enter)</source>
        <translation>Разблокировать с помощью пароля (Enter)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>End this session; another user may sign in</source>
        <translation>Завершить этот сеанс; может войти другой пользователь</translation>
    </message>
    <message numerus="yes">
        <source>The session of %1 (%2) was locked after %n minute(s) without activity. Enter the password of %1 to continue, or sign out.</source>
        <translation>
            <numerusform>Сеанс пользователя %1 (%2) заблокирован после %n минуты бездействия. Введите пароль пользователя %1, чтобы продолжить, или выйдите.</numerusform>
            <numerusform>Сеанс пользователя %1 (%2) заблокирован после %n минут бездействия. Введите пароль пользователя %1, чтобы продолжить, или выйдите.</numerusform>
            <numerusform>Сеанс пользователя %1 (%2) заблокирован после %n минут бездействия. Введите пароль пользователя %1, чтобы продолжить, или выйдите.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Области</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Партии</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Election files (*.sqlite *.db);;All files (*)</source>
        <translation>Файлы выборов (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Demo data: published totals, synthetic details</source>
        <translation>Демонстрационные данные: опубликованные итоги, синтетические подробности</translation>
    </message>
    <message>
        <source>The published aggregates are reproduced exactly; names, per-station figures and votes are generated.</source>
        <translation>Опубликованные итоговые данные воспроизведены точно; имена, показатели участков и голоса сгенерированы.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Open an election file, or create the demo election of the 2021 rural akim elections to explore BallotDesk.</source>
        <translation>Откройте файл выборов или создайте демонстрационные выборы на основе выборов акимов сельских округов 2021 года, чтобы познакомиться с BallotDesk.</translation>
    </message>
    <message>
        <source>Open Election File…</source>
        <translation>Открыть файл выборов…</translation>
    </message>
    <message>
        <source>New from Demo…</source>
        <translation>Создать демонстрационные выборы…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>New from &amp;Demo…</source>
        <translation>Создать &amp;демонстрационные выборы…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About BallotDesk</source>
        <translation>&amp;О программе BallotDesk</translation>
    </message>
    <message>
        <source>Cannot Open Election File</source>
        <translation>Не удаётся открыть файл выборов</translation>
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
        <translation>Открыть файл выборов</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Очистить меню</translation>
    </message>
    <message>
        <source>New Election from Demo</source>
        <translation>Новые демонстрационные выборы</translation>
    </message>
    <message>
        <source>Creating the demo election…</source>
        <translation>Создание демонстрационных выборов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cannot Create the Demo Election</source>
        <translation>Не удаётся создать демонстрационные выборы</translation>
    </message>
    <message>
        <source>The attribution of the boundary data could not be read.</source>
        <translation>Не удалось прочитать сведения об источнике данных о границах.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BallotDesk %1&lt;/h3&gt;&lt;p&gt;An election results desk for election commissions: registers, protocols, turnout and results.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%2&lt;/small&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built with Qt %3.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BallotDesk %1&lt;/h3&gt;&lt;p&gt;Система учёта результатов выборов для избирательных комиссий: реестры, протоколы, явка и итоги.&lt;/p&gt;&lt;p&gt;Распространяется на условиях GNU General Public License версии 3 или (по Вашему выбору) любой более поздней версии (GPL-3.0-or-later). Предоставляется без каких-либо гарантий.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%2&lt;/small&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;Собрано с Qt %3.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About BallotDesk</source>
        <translation>О программе BallotDesk</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Import &amp;Boundaries…</source>
        <translation>Импорт &amp;границ…</translation>
    </message>
    <message>
        <source>Link the features of a GeoJSON file to territories by code or KATO and store them in the election file</source>
        <translation>Связать объекты файла GeoJSON с территориями по коду или КАТО и сохранить их в файле выборов</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>National summary, regional report or contest result sheet as PDF, with print preview and printing (%1)</source>
        <translation>Общенациональная сводка, региональный отчёт или лист результатов по округу в PDF, с предпросмотром и печатью (%1)</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Блокировка</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Реестры</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Неверный текущий пароль.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Пароль пользователя %1 изменён.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — locked</source>
        <translation>%1 — заблокировано</translation>
    </message>
    <message>
        <source>%1-backup-%2.sqlite</source>
        <translation>%1-backup-%2.sqlite</translation>
    </message>
    <message>
        <source>Back Up Election</source>
        <translation>Резервная копия выборов</translation>
    </message>
    <message>
        <source>Cannot Back Up</source>
        <translation>Не удалось создать резервную копию</translation>
    </message>
    <message>
        <source>A backup cannot replace the open election file. Choose another name.</source>
        <translation>Резервная копия не может заменить открытый файл выборов. Выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 could not be replaced. Choose another name.</source>
        <translation>Не удалось заменить %1. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Writing the backup and verifying it…</source>
        <translation>Запись и проверка резервной копии…</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Создание резервной копии отменено.</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1 and verified: %Ln audit record(s).</source>
        <translation>
            <numerusform>Резервная копия записана в %1 и проверена: %Ln запись аудита.</numerusform>
            <numerusform>Резервная копия записана в %1 и проверена: %Ln записи аудита.</numerusform>
            <numerusform>Резервная копия записана в %1 и проверена: %Ln записей аудита.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message numerus="yes">
        <source>The backup %1 is intact: %Ln audit record(s) in an unbroken chain.

Restoring replaces %2 with it; every change made since the backup is lost. The file is closed, restored and opened again, and you sign in again.</source>
        <translation>
            <numerusform>Резервная копия %1 не повреждена: %Ln запись аудита в непрерывной цепочке.

Восстановление заменит ею %2; все изменения, сделанные после создания резервной копии, будут потеряны. Файл будет закрыт, восстановлен и открыт снова, после чего нужно войти повторно.</numerusform>
            <numerusform>Резервная копия %1 не повреждена: %Ln записи аудита в непрерывной цепочке.

Восстановление заменит ею %2; все изменения, сделанные после создания резервной копии, будут потеряны. Файл будет закрыт, восстановлен и открыт снова, после чего нужно войти повторно.</numerusform>
            <numerusform>Резервная копия %1 не повреждена: %Ln записей аудита в непрерывной цепочке.

Восстановление заменит ею %2; все изменения, сделанные после создания резервной копии, будут потеряны. Файл будет закрыт, восстановлен и открыт снова, после чего нужно войти повторно.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разбор расхождений</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход ввода</translation>
    </message>
    <message>
        <source>Hourly turnout</source>
        <translation>Почасовая явка</translation>
    </message>
    <message>
        <source>Protocol entry</source>
        <translation>Ввод протоколов</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>Пароль базы данных</translation>
    </message>
    <message>
        <source>The password of the database user for %1:</source>
        <translation>Пароль пользователя базы данных для %1:</translation>
    </message>
</context>
<context>
    <name>bd::MapPage</name>
    <message>
        <source>The election has no territory with the code %1.</source>
        <translation>В выборах нет территории с кодом %1.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Up one level (Backspace, Alt+Up)</source>
        <translation>На уровень выше (Backspace, Alt+Up)</translation>
    </message>
    <message>
        <source>Up One Level</source>
        <translation>На уровень выше</translation>
    </message>
    <message>
        <source>Map location</source>
        <translation>Расположение на карте</translation>
    </message>
    <message>
        <source>Turnout (final)</source>
        <translation>Явка (итоговая)</translation>
    </message>
    <message>
        <source>Turnout at hour</source>
        <translation>Явка на час</translation>
    </message>
    <message>
        <source>Reporting progress</source>
        <translation>Ход поступления протоколов</translation>
    </message>
    <message>
        <source>Seats won by self-nominated</source>
        <translation>Мандаты самовыдвиженцев</translation>
    </message>
    <message>
        <source>Candidates per seat</source>
        <translation>Кандидатов на мандат</translation>
    </message>
    <message>
        <source>What the map colours territories by</source>
        <translation>Показатель, по которому раскрашиваются территории на карте</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Показатель:</translation>
    </message>
    <message>
        <source>The hour of the turnout reports</source>
        <translation>Час сведений о явке</translation>
    </message>
    <message>
        <source>&amp;Hour:</source>
        <translation>&amp;Час:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG (Ctrl+Shift+E)</source>
        <translation>Сохранить карту в PNG или SVG (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Reload the Map</source>
        <translation>Обновить карту</translation>
    </message>
    <message>
        <source>Tab or the arrow keys move between territories, Enter opens one, Backspace goes back; + and - zoom, Ctrl+arrows pan.</source>
        <translation>Tab или клавиши со стрелками переходят между территориями, Enter открывает территорию, Backspace возвращает назад; + и - меняют масштаб, Ctrl+стрелки сдвигают карту.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Загрузка карты…</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) without coordinates are not drawn.</source>
        <translation>
            <numerusform>%n участок без координат не показан.</numerusform>
            <numerusform>%n участка без координат не показаны.</numerusform>
            <numerusform>%n участков без координат не показаны.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polling station(s).</source>
        <translation>
            <numerusform>%n избирательный участок.</numerusform>
            <numerusform>%n избирательных участка.</numerusform>
            <numerusform>%n избирательных участков.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies) have no boundary and are not drawn; import boundaries with File › Import Boundaries….</source>
        <translation>
            <numerusform>У %n территории нет границы, и она не показана; импортируйте границы через Файл › Импорт границ….</numerusform>
            <numerusform>У %n территорий нет границ, и они не показаны; импортируйте границы через Файл › Импорт границ….</numerusform>
            <numerusform>У %n территорий нет границ, и они не показаны; импортируйте границы через Файл › Импорт границ….</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a territory or press Enter to open it; Backspace goes back.</source>
        <translation>Щёлкните территорию или нажмите Enter, чтобы открыть её; Backspace возвращает назад.</translation>
    </message>
    <message>
        <source>Turnout, % of voters (accepted protocols)</source>
        <translation>Явка, % избирателей (принятые протоколы)</translation>
    </message>
    <message>
        <source>Turnout at %1, % of voters</source>
        <translation>Явка на %1, % избирателей</translation>
    </message>
    <message>
        <source>Stations with an accepted protocol, %</source>
        <translation>Участки с принятым протоколом, %</translation>
    </message>
    <message>
        <source>Seats won by self-nominated candidates, %</source>
        <translation>Мандаты, полученные самовыдвиженцами, %</translation>
    </message>
    <message>
        <source>Registered candidates per seat</source>
        <translation>Зарегистрированных кандидатов на мандат</translation>
    </message>
    <message>
        <source>Kazakhstan, by region</source>
        <translation>Казахстан, по областям</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>%1 has no territory in this election.</source>
        <translation>В этих выборах у %1 нет территорий.</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot Export the Map</source>
        <translation>Не удалось экспортировать карту</translation>
    </message>
    <message>
        <source>Map saved to %1.</source>
        <translation>Карта сохранена в %1.</translation>
    </message>
    <message>
        <source>Open an election file first.</source>
        <translation>Сначала откройте файл выборов.</translation>
    </message>
    <message>
        <source>Sign in as an administrator to import boundaries.</source>
        <translation>Чтобы импортировать границы, войдите как администратор.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n boundary(ies) imported; %1 feature(s) matched no territory.</source>
        <translation>
            <numerusform>Импортирована %n граница; объектов без соответствующей территории: %1.</numerusform>
            <numerusform>Импортировано %n границы; объектов без соответствующей территории: %1.</numerusform>
            <numerusform>Импортировано %n границ; объектов без соответствующей территории: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Boundaries</source>
        <translation>Импорт границ</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot Import Boundaries</source>
        <translation>Не удалось импортировать границы</translation>
    </message>
    <message>
        <source>Territory KATO code</source>
        <translation>Код КАТО территории</translation>
    </message>
    <message>
        <source>Territory code</source>
        <translation>Код территории</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) in %1.</source>
        <translation>
            <numerusform>%n объект в %1.</numerusform>
            <numerusform>%n объекта в %1.</numerusform>
            <numerusform>%n объектов в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link by the &amp;property:</source>
        <translation>Связать по &amp;свойству:</translation>
    </message>
    <message>
        <source>&amp;Equal to the:</source>
        <translation>&amp;Равному:</translation>
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
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Turnout</source>
        <comment>short column header</comment>
        <translation>Явка</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>подготовка</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>голосование</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>подсчёт голосов</translation>
    </message>
    <message>
        <source>preliminary results</source>
        <translation>предварительные итоги</translation>
    </message>
    <message>
        <source>final results</source>
        <translation>окончательные итоги</translation>
    </message>
    <message>
        <source>Contests and candidates</source>
        <translation>Выборы и кандидаты</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мандаты</translation>
    </message>
    <message>
        <source>Contests decided</source>
        <translation>Выборы с победителем</translation>
    </message>
    <message>
        <source>Candidates nominated</source>
        <translation>Выдвинуто кандидатов</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Зарегистрировано кандидатов</translation>
    </message>
    <message>
        <source>Nominated by parties</source>
        <translation>Выдвинуты партиями</translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation>Самовыдвиженцы</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Избирателей в списках</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Выдано бюллетеней</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Serious incidents</source>
        <translation>Серьёзные нарушения</translation>
    </message>
    <message>
        <source>Minor incidents</source>
        <translation>Незначительные нарушения</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Избиратели</translation>
    </message>
    <message>
        <source>Turnout by region, highest first</source>
        <translation>Явка по областям, по убыванию</translation>
    </message>
    <message>
        <source>Computing the figures of the election…</source>
        <translation>Расчёт показателей выборов…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Не удалось рассчитать показатели: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln region(s)</source>
        <translation>
            <numerusform>в %Ln области</numerusform>
            <numerusform>в %Ln областях</numerusform>
            <numerusform>в %Ln областях</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tied, %2 without a winner</source>
        <translation>равенство голосов: %1, без победителя: %2</translation>
    </message>
    <message>
        <source>%1 not registered</source>
        <translation>не зарегистрировано: %1</translation>
    </message>
    <message>
        <source>%1 per seat</source>
        <translation>%1 на мандат</translation>
    </message>
    <message>
        <source>%1 of registered</source>
        <translation>%1 от зарегистрированных</translation>
    </message>
    <message>
        <source>%1 reported</source>
        <translation>отчитались: %1</translation>
    </message>
    <message>
        <source>%1 at reporting stations</source>
        <translation>%1 на отчитавшихся участках</translation>
    </message>
    <message>
        <source>in and outside the stations</source>
        <translation>в помещениях для голосования и вне их</translation>
    </message>
    <message>
        <source>of voters at reporting stations</source>
        <translation>от избирателей на отчитавшихся участках</translation>
    </message>
    <message>
        <source>accredited</source>
        <translation>аккредитовано</translation>
    </message>
    <message>
        <source>reported by observers</source>
        <translation>по сообщениям наблюдателей</translation>
    </message>
    <message>
        <source>Candidates nominated, registered, and why the others are not on the ballot</source>
        <translation>Кандидаты выдвинутые, зарегистрированные и причины, по которым остальных нет в бюллетене</translation>
    </message>
    <message>
        <source>%1 refused registration</source>
        <translation>отказано в регистрации: %1</translation>
    </message>
    <message>
        <source>%1 withdrew</source>
        <translation>сняли свою кандидатуру: %1</translation>
    </message>
    <message>
        <source>%1 deregistered</source>
        <translation>регистрация отменена: %1</translation>
    </message>
    <message>
        <source>%1 still awaiting a decision</source>
        <translation>ожидают решения: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 nominated → %2 registered</source>
        <translation>выдвинуто: %1 → зарегистрировано: %2</translation>
    </message>
    <message>
        <source>%1 nominated → %2 registered: %3</source>
        <translation>выдвинуто: %1 → зарегистрировано: %2: %3</translation>
    </message>
</context>
<context>
    <name>bd::ProgressPage</name>
    <message>
        <source>Protocols</source>
        <translation>Протоколы</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Без ввода</translation>
    </message>
    <message>
        <source>One entry</source>
        <translation>Один ввод</translation>
    </message>
    <message>
        <source>Differing</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>С ошибками</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Приняты</translation>
    </message>
    <message>
        <source>% accepted</source>
        <translation>% принято</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход ввода</translation>
    </message>
    <message>
        <source>Correct Accepted Protocol…</source>
        <translation>Исправить принятый протокол…</translation>
    </message>
    <message>
        <source>Change the official figures of an accepted protocol, with a reason (Ctrl+Shift+K)</source>
        <translation>Изменить официальные показатели принятого протокола с указанием причины (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Пересчитать (F5)</translation>
    </message>
    <message>
        <source>Progress by region and district</source>
        <translation>Ход ввода по областям и районам</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Progress by contest</source>
        <translation>Ход ввода по выборам</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <source>Protocols of the chosen territory, contest and state</source>
        <translation>Протоколы выбранной территории, выборов и состояния</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Enter: resolve a differing or erroneous protocol, or correct an accepted one</source>
        <translation>Enter: разобрать протокол с расхождениями или ошибками либо исправить принятый</translation>
    </message>
    <message>
        <source>&amp;Contests</source>
        <translation>&amp;Выборы</translation>
    </message>
    <message>
        <source>&amp;Protocols</source>
        <translation>&amp;Протоколы</translation>
    </message>
    <message>
        <source>No election file is open.</source>
        <translation>Файл выборов не открыт.</translation>
    </message>
    <message>
        <source>The progress could not be counted: %1</source>
        <translation>Не удалось подсчитать ход ввода: %1</translation>
    </message>
    <message>
        <source>%1 of %2 protocols accepted (%3) · %4 differing · %5 with errors · %6 with one entry · %7 with no entry</source>
        <translation>Принято протоколов: %1 из %2 (%3) · с расхождениями: %4 · с ошибками: %5 · с одним вводом: %6 · без ввода: %7</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) wait for a coordinator</source>
        <translation>
            <numerusform>%n протокол ожидает координатора</numerusform>
            <numerusform>%n протокола ожидают координатора</numerusform>
            <numerusform>%n протоколов ожидают координатора</numerusform>
        </translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>Undecided (tie)</source>
        <translation>Не определено (равенство голосов)</translation>
    </message>
    <message>
        <source>No winner (against all)</source>
        <translation>Победителя нет (против всех)</translation>
    </message>
    <message>
        <source>Waiting: %1 of %2 accepted</source>
        <translation>Ожидание: принято %1 из %2</translation>
    </message>
    <message>
        <source>&amp;Contests: %1</source>
        <translation>&amp;Выборы: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contest(s)</source>
        <translation>
            <numerusform>%n выборы</numerusform>
            <numerusform>%n выборов</numerusform>
            <numerusform>%n выборов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Protocols: the first %1</source>
        <translation>&amp;Протоколы: первые %1</translation>
    </message>
    <message>
        <source>&amp;Protocols: %1</source>
        <translation>&amp;Протоколы: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s)</source>
        <translation>
            <numerusform>%n протокол</numerusform>
            <numerusform>%n протокола</numerusform>
            <numerusform>%n протоколов</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a coordinator corrects an accepted protocol.</source>
        <translation>Исправлять принятый протокол может только координатор.</translation>
    </message>
    <message>
        <source>This protocol waits for its operators&apos; entries.</source>
        <translation>Этот протокол ожидает ввода операторами.</translation>
    </message>
</context>
<context>
    <name>bd::ProtocolEntryPage</name>
    <message>
        <source>Polling &amp;station:</source>
        <translation>Избирательный &amp;участок:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Hand in this entry (Ctrl+Enter); errors must be corrected and every warning checked against the paper first</source>
        <translation>Сдать этот ввод (Ctrl+Enter); сначала необходимо исправить ошибки и сверить с бумажным протоколом каждое предупреждение</translation>
    </message>
    <message>
        <source>Remark for the coordinator</source>
        <translation>Примечание для координатора</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Required when the protocol goes to the coordinator with errors</source>
        <translation>Обязательно, если протокол передаётся координатору с ошибками</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Refer to &amp;Coordinator</source>
        <translation>Передать &amp;координатору</translation>
    </message>
    <message>
        <source>The paper form itself has errors: hand the entry in with them and say why in the remark</source>
        <translation>Ошибки содержит сам бумажный протокол: сдайте ввод с ними и укажите причину в примечании</translation>
    </message>
    <message>
        <source>Open an election to enter protocols.</source>
        <translation>Откройте выборы, чтобы вводить протоколы.</translation>
    </message>
    <message>
        <source>The election could not be read: %1</source>
        <translation>Не удалось прочитать выборы: %1</translation>
    </message>
    <message>
        <source>Nobody is signed in: protocols can be looked up but not entered.</source>
        <translation>Вход не выполнен: протоколы можно просматривать, но не вводить.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), you can look protocols up but not enter them: protocols are entered by operators.</source>
        <translation>Вы вошли как %1 (%2) и можете просматривать протоколы, но не вводить их: протоколы вводят операторы.</translation>
    </message>
    <message>
        <source>Type a station number above and press Enter.</source>
        <translation>Введите номер участка выше и нажмите Enter.</translation>
    </message>
    <message>
        <source>No protocol open</source>
        <translation>Протокол не открыт</translation>
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
        <translation>Избиратели и бюллетени</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>The contest has no registered candidate.</source>
        <translation>На этих выборах нет зарегистрированных кандидатов.</translation>
    </message>
    <message>
        <source>G%1</source>
        <translation>G%1</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation>самовыдвижение</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>station code %1</source>
        <translation>код участка %1</translation>
    </message>
    <message>
        <source>This protocol is accepted: these are the official figures. Only a coordinator can correct them.</source>
        <translation>Этот протокол принят: это официальные показатели. Исправить их может только координатор.</translation>
    </message>
    <message>
        <source>Your draft of entry %1, saved %2, is restored.</source>
        <translation>Восстановлен Ваш черновик ввода %1, сохранённый %2.</translation>
    </message>
    <message>
        <source>The coordinator returned your entry: check it against the paper and finish it again.</source>
        <translation>Координатор вернул Ваш ввод: сверьте его с бумажным протоколом и завершите снова.</translation>
    </message>
    <message>
        <source>The coordinator returned your entry with the remark: “%1”. Check it against the paper and finish it again.</source>
        <translation>Координатор вернул Ваш ввод с примечанием: «%1». Сверьте его с бумажным протоколом и завершите снова.</translation>
    </message>
    <message>
        <source>You finished entry %1 of this protocol on %2. The other entry must be made by another operator.</source>
        <translation>Вы завершили ввод %1 этого протокола %2. Другой ввод должен выполнить другой оператор.</translation>
    </message>
    <message>
        <source>Both entries of this protocol are in and wait for a coordinator; no third entry can be made.</source>
        <translation>Оба ввода этого протокола получены и ожидают координатора; третий ввод невозможен.</translation>
    </message>
    <message>
        <source>No errors or warnings: the figures add up.</source>
        <translation>Ошибок и предупреждений нет: показатели сходятся.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Issued (C + C2): %1 · In the boxes (E + E2): %2 · Valid votes: %3 · Turnout: %4</source>
        <translation>Выдано (C + C2): %1 · В ящиках (E + E2): %2 · Действительные голоса: %3 · Явка: %4</translation>
    </message>
    <message>
        <source>Open a protocol to enter it</source>
        <translation>Откройте протокол, чтобы ввести его</translation>
    </message>
    <message>
        <source>Correct the errors first, or refer the protocol to the coordinator with a remark</source>
        <translation>Сначала исправьте ошибки или передайте протокол координатору с примечанием</translation>
    </message>
    <message>
        <source>Tick “Checked against the paper” for every warning first</source>
        <translation>Сначала отметьте «Сверено с бумажным протоколом» для каждого предупреждения</translation>
    </message>
    <message>
        <source>Hand in this entry (Ctrl+Enter)</source>
        <translation>Сдать этот ввод (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Черновик сохранён в %1</translation>
    </message>
    <message>
        <source>The entry has no error: finish it instead.</source>
        <translation>Во вводе нет ошибок: завершите его.</translation>
    </message>
    <message>
        <source>Write in the remark why the protocol goes to the coordinator with errors (for example, the paper form itself does not add up), then press Enter.</source>
        <translation>Укажите в примечании, почему протокол передаётся координатору с ошибками (например, не сходится сам бумажный протокол), затем нажмите Enter.</translation>
    </message>
    <message>
        <source>Station %1: your entry is handed in and waits for the second entry by another operator.</source>
        <translation>Участок %1: Ваш ввод сдан и ожидает второго ввода другим оператором.</translation>
    </message>
    <message>
        <source>Station %1: both entries agree; the protocol is accepted.</source>
        <translation>Участок %1: оба ввода совпадают; протокол принят.</translation>
    </message>
    <message>
        <source>Station %1: the protocol is sent to the coordinator.</source>
        <translation>Участок %1: протокол передан координатору.</translation>
    </message>
</context>
<context>
    <name>bd::ProtocolPicker</name>
    <message>
        <source>Station number or code</source>
        <translation>Номер или код участка</translation>
    </message>
    <message>
        <source>Type the polling station&apos;s number or code and press Enter (Ctrl+L)</source>
        <translation>Введите номер или код избирательного участка и нажмите Enter (Ctrl+L)</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Избирательный участок</translation>
    </message>
    <message>
        <source>Polling stations found</source>
        <translation>Найденные избирательные участки</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Station code %1</source>
        <translation>Код участка %1</translation>
    </message>
    <message>
        <source>No polling station starts with “%1”</source>
        <translation>Нет избирательных участков, начинающихся с «%1»</translation>
    </message>
    <message>
        <source>No polling station has the number or code “%1”.</source>
        <translation>Нет избирательного участка с номером или кодом «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n polling stations have the number %1: choose one with the arrow keys and Enter.</source>
        <translation>
            <numerusform>Номер %1 у %n избирательного участка: выберите нужный клавишами со стрелками и Enter.</numerusform>
            <numerusform>Номер %1 у %n избирательных участков: выберите нужный клавишами со стрелками и Enter.</numerusform>
            <numerusform>Номер %1 у %n избирательных участков: выберите нужный клавишами со стрелками и Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the polling station with the arrow keys and Enter.</source>
        <translation>Выберите избирательный участок клавишами со стрелками и Enter.</translation>
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
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation>Изменить &amp;статус…</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>&amp;Find in Registers…</source>
        <translation>&amp;Найти в реестрах…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Export CSV</source>
        <translation>&amp;Экспорт в CSV</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Sign in to edit the registers</source>
        <translation>Войдите, чтобы редактировать реестры</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>Add a record to this register</source>
        <translation>Добавить запись в этот реестр</translation>
    </message>
    <message>
        <source>Insert, Ctrl+N</source>
        <translation>Insert, Ctrl+N</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Изменить выбранную запись</translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation>Enter, F2</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Удалить выбранную запись</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Register, refuse, withdraw or deregister the candidate</source>
        <translation>Зарегистрировать кандидата, отказать в регистрации, снять кандидатуру или отменить регистрацию</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Import a register from a CSV file</source>
        <translation>Импортировать реестр из файла CSV</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Undo the last change of the registers</source>
        <translation>Отменить последнее изменение реестров</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Повторить последнее отменённое изменение</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>Не удалось изменить</translation>
    </message>
    <message>
        <source>Sign in to edit the registers.</source>
        <translation>Войдите, чтобы редактировать реестры.</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Не удалось удалить</translation>
    </message>
    <message>
        <source>Cannot Change the Status</source>
        <translation>Не удалось изменить статус</translation>
    </message>
    <message>
        <source>Change status of candidate %1 to %2</source>
        <translation>Изменить статус кандидата %1 на «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) imported</source>
        <translation>
            <numerusform>%1: импортирована %Ln строка</numerusform>
            <numerusform>%1: импортировано %Ln строки</numerusform>
            <numerusform>%1: импортировано %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Экспорт %1 в %2…</translation>
    </message>
    <message>
        <source>Cannot Export %1</source>
        <translation>Не удалось экспортировать: %1</translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation>%1 экспортировано в %2</translation>
    </message>
    <message>
        <source>%1 is not listed on the %2 page</source>
        <translation>%1 не отображается на странице «%2»</translation>
    </message>
</context>
<context>
    <name>bd::RegisterCommand</name>
    <message>
        <source>Cannot Redo</source>
        <translation>Не удалось повторить</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>Не удалось отменить</translation>
    </message>
    <message>
        <source>No election file is open.</source>
        <translation>Файл выборов не открыт.</translation>
    </message>
    <message>
        <source>Sign in to edit the registers.</source>
        <translation>Войдите, чтобы редактировать реестры.</translation>
    </message>
</context>
<context>
    <name>bd::RegisterEditorDialog</name>
    <message>
        <source>New Territory</source>
        <translation>Новая территория</translation>
    </message>
    <message>
        <source>Edit Territory</source>
        <translation>Изменение территории</translation>
    </message>
    <message>
        <source>New Party</source>
        <translation>Новая партия</translation>
    </message>
    <message>
        <source>Edit Party</source>
        <translation>Изменение партии</translation>
    </message>
    <message>
        <source>New Contest</source>
        <translation>Новые выборы</translation>
    </message>
    <message>
        <source>Edit Contest</source>
        <translation>Изменение выборов</translation>
    </message>
    <message>
        <source>New Polling Station</source>
        <translation>Новый избирательный участок</translation>
    </message>
    <message>
        <source>Edit Polling Station</source>
        <translation>Изменение избирательного участка</translation>
    </message>
    <message>
        <source>New Candidate</source>
        <translation>Новый кандидат</translation>
    </message>
    <message>
        <source>Edit Candidate</source>
        <translation>Изменение кандидата</translation>
    </message>
    <message>
        <source>New Observer</source>
        <translation>Новый наблюдатель</translation>
    </message>
    <message>
        <source>Edit Observer</source>
        <translation>Изменение наблюдателя</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрыть без сохранения (Esc)</translation>
    </message>
    <message>
        <source>Enter moves to the next field · Ctrl+Enter saves · Esc closes without saving</source>
        <translation>Enter — следующее поле · Ctrl+Enter — сохранить · Esc — закрыть без сохранения</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>e.g. KZ-AKM-01-004</source>
        <translation>например, KZ-AKM-01-004</translation>
    </message>
    <message>
        <source>&amp;Parent territory</source>
        <translation>&amp;Вышестоящая территория</translation>
    </message>
    <message>
        <source>Empty for a region</source>
        <translation>Пусто для области</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Уровень</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Rural district, village, settlement or small town</source>
        <translation>Сельский округ, село, посёлок или малый город</translation>
    </message>
    <message>
        <source>Name (&amp;Kazakh)</source>
        <translation>Название (&amp;каз.)</translation>
    </message>
    <message>
        <source>Name (&amp;Russian)</source>
        <translation>Название (&amp;рус.)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>Название (&amp;англ.)</translation>
    </message>
    <message>
        <source>K&amp;ATO</source>
        <translation>К&amp;АТО</translation>
    </message>
    <message>
        <source>e.g. NUR-OTAN</source>
        <translation>например, NUR-OTAN</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>&amp;Краткое название</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>&amp;Цвет</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>&amp;Территория</translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation>Введите код или название</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>e.g. Akim of Zhanaturmys rural district</source>
        <translation>например, Аким Жанатурмысского сельского округа</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>&amp;Мандаты</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <source>As printed on the protocol</source>
        <translation>Как указано в протоколе</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>The lowest territory the station serves</source>
        <translation>Территория самого низкого уровня, которую обслуживает участок</translation>
    </message>
    <message>
        <source>C&amp;ontest</source>
        <translation>&amp;Выборы</translation>
    </message>
    <message>
        <source>&amp;Registered voters</source>
        <translation>&amp;Зарегистрировано избирателей</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Широта</translation>
    </message>
    <message>
        <source>Decimal degrees, −90 to 90</source>
        <translation>Десятичные градусы, от −90 до 90</translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation>&amp;Долгота</translation>
    </message>
    <message>
        <source>Decimal degrees, −180 to 180</source>
        <translation>Десятичные градусы, от −180 до 180</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Партия</translation>
    </message>
    <message>
        <source>Empty for a self-nominated candidate</source>
        <translation>Пусто для самовыдвиженца</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Status &amp;date</source>
        <translation>&amp;Дата статуса</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Required when refused, withdrawn or deregistered</source>
        <translation>Обязательно при отказе в регистрации, снятии кандидатуры или отмене регистрации</translation>
    </message>
    <message>
        <source>Ballot &amp;order</source>
        <translation>&amp;Порядок в бюллетене</translation>
    </message>
    <message>
        <source>Position on the ballot</source>
        <translation>Место в бюллетене</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Polling &amp;station</source>
        <translation>Избирательный &amp;участок</translation>
    </message>
    <message>
        <source>Empty for the whole election</source>
        <translation>Пусто для всех выборов</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Время записи</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Не удалось прочитать историю: %1</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>Type a real date as YYYY-MM-DD, e.g. 1975-03-21.</source>
        <translation>Введите существующую дату в формате ГГГГ-ММ-ДД, например 1975-03-21.</translation>
    </message>
    <message>
        <source>Type a number of decimal degrees, e.g. %1.</source>
        <translation>Введите число в десятичных градусах, например %1.</translation>
    </message>
    <message>
        <source>Type a whole number from 1, or leave it empty.</source>
        <translation>Введите целое число не меньше 1 или оставьте поле пустым.</translation>
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
        <translation>Чтобы сохранить, исправьте ошибки, указанные под полями</translation>
    </message>
</context>
<context>
    <name>bd::RegisterSearchField</name>
    <message>
        <source>Search the registers (Ctrl+F)</source>
        <translation>Поиск по реестрам (Ctrl+F)</translation>
    </message>
    <message>
        <source>A candidate by name, a station by number or address, anything by code (Ctrl+F)</source>
        <translation>Кандидат по имени, участок по номеру или адресу, любой объект по коду (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the registers</source>
        <translation>Поиск по реестрам</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
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
        <translation>По запросу «%1» ничего не найдено</translation>
    </message>
</context>
<context>
    <name>bd::RegisterTableModel</name>
    <message>
        <source>Self-nominated</source>
        <translation>Самовыдвиженец</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>KATO</source>
        <translation>КАТО</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мандаты</translation>
    </message>
    <message>
        <source>Candidates nominated</source>
        <translation>Выдвинуто кандидатов</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Зарегистрировано кандидатов</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Избирательный участок</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Зарегистрировано избирателей</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Ballot order</source>
        <translation>Порядок в бюллетене</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Выдвинут</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Refused registration</source>
        <translation>Отказано в регистрации</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Снял свою кандидатуру</translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation>Регистрация отменена</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>Неправительственная организация</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Международная организация</translation>
    </message>
</context>
<context>
    <name>bd::RegisterView</name>
    <message>
        <source>Filter by code, name or KATO</source>
        <translation>Фильтр по коду, названию или КАТО</translation>
    </message>
    <message>
        <source>Filter by code, name, region or district</source>
        <translation>Фильтр по коду, названию, области или району</translation>
    </message>
    <message>
        <source>Filter by code, number, name, address, region or contest</source>
        <translation>Фильтр по коду, номеру, названию, адресу, области или выборам</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Фильтр по коду или названию</translation>
    </message>
    <message>
        <source>Filter by code, name, party, status, reason or contest</source>
        <translation>Фильтр по коду, ФИО, партии, статусу, причине или выборам</translation>
    </message>
    <message>
        <source>Filter by code, name, organization or station</source>
        <translation>Фильтр по коду, ФИО, организации или участку</translation>
    </message>
    <message>
        <source>Shows the rows that contain this text</source>
        <translation>Показывает строки, содержащие этот текст</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ResolutionPage</name>
    <message>
        <source>Resolution</source>
        <translation>Разбор расхождений</translation>
    </message>
    <message>
        <source>Protocols whose two entries differ or have errors, oldest first. Compare with the paper form and decide.</source>
        <translation>Протоколы, два ввода которых расходятся или содержат ошибки, начиная с самых ранних. Сверьте с бумажным протоколом и примите решение.</translation>
    </message>
    <message>
        <source>Protocols waiting for a coordinator</source>
        <translation>Протоколы, ожидающие координатора</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Ожидает с</translation>
    </message>
    <message>
        <source>Only a coordinator resolves entries; you can read the queue.</source>
        <translation>Разбирать вводы может только координатор; Вы можете просматривать очередь.</translation>
    </message>
    <message>
        <source>Both entries side by side</source>
        <translation>Оба ввода рядом</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Первый</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Второй</translation>
    </message>
    <message>
        <source>≠ marks the fields where the two entries differ</source>
        <translation>≠ отмечает поля, в которых два ввода расходятся</translation>
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
        <translation>Оставить первый</translation>
    </message>
    <message>
        <source>Accept the first entry&apos;s figures; the second is discarded</source>
        <translation>Принять показатели первого ввода; второй отклоняется</translation>
    </message>
    <message>
        <source>Keep Second</source>
        <translation>Оставить второй</translation>
    </message>
    <message>
        <source>Accept the second entry&apos;s figures; the first is discarded</source>
        <translation>Принять показатели второго ввода; первый отклоняется</translation>
    </message>
    <message>
        <source>Return First…</source>
        <translation>Вернуть первый…</translation>
    </message>
    <message>
        <source>Send the first entry back to its operator with a remark</source>
        <translation>Вернуть первый ввод его оператору с примечанием</translation>
    </message>
    <message>
        <source>Return Second…</source>
        <translation>Вернуть второй…</translation>
    </message>
    <message>
        <source>Send the second entry back to its operator with a remark</source>
        <translation>Вернуть второй ввод его оператору с примечанием</translation>
    </message>
    <message>
        <source>Discard Both…</source>
        <translation>Отклонить оба…</translation>
    </message>
    <message>
        <source>Throw both entries away, with a reason; the protocol is entered twice again</source>
        <translation>Отклонить оба ввода с указанием причины; протокол будет введён дважды заново</translation>
    </message>
    <message>
        <source>Correct Accepted Protocol…</source>
        <translation>Исправить принятый протокол…</translation>
    </message>
    <message>
        <source>Change the official figures of an accepted protocol, with a reason</source>
        <translation>Изменить официальные показатели принятого протокола с указанием причины</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the queue again</source>
        <translation>Перечитать очередь</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Очередь</translation>
    </message>
    <message>
        <source>No election file is open.</source>
        <translation>Файл выборов не открыт.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Queue: %1</source>
        <translation>&amp;Очередь: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) waiting</source>
        <translation>
            <numerusform>%n протокол ожидает</numerusform>
            <numerusform>%n протокола ожидают</numerusform>
            <numerusform>%n протоколов ожидают</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for a coordinator.</source>
        <translation>Нет протоколов, ожидающих координатора.</translation>
    </message>
    <message>
        <source>Choose a protocol in the queue.</source>
        <translation>Выберите протокол в очереди.</translation>
    </message>
    <message>
        <source>Station %1 — %2 · contest %3 %4 · %5</source>
        <translation>Участок %1 — %2 · выборы %3 %4 · %5</translation>
    </message>
    <message>
        <source>The two entries differ</source>
        <translation>Два ввода расходятся</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>расходится</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Part of an error of this entry</source>
        <translation>Входит в ошибку этого ввода</translation>
    </message>
    <message numerus="yes">
        <source>Differences: %n field(s), marked ≠.</source>
        <translation>
            <numerusform>Расхождения: %n поле, отмечено ≠.</numerusform>
            <numerusform>Расхождения: %n поля, отмечены ≠.</numerusform>
            <numerusform>Расхождения: %n полей, отмечены ≠.</numerusform>
        </translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>Первый ввод</translation>
    </message>
    <message>
        <source>Second entry</source>
        <translation>Второй ввод</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Not entered.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Не введён.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, оператор &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Завершён %1</translation>
    </message>
    <message>
        <source>Remark: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>No errors, no warnings.</source>
        <translation>Ошибок и предупреждений нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): this entry cannot be kept.</source>
        <translation>
            <numerusform>%n ошибка: этот ввод нельзя оставить.</numerusform>
            <numerusform>%n ошибки: этот ввод нельзя оставить.</numerusform>
            <numerusform>%n ошибок: этот ввод нельзя оставить.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Error %1: %2</source>
        <translation>✖ Ошибка %1: %2</translation>
    </message>
    <message>
        <source>⚠ Warning %1: %2</source>
        <translation>⚠ Предупреждение %1: %2</translation>
    </message>
    <message>
        <source>(checked against the paper)</source>
        <translation>(сверено с бумажным протоколом)</translation>
    </message>
    <message>
        <source>(not acknowledged)</source>
        <translation>(не подтверждено)</translation>
    </message>
    <message>
        <source>Station %1: the first entry was kept; the protocol is accepted.</source>
        <translation>Участок %1: оставлен первый ввод; протокол принят.</translation>
    </message>
    <message>
        <source>Station %1: the second entry was kept; the protocol is accepted.</source>
        <translation>Участок %1: оставлен второй ввод; протокол принят.</translation>
    </message>
    <message>
        <source>Return the First Entry</source>
        <translation>Вернуть первый ввод</translation>
    </message>
    <message>
        <source>Return the Second Entry</source>
        <translation>Вернуть второй ввод</translation>
    </message>
    <message>
        <source>Station %1: what should %2 check on the paper form?</source>
        <translation>Участок %1: что оператору %2 следует проверить в бумажном протоколе?</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Station %1: the entry went back to %2 with your remark.</source>
        <translation>Участок %1: ввод возвращён оператору %2 с Вашим примечанием.</translation>
    </message>
    <message>
        <source>Discard Both Entries</source>
        <translation>Отклонить оба ввода</translation>
    </message>
    <message>
        <source>Station %1: why are both entries discarded? The protocol will be entered twice again.</source>
        <translation>Участок %1: почему отклоняются оба ввода? Протокол будет введён дважды заново.</translation>
    </message>
    <message>
        <source>Discard Both</source>
        <translation>Отклонить оба</translation>
    </message>
    <message>
        <source>Station %1: both entries were discarded; the protocol is open for two new entries.</source>
        <translation>Участок %1: оба ввода отклонены; протокол открыт для двух новых вводов.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отказано: %1</translation>
    </message>
</context>
<context>
    <name>bd::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Аналитик</translation>
    </message>
</context>
<context>
    <name>bd::SeatsWonChart</name>
    <message numerus="yes">
        <source>Seats won: %1&lt;br&gt;&lt;small&gt;%Ln seat(s), %2 decided&lt;/small&gt;</source>
        <translation>
            <numerusform>Полученные мандаты: %1&lt;br&gt;&lt;small&gt;%Ln мандат, распределено %2&lt;/small&gt;</numerusform>
            <numerusform>Полученные мандаты: %1&lt;br&gt;&lt;small&gt;%Ln мандата, распределено %2&lt;/small&gt;</numerusform>
            <numerusform>Полученные мандаты: %1&lt;br&gt;&lt;small&gt;%Ln мандатов, распределено %2&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No seats in this territory.</source>
        <translation>На этой территории нет мандатов.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln seat(s), %2 of all seats</source>
        <translation>
            <numerusform>%1
%Ln мандат, %2 от всех мандатов</numerusform>
            <numerusform>%1
%Ln мандата, %2 от всех мандатов</numerusform>
            <numerusform>%1
%Ln мандатов, %2 от всех мандатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation>Самовыдвиженцы</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Не распределены</translation>
    </message>
    <message>
        <source>Not decided yet: tie, against all or protocols missing</source>
        <translation>Пока не распределены: равенство голосов, против всех или нет протоколов</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мандаты</translation>
    </message>
</context>
<context>
    <name>bd::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Вход в %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every change you make is recorded in the audit log under your name.</source>
        <translation>Каждое ваше изменение записывается в журнал аудита под вашим именем.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Close File</source>
        <translation>Закрыть файл</translation>
    </message>
    <message>
        <source>Close the election file without signing in (Esc)</source>
        <translation>Закрыть файл выборов без входа (Esc)</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
</context>
<context>
    <name>bd::TerritoryFilter</name>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Show the charts of one region, or of all regions (Alt+R)</source>
        <translation>Показать диаграммы одной области или всех областей (Alt+R)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
</context>
<context>
    <name>bd::TurnoutByTerritoryChart</name>
    <message>
        <source>Turnout by region</source>
        <translation>Явка по областям</translation>
    </message>
    <message>
        <source>Turnout by district: %1</source>
        <translation>Явка по районам: %1</translation>
    </message>
    <message>
        <source>Turnout by okrug: %1</source>
        <translation>Явка по округам: %1</translation>
    </message>
    <message>
        <source>No accepted protocols yet.</source>
        <translation>Принятых протоколов пока нет.</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>territory name, turnout</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation>Явка, % избирателей в списке</translation>
    </message>
    <message>
        <source>National turnout: %1</source>
        <translation>Явка по стране: %1</translation>
    </message>
    <message>
        <source>Turnout in %1: %2</source>
        <translation>Явка: %1: %2</translation>
    </message>
    <message>
        <source>%1
Turnout: %2
Ballots issued: %3 of %4 voters
Stations reported: %5</source>
        <translation>%1
Явка: %2
Выдано бюллетеней: %3 из %4 избирателей
Участков отчиталось: %5</translation>
    </message>
</context>
<context>
    <name>bd::TurnoutHistogramChart</name>
    <message numerus="yes">
        <source>Polling stations by turnout: %1&lt;br&gt;&lt;small&gt;%Ln station(s) reported&lt;/small&gt;</source>
        <translation>
            <numerusform>Избирательные участки по явке: %1&lt;br&gt;&lt;small&gt;отчитался %Ln участок&lt;/small&gt;</numerusform>
            <numerusform>Избирательные участки по явке: %1&lt;br&gt;&lt;small&gt;отчитались %Ln участка&lt;/small&gt;</numerusform>
            <numerusform>Избирательные участки по явке: %1&lt;br&gt;&lt;small&gt;отчитались %Ln участков&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No accepted protocols yet.</source>
        <translation>Принятых протоколов пока нет.</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <source>Turnout, % (bands of 5 points, by their lower bound)</source>
        <translation>Явка, % (интервалы по 5 пунктов, по нижней границе)</translation>
    </message>
    <message numerus="yes">
        <source>Turnout %1 to %2
%Ln station(s), %3 of those reported</source>
        <translation>
            <numerusform>Явка от %1 до %2
%Ln участок, %3 от отчитавшихся</numerusform>
            <numerusform>Явка от %1 до %2
%Ln участка, %3 от отчитавшихся</numerusform>
            <numerusform>Явка от %1 до %2
%Ln участков, %3 от отчитавшихся</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::TurnoutHourChart</name>
    <message>
        <source>National turnout through the day</source>
        <translation>Явка по стране в течение дня</translation>
    </message>
    <message>
        <source>No hourly turnout reports yet.</source>
        <translation>Почасовых сведений о явке пока нет.</translation>
    </message>
    <message>
        <source>Local time of the report</source>
        <translation>Местное время сведений</translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation>Явка, % избирателей в списке</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>%1
Turnout: %2
%3 of %4 voters
%5 of %6 stations reported</source>
        <translation>%1
Явка: %2
Избирателей: %3 из %4
Отчиталось участков: %5 из %6</translation>
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
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Hourly turnout</source>
        <translation>Почасовая явка</translation>
    </message>
    <message>
        <source>Number or code, e.g. 12 or PS-KZ-AKM-0003</source>
        <translation>Номер или код, например 12 или PS-KZ-AKM-0003</translation>
    </message>
    <message>
        <source>Type the station&apos;s number or code; pick it from the list or press Enter</source>
        <translation>Введите номер или код участка; выберите его из списка или нажмите Enter</translation>
    </message>
    <message>
        <source>Polling &amp;station:</source>
        <translation>Избирательный &amp;участок:</translation>
    </message>
    <message>
        <source>Your role may not enter turnout reports; they are shown read-only. Operators enter them.</source>
        <translation>Ваша роль не позволяет вводить сведения о явке; они показаны только для чтения. Их вводят операторы.</translation>
    </message>
    <message>
        <source>Save the station&apos;s reports (Ctrl+S)</source>
        <translation>Сохранить сведения участка (Ctrl+S)</translation>
    </message>
    <message>
        <source>Enter a station&apos;s reports</source>
        <translation>Ввод сведений участка</translation>
    </message>
    <message>
        <source>Stop computing the turnout figures</source>
        <translation>Прекратить расчёт показателей явки</translation>
    </message>
    <message>
        <source>Cancelled: the figures shown may be out of date.</source>
        <translation>Отменено: показанные данные могут быть устаревшими.</translation>
    </message>
    <message>
        <source>Compute the turnout figures again (F5)</source>
        <translation>Пересчитать показатели явки (F5)</translation>
    </message>
    <message>
        <source>Voters who had received a ballot by %1; Enter moves to the next hour</source>
        <translation>Избиратели, получившие бюллетень к %1; Enter — переход к следующему часу</translation>
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
        <translation>Нет избирательного участка с номером или кодом %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln polling station(s) have the number %1; type the code or pick one from the list.</source>
        <translation>
            <numerusform>Номер %1 у %Ln избирательного участка; введите код или выберите участок из списка.</numerusform>
            <numerusform>Номер %1 у %Ln избирательных участков; введите код или выберите участок из списка.</numerusform>
            <numerusform>Номер %1 у %Ln избирательных участков; введите код или выберите участок из списка.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 voters on the list (accepted protocol)</source>
        <translation>Избирателей в списке: %1 (принятый протокол)</translation>
    </message>
    <message>
        <source>%1 registered voters</source>
        <translation>Зарегистрированных избирателей: %1</translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <source>Polling station No. %1</source>
        <translation>Избирательный участок № %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>нет сведений</translation>
    </message>
    <message>
        <source>%1 at %2: %3 %4</source>
        <translation>%1 на %2: %3 %4</translation>
    </message>
    <message>
        <source>Nothing to save: the reports are as stored.</source>
        <translation>Нечего сохранять: сведения не изменились.</translation>
    </message>
    <message>
        <source>Saved the reports of polling station %1.</source>
        <translation>Сведения избирательного участка %1 сохранены.</translation>
    </message>
    <message>
        <source>Computing turnout by region…</source>
        <translation>Расчёт явки по областям…</translation>
    </message>
    <message>
        <source>The turnout figures could not be computed: %1</source>
        <translation>Не удалось рассчитать показатели явки: %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Stations reported</source>
        <translation>Участков отчиталось</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 at %2: %3 of %4 voters received ballots; %5 of %6 stations reported</source>
        <translation>%1 на %2: бюллетени получили %3 из %4 избирателей; отчиталось участков: %5 из %6</translation>
    </message>
    <message>
        <source>%1 of %2 at %3</source>
        <translation>%1 из %2 на %3</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>ни одного из %1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
</context>
<context>
    <name>bd::TurnoutScatterChart</name>
    <message>
        <source>Turnout and the winner&apos;s share: %1</source>
        <translation>Явка и доля победителя: %1</translation>
    </message>
    <message>
        <source>No decided contest with accepted protocols yet.</source>
        <translation>Пока нет выборов с определённым победителем и принятыми протоколами.</translation>
    </message>
    <message>
        <source>A polling station (a sample of %1 of %2)</source>
        <translation>Избирательный участок (выборка: %1 из %2)</translation>
    </message>
    <message>
        <source>A polling station (%1 in all)</source>
        <translation>Избирательный участок (всего %1)</translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation>Явка, % избирателей в списке</translation>
    </message>
    <message>
        <source>Winner&apos;s share, % of valid ballots</source>
        <translation>Доля победителя, % действительных бюллетеней</translation>
    </message>
    <message>
        <source>Station %1
Turnout: %2
Winner&apos;s share: %3</source>
        <translation>Участок %1
Явка: %2
Доля победителя: %3</translation>
    </message>
</context>
<context>
    <name>bd::TurnoutThroughDayChart</name>
    <message>
        <source>Turnout through the day</source>
        <translation>Явка в течение дня</translation>
    </message>
    <message>
        <source>Turnout through the day: %1</source>
        <translation>Явка в течение дня: %1</translation>
    </message>
    <message>
        <source>No hourly turnout reports yet.</source>
        <translation>Почасовых сведений о явке пока нет.</translation>
    </message>
    <message>
        <source>Local time of the report</source>
        <translation>Местное время сведений</translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation>Явка, % избирателей в списке</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2
Turnout: %3
%4 of %5 voters, %Ln station(s) reported</source>
        <translation>
            <numerusform>%1 в %2
Явка: %3
%4 из %5 избирателей, отчитался %Ln участок</numerusform>
            <numerusform>%1 в %2
Явка: %3
%4 из %5 избирателей, отчитались %Ln участка</numerusform>
            <numerusform>%1 в %2
Явка: %3
%4 из %5 избирателей, отчитались %Ln участков</numerusform>
        </translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS]</source>
        <translation>Использование: %1 КОМАНДА [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Чтобы узнать параметры команды, выполните &apos;%1 КОМАНДА --help&apos;.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 bad data or refused operation, 2 usage error.</source>
        <translation>Коды завершения: 0 — успешно, 1 — неверные данные или операция отклонена, 2 — ошибка использования.</translation>
    </message>
    <message>
        <source>%1: unknown command &apos;%2&apos;.</source>
        <translation>%1: неизвестная команда &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Election results desk for election commissions.</source>
        <translation>Система учёта результатов выборов для избирательных комиссий.</translation>
    </message>
    <message>
        <source>Open the election file FILE.</source>
        <translation>Открыть файл выборов FILE.</translation>
    </message>
    <message>
        <source>Render a view of --db offscreen into the PNG file OUT and exit.</source>
        <translation>Отрисовать представление файла --db вне экрана в PNG-файл OUT и завершить работу.</translation>
    </message>
    <message>
        <source>The view to render: %1 (default overview).</source>
        <translation>Отрисовываемое представление: %1 (по умолчанию overview).</translation>
    </message>
    <message>
        <source>The size of the rendered window (default 1280x800).</source>
        <translation>Размер отрисовываемого окна (по умолчанию 1280x800).</translation>
    </message>
    <message>
        <source>The interface language: kk, ru or en (default: the system&apos;s).</source>
        <translation>Язык интерфейса: kk, ru или en (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Неожиданный аргумент: %1.</translation>
    </message>
    <message>
        <source>Unknown language %1; use kk, ru or en.</source>
        <translation>Неизвестный язык %1; используйте kk, ru или en.</translation>
    </message>
    <message>
        <source>--screenshot needs --db FILE.</source>
        <translation>Для --screenshot нужен --db FILE.</translation>
    </message>
    <message>
        <source>Unknown view %1; use one of %2.</source>
        <translation>Неизвестное представление %1; используйте одно из: %2.</translation>
    </message>
    <message>
        <source>Bad size %1; use WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>Неверный размер %1; используйте формат ШИРИНАxВЫСОТА, например 1280x800.</translation>
    </message>
    <message>
        <source>With --screenshot: sign in as LOGIN first, with the password in BALLOTDESK_PASSWORD (recorded in the audit log like any sign-in).</source>
        <translation>С --screenshot: сначала войти под логином LOGIN с паролем из BALLOTDESK_PASSWORD (вход записывается в журнал аудита, как любой другой).</translation>
    </message>
    <message>
        <source>--user needs the password in BALLOTDESK_PASSWORD.</source>
        <translation>Для --user нужен пароль в BALLOTDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>--view, --size and --user need --screenshot.</source>
        <translation>Для --view, --size и --user нужен --screenshot.</translation>
    </message>
</context>
</TS>
