#include "../DemoFixture.h"

#include "ChartLoader.h"
#include "DashboardPage.h"
#include "Database.h"
#include "FigureCard.h"
#include "MapPage.h"
#include "MapWidget.h"
#include "SourcePluralTranslator.h"
#include "SummaryQueries.h"
#include "TerritoryFilter.h"
#include "TurnoutByTerritoryChart.h"
#include "TurnoutThroughDayChart.h"

#include <QApplication>
#include <QChart>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

/** The dashboard on the demo: key figures, its two charts and the one region filter. */
class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsKeyFigures();
    void filterUpdatesFiguresAndCharts();
    void mapAndFilterFollowEachOther();
    void rendersWithoutWarnings();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    SourcePluralTranslator m_plurals;
    std::optional<Database> m_db;
    ElectionContext m_context;
    ElectionSummary m_summary;
    std::unique_ptr<DashboardPage> m_page;
};

void TestDashboardPage::initTestCase()
{
    test::useEnglishLocale();
    QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    QVERIFY(m_dir.isValid());
    m_demo = test::createDemoFile(m_dir);
    QVERIFY(!m_demo.isEmpty());
    auto db = Database::open(m_demo, Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    m_db.emplace(std::move(db).value());
    auto summary = SummaryQueries::national(*m_db);
    QVERIFY(summary);
    m_summary = *summary;
    m_context = ElectionContext{&*m_db, m_demo, true, std::nullopt};
}

void TestDashboardPage::init()
{
    m_page = std::make_unique<DashboardPage>();
    m_page->resize(1280, 800);
    QSignalSpy shown(m_page.get(), &DashboardPage::dashboardShown);
    m_page->setElection(&m_context);
    QVERIFY(m_page->loader()->isLoading());
    QVERIFY(shown.wait(30000));
}

void TestDashboardPage::cleanup()
{
    m_page.reset();
}

void TestDashboardPage::showsKeyFigures()
{
    const QLocale locale;
    QCOMPARE(m_page->card(QStringLiteral("turnout"))->value(),
             QStringLiteral("%1 %").arg(locale.toString(m_summary.turnoutPercent(), 'f', 1)));
    QCOMPARE(m_page->card(QStringLiteral("ballots_issued"))->value(),
             locale.toString(m_summary.ballotsIssued));
    QCOMPARE(m_page->card(QStringLiteral("stations_reported"))->value(), QStringLiteral("1,847"));
    QCOMPARE(m_page->card(QStringLiteral("seats_decided"))->value(),
             locale.toString(m_summary.contestsDecided));
    QCOMPARE(m_page->card(QStringLiteral("seats_decided"))->detail(),
             QStringLiteral("of 730 seats"));
    QCOMPARE(m_page->turnoutChart()->title(), QStringLiteral("Turnout by region"));
    QCOMPARE(m_page->throughDayChart()->chart()->series().size(),
             m_summary.turnoutByRegion.size() + 1);
    QVERIFY(m_page->mapView() != nullptr);
}

void TestDashboardPage::filterUpdatesFiguresAndCharts()
{
    const RegionFigures *alm = nullptr;
    for (const RegionFigures &r : m_summary.turnoutByRegion) {
        if (r.code == QLatin1String("KZ-ALM"))
            alm = &r;
    }
    QVERIFY(alm);
    QSignalSpy changed(m_page.get(), &DashboardPage::regionFilterChanged);
    QSignalSpy shown(m_page.get(), &DashboardPage::dashboardShown);
    const int index = m_page->filter()->findData(QStringLiteral("KZ-ALM"));
    QVERIFY(index > 0);
    m_page->filter()->setCurrentIndex(index);
    emit m_page->filter()->activated(index);
    QVERIFY(shown.wait(30000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), QStringLiteral("KZ-ALM"));
    QCOMPARE(m_page->card(QStringLiteral("turnout"))->value(), QStringLiteral("66.5 %"));
    QCOMPARE(m_page->card(QStringLiteral("stations_reported"))->value(),
             QLocale().toString(alm->stationsReported));
    QCOMPARE(m_page->card(QStringLiteral("seats_decided"))->detail(),
             QStringLiteral("of %1 seats").arg(alm->seats));
    QCOMPARE(m_page->turnoutChart()->title(), QStringLiteral("Turnout by district: Almaty Region"));
    auto *day =
        qobject_cast<QLineSeries *>(m_page->throughDayChart()->chart()->series().constFirst());
    QVERIFY(day);
    QCOMPARE(day->at(day->count() - 1).y(), 66.5);

    // Choosing the same region again changes nothing; choosing all regions goes back.
    m_page->setRegionFilter(QStringLiteral("KZ-ALM"));
    QVERIFY(shown.wait(30000));
    QCOMPARE(changed.count(), 1);
    m_page->setRegionFilter(QString());
    QVERIFY(shown.wait(30000));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_page->filter()->currentIndex(), 0);
    QCOMPARE(m_page->card(QStringLiteral("stations_reported"))->value(), QStringLiteral("1,847"));
}

void TestDashboardPage::mapAndFilterFollowEachOther()
{
    MapPage *map = m_page->mapView();
    QVERIFY(map);
    QVERIFY(map->waitForLoaded());
    QCOMPARE(map->currentCode(), QString());
    QSignalSpy shown(m_page.get(), &DashboardPage::dashboardShown);

    // The filter drives the map.
    m_page->setRegionFilter(QStringLiteral("KZ-VOS"));
    QVERIFY(shown.wait(30000));
    QCOMPARE(map->currentCode(), QStringLiteral("KZ-VOS"));
    QVERIFY(map->waitForLoaded());

    // A click on a region of the map (back at the country level) drives the filter and charts.
    map->setRegionFilter(QString());
    QVERIFY(map->waitForLoaded());
    emit map->mapWidget()->featureActivated(QStringLiteral("KZ-ZHA"));
    QVERIFY(shown.wait(30000));
    QCOMPARE(m_page->regionFilter(), QStringLiteral("KZ-ZHA"));
    QCOMPARE(m_page->filter()->currentCode(), QStringLiteral("KZ-ZHA"));
    QCOMPARE(m_page->turnoutChart()->title(),
             QStringLiteral("Turnout by district: Zhambyl Region"));
    QCOMPARE(map->currentCode(), QStringLiteral("KZ-ZHA"));
    QVERIFY(m_page->card(QStringLiteral("turnout"))->value().startsWith(QLatin1String("9")));

    // Back up on the map: all regions again.
    QVERIFY(map->waitForLoaded());
    map->goUp();
    QVERIFY(shown.wait(30000));
    QCOMPARE(m_page->regionFilter(), QString());
    QCOMPARE(m_page->filter()->currentIndex(), 0);
}

void TestDashboardPage::rendersWithoutWarnings()
{
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints)")));
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->prepareForScreenshot();
    QApplication::processEvents();
    const QPixmap image = m_page->grab();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_page->size());
    m_page->setElection(nullptr);
    QCOMPARE(m_page->card(QStringLiteral("turnout"))->value(), QStringLiteral("\u2013"));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
