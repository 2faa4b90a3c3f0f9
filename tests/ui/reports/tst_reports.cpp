#include "../../app/CliRunner.h"
#include "../DemoFixture.h"

#include "Database.h"
#include "IntegrityAnalysis.h"
#include "LocalizedName.h"
#include "ReportGenerator.h"
#include "ReportQueries.h"
#include "SummaryQueries.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

/** The PDF reports, read back as a reader would: text with pdftotext, pages with pdftoppm. */
class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryHasTheSummaryFigures();
    void summaryHasTheIntegrityChecks();
    void summaryInKazakhHasKazakhText();
    void pagesAreNotBlank();
    void regionReportListsDistrictsAndContests();
    void contestSheetListsEveryStation();
    void unknownCodesFail();
    void badUsageExitsTwo();

private:
    QString pdfText(const QString &pdf) const;
    /** pdfText() turns no-break spaces (group separators, "%") into spaces: so does this. */
    static bool has(const QString &text, const QString &expected)
    {
        return text.contains(expected.simplified());
    }
    QString percent(const QLocale &locale, double value) const
    {
        return locale.toString(value, 'f', 1) + QChar(0x00A0) + QLatin1Char('%');
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_pdftotext;
    QString m_pdftoppm;
    ElectionSummary m_summary;
};

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::createDemoFile(m_dir);
    QVERIFY(!m_db.isEmpty());
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    m_pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (m_pdftotext.isEmpty() || m_pdftoppm.isEmpty())
        QSKIP("poppler-utils (pdftotext, pdftoppm) are not installed");
    auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    auto summary = SummaryQueries::national(*db);
    QVERIFY(summary.ok());
    m_summary = *summary;
    QCOMPARE(m_summary.turnoutByRegion.size(), 14);
}

