#include "Database.h"
#include "DemoFixture.h"
#include "RegisterQuery.h"
#include "RegisterTableModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bd;

Q_DECLARE_METATYPE(bd::Register)

namespace {

void fetchAll(RegisterTableModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

// -1, 0, 1 as SQLite orders the sort values: numbers numerically, text by code unit.
int compareValues(const QVariant &a, const QVariant &b, bool numeric)
{
    if (numeric) {
        const double x = a.isNull() ? -1e15 : a.toDouble();
        const double y = b.isNull() ? -1e15 : b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const int c = QString::compare(a.toString(), b.toString(), Qt::CaseSensitive);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace

/** RegisterTableModel and the RegisterQuery under it, on the demo election. */
class TestRegisterTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void stationsReachAllRows();
    void sortByRegisteredVotersDescending();
    void filterByRegion();
    void filterByStationNumber();
    void filterTreatsWildcardsLiterally();
    void partiesHaveColours();
    void regionsAddUp();
    void candidatesShowSelfNominated();
    void numbersAreFormattedAndRightAligned();
    void everyRegisterLoadsAndCounts_data();
    void everyRegisterLoadsAndCounts();
    void everyColumnSortsBothWays_data();
    void everyColumnSortsBothWays();

private:
    std::unique_ptr<RegisterTableModel> makeModel(Register reg);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRegisterTableModel::initTestCase()
{
    test::useEnglishLocale();
    QVERIFY(m_dir.isValid());
    m_path = test::createDemoFile(m_dir);
    QVERIFY(!m_path.isEmpty());
    auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().userMessage));
    m_db = std::make_unique<Database>(std::move(db).value());
}

void TestRegisterTableModel::cleanupTestCase()
{
    m_tester.reset();
    m_db.reset();
}

std::unique_ptr<RegisterTableModel> TestRegisterTableModel::makeModel(Register reg)
{
    m_tester.reset();
    auto model = std::make_unique<RegisterTableModel>(reg);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setDatabase(m_db.get());
    return model;
}

void TestRegisterTableModel::stationsReachAllRows()
{
    auto model = makeModel(Register::PollingStations);
    QCOMPARE(model->rowCount(), RegisterTableModel::PageSize); // the first page, not all
    QVERIFY(model->canFetchMore(QModelIndex()));
    model->fetchMore(QModelIndex());
    QCOMPARE(model->rowCount(), 2 * RegisterTableModel::PageSize);
    fetchAll(*model);
    QCOMPARE(model->rowCount(), 1847);
    QVERIFY(!model->canFetchMore(QModelIndex()));
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->rowId(row));
    QCOMPARE(ids.size(), 1847);
    QVERIFY(model->lastError().isEmpty());
}

void TestRegisterTableModel::sortByRegisteredVotersDescending()
{
    auto model = makeModel(Register::PollingStations);
    const int voters = model->columnOf(QStringLiteral("registered_voters"));
    QVERIFY(voters >= 0);
    model->sort(voters, Qt::DescendingOrder);
    model->fetchMore(QModelIndex());

    // The oracle: the store itself, not the model's query.
    auto largest =
        m_db->scalar(QStringLiteral("SELECT MAX(registered_voters) FROM polling_station"));
    QVERIFY(largest.ok());
    QCOMPARE(model->index(0, voters).data(Qt::EditRole).toLongLong(), largest->toLongLong());
    auto largestCode = m_db->scalar(QStringLiteral(
        "SELECT code FROM polling_station ORDER BY registered_voters DESC, id DESC LIMIT 1"));
    QVERIFY(largestCode.ok());
    QCOMPARE(model->index(0, model->columnOf(QStringLiteral("code"))).data().toString(),
             largestCode->toString());

    // Across page boundaries (with ties) the order holds and no station is lost or repeated.
    fetchAll(*model);
    QCOMPARE(model->rowCount(), 1847);
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.insert(model->rowId(row));
        if (row > 0)
            QVERIFY(model->index(row - 1, voters).data(Qt::EditRole).toLongLong() >=
                    model->index(row, voters).data(Qt::EditRole).toLongLong());
    }
    QCOMPARE(ids.size(), 1847);
}

