// CSV import: every bad input of issue 3 gives its exact error line and leaves the database
// byte-for-byte unchanged; valid files (BOM, CRLF, quoted line breaks, a large file) import.
#include "DatabaseDigest.h"
#include "ProgressQueries.h"
#include "ProtocolEntryService.h"
#include "RegisterExporter.h"
#include "RegisterImporter.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bd;

Q_DECLARE_METATYPE(bd::RegisterKind)

namespace {

// The registers every case starts from: a region, a district, two okrugs with one contest
// each, two parties, a station and a registered candidate of party P1 in contest C1.
const char *const kTerritories = "code,parent_code,level,name_en\n"
                                 "KZ-A,,region,Region A\n"
                                 "KZ-A-01,KZ-A,district,District 1\n"
                                 "KZ-A-01-001,KZ-A-01,okrug,Okrug 1\n"
                                 "KZ-A-01-002,KZ-A-01,okrug,Okrug 2\n";
const char *const kParties = "code,name_en,color\nP1,Party One,#1F77B4\nP2,Party Two,\n";
const char *const kContests = "code,territory_code,name\n"
                              "C1,KZ-A-01-001,Akim of Okrug 1\n"
                              "C2,KZ-A-01-002,Akim of Okrug 2\n";
const char *const kStations = "code,number,address,territory_code,contest_code,"
                              "registered_voters,latitude,longitude\n"
                              "S1,101,\"Village 1, School 3\",KZ-A-01-001,C1,900,51.1,71.4\n";
const char *const kCandidates = "code,contest_code,full_name,birth_date,party_code,status\n"
                                "CAND-1,C1,Aigerim Sadykova,1970-05-01,P1,registered\n";

} // namespace

class TestRegisterImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void badInput_data();
    void badInput();
    void validVariants_data();
    void validVariants();
    void lineNumbersCountPhysicalLines();
    void atMostHundredProblems();
    void analystMayNotImport();
    void cancelWritesNothing();
    void importWritesOneAuditRecord();
    void importedStationsHaveOpenProtocols();
    void failedStationImportOpensNoProtocol();
    void largeFile();