QString TestReports::pdfText(const QString &pdf) const
{
    QProcess process;
    process.start(m_pdftotext,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    // Collapse the layout's line breaks and runs of spaces: phrases may wrap anywhere.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

void TestReports::summaryHasTheSummaryFigures()
{
    const QString pdf = m_dir.filePath(QStringLiteral("summary-en.pdf"));
    const test::CliRun run = test::runCli({QStringLiteral("report"), QStringLiteral("summary"),
                                           QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                                           pdf, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    const QLocale en = ReportGenerator::localeFor(QStringLiteral("en"));
    const ElectionSummary &s = m_summary;
    QCOMPARE(en.toString(s.seats), QStringLiteral("730"));
    QCOMPARE(en.toString(s.candidatesNominated), QStringLiteral("2,582"));
    for (qint64 figure :
         {qint64(s.seats), qint64(s.candidatesNominated), qint64(s.candidatesRegistered),
          qint64(s.candidatesParty), qint64(s.candidatesSelfNominated), qint64(s.candidatesMen),
          qint64(s.candidatesWomen), qint64(s.pollingStations), s.votersOnLists, s.ballotsIssued,
          qint64(s.observers), qint64(s.seriousIncidents)}) {
        QVERIFY2(has(text, en.toString(figure)), qPrintable(en.toString(figure)));
    }
    QVERIFY(has(text, percent(en, s.turnoutPercent())));
    QVERIFY(has(text, percent(en, s.candidatesPartyPercent())));
    QVERIFY(has(text, percent(en, s.candidatesSelfNominatedPercent())));
    for (const RegionFigures &r : s.turnoutByRegion) {
        QVERIFY2(has(text, r.nameEn), qPrintable(r.nameEn));
        QVERIFY2(has(text, percent(en, r.turnoutPercent())), qPrintable(r.code));
    }
    QVERIFY(has(text, QStringLiteral("National summary")));
    QVERIFY(has(text, QStringLiteral("Demo data: published totals, synthetic details")));
    QVERIFY(has(text, QStringLiteral("Alexander Rodionov, geokz")));
    QVERIFY(has(text, QStringLiteral("Page 1 of ")));
    QVERIFY(has(text, QStringLiteral("Data hash (SHA-256): ")));
}

void TestReports::summaryHasTheIntegrityChecks()
{
    const QString pdf = m_dir.filePath(QStringLiteral("summary-integrity.pdf"));
    const test::CliRun run = test::runCli({QStringLiteral("report"), QStringLiteral("summary"),
                                           QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                                           pdf, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = pdfText(pdf);
    // The figures the section must show are the analysis' own, at its default settings.
    auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    auto report = IntegrityAnalysis::run(*db);
    QVERIFY(report.ok());
    const QLocale en = ReportGenerator::localeFor(QStringLiteral("en"));
    const IntegerStationCount &either = report->main().integer.either;
    QVERIFY(has(text, QStringLiteral("Integrity checks")));
    QVERIFY(has(text, QStringLiteral("A statistical signal is not proof.")));
    QVERIFY(has(text, QStringLiteral("Either %1 %2 %3 %4")
                          .arg(en.toString(either.observed), en.toString(either.expected, 'f', 1),
                               en.toString(either.percentile999, 'f', 1),
                               en.toString(either.excess(), 'f', 1))));
    QVERIFY(has(text, QStringLiteral("1,847 of 1,847")));
    QVERIFY(has(text, QStringLiteral("second-digit mean")));
    QVERIFY(report->ranked.size() >= 10);
    for (int i = 0; i < 10; ++i)
        QVERIFY2(has(text, report->ranked.at(i).label.code),
                 qPrintable(report->ranked.at(i).label.code));
    QVERIFY(!has(text, report->ranked.at(10).label.code + QStringLiteral(" ")) ||
            report->ranked.at(10).label.code.isEmpty());
    for (const IntegrityContestCheck &c : report->recountAlerts())
        QVERIFY2(has(text, c.code), qPrintable(c.code));
    QVERIFY(has(text, QStringLiteral("Ballot-polling audit (BRAVO) at a risk limit of 5.0")));
    QVERIFY(has(text, en.toString(report->auditTotals().ballots)));
}

void TestReports::summaryInKazakhHasKazakhText()
{
    const QString pdf = m_dir.filePath(QStringLiteral("summary-kk.pdf"));
    const test::CliRun run = test::runCli({QStringLiteral("report"), QStringLiteral("summary"),
                                           QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                                           pdf, QStringLiteral("--lang"), QStringLiteral("kk")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = pdfText(pdf);
    QVERIFY(has(text, QStringLiteral("Шығыс Қазақстан")));
    const QLocale kk = ReportGenerator::localeFor(QStringLiteral("kk"));
    QVERIFY(has(text, kk.toString(qint64(m_summary.candidatesRegistered))));
    for (const RegionFigures &r : m_summary.turnoutByRegion)
        QVERIFY2(has(text, r.nameKk), qPrintable(r.nameKk));
}

void TestReports::pagesAreNotBlank()
{
    const QString pdf = m_dir.filePath(QStringLiteral("summary-en.pdf"));
    if (!QFile::exists(pdf))
        QSKIP("the summary test did not write the PDF");
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    QCOMPARE(QProcess::execute(m_pdftoppm,
                               {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                                QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                QStringLiteral("2"), pdf, prefix}),
             0);
    for (const QString &page : {QStringLiteral("page-1.png"), QStringLiteral("page-2.png")}) {
        const QImage image(m_dir.filePath(page));
        QVERIFY2(!image.isNull(), qPrintable(page));
        QCOMPARE(image.width(), 331); // A4 at 40 dpi
        qint64 ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) < 240)
                    ++ink;
            }
        }
        // Text, table and map cover far more than a twentieth of the page.
        QVERIFY2(ink > qint64(image.width()) * image.height() / 20,
                 qPrintable(page + QStringLiteral(": ") + QString::number(ink)));
    }
}

void TestReports::regionReportListsDistrictsAndContests()
{
    auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    const RegionFigures region = m_summary.turnoutByRegion.constFirst();
    auto contests = ReportQueries::contests(*db, m_summary.electionId);
    QVERIFY(contests.ok());
    const QString pdf = m_dir.filePath(QStringLiteral("region-ru.pdf"));
    ReportRequest request;
    request.kind = ReportKind::Region;
    request.regionCode = region.code;
    request.language = QStringLiteral("ru");
    request.user = QStringLiteral("analyst");
    const Status status = ReportGenerator::exportPdf(*db, request, pdf);
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().userMessage));
    const QString text = pdfText(pdf);
    const QLocale ru = ReportGenerator::localeFor(QStringLiteral("ru"));
    QVERIFY(has(text, region.nameRu));
    QVERIFY(has(text, ru.toString(region.votersOnLists)));
    QVERIFY(has(text, percent(ru, region.turnoutPercent())));
    QVERIFY(has(text, QStringLiteral("analyst")));
    int listed = 0;
    for (const ReportContest &c : *contests) {
        if (c.regionCode != region.code)
            continue;
        QVERIFY2(has(text, c.code), qPrintable(c.code));
        ++listed;
    }
    QVERIFY(listed > 0);
}

void TestReports::contestSheetListsEveryStation()
{
    auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    auto contests = ReportQueries::contests(*db, m_summary.electionId);
    QVERIFY(contests.ok());
    QVERIFY(!contests->isEmpty());
    const ReportContest contest = contests->constFirst();
    auto lines = ReportQueries::stationSheet(*db, contest.id);
    QVERIFY(lines.ok());
    QVERIFY(!lines->isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("contest.pdf"));
    const test::CliRun run =
        test::runCli({QStringLiteral("report"), QStringLiteral("contest"), QStringLiteral("--db"),
                      m_db, QStringLiteral("--out"), pdf, QStringLiteral("--contest"), contest.code,
                      QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = pdfText(pdf);
    QVERIFY(has(text, contest.code));
    const QStringList words = text.split(QLatin1Char(' '));
    for (const StationSheetLine &line : *lines) {
        // Each station appears in both tables: its protocol figures and its votes.
        QVERIFY2(words.count(line.number) >= 2, qPrintable(line.number));
    }
    QVERIFY(has(text, QStringLiteral("Chair")));
    QVERIFY(has(text, QStringLiteral("Secretary")));
    QVERIFY(has(text, QStringLiteral("Elected: ")) || has(text, QStringLiteral("Undecided: ")));
}

void TestReports::unknownCodesFail()
{
    const QString pdf = m_dir.filePath(QStringLiteral("bad.pdf"));
    test::CliRun run = test::runCli({QStringLiteral("report"), QStringLiteral("region"),
                                     QStringLiteral("--db"), m_db, QStringLiteral("--out"), pdf,
                                     QStringLiteral("--region"), QStringLiteral("KZ-NOPE")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("KZ-NOPE")));
    run = test::runCli({QStringLiteral("report"), QStringLiteral("contest"), QStringLiteral("--db"),
                        m_db, QStringLiteral("--out"), pdf, QStringLiteral("--contest"),
                        QStringLiteral("NO-SUCH")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("NO-SUCH")));
    QVERIFY(!QFile::exists(pdf));
}

void TestReports::badUsageExitsTwo()
{
    const QString pdf = m_dir.filePath(QStringLiteral("usage.pdf"));
    QCOMPARE(test::runCli({QStringLiteral("report"), QStringLiteral("poster"),
                           QStringLiteral("--db"), m_db, QStringLiteral("--out"), pdf})
                 .exitCode,
             2);
    QCOMPARE(test::runCli({QStringLiteral("report"), QStringLiteral("region"),
                           QStringLiteral("--db"), m_db, QStringLiteral("--out"), pdf})
                 .exitCode,
             2);
    QCOMPARE(test::runCli({QStringLiteral("report"), QStringLiteral("summary"),
                           QStringLiteral("--db"), m_db, QStringLiteral("--out"), pdf,
                           QStringLiteral("--lang"), QStringLiteral("de")})
                 .exitCode,
             2);
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
