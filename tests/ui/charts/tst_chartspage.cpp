#include "../DemoFixture.h"
#include "../RecordingPrompter.h"

#include "CandidatesChart.h"
#include "ChartLoader.h"
#include "ChartsPage.h"
#include "Database.h"
#include "SeatsWonChart.h"
#include "SourcePluralTranslator.h"
#include "SummaryQueries.h"
#include "TerritoryFilter.h"
#include "TurnoutByTerritoryChart.h"
#include "TurnoutHistogramChart.h"
#include "TurnoutScatterChart.h"
#include "TurnoutThroughDayChart.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {

template <typename Series> QList<Series *> seriesOf(ChartPanel *panel)
{
    QList<Series *> result;
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (auto *typed = qobject_cast<Series *>(s))
            result << typed;
    }
    return result;
}

// The sum of every bar of every set of a chart's bar series.
template <typename Series> double barTotal(ChartPanel *panel)
{
    double sum = 0;
    for (Series *series : seriesOf<Series>(panel)) {
        for (QBarSet *set : series->barSets()) {
            for (int i = 0; i < set->count(); ++i)
                sum += set->at(i);
        }
    }
    return sum;
}

} // namespace

/** The charts page on the demo: the numbers drawn, the filter, drill-down and export. */
class TestChartsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartsShowTheSummaryFigures();
    void filterNarrowsEveryChart();
    void clickOnARegionDrillsDown();
    void exportsPngAndSvg();
    void exportAsksForAFile();
    void rendersWithoutWarnings();
    void closingClearsTheCharts();

private:
    template <typename T> T *chart() const;
    bool waitShown();

    QTemporaryDir m_dir;
    QString m_demo;
    SourcePluralTranslator m_plurals;
    std::optional<Database> m_db;
    ElectionContext m_context;
    ElectionSummary m_summary;
    std::unique_ptr<ChartsPage> m_page;
};

template <typename T> T *TestChartsPage::chart() const
{
    for (ChartPanel *panel : m_page->charts()) {
        if (auto *typed = qobject_cast<T *>(panel))
            return typed;
    }
    return nullptr;
}

bool TestChartsPage::waitShown()
{
    QSignalSpy shown(m_page.get(), &ChartsPage::chartsShown);
    return shown.wait(30000);
}

void TestChartsPage::initTestCase()
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

void TestChartsPage::init()
{
    m_page = std::make_unique<ChartsPage>();
    m_page->resize(1280, 900);
    QSignalSpy shown(m_page.get(), &ChartsPage::chartsShown);
    m_page->setElection(&m_context);
    QVERIFY(m_page->loader()->isLoading()); // computed off the GUI thread
    QVERIFY(shown.wait(30000));
}

void TestChartsPage::cleanup()
{
    m_page.reset();
}