private:
    qint64 electionId() const;
    qint64 noEntryCount() const;
    QString file(const QString &name) const { return m_dir->filePath(name); }
    Outcome<ImportReport> importBytes(RegisterKind kind, const QByteArray &bytes,
                                      const QString &name = QStringLiteral("in.csv"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestRegisterImport::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
}

void TestRegisterImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(test::createElection(file(QStringLiteral("e.sqlite"))));
    auto db = Database::open(file(QStringLiteral("e.sqlite")), Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    m_db.emplace(std::move(*db));
    const QList<QPair<RegisterKind, const char *>> base = {
        {RegisterKind::Territories, kTerritories},
        {RegisterKind::Parties, kParties},
        {RegisterKind::Contests, kContests},
        {RegisterKind::PollingStations, kStations},
        {RegisterKind::Candidates, kCandidates}};
    for (const auto &[kind, text] : base) {
        auto report = importBytes(kind, text, QStringLiteral("base.csv"));
        QVERIFY(report.ok());
        QCOMPARE(report->problems.size(), 0);
        QVERIFY(report->rowsImported > 0);
    }
}

void TestRegisterImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Outcome<ImportReport> TestRegisterImport::importBytes(RegisterKind kind, const QByteArray &bytes,
                                                      const QString &name)
{
    if (!test::writeBytes(file(name), bytes))
        return Error{QStringLiteral("test"), QStringLiteral("cannot write"), {}};
    return RegisterImporter::importFile(*m_db, test::testAdministrator(), kind, file(name));
}

void TestRegisterImport::badInput_data()
{
    QTest::addColumn<RegisterKind>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // the first problem, after "FILE:"

    const QString notCount = QStringLiteral(
        "2: column registered_voters: \"%1\" is not a whole number from 0 to 999999999; "
        "write digits only, without sign, decimals, separators or exponent");
    const QByteArray stationHeader =
        "code,number,territory_code,contest_code,registered_voters,latitude,longitude\n";

    QTest::newRow("windows-1251") << RegisterKind::Territories
                                  << QByteArray("code,level,name_ru\nKZ-B,region,\xCE\xE1\xEB\n")
                                  << QStringLiteral(
                                         "2: the text is not UTF-8 (byte 0xce in field 3); save "
                                         "the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\") "
                                         "and import it again");
    QTest::newRow("utf-16") << RegisterKind::Parties
                            << QByteArray("\xFF\xFE"
                                          "c\0o\0d\0e\0\n\0",
                                          12)
                            << QStringLiteral("1: the file is UTF-16 text; save it as UTF-8 (in "
                                              "a spreadsheet: \"CSV UTF-8\") and import it again");
    QTest::newRow("missing required column")
        << RegisterKind::PollingStations
        << QByteArray("code,number,territory_code,contest_code\nS9,9,KZ-A-01-001,C1\n")
        << QStringLiteral(
               "1: column registered_voters: required column is missing from the header");
    QTest::newRow("unknown column")
        << RegisterKind::Parties << QByteArray("code,name_en,colour\nP9,Nine,#000000\n")
        << QStringLiteral("1: column colour: unknown column; the columns of parties.csv are: "
                          "code, name_kk, name_ru, name_en, short_name, color");
    QTest::newRow("duplicate column")
        << RegisterKind::Parties << QByteArray("code,name_en,name_en\nP9,Nine,Nine\n")
        << QStringLiteral("1: column name_en: appears twice (fields 2 and 3); keep one");
    QTest::newRow("quoted field open at end")
        << RegisterKind::Parties << QByteArray("code,name_en\nP9,\"Open party\nP10,Ten\n")
        << QStringLiteral("2: a quoted field opened on this line is not closed before the end "
                          "of the file; add the closing quote (\")");
    QTest::newRow("too many fields")
        << RegisterKind::Parties << QByteArray("code,name_en\nP9,Nine,Party\n")
        << QStringLiteral(
               "2: the row has 3 fields but the header has 2; quote fields that contain a comma");
    QTest::newRow("too few fields")
        << RegisterKind::Contests << QByteArray("code,territory_code,name\nC9,KZ-A-01-001\n")
        << QStringLiteral("2: the row has 2 fields but the header has 3; add the missing fields");
    QTest::newRow("empty file") << RegisterKind::Parties << QByteArray()
                                << QStringLiteral("1: the file is empty; the first line must be "
                                                  "the header: code,name_kk,name_ru,name_en,"
                                                  "short_name,color");
    QTest::newRow("header only") << RegisterKind::Parties << QByteArray("code,name_en\r\n")
                                 << QStringLiteral("1: the file has a header but no rows; there "
                                                   "is nothing to import");
    QTest::newRow("code refers to nothing")
        << RegisterKind::Contests << QByteArray("code,territory_code,name\nC9,KZ-NONE,Akim\n")
        << QStringLiteral("2: column territory_code: KZ-NONE refers to no territory in the "
                          "election (nor on an earlier line of the file); add it first or correct "
                          "the code");
    QTest::newRow("parent defined later in the file")
        << RegisterKind::Territories
        << QByteArray("code,parent_code,level,name_en\n"
                      "KZ-B-01,KZ-B,district,District B1\n"
                      "KZ-B,,region,Region B\n")
        << QStringLiteral("2: column parent_code: KZ-B refers to no territory in the election "
                          "(nor on an earlier line of the file); add it first or correct the "
                          "code");
    QTest::newRow("duplicate code in file")
        << RegisterKind::Parties << QByteArray("code,name_en\nP9,Nine\nP9,Nine again\n")
        << QStringLiteral(
               "3: column code: P9 is already used by another row; codes must be unique");
    QTest::newRow("duplicate code in database")
        << RegisterKind::Parties << QByteArray("code,name_en\nP1,Again\n")
        << QStringLiteral(
               "2: column code: P1 is already used by another row; codes must be unique");
    QTest::newRow("count with minus")
        << RegisterKind::PollingStations << stationHeader + "S9,9,KZ-A-01-001,C1,-5,,\n"
        << notCount.arg(QStringLiteral("-5"));
    QTest::newRow("count with plus")
        << RegisterKind::PollingStations << stationHeader + "S9,9,KZ-A-01-001,C1,+5,,\n"
        << notCount.arg(QStringLiteral("+5"));
    QTest::newRow("count decimal")
        << RegisterKind::PollingStations << stationHeader + "S9,9,KZ-A-01-001,C1,12.5,,\n"
        << notCount.arg(QStringLiteral("12.5"));
    QTest::newRow("count thousands separator")
        << RegisterKind::PollingStations << stationHeader + "S9,9,KZ-A-01-001,C1,\"1,200\",,\n"
        << notCount.arg(QStringLiteral("1,200"));
    QTest::newRow("count exponent")
        << RegisterKind::PollingStations << stationHeader + "S9,9,KZ-A-01-001,C1,1e9,,\n"
        << notCount.arg(QStringLiteral("1e9"));
    QTest::newRow("impossible date")
        << RegisterKind::Candidates
        << QByteArray("code,contest_code,full_name,birth_date,status\n"
                      "CAND-9,C2,Dana Omarova,2021-02-30,nominated\n")
        << QStringLiteral("2: column birth_date: 2021-02-30 is not a date of the calendar");
    QTest::newRow("birth date in future")
        << RegisterKind::Candidates
        << QByteArray("code,contest_code,full_name,birth_date,status\n"
                      "CAND-9,C2,Dana Omarova,2999-01-01,nominated\n")
        << QStringLiteral("2: column birth_date: 2999-01-01 is in the future; check the date");
    QTest::newRow("registered under 25")
        << RegisterKind::Candidates
        << QByteArray("code,contest_code,full_name,birth_date,status\n"
                      "CAND-9,C2,Dana Omarova,1996-07-26,registered\n")
        << QStringLiteral("2: column birth_date: the candidate is 24 on election day "
                          "(2021-07-25); a registered candidate must be 25 or older");
    QTest::newRow("second candidate of a party")
        << RegisterKind::Candidates
        << QByteArray("code,contest_code,full_name,birth_date,party_code,status\n"
                      "CAND-9,C1,Dana Omarova,1970-01-01,P1,nominated\n")
        << QStringLiteral("2: column party_code: P1 already has a nominated or registered "
                          "candidate in contest C1; a party nominates at most one candidate per "
                          "contest");
    QTest::newRow("second candidate of a party in the file")
        << RegisterKind::Candidates
        << QByteArray("code,contest_code,full_name,birth_date,party_code,status\n"
                      "CAND-8,C2,Dana Omarova,1970-01-01,P2,nominated\n"
                      "CAND-9,C2,Nurlan Akhmetov,1971-01-01,P2,registered\n")
        << QStringLiteral("3: column party_code: P2 already has a nominated or registered "
                          "candidate in contest C2; a party nominates at most one candidate per "
                          "contest");
    QTest::newRow("reason missing")
        << RegisterKind::Candidates
        << QByteArray("code,contest_code,full_name,birth_date,status\n"
                      "CAND-9,C2,Dana Omarova,1970-01-01,refused\n")
        << QStringLiteral("2: column status_reason: is empty; a reason is required when the "
                          "status is refused");
    QTest::newRow("colour name")
        << RegisterKind::Parties << QByteArray("code,name_en,color\nP9,Nine,red\n")
        << QStringLiteral("2: column color: \"red\" is not a colour; write #RRGGBB, e.g. #1F77B4");
    QTest::newRow("colour short")
        << RegisterKind::Parties << QByteArray("code,name_en,color\nP9,Nine,#12345\n")
        << QStringLiteral(
               "2: column color: \"#12345\" is not a colour; write #RRGGBB, e.g. #1F77B4");
    QTest::newRow("latitude out of range")
        << RegisterKind::PollingStations << stationHeader + "S9,9,KZ-A-01-001,C1,5,91,71\n"
        << QStringLiteral(
               "2: column latitude: 91 is out of range; a latitude lies between -90 and 90");
    QTest::newRow("longitude out of range")
        << RegisterKind::PollingStations << stationHeader + "S9,9,KZ-A-01-001,C1,5,51,-181.5\n"
        << QStringLiteral("2: column longitude: -181.5 is out of range; a longitude lies "
                          "between -180 and 180");
    QTest::newRow("station outside its contest")
        << RegisterKind::PollingStations << stationHeader + "S9,9,KZ-A-01-002,C1,5,,\n"
        << QStringLiteral("2: column territory_code: KZ-A-01-002 is not inside the territory of "
                          "contest C1; a station serves a territory of its contest");
    QTest::newRow("quote inside unquoted field")
        << RegisterKind::Parties << QByteArray("code,name_en\nP9,Party \"Nine\"\n")
        << QStringLiteral("2: a quote inside unquoted field 2; quote the whole field and double "
                          "the quote (\"\")");
    QTest::newRow("level not allowed")
        << RegisterKind::Territories << QByteArray("code,level,name_en\nKZ-B,oblast,B\n")
        << QStringLiteral("2: column level: \"oblast\" is not allowed; write one of: region, "
                          "district, okrug");
}

void TestRegisterImport::badInput()
{
    QFETCH(RegisterKind, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    const QByteArray before = test::databaseDigest(*m_db);
    auto report = importBytes(kind, bytes);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().userMessage));
    QVERIFY(!report->problems.isEmpty());
    QCOMPARE(report->problems.constFirst().text(),
             file(QStringLiteral("in.csv")) + u':' + expected);
    QCOMPARE(report->rowsImported, 0);
    QCOMPARE(test::databaseDigest(*m_db), before);
}

