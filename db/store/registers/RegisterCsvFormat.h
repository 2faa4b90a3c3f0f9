#pragma once

#include "RegisterRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace bd {

/** Where each column of a kind's format sits in a file's header (-1 = absent). */
struct CsvColumnMap
{
    RegisterKind kind = RegisterKind::Territories;
    QHash<QString, int> index; ///< column name → field index
    int fieldCount = 0;        ///< fields in the header

    int indexOf(const QString &column) const { return index.value(column, -1); }
};

/** A header's problem: the column at fault and what is wrong. */
struct CsvHeaderProblem
{
    QString column;
    QString reason;
};

/**
 * The CSV columns of each register (csv-formats.md) and the conversion of one row to a record
 * and back. Parsing checks the form of each value (required, count, date, colour, number,
 * allowed words); rules that need the database are RegisterRules'.
 */
class RegisterCsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCsvFormat)

public:
    RegisterCsvFormat() = delete;

    /** Every column of @p kind, in the order export writes them. */
    static QStringList columns(RegisterKind kind);
    /** The columns that must be in the header. */
    static QStringList requiredColumns(RegisterKind kind);
    /** The file name of a kind in the spec, e.g. "polling_stations.csv". */
    static QString fileName(RegisterKind kind);

    /** Maps @p header to the kind's columns; problems for unknown, duplicate, missing ones. */
    static CsvColumnMap mapHeader(RegisterKind kind, const QStringList &header,
                                  QList<CsvHeaderProblem> *problems);

    /** Parses one row; the form of each value is checked into @p problems. */
    static RegisterRecord parse(const CsvColumnMap &map, const QStringList &fields,
                                QList<FieldProblem> *problems);

    /** The record's fields in columns() order, as export writes them. */
    static QStringList format(const RegisterRecord &record);

    /** A coordinate written so that it reads back to the same double, e.g. "43.2389". */
    static QString formatCoordinate(double value);
};

} // namespace bd