void TestChartsPage::chartsShowTheSummaryFigures()
{
    QCOMPARE(m_page->charts().size(), 6);
    QCOMPARE(m_page->filter()->count(), 15); // all regions + 14 with elections
    QCOMPARE(m_page->regionFilter(), QString());

    // Turnout by region: the summary's turnouts, highest on top, and the national line.
    auto *turnout = chart<TurnoutByTerritoryChart>();
    QVERIFY(turnout);
    QCOMPARE(turnout->title(), QStringLiteral("Turnout by region"));
    const QList<QHorizontalBarSeries *> bars = seriesOf<QHorizontalBarSeries>(turnout);
    QCOMPARE(bars.size(), 1);
    QBarSet *set = bars.constFirst()->barSets().constFirst();
    const qsizetype regions = m_summary.turnoutByRegion.size();
    QCOMPARE(set->count(), regions);
    for (qsizetype i = 0; i < regions; ++i)
        QCOMPARE(set->at(int(regions - 1 - i)), m_summary.turnoutByRegion.at(i).turnoutPercent());
    QCOMPARE(set->at(0), 66.5); // Almaty Region, the lowest, at the bottom
    const QList<QLineSeries *> national = seriesOf<QLineSeries>(turnout);
    QCOMPARE(national.size(), 1);
    QCOMPARE(national.constFirst()->at(0).x(), m_summary.turnoutPercent());
    QVERIFY(national.constFirst()->name().startsWith(QLatin1String("National turnout: ")));
    QVERIFY(national.constFirst()->name().endsWith(QLatin1String(" %")));

    // Turnout through the day: the whole line ends at the final turnout.
    auto *day = chart<TurnoutThroughDayChart>();
    const QList<QLineSeries *> lines = seriesOf<QLineSeries>(day);
    QCOMPARE(lines.size(), regions + 1);
    QCOMPARE(lines.constFirst()->name(), QStringLiteral("All regions"));
    QCOMPARE(lines.constFirst()->count(), 6);
    QCOMPARE(lines.constFirst()->at(5).y(), m_summary.turnoutPercent());

    // Candidates: 878 by parties and 1,419 self-nominated, Nur Otan's 595 among them.
    auto *candidates = chart<CandidatesChart>();
    QCOMPARE(barTotal<QHorizontalStackedBarSeries>(candidates), 878.0 + 1419.0);
    QVERIFY(candidates->title().contains(QLatin1String("878 (38.2 %)")));
    QVERIFY(candidates->title().contains(QLatin1String("1,419 (61.8 %)")));
    bool nurOtan = false;
    for (QBarSet *s : seriesOf<QHorizontalStackedBarSeries>(candidates).constFirst()->barSets()) {
        if (s->label() == QLatin1String("Nur Otan")) {
            nurOtan = true;
            QCOMPARE(s->sum(), 595.0);
            QCOMPARE(s->color(), QColor(0x1F, 0x77, 0xB4)); // the party's own colour
        }
    }
    QVERIFY(nurOtan);

    // Seats: every one of the 730.
    auto *seats = chart<SeatsWonChart>();
    QCOMPARE(barTotal<QHorizontalStackedBarSeries>(seats), 730.0);
    QVERIFY(seats->title().contains(QLatin1String("730 seats")));

    // Histogram: every reporting station once.
    auto *histogram = chart<TurnoutHistogramChart>();
    QCOMPARE(barTotal<QBarSeries>(histogram), 1847.0);

    // Scatter: a point per station of a decided contest.
    auto *scatter = chart<TurnoutScatterChart>();
    const QList<QScatterSeries *> points = seriesOf<QScatterSeries>(scatter);
    QCOMPARE(points.size(), 1);
    QVERIFY(points.constFirst()->count() > 1700);
    QVERIFY(points.constFirst()->count() <= 1847);
}

void TestChartsPage::filterNarrowsEveryChart()
{
    const RegionFigures *vos = nullptr;
    for (const RegionFigures &r : m_summary.turnoutByRegion) {
        if (r.code == QLatin1String("KZ-VOS"))
            vos = &r;
    }
    QVERIFY(vos);
    const int index = m_page->filter()->findData(QStringLiteral("KZ-VOS"));
    QVERIFY(index > 0);
    QSignalSpy shown(m_page.get(), &ChartsPage::chartsShown);
    m_page->filter()->setFocus();
    m_page->filter()->setCurrentIndex(index);
    emit m_page->filter()->activated(index); // as when the user picks it
    QVERIFY(shown.wait(30000));
    QCOMPARE(m_page->regionFilter(), QStringLiteral("KZ-VOS"));

    auto *turnout = chart<TurnoutByTerritoryChart>();
    QCOMPARE(turnout->title(), QStringLiteral("Turnout by district: East Kazakhstan Region"));
    const QList<QLineSeries *> line = seriesOf<QLineSeries>(turnout);
    QCOMPARE(line.constFirst()->at(0).x(), vos->turnoutPercent());
    QCOMPARE(barTotal<QBarSeries>(chart<TurnoutHistogramChart>()), double(vos->stationsReported));
    QCOMPARE(barTotal<QHorizontalStackedBarSeries>(chart<SeatsWonChart>()), double(vos->seats));
    QCOMPARE(barTotal<QHorizontalStackedBarSeries>(chart<CandidatesChart>()),
             double(vos->candidatesRegistered));
    const QList<QLineSeries *> day = seriesOf<QLineSeries>(chart<TurnoutThroughDayChart>());
    QCOMPARE(day.constFirst()->at(5).y(), vos->turnoutPercent());
    QVERIFY(chart<TurnoutScatterChart>()->title().contains(QLatin1String("East Kazakhstan")));

    // Back to all regions.
    m_page->setRegionFilter(QString());
    QVERIFY(waitShown());
    QCOMPARE(barTotal<QBarSeries>(chart<TurnoutHistogramChart>()), 1847.0);
}

