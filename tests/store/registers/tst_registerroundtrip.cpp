// The whole demo: export all six registers, import them into a new election, export again:
// the files are identical and the register tables hold the same rows. Search on the demo.
#include "DatabaseDigest.h"
#include "DemoElection.h"
#include "RegisterExporter.h"
#include "RegisterImporter.h"
#include "RegisterSearch.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class TestRegisterRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTripOfTheDemo();
    void searchTheDemo();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    /** Every row of a register table without its status date, ids included. */
    static QStringList tableRows(const Database &db, const QString &sql);

    QTemporaryDir m_dir;
    std::optional<Database> m_demo;
};

void TestRegisterRoundTrip::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    QVERIFY(m_dir.isValid());
    QVERIFY(DemoElection::createFile(file(QStringLiteral("demo.sqlite")), {}, false).ok());
    auto demo =
        Database::open(file(QStringLiteral("demo.sqlite")), Database::OpenMode::ExistingOnly);
    QVERIFY(demo.ok());
    m_demo.emplace(std::move(*demo));
}

void TestRegisterRoundTrip::cleanupTestCase()
{
    m_demo.reset();
}

QStringList TestRegisterRoundTrip::tableRows(const Database &db, const QString &sql)
{
    QStringList rows;
    auto query = db.exec(sql);
    if (!query)
        return {query.error().detail};
    while (query->next()) {
        QStringList values;
        for (int i = 0; i < query->record().count(); ++i)
            values << (query->value(i).isNull() ? QStringLiteral("<null>")
                                                : query->value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

void TestRegisterRoundTrip::roundTripOfTheDemo()
{
    const QString target = file(QStringLiteral("new.sqlite"));
    QVERIFY(test::createElection(target));
    auto fresh = Database::open(target, Database::OpenMode::ExistingOnly);
    QVERIFY(fresh.ok());

    QElapsedTimer timer;
    timer.start();
    for (RegisterKind kind : RegisterKinds::all()) {
        const QString first = file(QStringLiteral("a-%1.csv").arg(RegisterKinds::key(kind)));
        QVERIFY(RegisterExporter::exportFile(*m_demo, kind, first).ok());
        auto report = RegisterImporter::importFile(*fresh, test::testAdministrator(), kind, first);
        QVERIFY(report.ok());
        QVERIFY2(report->problems.isEmpty(),
                 report->problems.isEmpty() ? "" : qPrintable(report->problems.first().text()));
        QVERIFY(report->rowsImported > 0);
    }
    for (RegisterKind kind : RegisterKinds::all()) {
        const QString first = file(QStringLiteral("a-%1.csv").arg(RegisterKinds::key(kind)));
        const QString second = file(QStringLiteral("b-%1.csv").arg(RegisterKinds::key(kind)));
        QVERIFY(RegisterExporter::exportFile(*fresh, kind, second).ok());
        const QByteArray a = test::readBytes(first);
        QVERIFY(
            a.startsWith(RegisterExporter::columns(kind).join(QLatin1Char(',')).toUtf8() + '\n'));
        QCOMPARE(test::readBytes(second), a);
    }
    qInfo("round trip of the demo's six registers: %.1f s", double(timer.elapsed()) / 1000.0);

    // The tables themselves: the same rows with the same ids. The candidates' status date is
    // not in candidates.csv (csv-formats.md), so it is the one column that does not travel.
    const QStringList queries = {
        QStringLiteral("SELECT * FROM territory ORDER BY id"),
        QStringLiteral("SELECT * FROM territory_closure ORDER BY ancestor_id, descendant_id"),
        QStringLiteral("SELECT * FROM party ORDER BY id"),
        QStringLiteral("SELECT * FROM contest ORDER BY id"),
        QStringLiteral("SELECT * FROM polling_station ORDER BY id"),
        QStringLiteral("SELECT id, election_id, code, contest_id, full_name, gender, birth_date, "
                       "party_id, status, status_reason, ballot_order FROM candidate ORDER BY id"),
        QStringLiteral("SELECT * FROM observer ORDER BY id"),
    };
    for (const QString &sql : queries) {
        const QStringList demoRows = tableRows(*m_demo, sql);
        QVERIFY(!demoRows.isEmpty());
        QCOMPARE(tableRows(*fresh, sql), demoRows);
    }
    auto registered =
        fresh->scalar(QStringLiteral("SELECT COUNT(*) FROM candidate WHERE status = 'registered'"));
    QVERIFY(registered.ok());
    QCOMPARE(registered->toInt(), 2297);
}

void TestRegisterRoundTrip::searchTheDemo()
{
    auto sample = m_demo->exec(QStringLiteral(
        "SELECT s.number, s.address, s.code, c.full_name, c.code FROM polling_station s, "
        "candidate c ORDER BY s.id, c.id LIMIT 1"));
    QVERIFY(sample.ok() && sample->next());
    const QString number = sample->value(0).toString();
    const QString address = sample->value(1).toString();
    const QString stationCode = sample->value(2).toString();
    const QString fullName = sample->value(3).toString();
    const QString candidateCode = sample->value(4).toString();

    const auto contains = [](const QList<SearchHit> &hits, RegisterKind kind, const QString &code) {
        return std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &hit) {
            return hit.kind == kind && hit.code == code;
        });
    };
    QElapsedTimer timer;
    timer.start();
    // Part of the name: the middle of the surname and the given name.
    const QString part = fullName.mid(2, 6);
    auto byName = RegisterSearch::find(*m_demo, part);
    QVERIFY(byName.ok());
    QVERIFY2(contains(*byName, RegisterKind::Candidates, candidateCode), qPrintable(part));
    auto byNumber = RegisterSearch::find(*m_demo, number);
    QVERIFY(byNumber.ok());
    QCOMPARE(byNumber->constFirst().kind, RegisterKind::PollingStations);
    QVERIFY(contains(*byNumber, RegisterKind::PollingStations, stationCode));
    const QString street = address.section(QLatin1Char(','), 1).trimmed();
    auto byAddress = RegisterSearch::find(*m_demo, street);
    QVERIFY(byAddress.ok());
    QVERIFY2(contains(*byAddress, RegisterKind::PollingStations, stationCode), qPrintable(street));
    qInfo("three searches on the demo: %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(TestRegisterRoundTrip)
#include "tst_registerroundtrip.moc"
