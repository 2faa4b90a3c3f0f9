// Builds (or reuses) a synthetic election of national size and prints how long the aggregate
// and register queries take on it. Prints figures only: nothing here is a timed assertion.
#include "BenchHarness.h"
#include "ContestResults.h"
#include "Database.h"
#include "RegisterQuery.h"
#include "ScaleElection.h"
#include "SummaryQueries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <memory>

using namespace bd;
using bd::bench::measure;
using bd::bench::out;
using bd::bench::printOnce;

namespace {

QString filterFor(Register reg)
{
    switch (reg) {
    case Register::Regions:
        return QStringLiteral("Region 1");
    case Register::Contests:
        return QStringLiteral("C00012");
    case Register::PollingStations:
        return QStringLiteral("PS00123");
    case Register::Parties:
        return QStringLiteral("Party 1");
    case Register::Candidates:
        return QStringLiteral("Abenov Dana");
    case Register::Observers:
        return QStringLiteral("Civic");
    }
    return {};
}

// A sortable column other than the key: the first count (registered voters, stations...) and
// the first text other than the code (a name).
int columnOfType(Register reg, ColumnType type)
{
    const QList<RegisterColumn> &columns = RegisterQuery::columns(reg);
    for (const char *preferred : {"registered_voters", "name", "full_name", "name_en"}) {
        const int i = RegisterQuery::columnIndex(reg, QLatin1String(preferred));
        if (i > 0 && columns.at(i).type == type && columns.at(i).sortable)
            return i;
    }
    for (int i = 1; i < columns.size(); ++i) {
        const RegisterColumn &c = columns.at(i);
        if (c.sortable && c.type == type && c.key != QLatin1String("code"))
            return i;
    }
    return -1;
}

Outcome<QString> page(const Database &db, PageRequest request)
{
    auto result = RegisterQuery::fetch(db, request);
    if (!result)
        return result.error();
    return QStringLiteral("%1 rows").arg(result->rows.size());
}

/** The request for page @p number (1-based) of an order, found by walking the pages before. */
Outcome<PageRequest> pageRequest(const Database &db, PageRequest request, int number)
{
    for (int i = 1; i < number; ++i) {
        auto result = RegisterQuery::fetch(db, request);
        if (!result)
            return result.error();
        if (result->atEnd || !result->last)
            return Error{QStringLiteral("bench.short"), QStringLiteral("fewer pages"), {}};
        request.after = result->last;
    }
    return request;
}

void benchRegister(const Database &db, Register reg)
{
    const QString name = RegisterQuery::key(reg);
    const QList<RegisterColumn> &columns = RegisterQuery::columns(reg);
    PageRequest first;
    first.reg = reg;
    first.limit = 200;

    measure(name + QStringLiteral(": first page, by ") + columns.at(0).key,
            [&] { return page(db, first); });
    for (ColumnType type : {ColumnType::Integer, ColumnType::Text}) {
        const int column = columnOfType(reg, type);
        if (column < 0)
            continue;
        PageRequest sorted = first;
        sorted.sortColumn = column;
        measure(name + QStringLiteral(": first page, by ") + columns.at(column).key,
                [&] { return page(db, sorted); });
        sorted.order = Qt::DescendingOrder;
        measure(name + QStringLiteral(": first page, by ") + columns.at(column).key +
                    QStringLiteral(" desc"),
                [&] { return page(db, sorted); });
    }

    QElapsedTimer walk;
    walk.start();
    auto hundredth = pageRequest(db, first, 100);
    const double walked = static_cast<double>(walk.nsecsElapsed()) / 1e6;
    if (hundredth) {
        printOnce(name + QStringLiteral(": pages 1..99 walked by keyset (total)"), walked);
        measure(name + QStringLiteral(": page 100 by keyset, by ") + columns.at(0).key,
                [&] { return page(db, *hundredth); });
    } else {
        printOnce(name + QStringLiteral(": fewer than 100 pages"), walked);
    }
    const int integerColumn = columnOfType(reg, ColumnType::Integer);
    if (integerColumn >= 0 && hundredth) {
        PageRequest sorted = first;
        sorted.sortColumn = integerColumn;
        QElapsedTimer probe;
        probe.start();
        const bool fast = RegisterQuery::fetch(db, sorted).ok() && probe.elapsed() < 500;
        if (fast) {
            auto sortedHundredth = pageRequest(db, sorted, 100);
            if (sortedHundredth)
                measure(name + QStringLiteral(": page 100 by keyset, by ") +
                            columns.at(integerColumn).key,
                        [&] { return page(db, *sortedHundredth); });
        } else {
            printOnce(name + QStringLiteral(": page 100 by ") + columns.at(integerColumn).key, 0,
                      QStringLiteral("skipped: first page too slow to walk 99"));
        }
    }

    measure(name + QStringLiteral(": count"), [&]() -> Outcome<QString> {
        auto n = RegisterQuery::count(db, reg, {});
        if (!n)
            return n.error();
        return QStringLiteral("%1 rows").arg(*n);
    });
    const QString filter = filterFor(reg);
    measure(name + QStringLiteral(": count, filter \"") + filter + QLatin1Char('"'),
            [&]() -> Outcome<QString> {
                auto n = RegisterQuery::count(db, reg, filter);
                if (!n)
                    return n.error();
                return QStringLiteral("%1 rows").arg(*n);
            });
    PageRequest filtered = first;
    filtered.filter = filter;
    measure(name + QStringLiteral(": first page, filter \"") + filter + QLatin1Char('"'),
            [&] { return page(db, filtered); });
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_scale"));

    auto scale = bench::openScaleElection(
        app, QStringLiteral("Times the aggregate and register queries on a synthetic election."));
    if (!scale) {
        out() << scale.error().userMessage << ' ' << scale.error().detail << '\n';
        return scale.error().code == QLatin1String("bench.usage") ? 2 : 1;
    }
    const Database *db = scale->db.get();
    const QString path = scale->path;
    const int stations = scale->stations;
    if (!scale->reused) {
        QElapsedTimer timer;
        timer.start();
        if (auto r = db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r) {
            out() << r.error().userMessage << ' ' << r.error().detail << '\n';
            return 1;
        }
        printOnce(QStringLiteral("checkpoint WAL into the file"),
                  static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    auto count = db->scalar(QStringLiteral("SELECT COUNT(*) FROM polling_station"));
    printOnce(QStringLiteral("file size (MiB)"),
              static_cast<double>(fileSize(path)) / (1024.0 * 1024.0),
              QStringLiteral("%1 stations").arg(count ? count->toLongLong() : -1));

    measure(QStringLiteral("SummaryQueries::national"), [&]() -> Outcome<QString> {
        auto s = SummaryQueries::national(*db);
        if (!s)
            return s.error();
        return QStringLiteral("%1 stations, %2 reported, %3 decided")
            .arg(s->pollingStations)
            .arg(s->stationsReported)
            .arg(s->contestsDecided);
    });
    measure(QStringLiteral("ContestResults::outcomes"), [&]() -> Outcome<QString> {
        auto election = db->scalar(QStringLiteral("SELECT MIN(id) FROM election"));
        if (!election)
            return election.error();
        auto o = ContestResults::outcomes(*db, election->toLongLong());
        if (!o)
            return o.error();
        return QStringLiteral("%1 contests").arg(o->size());
    });

    const QString number = QString::number(std::max(1, stations * 7 / 10));
    measure(QStringLiteral("find station by number (indexed lookup)"), [&]() -> Outcome<QString> {
        auto id = db->scalar(QStringLiteral("SELECT id FROM polling_station "
                                            "WHERE election_id = (SELECT MIN(id) FROM election) "
                                            "AND number = ?"),
                             {number});
        if (!id)
            return id.error();
        return QStringLiteral("No. %1 → id %2").arg(number, id->toString());
    });
    PageRequest byNumber;
    byNumber.reg = Register::PollingStations;
    byNumber.filter = number;
    measure(QStringLiteral("find station by number (stations register filter)"),
            [&] { return page(*db, byNumber); });

    for (Register reg : RegisterQuery::all())
        benchRegister(*db, reg);

    return 0;
}