void TestRegisterImport::validVariants_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "code,name_en\nP9,Nine\n");
    QTest::newRow("CRLF") << QByteArray("code,name_en\r\nP9,Nine\r\n");
    QTest::newRow("no final line end") << QByteArray("code,name_en\nP9,Nine");
    QTest::newRow("columns in any order") << QByteArray("name_en,code\nNine,P9\n");
    QTest::newRow("quoted comma, quote, line break")
        << QByteArray("code,name_en\nP9,\"Nine, \"\"the\"\"\r\nparty\"\n");
}

void TestRegisterImport::validVariants()
{
    QFETCH(QByteArray, bytes);
    auto report = importBytes(RegisterKind::Parties, bytes);
    QVERIFY(report.ok());
    QCOMPARE(report->problems.size(), 0);
    QCOMPARE(report->rowsImported, 1);
    auto name = m_db->scalar(QStringLiteral("SELECT name_en FROM party WHERE code = 'P9'"));
    QVERIFY(name.ok());
    if (QByteArray(QTest::currentDataTag()).startsWith("quoted"))
        QCOMPARE(name->toString(), QStringLiteral("Nine, \"the\"\r\nparty"));
    else
        QCOMPARE(name->toString(), QStringLiteral("Nine"));
}

void TestRegisterImport::lineNumbersCountPhysicalLines()
{
    // A quoted field spanning three lines moves the next record to physical line 5.
    const QByteArray bytes = "code,name_en,color\n"
                             "P8,\"Eight\nparty\nof three lines\",#000000\n"
                             "P9,Nine,#00000G\n";
    const QByteArray before = test::databaseDigest(*m_db);
    auto report = importBytes(RegisterKind::Parties, bytes);
    QVERIFY(report.ok());
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(report->problems.constFirst().line, 5);
    QCOMPARE(report->problems.constFirst().column, QStringLiteral("color"));
    QCOMPARE(test::databaseDigest(*m_db), before);
}

