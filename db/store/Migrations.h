#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

/** One numbered step of the schema: statements in portable SQL with SqlDialect placeholders. */
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/** The product's migrations, in order. Never edit a released one: add the next number. */
class Migrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();
};

} // namespace bd
