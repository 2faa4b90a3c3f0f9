#include "RegisterSearch.h"

#include "RegisterTable.h"

namespace bd {

namespace {

// A LIKE pattern matching @p text anywhere, with LIKE's own wildcards taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

struct Source
{
    RegisterKind kind;
    QString sql; // columns: id, code, label, detail; binds election id then the search values
    int textBinds = 1;
    bool pattern = false; // binds a LIKE pattern instead of the exact text
    bool prefix = false;  // binds the text and the end of its prefix range (index range scan)
};

// Substring searches scan their table; below this length they would match almost everything
// and cost a scan on each keystroke at a million stations, so only codes and numbers are looked
// up (indexed).
constexpr int kMinimumScanLength = 3;

} // namespace

Outcome<QList<SearchHit>> RegisterSearch::find(const Database &db, const QString &text, int limit)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    auto facts = RegisterTable::loadFacts(db);
    if (!facts)
        return facts.error();

    // Exact codes and station numbers first (indexed lookups), then names and addresses.
    const QString stationLabel = tr("Polling station %1");
    const QList<Source> sources = {
        {RegisterKind::PollingStations,
         QStringLiteral("SELECT id, code, number, COALESCE(address, '') FROM polling_station "
                        "WHERE election_id = ? AND (code = ? OR number = ?)"),
         2, false},
        {RegisterKind::Candidates,
         QStringLiteral("SELECT x.id, x.code, x.full_name, c.name FROM candidate x "
                        "JOIN contest c ON c.id = x.contest_id "
                        "WHERE x.election_id = ? AND x.code = ?"),
         1, false},
        {RegisterKind::Territories,
         QStringLiteral("SELECT id, code, COALESCE(name_en, name_ru, name_kk), level FROM "
                        "territory WHERE election_id = ? AND code = ?"),
         1, false},
        {RegisterKind::Contests,
         QStringLiteral("SELECT id, code, name, '' FROM contest WHERE election_id = ? AND "
                        "code = ?"),
         1, false},
        {RegisterKind::Parties,
         QStringLiteral("SELECT id, code, COALESCE(name_en, name_ru, name_kk), "
                        "COALESCE(short_name, '') FROM party WHERE election_id = ? AND "
                        "(code = ? OR name_kk LIKE ? ESCAPE '\\' OR name_ru LIKE ? ESCAPE '\\' "
                        "OR name_en LIKE ? ESCAPE '\\' OR short_name LIKE ? ESCAPE '\\')"),
         5, true},
        {RegisterKind::Observers,
         QStringLiteral("SELECT id, code, full_name, organization FROM observer "
                        "WHERE election_id = ? AND code = ?"),
         1, false},
        {RegisterKind::PollingStations,
         QStringLiteral("SELECT id, code, number, COALESCE(address, '') FROM polling_station "
                        "WHERE election_id = ? AND number >= ? AND number < ?"),
         1, false, true},
        {RegisterKind::Candidates,
         QStringLiteral("SELECT x.id, x.code, x.full_name, c.name FROM candidate x "
                        "JOIN contest c ON c.id = x.contest_id "
                        "WHERE x.election_id = ? AND x.full_name LIKE ? ESCAPE '\\'"),
         1, true},
        {RegisterKind::PollingStations,
         QStringLiteral("SELECT id, code, number, COALESCE(address, '') FROM polling_station "
                        "WHERE election_id = ? AND address LIKE ? ESCAPE '\\'"),
         1, true},
    };

    QList<SearchHit> hits;
    QSet<QPair<int, qint64>> seen;
    for (const Source &source : sources) {
        if (hits.size() >= limit)
            break;
        if (source.pattern && source.kind != RegisterKind::Parties &&
            needle.size() < kMinimumScanLength)
            continue;
        QVariantList values{facts->electionId};
        if (source.prefix) {
            // The keys that start with the text: [text, text + U+FFFF), read from the index.
            values << needle << needle + QChar(0xFFFF);
        } else if (source.kind == RegisterKind::Parties) {
            values << needle;
            for (int i = 1; i < source.textBinds; ++i)
                values << containsPattern(needle);
        } else {
            for (int i = 0; i < source.textBinds; ++i)
                values << (source.pattern ? containsPattern(needle) : needle);
        }
        // LIKE is case-insensitive on SQLite only; the dialect says how on PostgreSQL.
        QString sql = source.sql;
        sql.replace(QLatin1String(" LIKE "),
                    QLatin1Char(' ') + db.dialect().caseInsensitiveLike() + QLatin1Char(' '));
        auto query = db.exec(sql + (source.prefix ? QStringLiteral(" ORDER BY number LIMIT %1")
                                                  : QStringLiteral(" ORDER BY 1 LIMIT %1"))
                                       .arg(limit),
                             values);
        if (!query)
            return query.error();
        while (query->next() && hits.size() < limit) {
            const qint64 id = query->value(0).toLongLong();
            if (seen.contains({static_cast<int>(source.kind), id}))
                continue;
            seen.insert({static_cast<int>(source.kind), id});
            SearchHit hit;
            hit.kind = source.kind;
            hit.id = id;
            hit.code = query->value(1).toString();
            hit.label = source.kind == RegisterKind::PollingStations
                            ? stationLabel.arg(query->value(2).toString())
                            : query->value(2).toString();
            hit.detail = query->value(3).toString();
            hits.append(hit);
        }
    }
    return hits;
}

} // namespace bd