void TestRegisterImport::atMostHundredProblems()
{
    QByteArray bytes = "code,name_en,color\n";
    for (int i = 0; i < 250; ++i)
        bytes += "Q" + QByteArray::number(i) + ",Name,blue\n";
    auto report = importBytes(RegisterKind::Parties, bytes);
    QVERIFY(report.ok());
    QCOMPARE(report->problems.size(), ImportReport::kMaxProblems);
    QCOMPARE(report->problems.constLast().line, 101);
}

void TestRegisterImport::analystMayNotImport()
{
    QVERIFY(test::writeBytes(file(QStringLiteral("p.csv")), "code,name_en\nP9,Nine\n"));
    const QByteArray before = test::databaseDigest(*m_db);
    auto report =
        RegisterImporter::importFile(*m_db, Session{1, QStringLiteral("analyst"), Role::Analyst},
                                     RegisterKind::Parties, file(QStringLiteral("p.csv")));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, QStringLiteral("permission.denied"));
    QCOMPARE(test::databaseDigest(*m_db), before);
}

void TestRegisterImport::cancelWritesNothing()
{
    QByteArray bytes = "code,name_en\n";
    for (int i = 0; i < 10000; ++i)
        bytes += "Q" + QByteArray::number(i) + ",Name\n";
    QVERIFY(test::writeBytes(file(QStringLiteral("p.csv")), bytes));
    const QByteArray before = test::databaseDigest(*m_db);
    qint64 lastDone = -1;
    ImportOptions options;
    options.progress = [&lastDone](qint64 done, qint64 total) {
        lastDone = done;
        return done < total * 3 / 4; // cancel while writing (the second half)
    };
    auto report =
        RegisterImporter::importFile(*m_db, test::testAdministrator(), RegisterKind::Parties,
                                     file(QStringLiteral("p.csv")), options);
    QVERIFY(report.ok());
    QVERIFY(report->cancelled);
    QCOMPARE(report->rowsImported, 0);
    QVERIFY(lastDone > 0);
    QCOMPARE(test::databaseDigest(*m_db), before);
}