void TestRegisterTableModel::filterByRegion()
{
    auto model = makeModel(Register::PollingStations);
    model->setFilter(QStringLiteral("Mangystau"));
    fetchAll(*model);
    QCOMPARE(model->rowCount(), 14); // published: 14 stations in Mangystau
    const int region = model->columnOf(QStringLiteral("region"));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, region).data().toString(), QStringLiteral("Mangystau Region"));
    auto count =
        RegisterQuery::count(*m_db, Register::PollingStations, QStringLiteral("Mangystau"));
    QVERIFY(count.ok());
    QCOMPARE(*count, qint64(14));

    // Case does not matter to a user typing a name.
    model->setFilter(QStringLiteral("mangystau"));
    fetchAll(*model);
    QCOMPARE(model->rowCount(), 14);

    model->setFilter(QString());
    fetchAll(*model);
    QCOMPARE(model->rowCount(), 1847);
}

void TestRegisterTableModel::filterByStationNumber()
{
    auto model = makeModel(Register::PollingStations);
    model->sort(model->columnOf(QStringLiteral("code")), Qt::DescendingOrder);
    model->fetchMore(QModelIndex());
    const int numberColumn = model->columnOf(QStringLiteral("number"));
    const QString number = model->index(0, numberColumn).data().toString();
    const qint64 id = model->rowId(0);
    QVERIFY(!number.isEmpty());

    model->setFilter(number);
    fetchAll(*model);
    QVERIFY(model->rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        found = found || model->rowId(row) == id;
        bool contains = false;
        for (int column = 0; column < model->columnCount(); ++column)
            contains = contains || model->index(row, column)
                                       .data(Qt::EditRole)
                                       .toString()
                                       .contains(number, Qt::CaseInsensitive);
        QVERIFY2(contains, qPrintable(model->index(row, 0).data().toString()));
    }
    QVERIFY(found);
}

void TestRegisterTableModel::filterTreatsWildcardsLiterally()
{
    for (const QString &filter : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\\")}) {
        auto count = RegisterQuery::count(*m_db, Register::PollingStations, filter);
        QVERIFY(count.ok());
        QCOMPARE(*count, qint64(0));
    }
    QCOMPARE(RegisterQuery::likePattern(QStringLiteral("5%_\\")), QStringLiteral("%5\\%\\_\\\\%"));
}

void TestRegisterTableModel::partiesHaveColours()
{
    auto model = makeModel(Register::Parties);
    fetchAll(*model);
    QCOMPARE(model->rowCount(), 6);
    const int code = model->columnOf(QStringLiteral("code"));
    const int colour = model->columnOf(QStringLiteral("colour"));
    const int registered = model->columnOf(QStringLiteral("candidates_registered"));
    int nurOtan = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, code).data().toString() == QLatin1String("NUR-OTAN"))
            nurOtan = row;
    }
    QVERIFY(nurOtan >= 0);
    QCOMPARE(model->index(nurOtan, colour).data(Qt::DecorationRole).value<QColor>(),
             QColor(0x1f, 0x77, 0xb4));
    QCOMPARE(model->index(nurOtan, registered).data(Qt::EditRole).toInt(), 595);
    QVERIFY(!model->index(nurOtan, code).data(Qt::DecorationRole).isValid());
}

void TestRegisterTableModel::regionsAddUp()
{
    auto model = makeModel(Register::Regions);
    fetchAll(*model);
    QCOMPARE(model->rowCount(), 17); // 14 regions and 3 cities of republican significance
    const int code = model->columnOf(QStringLiteral("code"));
    qint64 seats = 0, stations = 0, voters = 0;
    int mangystau = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        seats += model->index(row, model->columnOf(QStringLiteral("seats")))
                     .data(Qt::EditRole)
                     .toLongLong();
        stations += model->index(row, model->columnOf(QStringLiteral("polling_stations")))
                        .data(Qt::EditRole)
                        .toLongLong();
        voters += model->index(row, model->columnOf(QStringLiteral("registered_voters")))
                      .data(Qt::EditRole)
                      .toLongLong();
        if (model->index(row, code).data().toString() == QLatin1String("KZ-MAN"))
            mangystau = row;
    }
    QCOMPARE(seats, qint64(730));
    QCOMPARE(stations, qint64(1847));
    QCOMPARE(voters, qint64(1209817));
    QVERIFY(mangystau >= 0);
    QCOMPARE(model->index(mangystau, model->columnOf(QStringLiteral("registered_voters")))
                 .data()
                 .toString(),
             QStringLiteral("14,144"));
}

