#include "ClassBreaks.h"
#include "MapProjection.h"

#include <QTest>

#include <cmath>

using namespace bd;

/** MapProjection (Albers equal-area) and ClassBreaks: pure arithmetic, no Qt GUI. */
class TestMapProjection : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("Astana") << 71.45 << 51.17;
        QTest::newRow("Almaty") << 76.95 << 43.24;
        QTest::newRow("Aktau") << 51.17 << 43.65;
        QTest::newRow("Oskemen") << 82.61 << 49.95;
        QTest::newRow("north-west corner") << 46.5 << 55.5;
        QTest::newRow("south-east corner") << 87.5 << 40.5;
    }
    void roundTrip()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        const MapProjection p =
            MapProjection::albersFor(QRectF(QPointF(46.5, 40.5), QPointF(87.5, 55.5)));
        const QPointF back = p.unproject(p.project(QPointF(lon, lat)));
        QVERIFY2(std::abs(back.x() - lon) < 1e-9 && std::abs(back.y() - lat) < 1e-9,
                 qPrintable(QStringLiteral("%1, %2").arg(back.x()).arg(back.y())));
        MapProjection fitted = p;
        fitted.fitTo(p.projectRect(QRectF(QPointF(46.5, 40.5), QPointF(87.5, 55.5))),
                     QRectF(0, 0, 1600, 1000));
        const QPointF viewBack = fitted.viewToLonLat(fitted.lonLatToView(QPointF(lon, lat)));
        QVERIFY(std::abs(viewBack.x() - lon) < 1e-9 && std::abs(viewBack.y() - lat) < 1e-9);
    }

    void parametersFollowTheArea()
    {
        const MapProjection p =
            MapProjection::albersFor(QRectF(QPointF(46.5, 40.5), QPointF(87.5, 55.5)));
        QCOMPARE(p.centralMeridian(), 67.0);
        QCOMPARE(p.standardParallel1(), 43.0); // 40.5 + 15 / 6
        QCOMPARE(p.standardParallel2(), 53.0); // 40.5 + 15 · 5 / 6
        // The central meridian is straight and vertical; north is up.
        QCOMPARE(p.project(QPointF(67.0, 45.0)).x(), 0.0);
        QVERIFY(p.project(QPointF(67.0, 50.0)).y() > p.project(QPointF(67.0, 45.0)).y());
    }

    void equalArea()
    {
        // One degree by one degree near Astana and near Shymkent: the projected areas keep the
        // ratio of the spherical areas (cos φ), as an equal-area projection must.
        const MapProjection p;
        auto area = [&](double lon, double lat) {
            const QPointF a = p.project(QPointF(lon, lat));
            const QPointF b = p.project(QPointF(lon + 0.01, lat));
            const QPointF c = p.project(QPointF(lon, lat + 0.01));
            return std::abs((b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x()));
        };
        const double ratio = area(71.4, 51.2) / area(69.6, 42.3);
        const double expected = std::cos(51.205 * M_PI / 180) / std::cos(42.305 * M_PI / 180);
        QVERIFY2(std::abs(ratio - expected) < 1e-3, qPrintable(QString::number(ratio)));
        // One square kilometre stays one: 0.01° of latitude is 1.112 km on the mean sphere.
        QVERIFY(std::abs(area(71.4, 51.2) - 1.11195 * 1.11195 * std::cos(51.205 * M_PI / 180)) <
                1e-3);
    }

    void fitKeepsAspect()
    {
        MapProjection p;
        const QRectF projected(QPointF(-100, -50), QPointF(100, 50)); // 2:1
        p.fitTo(projected, QRectF(0, 0, 400, 400));
        const QPointF topLeft = p.toView(QPointF(-100, 50));
        const QPointF bottomRight = p.toView(QPointF(100, -50));
        QCOMPARE(topLeft, QPointF(0, 100)); // centred vertically
        QCOMPARE(bottomRight, QPointF(400, 300));
        QCOMPARE(p.fromView(QPointF(200, 200)), QPointF(0, 0));
    }

    void naturalBreaks()
    {
        const QList<double> values = {1, 2, 3, 10, 11, 12, 30, 31, 50, 51, 52, 53};
        QCOMPARE(ClassBreaks::naturalBreaks(values, 4), (QList<double>{3, 12, 31, 53}));
        QCOMPARE(ClassBreaks::naturalBreaks(values, 2), (QList<double>{12, 53}));
        QCOMPARE(ClassBreaks::naturalBreaks({5, 5, 7}, 5), (QList<double>{5, 7}));
        QVERIFY(ClassBreaks::naturalBreaks({}, 5).isEmpty());
    }

    void quantiles()
    {
        const QList<double> values = {8, 1, 2, 3, 4, 5, 6, 7, 9, 10};
        QCOMPARE(ClassBreaks::quantiles(values, 5), (QList<double>{2, 4, 6, 8, 10}));
        QCOMPARE(ClassBreaks::quantiles(values, 3), (QList<double>{4, 7, 10}));
    }

    void demoTurnoutClasses()
    {
        // The published turnout of the 14 regions with elections in 2021.
        const QList<double> turnout = {75.5, 79.0, 66.5, 74.4, 81.4, 90.7, 75.8,
                                       84.4, 83.6, 82.4, 76.9, 87.1, 77.1, 90.9};
        for (auto method : {ClassBreaks::Method::NaturalBreaks, ClassBreaks::Method::Quantiles}) {
            const QList<double> breaks = ClassBreaks::compute(method, turnout, 5);
            QCOMPARE(breaks.size(), 5);
            QCOMPARE(ClassBreaks::classOf(breaks, 90.9), 4); // East Kazakhstan
            QCOMPARE(ClassBreaks::classOf(breaks, 90.7), 4); // Zhambyl
            QCOMPARE(ClassBreaks::classOf(breaks, 66.5), 0); // Almaty Region
        }
        // The optimum, checked by trying every split of the 14 values into 5 runs.
        QCOMPARE(ClassBreaks::naturalBreaks(turnout, 5),
                 (QList<double>{66.5, 77.1, 82.4, 87.1, 90.9}));
    }

    void classOf()
    {
        const QList<double> breaks = {10, 20, 30};
        QCOMPARE(ClassBreaks::classOf(breaks, 5), 0);
        QCOMPARE(ClassBreaks::classOf(breaks, 10), 0);
        QCOMPARE(ClassBreaks::classOf(breaks, 10.5), 1);
        QCOMPARE(ClassBreaks::classOf(breaks, 30), 2);
        QCOMPARE(ClassBreaks::classOf(breaks, 99), 2);
        QCOMPARE(ClassBreaks::classOf({}, 1), -1);
    }
};

QTEST_APPLESS_MAIN(TestMapProjection)
#include "tst_mapprojection.moc"
