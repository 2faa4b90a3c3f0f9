#pragma once

#include "ProtocolEntryService.h"

#include <QSqlQuery>
#include <QString>

namespace bd {

/** The SQL shared by the services that list protocols as ProtocolChoice rows (internal). */
class ProtocolChoiceQuery
{
public:
    ProtocolChoiceQuery() = delete;

    /**
     * "SELECT <columns> FROM protocol p JOIN polling_station s ... JOIN contest c ... JOIN
     * territory t ...": append WHERE, ORDER BY and LIMIT. readChoice() reads its columns.
     */
    static QString select();
    /** The column list of select() (without SELECT), to extend with further columns. */
    static QString columns();
    /** The FROM clause of select() with its joins. */
    static QString from();
    /** The choice of the current row of a select() query. */
    static ProtocolChoice read(const QSqlQuery &query);
    /** The number of columns select() returns (further columns may be appended after them). */
    static int columnCount();

    /** The state of a protocol row from its state and resolution_reason columns. */
    static ProtocolState state(const QString &state, const QString &reason);
    /** The columns (state, resolution_reason) for @p state. */
    static QPair<QString, QString> columns(ProtocolState state);
};

} // namespace bd
