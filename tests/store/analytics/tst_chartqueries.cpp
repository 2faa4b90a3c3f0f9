#include "ChartQueries.h"
#include "Database.h"
#include "DemoElection.h"
#include "SummaryQueries.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

/** The data behind every chart, checked against the summary figures of the demo election. */
class TestChartQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void turnoutByRegionMatchesSummary();
    void turnoutThroughDayEndsAtFinalTurnout();
    void candidatesByNomination();
    void seatsWonCoverEverySeat();
    void histogramCountsEveryReportingStation();
    void scatterHasAPointPerStation();
    void regionFilterNarrowsEveryChart();
    void districtFilterShowsOkrugs();
    void unknownTerritoryIsAnError();

private:
    ChartScope scopeOf(const QString &code);
    const RegionFigures *region(const QString &code) const;

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    ElectionSummary m_summary;
};

void TestChartQueries::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Status created = DemoElection::createFile(path, DemoOptions{}, false);
    QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().detail));
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    m_db.emplace(std::move(db).value());
    auto summary = SummaryQueries::national(*m_db);
    QVERIFY(summary);
    m_summary = *summary;
}

void TestChartQueries::cleanupTestCase()
{
    m_db.reset();
}

ChartScope TestChartQueries::scopeOf(const QString &code)
{
    auto scope = ChartQueries::scope(*m_db, code);
    if (!scope) {
        qWarning("no scope %s", qPrintable(code));
        return {};
    }
    return *scope;
}

