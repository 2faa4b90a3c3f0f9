// CsvReader: RFC 4180 records, physical line numbers, encodings, and records that straddle
// the reader's internal chunks; CsvReader::preview for the import dialog.
#include "CsvReader.h"
#include "DatabaseDigest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records();
    void chunkBoundaries();
    void previewRowsAndProblems();

private:
    QString write(const QByteArray &bytes);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestCsvReader::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files));
    if (!test::writeBytes(path, bytes))
        return {};
    return path;
}

void TestCsvReader::records()
{
    CsvReader reader(write("\xEF\xBB\xBF"
                           "a,b\r\n\r\n\"x\"\"y\",\"1\r\n2\"\r\n,\n\"\",last"),
                     QStringLiteral("f.csv"));
    QVERIFY(reader.open().ok());
    QVERIFY(reader.next());
    QCOMPARE(reader.fields(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(reader.line(), 1);
    QVERIFY(reader.next()); // the empty line 2 holds no record
    QCOMPARE(reader.fields(), (QStringList{QStringLiteral("x\"y"), QStringLiteral("1\r\n2")}));
    QCOMPARE(reader.line(), 3);
    QVERIFY(reader.next());
    QCOMPARE(reader.fields(), (QStringList{QString(), QString()}));
    QCOMPARE(reader.line(), 5);
    QVERIFY(reader.next());
    QCOMPARE(reader.fields(), (QStringList{QString(), QStringLiteral("last")}));
    QCOMPARE(reader.line(), 6);
    QVERIFY(!reader.next());
    QVERIFY(!reader.problem());
    QCOMPARE(reader.position(), reader.size());
}

void TestCsvReader::chunkBoundaries()
{
    // Doubled quotes, CRLF and multi-byte UTF-8 placed across the 256 KiB read boundary.
    const QByteArray tail = "\"a\"\"b\",\xD0\x90\xD2\x9B\r\nz,\"q\"\r\n";
    for (int shift = 0; shift < 12; ++shift) {
        QByteArray bytes = "h1,h2\n";
        const int pad = 256 * 1024 - bytes.size() - 4 - shift;
        bytes += QByteArray(pad, 'p') + ",x\n";
        bytes += tail;
        CsvReader reader(write(bytes));
        QVERIFY(reader.open().ok());
        QVERIFY(reader.next());
        QVERIFY(reader.next());
        QCOMPARE(reader.fields().size(), 2);
        QVERIFY(reader.next());
        QCOMPARE(reader.fields(), (QStringList{QStringLiteral("a\"b"), QStringLiteral("Ақ")}));
        QCOMPARE(reader.line(), 3);
        QVERIFY(reader.next());
        QCOMPARE(reader.fields(), (QStringList{QStringLiteral("z"), QStringLiteral("q")}));
        QVERIFY(!reader.next());
        QVERIFY2(!reader.problem(),
                 qPrintable(reader.problem() ? reader.problem()->text() : QString()));
    }
}

void TestCsvReader::previewRowsAndProblems()
{
    auto preview = CsvReader::preview(write("code,name_en\nP1,One\nP2,Two\nP3,Three\n"), 2);
    QVERIFY(preview.ok());
    QCOMPARE(preview->header, (QStringList{QStringLiteral("code"), QStringLiteral("name_en")}));
    QCOMPARE(preview->rows.size(), 2);
    QCOMPARE(preview->rows.at(1).at(1), QStringLiteral("Two"));
    QVERIFY(preview->problems.isEmpty());

    auto open = CsvReader::preview(write("code,name_en\nP1,\"One\n"), 10);
    QVERIFY(open.ok());
    QCOMPARE(open->problems.size(), 1);
    QCOMPARE(open->problems.constFirst().line, 2);

    auto empty = CsvReader::preview(write(QByteArray()), 10);
    QVERIFY(empty.ok());
    QCOMPARE(empty->problems.size(), 1);
    QCOMPARE(empty->problems.constFirst().line, 1);

    auto missing = CsvReader::preview(m_dir.filePath(QStringLiteral("none.csv")), 10);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("csv.open"));
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
