#pragma once

// A fresh PostgreSQL database per test case, on the throwaway server that
// scripts/pg-test-cluster.sh starts (scripts/test.sh exports BALLOTDESK_TEST_PG_URL).
// Without BALLOTDESK_TEST_PG_URL the PostgreSQL tests skip, so a developer without PostgreSQL
// still passes the suite.
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

namespace bd::test {

/** The server the PostgreSQL tests use, or empty when they should skip. */
inline QString pgServerUrl()
{
    return qEnvironmentVariable("BALLOTDESK_TEST_PG_URL");
}

/** Creates an empty database bd_test_<random> on the test server and drops it when destroyed. */
class PgDatabase
{
public:
    PgDatabase() = default;
    PgDatabase(const PgDatabase &) = delete;
    PgDatabase &operator=(const PgDatabase &) = delete;
    ~PgDatabase() { drop(); }

    /** Creates the database; false (and error()) when the server refused. */
    bool create()
    {
        const QUrl server(pgServerUrl());
        m_name = QStringLiteral("bd_test_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(QRandomGenerator::global()->generate64() % 1000000000000ULL);
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
            m_name.clear();
            return false;
        }
        QUrl url = server;
        url.setPath(QLatin1Char('/') + m_name);
        m_url = url.toString();
        return true;
    }

    /** Drops the database, ending any connection a test left open. */
    void drop()
    {
        if (m_name.isEmpty())
            return;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        m_name.clear();
        m_url.clear();
    }

    QString url() const { return m_url; }
    QString error() const { return m_error; }

private:
    bool adminExec(const QString &sql)
    {
        const QUrl server(pgServerUrl());
        const QString connection =
            QStringLiteral("bd-test-admin-%1").arg(reinterpret_cast<quintptr>(this));
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(server.host());
            db.setPort(server.port(5432));
            db.setUserName(server.userName());
            db.setDatabaseName(server.path().mid(1));
            db.setPassword(qEnvironmentVariable("BALLOTDESK_DB_PASSWORD"));
            if (!db.open()) {
                m_error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (!ok)
                    m_error = query.lastError().text();
                query.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    QString m_name;
    QString m_url;
    QString m_error;
};

} // namespace bd::test

/** Skips the test case unless a test server is configured; creates @p var, a fresh database. */
#define BD_PG_DATABASE(var)                                                                        \
    if (bd::test::pgServerUrl().isEmpty())                                                         \
        QSKIP("BALLOTDESK_TEST_PG_URL is not set (scripts/pg-test-cluster.sh starts a server)");   \
    bd::test::PgDatabase var;                                                                      \
    QVERIFY2(var.create(), qPrintable(var.error()))
