#include "ChoroplethRenderer.h"
#include "Database.h"
#include "DemoFixture.h"
#include "MapPage.h"
#include "MapWidget.h"
#include "RecordingPrompter.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

/** The map page on the demo election: classes, drill-down by mouse and keyboard, export. */
class TestMapPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<Database> m_db;
    ElectionContext m_context;
    std::unique_ptr<MapPage> m_page;

    MapWidget *map() const { return m_page->mapWidget(); }
    ChoroplethRenderer &renderer() const { return m_page->mapWidget()->renderer(); }

    // A district of the scene shown that has stations, for drilling into.
    QString districtWithStations() const
    {
        QString best;
        int most = 0;
        for (auto it = m_page->scene()->itemIndex.cbegin(); it != m_page->scene()->itemIndex.cend();
             ++it) {
            const MapFigures &f = m_page->scene()->data.items.at(*it);
            if (f.stations > most) {
                most = f.stations;
                best = it.key();
            }
        }
        return best;
    }

    void clickOn(const QString &code)
    {
        const QPointF at = renderer().featureAnchor(code);
        QCOMPARE(renderer().featureAt(at), code);
        QTest::mouseClick(map(), Qt::LeftButton, {}, at.toPoint());
    }

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        test::useEnglishLocale();
        QVERIFY(m_dir.isValid());
        m_path = test::createDemoFile(m_dir);
        QVERIFY(!m_path.isEmpty());
        auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        m_db.emplace(std::move(*db));
        m_context = ElectionContext{&*m_db, m_path, true, std::nullopt};
    }

    void init()
    {
        m_page = std::make_unique<MapPage>();
        // No size constraint on the top-level page: the offscreen plugin warns on each change.
        m_page->layout()->setSizeConstraint(QLayout::SetNoConstraint);
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->setElection(&m_context);
        QVERIFY(m_page->waitForLoaded());
        QVERIFY(m_page->scene() != nullptr);
    }

    void cleanup() { m_page.reset(); }

    void demoClasses()
    {
        QCOMPARE(m_page->level(), MapLevel::Regions);
        QCOMPARE(m_page->metric(), MapMetric::TurnoutFinal);
        QCOMPARE(m_page->scene()->shapes.size(), 17);
        QCOMPARE(renderer().breaks().size(), 5);
        QCOMPARE(renderer().classOf(QStringLiteral("KZ-VOS")), 4);
        QCOMPARE(renderer().classOf(QStringLiteral("KZ-ZHA")), 4);
        QCOMPARE(renderer().classOf(QStringLiteral("KZ-ALM")), 0);
        QCOMPARE(renderer().classOf(QStringLiteral("KZ-AST")), -1); // no elections in cities
        QCOMPARE(renderer().valueText(QStringLiteral("KZ-ALM")), QStringLiteral("66.5 %"));
        QCOMPARE(map()->toolTipFor(QStringLiteral("KZ-ALM")),
                 QStringLiteral("Almaty Region: 66.5 %"));
    }

    void metrics()
    {
        auto *metric = m_page->findChild<QComboBox *>(QStringLiteral("mapMetric"));
        auto *hour = m_page->findChild<QComboBox *>(QStringLiteral("mapHour"));
        QVERIFY(metric && hour);
        QVERIFY(!hour->isEnabled());
        QVERIFY(hour->count() > 0);
        m_page->setMetric(MapMetric::TurnoutAtHour, hour->itemText(0));
        QVERIFY(hour->isEnabled());
        const double early = renderer().value(QStringLiteral("KZ-VOS")).value();
        m_page->setMetric(MapMetric::TurnoutAtHour, hour->itemText(hour->count() - 1));
        const double late = renderer().value(QStringLiteral("KZ-VOS")).value();
        QVERIFY2(early < late, qPrintable(QStringLiteral("%1 %2").arg(early).arg(late)));
        m_page->setMetric(MapMetric::ReportingProgress);
        QVERIFY(renderer().value(QStringLiteral("KZ-ZHA")).value() > 0);
        QVERIFY(renderer().value(QStringLiteral("KZ-ZHA")).value() <= 100);
        m_page->setMetric(MapMetric::SelfNominatedSeats);
        QVERIFY(renderer().value(QStringLiteral("KZ-ZHA")).has_value());
        m_page->setMetric(MapMetric::CandidatesPerSeat);
        const double perSeat = renderer().value(QStringLiteral("KZ-ZHA")).value();
        QVERIFY(perSeat >= 1 && perSeat < 10);
        QVERIFY(!renderer().value(QStringLiteral("KZ-AST")).has_value());
    }

    void drillDownByMouse()
    {
        QSignalSpy selected(m_page.get(), &MapPage::territorySelected);
        clickOn(QStringLiteral("KZ-ZHA"));
        QVERIFY(m_page->waitForLoaded());
        QCOMPARE(m_page->level(), MapLevel::Districts);
        QCOMPARE(m_page->currentCode(), QStringLiteral("KZ-ZHA"));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("KZ-ZHA"));
        QVERIFY(m_page->scene()->itemIndex.size() > 3);
        auto *breadcrumb = m_page->findChild<QLabel *>(QStringLiteral("mapBreadcrumb"));
        QVERIFY(breadcrumb->text().contains(QLatin1String("Zhambyl Region")));

        const QString district = districtWithStations();
        QVERIFY(!district.isEmpty());
        clickOn(district);
        QVERIFY(m_page->waitForLoaded());
        QCOMPARE(m_page->level(), MapLevel::Stations);
        QCOMPARE(m_page->currentCode(), district);
        QVERIFY(!m_page->scene()->markers.isEmpty());
        QCOMPARE(m_page->scene()->backdrop.size(), 1); // the district's outline
        // Stations are coloured by the same metric.
        const QString station = m_page->scene()->markers.constFirst().code;
        QVERIFY(renderer().value(station).has_value());
        QVERIFY(renderer().classOf(station) >= 0);
        QCOMPARE(renderer().featureAt(renderer().featureAnchor(station)), station);

        // The breadcrumb goes back to the country.
        emit breadcrumb->linkActivated(QStringLiteral("0"));
        QVERIFY(m_page->waitForLoaded());
        QCOMPARE(m_page->level(), MapLevel::Regions);
        QCOMPARE(selected.constLast().at(0).toString(), QString());
    }

    void drillDownByKeyboard()
    {
        map()->setFocus();
        QVERIFY(map()->hasFocus());
        for (int i = 0; i < 17 && map()->focusedFeature() != QLatin1String("KZ-VOS"); ++i)
            QTest::keyClick(map(), Qt::Key_Tab);
        QCOMPARE(map()->focusedFeature(), QStringLiteral("KZ-VOS"));
        QVERIFY(map()->hasFocus());
        // Arrow keys move to a neighbour and back.
        QTest::keyClick(map(), Qt::Key_Left);
        QVERIFY(map()->focusedFeature() != QLatin1String("KZ-VOS"));
        QTest::keyClick(map(), Qt::Key_Right);
        QCOMPARE(map()->focusedFeature(), QStringLiteral("KZ-VOS"));
        QTest::keyClick(map(), Qt::Key_Return);
        QVERIFY(m_page->waitForLoaded());
        QCOMPARE(m_page->level(), MapLevel::Districts);
        QCOMPARE(m_page->currentCode(), QStringLiteral("KZ-VOS"));

        const QString district = districtWithStations();
        const QStringList order = renderer().codes();
        for (int i = 0; i < order.size() && map()->focusedFeature() != district; ++i)
            QTest::keyClick(map(), Qt::Key_Tab);
        QCOMPARE(map()->focusedFeature(), district);
        QTest::keyClick(map(), Qt::Key_Enter);
        QVERIFY(m_page->waitForLoaded());
        QCOMPARE(m_page->level(), MapLevel::Stations);
        QVERIFY(!m_page->scene()->markers.isEmpty());

        QTest::keyClick(map(), Qt::Key_Up, Qt::AltModifier);
        QVERIFY(m_page->waitForLoaded());
        QCOMPARE(m_page->level(), MapLevel::Districts);
        QCOMPARE(map()->focusedFeature(), district); // focus returns to where we came from
        QTest::keyClick(map(), Qt::Key_Backspace);
        QVERIFY(m_page->waitForLoaded());
        QCOMPARE(m_page->level(), MapLevel::Regions);
    }

    void zoomAndPanByKeyboard()
    {
        map()->setFocus();
        QCOMPARE(renderer().zoom(), 1.0);
        QTest::keyClick(map(), Qt::Key_Plus);
        QVERIFY(renderer().zoom() > 1.0);
        const QPointF pan = renderer().pan();
        QTest::keyClick(map(), Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(renderer().pan().x() < pan.x());
        QTest::keyClick(map(), Qt::Key_0);
        QCOMPARE(renderer().zoom(), 1.0);
    }

    void regionFilter()
    {
        m_page->setRegionFilter(QStringLiteral("KZ-VOS"));
        QVERIFY(m_page->waitForLoaded());
        QCOMPARE(m_page->level(), MapLevel::Districts);
        QCOMPARE(m_page->currentCode(), QStringLiteral("KZ-VOS"));
        m_page->setRegionFilter(QString());
        QVERIFY(m_page->waitForLoaded());
        QCOMPARE(m_page->level(), MapLevel::Regions);
    }

    void rendersAndExports()
    {
        m_page->prepareForScreenshot();
        const QImage image = m_page->grab().toImage();
        QVERIFY(!image.isNull());
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("map.png"));
        const QString svg = dir.filePath(QStringLiteral("map.svg"));
        QVERIFY(m_page->exportPng(png).ok());
        QVERIFY(m_page->exportSvg(svg).ok());
        QCOMPARE(QImage(png).size(), QSize(1600, 1000));
        QVERIFY(QFile(svg).size() > 10000);

        test::RecordingPrompter prompter;
        m_page->setPrompter(&prompter);
        prompter.nextSavePath = dir.filePath(QStringLiteral("chosen.svg"));
        m_page->chooseAndExport();
        QVERIFY(QFile(prompter.nextSavePath).size() > 10000);
    }

    void importBoundaries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zhambyl.geojson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature",
            "properties":{"code":"KZ-ZHA"},"geometry":{"type":"Polygon",
            "coordinates":[[[70,42],[74,42],[74,45],[70,45],[70,42]]]}}]})");
        file.close();

        const Status refused =
            m_page->importBoundaries(path, QStringLiteral("code"), BoundaryMatch::Code);
        QVERIFY(!refused.ok()); // nobody signed in

        auto admin = m_db->scalar(QStringLiteral("SELECT id FROM app_user WHERE login = 'admin'"));
        QVERIFY(admin.ok());
        ElectionContext signedIn = m_context;
        signedIn.session =
            Session{admin->toLongLong(), QStringLiteral("admin"), Role::Administrator};
        m_page->setElection(&signedIn);
        const Status status =
            m_page->importBoundaries(path, QStringLiteral("code"), BoundaryMatch::Code);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().userMessage));
        QVERIFY(m_page->waitForLoaded());
        // The stored square wins over the bundled Zhambyl outline.
        const auto &shapes = m_page->scene()->shapes;
        const auto it = std::find_if(shapes.cbegin(), shapes.cend(), [](const MapShape &s) {
            return s.code == QLatin1String("KZ-ZHA");
        });
        QVERIFY(it != shapes.cend());
        QCOMPARE(it->geometry.bounds(), QRectF(QPointF(70, 42), QPointF(74, 45)));
        auto removed = m_db->exec(QStringLiteral("DELETE FROM territory_boundary"));
        QVERIFY(removed.ok());
        m_page->setElection(&m_context);
    }
};

QTEST_MAIN(TestMapPage)
#include "tst_mappage.moc"
