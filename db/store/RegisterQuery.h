#pragma once

#include "Outcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace bd {

class Database;

/** The registers a user browses: one table per kind of record of the election. */
enum class Register { Regions, Contests, PollingStations, Parties, Candidates, Observers };

/** How the values of a register column are stored and should be shown. */
enum class ColumnType {
    Text,    ///< free text (names, addresses)
    Code,    ///< a fixed code (gender, status, kind) that the UI translates
    Integer, ///< a count or a number, right-aligned
    Real,    ///< a decimal number (coordinates)
    Date,    ///< an ISO 8601 date (YYYY-MM-DD)
    Colour,  ///< "#RRGGBB"
};

/** One column of a register: a stable key, its SQL expression, what may be done with it. */
struct RegisterColumn
{
    QString key; ///< stable, e.g. "registered_voters"; the UI maps it to a header
    ColumnType type = ColumnType::Text;
    bool filterable = false; ///< searched by the register's text filter
    bool sortable = true;
    QString expression;   ///< SQL over the register's FROM clause (internal to the store)
    bool nullable = true; ///< when false, the column sorts by its raw value (index-friendly)
};

/** Where a page ended: the sort value and unique id of its last row. */
struct RowKey
{
    QVariant sortValue;
    qint64 id = 0;
};

/** One page of rows of a register, in the requested order. */
struct RegisterPage
{
    QList<QVariantList> rows;   ///< one value per column of RegisterQuery::columns()
    QList<qint64> ids;          ///< the unique id of each row
    std::optional<RowKey> last; ///< pass as PageRequest::after for the next page
    bool atEnd = false;         ///< no row follows this page
};

/** What page of a register to read: filter, order and the key the page starts after. */
struct PageRequest
{
    Register reg = Register::Regions;
    QString filter; ///< plain text searched in the filterable columns; empty for all rows
    int sortColumn = 0;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::optional<RowKey> after; ///< empty for the first page
    int limit = 200;
};

/** The election a database holds: what the window title and the banner need. */
struct ElectionHeading
{
    qint64 id = 0;
    QString code;
    QString name;
    QDate date;
    bool synthetic = false;
};

/**
 * The registers of an election read page by page: keyset paging, filter and sort in SQL.
 *
 * Every value is bound; sort values are never NULL (COALESCE), so the row-value comparison
 * (sortValue, id) > (?, ?) walks a register in a stable order on SQLite and PostgreSQL.
 */
class RegisterQuery
{
    Q_DECLARE_TR_FUNCTIONS(RegisterQuery)

public:
    /** Every register, in the order the UI lists them. */
    static QList<Register> all();
    /** A stable key for a register ("regions", "contests", "stations", ...). */
    static QString key(Register reg);
    static std::optional<Register> fromKey(const QString &key);

    /** The columns of a register, in display order. */
    static const QList<RegisterColumn> &columns(Register reg);
    /** The index of the column with the given key, or -1. */
    static int columnIndex(Register reg, const QString &columnKey);

    /** One page of rows after request.after, at most request.limit rows. */
    static Outcome<RegisterPage> fetch(const Database &db, const PageRequest &request);
    /** How many rows the register holds that match the filter. */
    static Outcome<qint64> count(const Database &db, Register reg, const QString &filter);

    /** The election of the database (the first, when a server holds several). */
    static Outcome<ElectionHeading> election(const Database &db);

    /** A LIKE pattern that matches text containing the given words literally. */
    static QString likePattern(const QString &text);
};

} // namespace bd