const RegionFigures *TestChartQueries::region(const QString &code) const
{
    for (const RegionFigures &r : m_summary.turnoutByRegion) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

void TestChartQueries::turnoutByRegionMatchesSummary()
{
    auto data = ChartQueries::turnoutByTerritory(*m_db, scopeOf({}));
    QVERIFY(data);
    QCOMPARE(data->territories.size(), m_summary.turnoutByRegion.size());
    QCOMPARE(data->territories.size(), 14);
    for (qsizetype i = 0; i < data->territories.size(); ++i) {
        const TerritoryTurnout &t = data->territories.at(i);
        const RegionFigures &r = m_summary.turnoutByRegion.at(i);
        QCOMPARE(t.names.code, r.code); // the same order: highest first
        QCOMPARE(t.names.nameEn, r.nameEn);
        QCOMPARE(t.stationsReported, r.stationsReported);
        QCOMPARE(t.votersReported, r.votersReported);
        QCOMPARE(t.ballotsIssued, r.ballotsIssued);
        QCOMPARE(t.turnoutPercent(), r.turnoutPercent());
    }
    QCOMPARE(data->territories.constLast().names.code, QStringLiteral("KZ-ALM"));
    QCOMPARE(data->territories.constLast().turnoutPercent(), 66.5);
    // The national line.
    QCOMPARE(data->total.ballotsIssued, m_summary.ballotsIssued);
    QCOMPARE(data->total.votersReported, m_summary.votersReported);
    QCOMPARE(data->total.turnoutPercent(), m_summary.turnoutPercent());
}

void TestChartQueries::turnoutThroughDayEndsAtFinalTurnout()
{
    auto data = ChartQueries::turnoutThroughDay(*m_db, scopeOf({}));
    QVERIFY(data);
    QCOMPARE(data->hours, (QStringList{QStringLiteral("10:00"), QStringLiteral("12:00"),
                                       QStringLiteral("14:00"), QStringLiteral("16:00"),
                                       QStringLiteral("18:00"), QStringLiteral("20:00")}));
    QCOMPARE(data->lines.size(), 14);
    for (const TurnoutLine &line : std::as_const(data->lines)) {
        const RegionFigures *r = region(line.names.code);
        QVERIFY2(r, qPrintable(line.names.code));
        QCOMPARE(line.hours.size(), 6);
        for (qsizetype h = 1; h < line.hours.size(); ++h)
            QVERIFY(line.hours.at(h).received >= line.hours.at(h - 1).received);
        QVERIFY(line.hours.constFirst().percent() < line.hours.constLast().percent());
        QCOMPARE(line.hours.constLast().stations, r->pollingStations);
        QCOMPARE(line.hours.constLast().received, r->ballotsIssued);
        QCOMPARE(line.hours.constLast().percent(), r->turnoutPercent());
    }
    QCOMPARE(data->total.hours.constLast().stations, 1847);
    QCOMPARE(data->total.hours.constLast().percent(), m_summary.turnoutPercent());
}

void TestChartQueries::candidatesByNomination()
{
    auto data = ChartQueries::candidatesByNomination(*m_db, scopeOf({}));
    QVERIFY(data);
    QCOMPARE(data->party, 878);
    QCOMPARE(data->selfNominated, 1419);
    QCOMPARE(data->party, m_summary.candidatesParty);
    QCOMPARE(data->selfNominated, m_summary.candidatesSelfNominated);

    // The registered candidates of each party, as published (resources/demo/parties.csv).
    QFile file(QStringLiteral(":/demo/parties.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QHash<QString, int> published;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).trimmed().split(QLatin1Char(','));
        published.insert(f.constFirst(), f.constLast().toInt());
    }
    QCOMPARE(published.value(QStringLiteral("NUR-OTAN")), 595);
    QCOMPARE(data->byParty.size(), published.size());
    int sum = 0;
    for (const PartyCount &p : std::as_const(data->byParty)) {
        QCOMPARE(p.count, published.value(p.names.code, -1));
        QVERIFY(p.color.startsWith(QLatin1Char('#')));
        sum += p.count;
    }
    QCOMPARE(sum, 878);
    QCOMPARE(data->byParty.constFirst().names.code, QStringLiteral("NUR-OTAN"));
    QCOMPARE(data->byParty.constFirst().shortName, QStringLiteral("Nur Otan"));
    QCOMPARE(data->byParty.constFirst().color, QStringLiteral("#1F77B4"));
}

void TestChartQueries::seatsWonCoverEverySeat()
{
    auto data = ChartQueries::seatsWon(*m_db, scopeOf({}));
    QVERIFY(data);
    QCOMPARE(data->total(), 730);
    QCOMPARE(data->total(), m_summary.seats);
    int won = data->selfNominated;
    for (const PartyCount &p : std::as_const(data->byParty)) {
        QVERIFY(p.count > 0);
        won += p.count;
    }
    QCOMPARE(won, m_summary.contestsDecided);
    QCOMPARE(data->undecided, m_summary.contestsTied + m_summary.contestsNoWinner);
    QVERIFY(data->selfNominated > 0);
    QCOMPARE(data->byParty.constFirst().names.code, QStringLiteral("NUR-OTAN"));
}

void TestChartQueries::histogramCountsEveryReportingStation()
{
    auto data = ChartQueries::turnoutHistogram(*m_db, scopeOf({}));
    QVERIFY(data);
    QCOMPARE(data->counts.size(), 20);
    QCOMPARE(data->stations(), 1847);
    QCOMPARE(data->stations(), m_summary.stationsReported);
    // The demo's turnouts lie between 35 % and 97.5 %: nothing below 35.
    for (int bin = 0; bin < 7; ++bin)
        QCOMPARE(data->counts.at(bin), 0);
}

void TestChartQueries::scatterHasAPointPerStation()
{
    auto data = ChartQueries::turnoutScatter(*m_db, scopeOf({}));
    QVERIFY(data);
    QVERIFY(data->stations > 1700);
    QCOMPARE(data->points.size(), data->stations); // below maxPoints: no sampling
    for (const StationPoint &p : std::as_const(data->points)) {
        QVERIFY(p.turnout > 0 && p.turnout <= 100);
        QVERIFY(p.winnerShare > 0 && p.winnerShare <= 100);
        QVERIFY(!p.code.isEmpty());
    }
}

void TestChartQueries::regionFilterNarrowsEveryChart()
{
    const ChartScope scope = scopeOf(QStringLiteral("KZ-VOS"));
    QCOMPARE(scope.territoryCode, QStringLiteral("KZ-VOS"));
    QCOMPARE(scope.names.nameEn, QStringLiteral("East Kazakhstan Region"));
    QCOMPARE(scope.childDepth, 1);
    const RegionFigures *r = region(QStringLiteral("KZ-VOS"));
    QVERIFY(r);

    auto turnout = ChartQueries::turnoutByTerritory(*m_db, scope);
    QVERIFY(turnout);
    QVERIFY(turnout->territories.size() > 1); // its districts
    QCOMPARE(turnout->total.ballotsIssued, r->ballotsIssued);
    QCOMPARE(turnout->total.votersReported, r->votersReported);
    QCOMPARE(turnout->total.turnoutPercent(), r->turnoutPercent());
    QVERIFY(turnout->total.turnoutPercent() > 90);
    for (const TerritoryTurnout &t : std::as_const(turnout->territories))
        QVERIFY(t.names.code.startsWith(QLatin1String("KZ-VOS")));

    auto day = ChartQueries::turnoutThroughDay(*m_db, scope);
    QVERIFY(day);
    QCOMPARE(day->lines.size(), turnout->territories.size());
    QCOMPARE(day->total.hours.constLast().percent(), r->turnoutPercent());

    auto candidates = ChartQueries::candidatesByNomination(*m_db, scope);
    QVERIFY(candidates);
    QCOMPARE(candidates->party + candidates->selfNominated, r->candidatesRegistered);
    QVERIFY(candidates->party < 878);

    auto seats = ChartQueries::seatsWon(*m_db, scope);
    QVERIFY(seats);
    QCOMPARE(seats->total(), r->seats);

    auto histogram = ChartQueries::turnoutHistogram(*m_db, scope);
    QVERIFY(histogram);
    QCOMPARE(histogram->stations(), r->stationsReported);

    auto scatter = ChartQueries::turnoutScatter(*m_db, scope);
    QVERIFY(scatter);
    QVERIFY(scatter->points.size() <= r->stationsReported);
    QVERIFY(scatter->points.size() > r->stationsReported / 2);
}

void TestChartQueries::districtFilterShowsOkrugs()
{
    auto regionTurnout = ChartQueries::turnoutByTerritory(*m_db, scopeOf(QStringLiteral("KZ-VOS")));
    QVERIFY(regionTurnout);
    const TerritoryTurnout district = regionTurnout->territories.constFirst();
    const ChartScope scope = scopeOf(district.names.code);
    QCOMPARE(scope.childDepth, 2);
    auto turnout = ChartQueries::turnoutByTerritory(*m_db, scope);
    QVERIFY(turnout);
    QCOMPARE(turnout->total.ballotsIssued, district.ballotsIssued);
    QCOMPARE(turnout->total.stationsReported, district.stationsReported);
    auto histogram = ChartQueries::turnoutHistogram(*m_db, scope);
    QVERIFY(histogram);
    QCOMPARE(histogram->stations(), district.stationsReported);
}

void TestChartQueries::unknownTerritoryIsAnError()
{
    auto scope = ChartQueries::scope(*m_db, QStringLiteral("KZ-NOWHERE"));
    QVERIFY(!scope);
    QCOMPARE(scope.error().code, QStringLiteral("charts.no-territory"));
    auto regions = ChartQueries::regions(*m_db);
    QVERIFY(regions);
    QCOMPARE(regions->size(), 14);
}

QTEST_GUILESS_MAIN(TestChartQueries)
#include "tst_chartqueries.moc"
