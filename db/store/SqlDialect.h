#pragma once

#include <QString>

namespace bd {

/** Every difference between the SQL of SQLite and PostgreSQL that the product relies on. */
class SqlDialect
{
public:
    enum class Engine { SQLite, PostgreSQL };

    explicit SqlDialect(Engine engine) : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    QString driverName() const;
    QString engineName() const;

    /** Expands the portable placeholders of migration SQL: @PK@ (a generated 64-bit key). */
    QString expand(const QString &sql) const;

    /** A query with one bound value (the table name) that returns a row when the table exists. */
    QString tableExistsQuery() const;
    /** A query that lists the names of all user tables. */
    QString listTablesQuery() const;

private:
    Engine m_engine;
};

} // namespace bd
