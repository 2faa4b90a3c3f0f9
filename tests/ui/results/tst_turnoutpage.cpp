#include "Database.h"
#include "DemoFixture.h"
#include "SourcePluralTranslator.h"
#include "TurnoutHourChart.h"
#include "TurnoutPage.h"
#include "TurnoutService.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {

QTime at(int hour)
{
    return QTime(hour, 0);
}

const QString kStation = QStringLiteral("PS-KZ-AKM-0003");

} // namespace

/** The hourly turnout page: keyboard entry with live checks, saving, the figures by region. */
class TestTurnoutPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyboardOnlyEntryWithLiveChecks();
    void analystSeesReadOnly();
    void tableAndChartShowTheFigures();
    void closingTheElectionStopsTheWorker();

private:
    Session sessionOf(const QString &login, Role role) const;
    qint64 reading(const QString &hour) const;
    void open(const Session &session);
    void type(QWidget *field, const QString &text);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::optional<Database> m_db;
    ElectionContext m_context;
    std::unique_ptr<TurnoutPage> m_page;
    SourcePluralTranslator m_plurals;
};

void TestTurnoutPage::initTestCase()
{
    test::useEnglishLocale();
    QCoreApplication::installTranslator(&m_plurals);
    QVERIFY(m_dir.isValid());
    m_template = test::createDemoFile(m_dir);
    QVERIFY(!m_template.isEmpty());
}

void TestTurnoutPage::init()
{
    m_path = m_dir.filePath(QStringLiteral("page.sqlite"));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_template, m_path));
    auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    m_db.emplace(std::move(db).value());
}

void TestTurnoutPage::cleanup()
{
    m_page.reset();
    m_db.reset();
}

Session TestTurnoutPage::sessionOf(const QString &login, Role role) const
{
    auto id = m_db->scalar(QStringLiteral("SELECT id FROM app_user WHERE login = ?"), {login});
    return Session{id ? id->toLongLong() : 0, login, role};
}

qint64 TestTurnoutPage::reading(const QString &hour) const
{
    auto v = m_db->scalar(QStringLiteral("SELECT r.voters_received_ballots FROM turnout_report r "
                                         "JOIN polling_station ps ON ps.id = r.polling_station_id "
                                         "WHERE ps.code = ? AND r.report_time = ?"),
                          {kStation, hour});
    return v ? v->toLongLong() : -1;
}

