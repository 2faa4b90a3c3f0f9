#pragma once

#include "ImportProblem.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace bd {

/** The start of a CSV file for an import dialog: its header, first rows and any problem. */
struct CsvPreview
{
    QStringList header;
    QList<QStringList> rows;
    QList<ImportProblem> problems;
};

/**
 * Streams the records of an RFC 4180 CSV file in UTF-8 (with or without BOM), CRLF or LF.
 *
 * Memory stays bounded by the longest record, so a file of any size can be read. Bytes that
 * are not UTF-8 (e.g. a Windows-1251 or UTF-16 file) and a quoted field left open at the end of
 * the file stop reading with a problem() at the physical line where they are found.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /** @p displayName names the file in problems (default: the file name of @p path). */
    explicit CsvReader(const QString &path, const QString &displayName = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /** Opens the file; Error "csv.open" when it cannot be read. */
    Status open();
    /**
     * Reads the next record into fields(); false at the end of the file or when a problem
     * stops reading (then problem() is set). A completely empty line is skipped.
     */
    bool next();
    const QStringList &fields() const { return m_fields; }
    /** The physical line (1-based) on which the current record starts. */
    int line() const { return m_recordLine; }
    /** The problem that stopped reading, if any. */
    const std::optional<ImportProblem> &problem() const { return m_problem; }
    /** Bytes consumed so far and the file size, for progress. */
    qint64 position() const { return m_consumed; }
    qint64 size() const;
    QString displayName() const { return m_displayName; }

    /** The header and up to @p maxRows rows; problems found on the way are listed. */
    static Outcome<CsvPreview> preview(const QString &path, int maxRows);

private:
    bool fillBuffer();
    void setProblem(int line, const QString &reason);

    QFile m_file;
    QString m_displayName;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    bool m_atEnd = false;
    bool m_started = false;
    int m_physicalLine = 1;
    int m_recordLine = 0;
    QStringList m_fields;
    std::optional<ImportProblem> m_problem;
};

} // namespace bd
