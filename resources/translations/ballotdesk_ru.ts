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
        <source>audit chain intact: %1 records, %2 protocols sealed</source>
        <translation>цепочка аудита не нарушена: записей — %1, опечатанных протоколов — %2</translation>
    </message>
    <message>
        <source>The figures of the accepted protocol of station %1 (contest %2) were changed outside the application: they no longer match its seal.</source>
        <translation>Показатели принятого протокола участка %1 (выборы %2) были изменены вне приложения: они больше не соответствуют его печати.</translation>
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
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
    <message>
        <source>Missing --db FILE.</source>
        <translation>Не указан --db ФАЙЛ.</translation>
    </message>
    <message>
        <source>Missing --admin LOGIN.</source>
        <translation>Не указан --admin ЛОГИН.</translation>
    </message>
    <message>
        <source>Missing --name NAME.</source>
        <translation>Не указан --name ИМЯ.</translation>
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
        <source>--view and --size need --screenshot.</source>
        <translation>--view и --size требуют --screenshot.</translation>
    </message>
</context>
</TS>
