#include "RegisterQuery.h"

#include "Database.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcRegisterQuery, "ballotdesk.store.registers", QtInfoMsg)

namespace bd {

namespace {

// How a register is read: its FROM clause, the column that scopes it to one election, any
// further condition, the unique row id and the columns.
struct RegisterDefinition
{
    QString from;
    QString electionColumn;
    QString condition;
    QString id;
    QList<RegisterColumn> columns;
};

RegisterColumn text(const char *key, const char *expression, bool nullable = true)
{
    return {QLatin1String(key), ColumnType::Text, true, true, QLatin1String(expression), nullable};
}

RegisterColumn code(const char *key, const char *expression)
{
    return {QLatin1String(key), ColumnType::Code, true, true, QLatin1String(expression), true};
}

RegisterColumn integer(const char *key, const char *expression, bool nullable = false)
{
    return {
        QLatin1String(key), ColumnType::Integer, false, true, QLatin1String(expression), nullable};
}

RegisterColumn typed(const char *key, ColumnType type, const char *expression)
{
    return {QLatin1String(key), type, false, true, QLatin1String(expression), true};
}

// The name of a territory in the first language it has (every territory has one, see schema).
#define BD_NAME(alias) "COALESCE(" alias ".name_en, " alias ".name_ru, " alias ".name_kk)"

// The district (depth 1) above a territory; NULL for a region.
#define BD_DISTRICT_OF(territory)                                                                  \
    "(SELECT " BD_NAME(                                                                            \
        "bd_d") " FROM territory_closure bd_dc JOIN territory bd_d"                                \
                " ON bd_d.id = bd_dc.ancestor_id WHERE bd_dc.descendant_id = " territory           \
                " AND bd_d.depth = 1)"

QList<RegisterDefinition> buildDefinitions()
{
    QList<RegisterDefinition> defs;

    // Regions: first-level territories with totals over everything below them.
    defs.append(
        {QStringLiteral("territory t"),
         QStringLiteral("t.election_id"),
         QStringLiteral("t.depth = 0"),
         QStringLiteral("t.id"),
         {
             text("code", "t.code", false),
             text("name_en", "t.name_en"),
             text("name_kk", "t.name_kk"),
             text("name_ru", "t.name_ru"),
             text("kato", "t.kato"),
             integer("contests", "(SELECT COUNT(*) FROM territory_closure bd_tc JOIN contest bd_c "
                                 "ON bd_c.territory_id = bd_tc.descendant_id "
                                 "WHERE bd_tc.ancestor_id = t.id)"),
             integer("seats", "(SELECT COALESCE(SUM(bd_c.seats), 0) FROM territory_closure bd_tc "
                              "JOIN contest bd_c ON bd_c.territory_id = bd_tc.descendant_id "
                              "WHERE bd_tc.ancestor_id = t.id)"),
             integer("candidates_registered",
                     "(SELECT COUNT(*) FROM territory_closure bd_tc JOIN contest bd_c "
                     "ON bd_c.territory_id = bd_tc.descendant_id JOIN candidate bd_ca "
                     "ON bd_ca.contest_id = bd_c.id WHERE bd_tc.ancestor_id = t.id "
                     "AND bd_ca.status = 'registered')"),
             integer("polling_stations",
                     "(SELECT COUNT(*) FROM territory_closure bd_tc JOIN polling_station bd_ps "
                     "ON bd_ps.territory_id = bd_tc.descendant_id WHERE bd_tc.ancestor_id = t.id)"),
             integer("registered_voters",
                     "(SELECT COALESCE(SUM(bd_ps.registered_voters), 0) FROM territory_closure "
                     "bd_tc JOIN polling_station bd_ps ON bd_ps.territory_id = bd_tc.descendant_id "
                     "WHERE bd_tc.ancestor_id = t.id)"),
         }});

    // Contests: one per akim seat (or multi-seat body), with its region and district.
    defs.append(
        {QStringLiteral(
             "contest c JOIN territory_closure crc ON crc.descendant_id = c.territory_id "
             "JOIN territory r ON r.id = crc.ancestor_id AND r.depth = 0"),
         QStringLiteral("c.election_id"),
         {},
         QStringLiteral("c.id"),
         {
             text("code", "c.code", false),
             text("name", "c.name", false),
             text("region", BD_NAME("r"), false),
             text("district", BD_DISTRICT_OF("c.territory_id")),
             integer("seats", "c.seats"),
             integer("candidates_registered", "(SELECT COUNT(*) FROM candidate bd_ca "
                                              "WHERE bd_ca.contest_id = c.id "
                                              "AND bd_ca.status = 'registered')"),
             integer("polling_stations",
                     "(SELECT COUNT(*) FROM polling_station bd_ps WHERE bd_ps.contest_id = c.id)"),
             integer("registered_voters", "(SELECT COALESCE(SUM(bd_ps.registered_voters), 0) "
                                          "FROM polling_station bd_ps "
                                          "WHERE bd_ps.contest_id = c.id)"),
         }});

    // Polling stations.
    defs.append({QStringLiteral("polling_station ps JOIN contest c ON c.id = ps.contest_id "
                                "JOIN territory_closure prc ON prc.descendant_id = ps.territory_id "
                                "JOIN territory r ON r.id = prc.ancestor_id AND r.depth = 0"),
                 QStringLiteral("ps.election_id"),
                 {},
                 QStringLiteral("ps.id"),
                 {
                     text("code", "ps.code", false),
                     text("number", "ps.number", false),
                     text("name", "ps.name"),
                     text("address", "ps.address"),
                     text("region", BD_NAME("r"), false),
                     text("district", BD_DISTRICT_OF("ps.territory_id")),
                     text("contest", "c.code", false),
                     integer("registered_voters", "ps.registered_voters"),
                     typed("latitude", ColumnType::Real, "ps.latitude"),
                     typed("longitude", ColumnType::Real, "ps.longitude"),
                 }});

    // Parties.
    defs.append({QStringLiteral("party p"),
                 QStringLiteral("p.election_id"),
                 {},
                 QStringLiteral("p.id"),
                 {
                     text("code", "p.code", false),
                     text("short_name", "p.short_name"),
                     text("name_en", "p.name_en"),
                     text("name_kk", "p.name_kk"),
                     text("name_ru", "p.name_ru"),
                     typed("colour", ColumnType::Colour, "p.color"),
                     integer("candidates_nominated", "(SELECT COUNT(*) FROM candidate bd_ca "
                                                     "WHERE bd_ca.party_id = p.id)"),
                     integer("candidates_registered", "(SELECT COUNT(*) FROM candidate bd_ca "
                                                      "WHERE bd_ca.party_id = p.id "
                                                      "AND bd_ca.status = 'registered')"),
                 }});

    // Candidates; party is NULL for a self-nominated candidate.
    defs.append({QStringLiteral("candidate ca JOIN contest c ON c.id = ca.contest_id "
                                "LEFT JOIN party p ON p.id = ca.party_id"),
                 QStringLiteral("ca.election_id"),
                 {},
                 QStringLiteral("ca.id"),
                 {
                     text("code", "ca.code", false),
                     text("full_name", "ca.full_name", false),
                     code("gender", "ca.gender"),
                     typed("birth_date", ColumnType::Date, "ca.birth_date"),
                     text("party", "p.short_name"),
                     code("status", "ca.status"),
                     text("status_reason", "ca.status_reason"),
                     text("contest", "c.code", false),
                     integer("ballot_order", "ca.ballot_order", true),
                 }});

    // Observers; the station is NULL for an observer accredited to no single station.
    defs.append({QStringLiteral("observer o LEFT JOIN polling_station ps "
                                "ON ps.id = o.polling_station_id"),
                 QStringLiteral("o.election_id"),
                 {},
                 QStringLiteral("o.id"),
                 {
                     text("code", "o.code", false),
                     text("full_name", "o.full_name", false),
                     text("organization", "o.organization", false),
                     code("kind", "o.kind"),
                     text("polling_station", "ps.code"),
                 }});
    return defs;
}

#undef BD_NAME
#undef BD_DISTRICT_OF

const RegisterDefinition &definition(Register reg)
{
    static const QList<RegisterDefinition> defs = buildDefinitions();
    return defs.at(static_cast<int>(reg));
}

// Sort values are never NULL, so that the row-value comparison of keyset paging is total.
QString sortExpression(const RegisterColumn &column)
{
    if (!column.nullable)
        return column.expression;
    const bool textual = column.type == ColumnType::Text || column.type == ColumnType::Code ||
                         column.type == ColumnType::Date || column.type == ColumnType::Colour;
    return QStringLiteral("COALESCE(%1, %2)")
        .arg(column.expression,
             textual ? QStringLiteral("''") : QStringLiteral("-1000000000000000"));
}

// The WHERE clause shared by fetch() and count(), with its bound values appended to values.
QString whereClause(const SqlDialect &dialect, const RegisterDefinition &def, const QString &filter,
                    QVariantList *values)
{
    QStringList conditions;
    conditions << def.electionColumn + QLatin1String(" = (SELECT MIN(id) FROM election)");
    if (!def.condition.isEmpty())
        conditions << def.condition;
    const QString trimmed = filter.trimmed();
    if (!trimmed.isEmpty()) {
        const QString pattern = RegisterQuery::likePattern(trimmed);
        QStringList alternatives;
        for (const RegisterColumn &column : def.columns) {
            if (!column.filterable)
                continue;
            // Case-insensitive on both engines (SQLite's LIKE is, PostgreSQL's is not).
            alternatives << column.expression + QLatin1Char(' ') + dialect.caseInsensitiveLike() +
                                QLatin1String(" ? ESCAPE '\\'");
            values->append(pattern);
        }
        if (!alternatives.isEmpty())
            conditions << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) +
                              QLatin1Char(')');
    }
    return QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

} // namespace

QList<Register> RegisterQuery::all()
{
    return {Register::Regions, Register::Contests,   Register::PollingStations,
            Register::Parties, Register::Candidates, Register::Observers};
}

QString RegisterQuery::key(Register reg)
{
    switch (reg) {
    case Register::Regions:
        return QStringLiteral("regions");
    case Register::Contests:
        return QStringLiteral("contests");
    case Register::PollingStations:
        return QStringLiteral("stations");
    case Register::Parties:
        return QStringLiteral("parties");
    case Register::Candidates:
        return QStringLiteral("candidates");
    case Register::Observers:
        return QStringLiteral("observers");
    }
    return {};
}

std::optional<Register> RegisterQuery::fromKey(const QString &key)
{
    for (Register reg : all()) {
        if (RegisterQuery::key(reg) == key)
            return reg;
    }
    return std::nullopt;
}

const QList<RegisterColumn> &RegisterQuery::columns(Register reg)
{
    return definition(reg).columns;
}

int RegisterQuery::columnIndex(Register reg, const QString &columnKey)
{
    const QList<RegisterColumn> &cols = columns(reg);
    for (int i = 0; i < cols.size(); ++i) {
        if (cols.at(i).key == columnKey)
            return i;
    }
    return -1;
}

QString RegisterQuery::likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Outcome<RegisterPage> RegisterQuery::fetch(const Database &db, const PageRequest &request)
{
    const RegisterDefinition &def = definition(request.reg);
    if (request.sortColumn < 0 || request.sortColumn >= def.columns.size() ||
        !def.columns.at(request.sortColumn).sortable)
        return Error{QStringLiteral("registers.bad-sort"), tr("This column cannot be sorted."),
                     QString::number(request.sortColumn)};
    if (request.limit <= 0)
        return Error{QStringLiteral("registers.bad-limit"), tr("No rows were asked for."), {}};

    QStringList selected;
    selected << def.id + QLatin1String(" AS bd_id")
             << sortExpression(def.columns.at(request.sortColumn)) + QLatin1String(" AS bd_sort");
    for (int i = 0; i < def.columns.size(); ++i)
        selected << def.columns.at(i).expression + QLatin1String(" AS c") + QString::number(i);

    QVariantList values;
    const QString inner = QLatin1String("SELECT ") + selected.join(QLatin1String(", ")) +
                          QLatin1String(" FROM ") + def.from +
                          whereClause(db.dialect(), def, request.filter, &values);
    const bool ascending = request.order == Qt::AscendingOrder;
    QString sql = QLatin1String("SELECT * FROM (") + inner + QLatin1String(") AS bd_rows");
    if (request.after) {
        sql += ascending ? QLatin1String(" WHERE (bd_sort, bd_id) > (?, ?)")
                         : QLatin1String(" WHERE (bd_sort, bd_id) < (?, ?)");
        values << request.after->sortValue << request.after->id;
    }
    sql += ascending ? QLatin1String(" ORDER BY bd_sort ASC, bd_id ASC LIMIT ?")
                     : QLatin1String(" ORDER BY bd_sort DESC, bd_id DESC LIMIT ?");
    // One row more than asked tells whether another page follows.
    values << request.limit + 1;

    auto query = db.exec(sql, values);
    if (!query)
        return query.error();
    RegisterPage page;
    const int columnCount = def.columns.size();
    QVariant lastSort;
    while (query->next()) {
        if (page.rows.size() == request.limit)
            break;
        QVariantList row;
        row.reserve(columnCount);
        for (int i = 0; i < columnCount; ++i)
            row << query->value(i + 2);
        page.ids << query->value(0).toLongLong();
        lastSort = query->value(1);
        page.rows << row;
    }
    page.atEnd = !query->isValid(); // true unless the loop stopped at the extra row
    if (!page.rows.isEmpty())
        page.last = RowKey{lastSort, page.ids.constLast()};
    qCDebug(lcRegisterQuery) << key(request.reg) << "page of" << page.rows.size() << "rows";
    return page;
}

Outcome<qint64> RegisterQuery::count(const Database &db, Register reg, const QString &filter)
{
    const RegisterDefinition &def = definition(reg);
    QVariantList values;
    // Without a filter the joins add nothing but cost (each row has exactly one contest and
    // one region), so the rows of the base table ("polling_station ps") are counted alone: at
    // a million stations that is an index scan instead of three joins per row.
    const QString from =
        filter.trimmed().isEmpty() ? def.from.section(QLatin1Char(' '), 0, 1) : def.from;
    const QString sql = QLatin1String("SELECT COUNT(*) FROM ") + from +
                        whereClause(db.dialect(), def, filter, &values);
    auto value = db.scalar(sql, values);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Outcome<ElectionHeading> RegisterQuery::election(const Database &db)
{
    auto query = db.exec(QStringLiteral("SELECT id, code, name, election_date, synthetic "
                                        "FROM election ORDER BY id LIMIT 1"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error{
            QStringLiteral("registers.no-election"), tr("The file holds no election yet."), {}};
    ElectionHeading heading;
    heading.id = query->value(0).toLongLong();
    heading.code = query->value(1).toString();
    heading.name = query->value(2).toString();
    heading.date = QDate::fromString(query->value(3).toString(), Qt::ISODate);
    heading.synthetic = query->value(4).toInt() != 0;
    return heading;
}

} // namespace bd