void TestTurnoutPage::open(const Session &session)
{
    m_context = ElectionContext{&*m_db, m_path, true, session};
    m_page = std::make_unique<TurnoutPage>();
    m_page->resize(1200, 800);
    m_page->setElection(&m_context);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestTurnoutPage::type(QWidget *field, const QString &text)
{
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

void TestTurnoutPage::keyboardOnlyEntryWithLiveChecks()
{
    open(sessionOf(QStringLiteral("operator1"), Role::Operator));
    QVERIFY(!m_page->isReadOnly());
    m_page->stationField()->setFocus();
    QTest::keyClicks(m_page->stationField(), kStation);
    QTest::keyClick(m_page->stationField(), Qt::Key_Return);
    QVERIFY(m_page->stationId() > 0);
    // Every hour is reported in the demo: the cursor waits in the first one.
    QTRY_COMPARE(QApplication::focusWidget(), m_page->hourField(at(10)));
    QCOMPARE(m_page->hourField(at(20))->text(), QString::number(reading(QStringLiteral("20:00"))));

    const QList<int> hours = {10, 12, 14, 16, 18, 20};
    const QList<int> values = {11, 5, 33, 44, 55, 66}; // 12:00 below 10:00: T.F.301
    for (qsizetype i = 0; i < hours.size(); ++i) {
        QWidget *field = QApplication::focusWidget();
        QCOMPARE(field, m_page->hourField(at(hours.at(i))));
        type(field, QString::number(values.at(i)));
        QTest::keyClick(field, Qt::Key_Return);
    }
    // T.F.301 is shown on 12:00 only, and blocks saving.
    QCOMPARE(m_page->findingLabel(at(12))->text(), QStringLiteral("T.F.301"));
    for (int hour : {10, 14, 16, 18})
        QCOMPARE(m_page->findingLabel(at(hour))->text(), QString());
    // The closing report is far from the accepted protocol's C + C2: a warning, not an error.
    QCOMPARE(m_page->findingLabel(at(20))->text(), QStringLiteral("P.W.207"));
    QVERIFY(!m_page->saveButton()->isEnabled());
    QVERIFY(m_page->findingLabel(at(12))->toolTip().contains(QLatin1String("lower")));
    const qint64 stored10 = reading(QStringLiteral("10:00"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(m_page->message().contains(QLatin1String("T.F.301")), qPrintable(m_page->message()));
    QCOMPARE(reading(QStringLiteral("10:00")), stored10); // refused: nothing written

    // Back to 12:00 with Shift+Tab from 14:00, fix it: the finding goes, Save is enabled.
    m_page->hourField(at(14))->setFocus();
    QTest::keyClick(m_page->hourField(at(14)), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), m_page->hourField(at(12)));
    type(m_page->hourField(at(12)), QStringLiteral("22"));
    QCOMPARE(m_page->findingLabel(at(12))->text(), QString());
    QVERIFY(m_page->saveButton()->isEnabled());

    QSignalSpy saved(m_page.get(), &TurnoutPage::saved);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    QVERIFY2(m_page->message().contains(kStation), qPrintable(m_page->message()));
    QCOMPARE(reading(QStringLiteral("10:00")), 11);
    QCOMPARE(reading(QStringLiteral("12:00")), 22);
    QCOMPARE(reading(QStringLiteral("20:00")), 66);
    QVERIFY(!m_page->saveButton()->isEnabled()); // nothing left to save
}

void TestTurnoutPage::analystSeesReadOnly()
{
    open(sessionOf(QStringLiteral("analyst"), Role::Analyst));
    QVERIFY(m_page->isReadOnly());
    QVERIFY(m_page->chooseStation(kStation));
    QCOMPARE(m_page->hourField(at(10))->text(), QString::number(reading(QStringLiteral("10:00"))));
    QVERIFY(m_page->hourField(at(10))->isReadOnly());
    QVERIFY(!m_page->saveButton()->isEnabled());
    QVERIFY(!m_page->save());
    QVERIFY2(m_page->message().contains(QLatin1String("operator")), qPrintable(m_page->message()));
}

void TestTurnoutPage::tableAndChartShowTheFigures()
{
    open(sessionOf(QStringLiteral("analyst"), Role::Analyst));
    QSignalSpy loaded(m_page.get(), &TurnoutPage::loaded);
    if (m_page->isLoading())
        QTRY_COMPARE(loaded.count(), 1);
    TurnoutService service(*m_db, Session{});
    auto election = service.electionId();
    QVERIFY(election);
    auto national = service.national(*election);
    auto regions = service.regions(*election);
    QVERIFY(national && regions);

    QTableWidget *table = m_page->table();
    QCOMPARE(table->rowCount(), int(regions->size()) + 1);
    QCOMPARE(table->columnCount(), 1 + 6 + 1);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("10:00"));
    QCOMPARE(table->horizontalHeaderItem(6)->text(), QStringLiteral("20:00"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("All regions"));
    const QLocale locale;
    for (int h = 0; h < 6; ++h)
        QCOMPARE(table->item(0, h + 1)->text(),
                 QStringLiteral("%1 %").arg(locale.toString(national->at(h).percent(), 'f', 1)));
    QCOMPARE(table->item(0, 7)->text(), QStringLiteral("1,847 of 1,847 at 20:00"));
    QCOMPARE(table->item(1, 0)->text(), regions->constFirst().name);
    QCOMPARE(table->item(1, 6)->text(),
             QStringLiteral("%1 %").arg(
                 locale.toString(regions->constFirst().hours.constLast().percent(), 'f', 1)));

    const QList<QPointF> points = m_page->chart()->points();
    QCOMPARE(points.size(), 6);
    QCOMPARE(points.constLast().y(), national->constLast().percent());
}

void TestTurnoutPage::closingTheElectionStopsTheWorker()
{
    open(sessionOf(QStringLiteral("operator1"), Role::Operator));
    m_page->refresh();
    QVERIFY(m_page->isLoading());
    m_page->setElection(nullptr); // waits for the worker, drops its result
    QVERIFY(!m_page->isLoading());
    QCOMPARE(m_page->table()->rowCount(), 0);
    QVERIFY(m_page->isReadOnly());
    QCoreApplication::processEvents();
    QCOMPARE(m_page->table()->rowCount(), 0);
}

QTEST_MAIN(TestTurnoutPage)
#include "tst_turnoutpage.moc"