void TestChartsPage::clickOnARegionDrillsDown()
{
    auto *bars = seriesOf<QHorizontalBarSeries>(chart<TurnoutByTerritoryChart>()).constFirst();
    QSignalSpy shown(m_page.get(), &ChartsPage::chartsShown);
    // The top bar is the highest turnout: the first region of the summary.
    const int top = int(m_summary.turnoutByRegion.size() - 1);
    emit bars->clicked(top, bars->barSets().constFirst());
    QVERIFY(shown.wait(30000));
    QCOMPARE(m_page->regionFilter(), m_summary.turnoutByRegion.constFirst().code);

    // And from the region to one of its districts, which joins the filter's list.
    bars = seriesOf<QHorizontalBarSeries>(chart<TurnoutByTerritoryChart>()).constFirst();
    const int districts = bars->barSets().constFirst()->count();
    QVERIFY(districts > 1);
    emit bars->clicked(districts - 1, bars->barSets().constFirst());
    QVERIFY(waitShown());
    QVERIFY(m_page->regionFilter().startsWith(m_summary.turnoutByRegion.constFirst().code));
    QVERIFY(m_page->regionFilter() != m_summary.turnoutByRegion.constFirst().code);
    QCOMPARE(m_page->filter()->count(), 16);
    QVERIFY(
        chart<TurnoutByTerritoryChart>()->title().startsWith(QLatin1String("Turnout by okrug")));
}

void TestChartsPage::exportsPngAndSvg()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const Status png = m_page->exportAll(out.filePath(QStringLiteral("charts.png")));
    QVERIFY2(png.ok(), png ? "" : qPrintable(png.error().userMessage));
    const Status svg = m_page->exportAll(out.filePath(QStringLiteral("charts.svg")));
    QVERIFY2(svg.ok(), svg ? "" : qPrintable(svg.error().userMessage));
    for (ChartPanel *panel : m_page->charts()) {
        QFile image(out.filePath(QStringLiteral("charts-%1.png").arg(panel->key())));
        QVERIFY2(image.exists(), qPrintable(image.fileName()));
        QVERIFY(image.size() > 2000);
        QImage loaded(image.fileName());
        QVERIFY(!loaded.isNull());
        QFile vector(out.filePath(QStringLiteral("charts-%1.svg").arg(panel->key())));
        QVERIFY(vector.open(QIODevice::ReadOnly));
        const QByteArray text = vector.readAll();
        QVERIFY(text.size() > 2000);
        QVERIFY(text.contains("<svg"));
    }
    const Status bad =
        m_page->charts().constFirst()->exportTo(out.filePath(QStringLiteral("x.gif")));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, QStringLiteral("charts.bad-format"));
}

void TestChartsPage::exportAsksForAFile()
{
    QTemporaryDir out;
    test::RecordingPrompter prompter;
    m_page->setPrompter(&prompter);
    prompter.nextSavePath = out.filePath(QStringLiteral("one.svg"));
    ChartPanel *panel = m_page->charts().at(4);
    QAction *svg = panel->findChild<QAction *>(QStringLiteral("exportSvgAction"));
    QVERIFY(svg);
    QVERIFY(!svg->shortcut().isEmpty());
    svg->trigger();
    QVERIFY(prompter.errors.isEmpty());
    QVERIFY(QFileInfo(prompter.nextSavePath).size() > 2000);
}

void TestChartsPage::rendersWithoutWarnings()
{
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints)")));
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setRegionFilter(QStringLiteral("KZ-ALM"));
    QVERIFY(waitShown());
    QApplication::processEvents();
    const QPixmap image = m_page->grab();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_page->size());
    // Synchronous loading, as for --screenshot.
    m_page->prepareForScreenshot();
    QCOMPARE(m_page->regionFilter(), QStringLiteral("KZ-ALM"));
    QVERIFY(!m_page->grab().isNull());
}

void TestChartsPage::closingClearsTheCharts()
{
    m_page->setElection(nullptr);
    QCOMPARE(m_page->filter()->count(), 1);
    for (ChartPanel *panel : m_page->charts())
        QVERIFY(panel->chart()->series().isEmpty());
}

QTEST_MAIN(TestChartsPage)
#include "tst_chartspage.moc"