void TestRegisterTableModel::candidatesShowSelfNominated()
{
    auto model = makeModel(Register::Candidates);
    const int party = model->columnOf(QStringLiteral("party"));
    model->sort(party, Qt::AscendingOrder); // self-nominated (no party) sort first
    model->fetchMore(QModelIndex());
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->index(0, party).data(Qt::EditRole).isNull());
    QCOMPARE(model->index(0, party).data().toString(), QStringLiteral("Self-nominated"));
    const QString status =
        model->index(0, model->columnOf(QStringLiteral("status"))).data().toString();
    QVERIFY2(QStringList({QStringLiteral("Nominated"), QStringLiteral("Registered"),
                          QStringLiteral("Refused registration"), QStringLiteral("Withdrawn"),
                          QStringLiteral("Deregistered")})
                 .contains(status),
             qPrintable(status));
    auto count = RegisterQuery::count(*m_db, Register::Candidates, QString());
    QVERIFY(count.ok());
    QCOMPARE(*count, qint64(2582));
}

void TestRegisterTableModel::numbersAreFormattedAndRightAligned()
{
    auto model = makeModel(Register::Regions);
    model->fetchMore(QModelIndex());
    const int voters = model->columnOf(QStringLiteral("registered_voters"));
    const int name = model->columnOf(QStringLiteral("name_en"));
    const QModelIndex first = model->index(0, voters); // KZ-AKM, Akmola: 100,111 voters
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("KZ-AKM"));
    QCOMPARE(first.data(Qt::EditRole).toLongLong(), qint64(100111));
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("100,111"));
    QCOMPARE(first.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model->index(0, name).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignLeft | Qt::AlignVCenter));
    QCOMPARE(model->headerData(voters, Qt::Horizontal).toString(),
             QStringLiteral("Registered voters"));
}

void TestRegisterTableModel::everyRegisterLoadsAndCounts_data()
{
    QTest::addColumn<Register>("reg");
    QTest::addColumn<qint64>("minimum");
    QTest::newRow("regions") << Register::Regions << qint64(17);
    QTest::newRow("contests") << Register::Contests << qint64(730);
    QTest::newRow("stations") << Register::PollingStations << qint64(1847);
    QTest::newRow("parties") << Register::Parties << qint64(6);
    QTest::newRow("candidates") << Register::Candidates << qint64(2582);
    QTest::newRow("observers") << Register::Observers << qint64(2001);
}

void TestRegisterTableModel::everyRegisterLoadsAndCounts()
{
    QFETCH(Register, reg);
    QFETCH(qint64, minimum);
    auto model = makeModel(reg);
    fetchAll(*model);
    QVERIFY(model->lastError().isEmpty());
    auto count = RegisterQuery::count(*m_db, reg, QString());
    QVERIFY(count.ok());
    QCOMPARE(qint64(model->rowCount()), *count);
    QVERIFY2(*count >= minimum, qPrintable(QString::number(*count)));
    if (reg != Register::Observers && reg != Register::Regions)
        QCOMPARE(*count, minimum);
    for (int column = 0; column < model->columnCount(); ++column)
        QVERIFY(!model->headerData(column, Qt::Horizontal).toString().contains(QLatin1Char('_')));
}

void TestRegisterTableModel::everyColumnSortsBothWays_data()
{
    QTest::addColumn<Register>("reg");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (Register reg : RegisterQuery::all()) {
        const QList<RegisterColumn> &columns = RegisterQuery::columns(reg);
        for (int column = 0; column < columns.size(); ++column) {
            for (bool descending : {false, true}) {
                const QByteArray name = RegisterQuery::key(reg).toUtf8() + '/' +
                                        columns.at(column).key.toUtf8() +
                                        (descending ? "/desc" : "/asc");
                QTest::newRow(name.constData()) << reg << column << descending;
            }
        }
    }
}

void TestRegisterTableModel::everyColumnSortsBothWays()
{
    QFETCH(Register, reg);
    QFETCH(int, column);
    QFETCH(bool, descending);
    auto model = makeModel(reg);
    model->sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    fetchAll(*model);
    QVERIFY2(model->lastError().isEmpty(), qPrintable(model->lastError()));
    auto count = RegisterQuery::count(*m_db, reg, QString());
    QVERIFY(count.ok());
    QCOMPARE(qint64(model->rowCount()), *count);
    const ColumnType type = RegisterQuery::columns(reg).at(column).type;
    const bool numeric = type == ColumnType::Integer || type == ColumnType::Real;
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.insert(model->rowId(row));
        if (row == 0)
            continue;
        const int order = compareValues(model->index(row - 1, column).data(Qt::EditRole),
                                        model->index(row, column).data(Qt::EditRole), numeric);
        QVERIFY2(descending ? order >= 0 : order <= 0, qPrintable(QString::number(row)));
    }
    QCOMPARE(qint64(ids.size()), *count);
}

QTEST_MAIN(TestRegisterTableModel)
#include "tst_registertablemodel.moc"
