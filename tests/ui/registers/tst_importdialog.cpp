#include "../DemoFixture.h"
#include "../RecordingPrompter.h"
#include "RegisterTestSupport.h"

#include "ImportDialog.h"
#include "RegisterService.h"
#include "SourcePluralTranslator.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

/** The CSV import dialog: preview, kind guess, the import in a worker, problems or rows. */
class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void guessesKindFromHeader_data();
    void guessesKindFromHeader();
    void fileWithErrorListsProblemAndWritesNothing();
    void validFileImports();

private:
    QString writeFile(const QString &name, const QByteArray &content) const;
    QByteArray stationRows() const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::optional<Session> m_admin;
    PollingStationRecord m_model;
    SourcePluralTranslator m_plurals;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    test::useEnglishLocale();
    QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    QVERIFY(m_dir.isValid());
    m_demo = test::createDemoFile(m_dir);
    QVERIFY(!m_demo.isEmpty());
    m_path = m_dir.filePath(QStringLiteral("import.sqlite"));
    QVERIFY(test::freshCopy(m_demo, m_path));
    m_admin = test::signInAdmin(m_path);
    QVERIFY(m_admin.has_value());
    auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    const QList<qint64> ids = test::firstIds(*db, Register::PollingStations, 1);
    QCOMPARE(ids.size(), 1);
    auto station = RegisterService(*db, *m_admin).load(RegisterKind::PollingStations, ids.first());
    QVERIFY(station.ok());
    m_model = std::get<PollingStationRecord>(*station);
}

void TestImportDialog::init()
{
    QVERIFY(test::freshCopy(m_demo, m_path));
}

QString TestImportDialog::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

QByteArray TestImportDialog::stationRows() const
{
    return "code,number,name,address,territory_code,contest_code,registered_voters,latitude,"
           "longitude\n"
           "IMP-1,9801,School,1 Abai street," +
           m_model.territoryCode.toUtf8() + "," + m_model.contestCode.toUtf8() +
           ",1200,51.1,71.4\n"
           "IMP-2,9802,Club,2 Abai street," +
           m_model.territoryCode.toUtf8() + "," + m_model.contestCode.toUtf8() + ",800,,\n";
}

void TestImportDialog::guessesKindFromHeader_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("kind");
    QTest::newRow("stations") << QStringList{QStringLiteral("code"), QStringLiteral("number"),
                                             QStringLiteral("territory_code"),
                                             QStringLiteral("contest_code"),
                                             QStringLiteral("registered_voters")}
                              << int(RegisterKind::PollingStations);
    QTest::newRow("candidates") << QStringList{QStringLiteral("code"),
                                               QStringLiteral("contest_code"),
                                               QStringLiteral("full_name"),
                                               QStringLiteral("birth_date"),
                                               QStringLiteral("status"),
                                               QStringLiteral("party_code")}
                                << int(RegisterKind::Candidates);
    QTest::newRow("observers") << QStringList{QStringLiteral("code"), QStringLiteral("full_name"),
                                              QStringLiteral("organization"),
                                              QStringLiteral("kind")}
                               << int(RegisterKind::Observers);
    QTest::newRow("parties") << QStringList{QStringLiteral("code"), QStringLiteral("name_en"),
                                            QStringLiteral("color")}
                             << int(RegisterKind::Parties);
    QTest::newRow("nothing") << QStringList{QStringLiteral("foo"), QStringLiteral("bar")} << -1;
}

void TestImportDialog::guessesKindFromHeader()
{
    QFETCH(QStringList, header);
    QFETCH(int, kind);
    const std::optional<RegisterKind> guessed = ImportDialog::guessKind(header);
    QCOMPARE(guessed ? int(*guessed) : -1, kind);
}

void TestImportDialog::fileWithErrorListsProblemAndWritesNothing()
{
    QByteArray content = stationRows();
    content.replace(",800,", ",8O0,"); // a letter O in a count, on line 3
    const QString csv = writeFile(QStringLiteral("stations.csv"), content);
    QVERIFY(!csv.isEmpty());
    auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    const qint64 stationsBefore = test::countRows(*db, QStringLiteral("polling_station"));
    const qint64 auditBefore = test::countRows(*db, QStringLiteral("audit_log"));

    test::RecordingPrompter prompter;
    ImportDialog dialog(m_path, m_admin, &prompter);
    dialog.show();
    dialog.setFile(csv);
    QCOMPARE(dialog.kind(), RegisterKind::PollingStations);
    QCOMPARE(dialog.previewTable()->rowCount(), 2);
    QCOMPARE(dialog.previewTable()->item(1, 6)->text(), QStringLiteral("8O0"));

    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::keyClick(dialog.importButton(), Qt::Key_Space);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(2).toBool(), false);
    QVERIFY(dialog.problemList()->count() >= 1);
    const QString line = dialog.problemList()->item(0)->text();
    QVERIFY2(line.contains(QLatin1String("stations.csv:3: column registered_voters: ")),
             qPrintable(line));
    QVERIFY(dialog.resultLabel()->text().contains(QLatin1String("nothing was written")));
    QCOMPARE(test::countRows(*db, QStringLiteral("polling_station")), stationsBefore);
    QCOMPARE(test::countRows(*db, QStringLiteral("audit_log")), auditBefore);
}

void TestImportDialog::validFileImports()
{
    const QString csv = writeFile(QStringLiteral("new-stations.csv"), stationRows());
    auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    const qint64 stationsBefore = test::countRows(*db, QStringLiteral("polling_station"));

    test::RecordingPrompter prompter;
    ImportDialog dialog(m_path, m_admin, &prompter);
    dialog.show();
    dialog.setFile(csv);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(1).toInt(), 2);
    QCOMPARE(finished.at(0).at(2).toBool(), true);
    QCOMPARE(dialog.resultLabel()->text(), QStringLiteral("2 rows imported."));
    QCOMPARE(dialog.problemList()->count(), 0);
    QCOMPARE(test::countRows(*db, QStringLiteral("polling_station")), stationsBefore + 2);
    auto added = RegisterService(*db, *m_admin)
                     .loadByCode(RegisterKind::PollingStations, QStringLiteral("IMP-2"));
    QVERIFY(added.ok());
    QCOMPARE(std::get<PollingStationRecord>(*added).registeredVoters, 800);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