void TestRegisterImport::importWritesOneAuditRecord()
{
    auto before = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(before.ok());
    auto report = importBytes(RegisterKind::Parties, "code,name_en\nP8,Eight\nP9,Nine\n",
                              QStringLiteral("parties.csv"));
    QVERIFY(report.ok());
    QCOMPARE(report->rowsImported, 2);
    auto after = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(after.ok());
    QCOMPARE(after->toInt(), before->toInt() + 1);
    auto last = m_db->exec(QStringLiteral("SELECT action, object_type, new_values, user_login "
                                          "FROM audit_log ORDER BY id DESC LIMIT 1"));
    QVERIFY(last.ok() && last->next());
    QCOMPARE(last->value(0).toString(), QStringLiteral("register.import"));
    QCOMPARE(last->value(1).toString(), QStringLiteral("parties"));
    QCOMPARE(last->value(2).toString(), QStringLiteral("{\"file\":\"parties.csv\",\"rows\":2}"));
    QCOMPARE(last->value(3).toString(), QStringLiteral("root"));
}

qint64 TestRegisterImport::electionId() const
{
    auto id = m_db->scalar(QStringLiteral("SELECT id FROM election"));
    return id.ok() ? id->toLongLong() : 0;
}

qint64 TestRegisterImport::noEntryCount() const
{
    auto counts = ProgressQueries::national(*m_db, electionId());
    return counts.ok() ? counts->noEntry : -1;
}

void TestRegisterImport::importedStationsHaveOpenProtocols()
{
    ProtocolEntryService entry(*m_db, test::testAdministrator());
    // S1 of the base import already has its protocol.
    QVERIFY(entry.protocolId(electionId(), QStringLiteral("S1"), QStringLiteral("C1")).ok());
    QCOMPARE(noEntryCount(), 1);
    auto report = importBytes(RegisterKind::PollingStations,
                              "code,number,territory_code,contest_code,registered_voters\n"
                              "S2,102,KZ-A-01-001,C1,800\n"
                              "S3,201,KZ-A-01-002,C2,600\n",
                              QStringLiteral("more.csv"));
    QVERIFY(report.ok());
    QCOMPARE(report->problems.size(), 0);
    QCOMPARE(report->rowsImported, 2);
    auto s2 = entry.protocolId(electionId(), QStringLiteral("S2"), QStringLiteral("C1"));
    QVERIFY2(s2.ok(), s2.ok() ? "" : qPrintable(s2.error().userMessage));
    auto s3 = entry.protocolId(electionId(), QStringLiteral("S3"), QStringLiteral("C2"));
    QVERIFY2(s3.ok(), s3.ok() ? "" : qPrintable(s3.error().userMessage));
    QVERIFY(!entry.protocolId(electionId(), QStringLiteral("S3"), QStringLiteral("C1")).ok());
    QCOMPARE(noEntryCount(), 3);
    auto open = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM protocol WHERE state = 'open'"));
    QVERIFY(open.ok());
    QCOMPARE(open->toInt(), 3);
}

