#include "DemoFixture.h"
#include "ScreenshotRenderer.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

/** `ballotdesk --screenshot`: in process, and the executable's exit codes. */
class TestScreenshotRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rendersEveryView_data();
    void rendersEveryView();
    void reportsUnreadableDatabase();
    void reportsUnwritableImage();
    void parsesSizes();
    void executableExitCodes_data();
    void executableExitCodes();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestScreenshotRenderer::initTestCase()
{
    test::useEnglishLocale();
    QVERIFY(m_dir.isValid());
    m_demo = test::createDemoFile(m_dir);
    QVERIFY(!m_demo.isEmpty());
}

void TestScreenshotRenderer::rendersEveryView_data()
{
    QTest::addColumn<QString>("view");
    for (const char *view :
         {"overview", "regions", "contests", "stations", "parties", "candidates", "observers"})
        QTest::newRow(view) << QString::fromLatin1(view);
}

void TestScreenshotRenderer::rendersEveryView()
{
    QFETCH(QString, view);
    ScreenshotRenderer::Options options;
    options.database = m_demo;
    options.output = m_dir.filePath(view + QStringLiteral(".png"));
    options.view = view;
    options.size = QSize(1024, 700);
    const Status status = ScreenshotRenderer::render(options);
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().userMessage));
    QImage image;
    QVERIFY(image.load(options.output));
    QCOMPARE(image.size(), QSize(1024, 700));
}

void TestScreenshotRenderer::reportsUnreadableDatabase()
{
    ScreenshotRenderer::Options options;
    options.database = m_dir.filePath(QStringLiteral("absent.sqlite"));
    options.output = m_dir.filePath(QStringLiteral("absent.png"));
    const Status status = ScreenshotRenderer::render(options);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, QStringLiteral("db.missing"));
    QVERIFY(!QFile::exists(options.output));
}

void TestScreenshotRenderer::reportsUnwritableImage()
{
    ScreenshotRenderer::Options options;
    options.database = m_demo;
    options.output = m_dir.filePath(QStringLiteral("no/such/folder/x.png"));
    const Status status = ScreenshotRenderer::render(options);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, QStringLiteral("screenshot.write-failed"));
}

void TestScreenshotRenderer::parsesSizes()
{
    QCOMPARE(ScreenshotRenderer::parseSize(QStringLiteral("1280x800")), QSize(1280, 800));
    QCOMPARE(ScreenshotRenderer::parseSize(QStringLiteral("640X480")), QSize(640, 480));
    QVERIFY(!ScreenshotRenderer::parseSize(QStringLiteral("1280")));
    QVERIFY(!ScreenshotRenderer::parseSize(QStringLiteral("0x0")));
    QVERIFY(!ScreenshotRenderer::parseSize(QStringLiteral("99999x800")));
    QVERIFY(!ScreenshotRenderer::parseSize(QStringLiteral("wide")));
}

void TestScreenshotRenderer::executableExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("writesImage");
    const QString out = m_dir.filePath(QStringLiteral("cli.png"));
    QTest::newRow("overview") << QStringList{QStringLiteral("--db"), m_demo,
                                             QStringLiteral("--screenshot"), out}
                              << 0 << true;
    QTest::newRow("stations, sized")
        << QStringList{QStringLiteral("--db"),         m_demo,
                       QStringLiteral("--screenshot"), out,
                       QStringLiteral("--view"),       QStringLiteral("stations"),
                       QStringLiteral("--size"),       QStringLiteral("900x600")}
        << 0 << true;
    QTest::newRow("missing database")
        << QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("absent.sqlite")),
                       QStringLiteral("--screenshot"), out}
        << 1 << false;
    QTest::newRow("unknown view") << QStringList{QStringLiteral("--db"),
                                                 m_demo,
                                                 QStringLiteral("--screenshot"),
                                                 out,
                                                 QStringLiteral("--view"),
                                                 QStringLiteral("no-such-view")}
                                  << 2 << false;
    QTest::newRow("bad size") << QStringList{QStringLiteral("--db"),         m_demo,
                                             QStringLiteral("--screenshot"), out,
                                             QStringLiteral("--size"),       QStringLiteral("big")}
                              << 2 << false;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2 << false;
    // The desktop entry (Exec=ballotdesk %f) passes the election file as the one argument.
    QTest::newRow("file as argument")
        << QStringList{m_demo, QStringLiteral("--screenshot"), out} << 0 << true;
    QTest::newRow("file twice") << QStringList{QStringLiteral("--db"), m_demo, m_demo,
                                               QStringLiteral("--screenshot"), out}
                                << 2 << false;
    QTest::newRow("two files") << QStringList{m_demo, m_demo, QStringLiteral("--screenshot"), out}
                               << 2 << false;
}

void TestScreenshotRenderer::executableExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(bool, writesImage);
    const QString out = m_dir.filePath(QStringLiteral("cli.png"));
    QFile::remove(out);
    QProcess process;
    process.start(QStringLiteral(BD_GUI_PATH), arguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    QCOMPARE(QFile::exists(out), writesImage);
    if (exitCode != 0)
        QVERIFY(!process.readAllStandardError().trimmed().isEmpty());
}

QTEST_MAIN(TestScreenshotRenderer)
#include "tst_screenshotrenderer.moc"