void TestRegisterImport::failedStationImportOpensNoProtocol()
{
    const QByteArray before = test::databaseDigest(*m_db);
    // The second row's contest does not exist: nothing is imported, no protocol is opened.
    auto report = importBytes(RegisterKind::PollingStations,
                              "code,number,territory_code,contest_code,registered_voters\n"
                              "S2,102,KZ-A-01-001,C1,800\n"
                              "S3,201,KZ-A-01-002,C9,600\n",
                              QStringLiteral("bad.csv"));
    QVERIFY(report.ok());
    QVERIFY(!report->problems.isEmpty());
    QCOMPARE(report->rowsImported, 0);
    QCOMPARE(test::databaseDigest(*m_db), before);
    QCOMPARE(noEntryCount(), 1);
}

void TestRegisterImport::largeFile()
{
    // About 5 MB here (BD_LARGE_IMPORT_ROWS=400000 for 50 MB); bench/bench_import times the 50 MB
    // file, which takes longer than a test should in a Debug build.
    const int rows = qEnvironmentVariableIsSet("BD_LARGE_IMPORT_ROWS")
                         ? qEnvironmentVariableIntValue("BD_LARGE_IMPORT_ROWS")
                         : 40000;
    const QString path = file(QStringLiteral("stations.csv"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QByteArray chunk = "code,number,name,address,territory_code,contest_code,"
                           "registered_voters,latitude,longitude\n";
        for (int i = 0; i < rows; ++i) {
            const QByteArray n = QByteArray::number(i + 1000);
            chunk += "PS-LARGE-" + n + ',' + n + ",Polling station No. " + n +
                     ",\"Okrug 1, Abai Street " + n + " (school of the village)\"," +
                     (i % 2 ? "KZ-A-01-001" : "KZ-A-01-001") + ",C1," +
                     QByteArray::number(i % 3000) + ",51." + QByteArray::number(i % 999999) +
                     ",71." + QByteArray::number((i * 7) % 999999) + '\n';
            if (chunk.size() > (1 << 20)) {
                QCOMPARE(out.write(chunk), chunk.size());
                chunk.clear();
            }
        }
        QCOMPARE(out.write(chunk), chunk.size());
    }
    const qint64 size = QFileInfo(path).size();
    QElapsedTimer timer;
    timer.start();
    auto report = RegisterImporter::importFile(*m_db, test::testAdministrator(),
                                               RegisterKind::PollingStations, path);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().userMessage));
    QVERIFY2(report->problems.isEmpty(),
             report->problems.isEmpty() ? "" : qPrintable(report->problems.first().text()));
    QCOMPARE(report->rowsImported, rows);
    qInfo("imported %d stations from %.1f MB in %.1f s", rows, double(size) / 1e6,
          double(elapsed) / 1000.0);
    auto count = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM polling_station"));
    QVERIFY(count.ok());
    QCOMPARE(count->toInt(), rows + 1);
    // Every imported station has its open protocol, counted as not entered yet.
    auto protocols = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM protocol"));
    QVERIFY(protocols.ok());
    QCOMPARE(protocols->toInt(), rows + 1);
    QCOMPARE(noEntryCount(), qint64(rows) + 1);
}

QTEST_GUILESS_MAIN(TestRegisterImport)
#include "tst_registerimport.moc"
