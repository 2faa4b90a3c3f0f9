#include "RegisterCsvFormat.h"

#include "CountValue.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace bd {

namespace {

// Reads the fields of one row by column name and collects the problems of their form.
class RowReader
{
public:
    RowReader(const CsvColumnMap &map, const QStringList &fields, QList<FieldProblem> *problems)
        : m_map(map), m_fields(fields), m_problems(problems)
    {}

    QString text(const QString &column) const
    {
        const int i = m_map.indexOf(column);
        return i >= 0 && i < m_fields.size() ? m_fields.at(i) : QString();
    }

    QString required(const QString &column) const
    {
        const QString value = text(column);
        if (value.trimmed().isEmpty())
            problem(column, RegisterCsvFormat::tr("is empty; a value is required"));
        return value;
    }

    QString oneOf(const QString &column, const QStringList &allowed, bool isRequired) const
    {
        const QString value = isRequired ? required(column) : text(column);
        if (!value.isEmpty() && !allowed.contains(value))
            problem(column, RegisterCsvFormat::tr("\"%1\" is not allowed; write one of: %2")
                                .arg(value, allowed.join(QLatin1String(", "))));
        return value;
    }

    qint64 count(const QString &column, bool isRequired, qint64 fallback) const
    {
        const QString value = text(column);
        const CountValue parsed = CountValue::parse(value);
        if (parsed.isEmpty()) {
            if (isRequired)
                problem(column, RegisterCsvFormat::tr("is empty; a value is required"));
            return fallback;
        }
        if (!parsed.isValid()) {
            problem(column, RegisterCsvFormat::tr("\"%1\" is not a whole number from 0 to "
                                                  "999999999; write digits only, without "
                                                  "sign, decimals, separators or exponent")
                                .arg(value));
            return fallback;
        }
        return *parsed.number();
    }

    QDate date(const QString &column, bool isRequired) const
    {
        const QString value = text(column);
        if (value.isEmpty()) {
            if (isRequired)
                problem(column, RegisterCsvFormat::tr("is empty; a value is required"));
            return {};
        }
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate parsed =
            iso.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
        if (!parsed.isValid()) {
            if (iso.match(value).hasMatch())
                problem(column,
                        RegisterCsvFormat::tr("%1 is not a date of the calendar").arg(value));
            else
                problem(column, RegisterCsvFormat::tr("\"%1\" is not a date; write YYYY-MM-DD, "
                                                      "e.g. 2021-07-25")
                                    .arg(value));
        }
        return parsed;
    }

    std::optional<double> coordinate(const QString &column) const
    {
        const QString value = text(column);
        if (value.isEmpty())
            return std::nullopt;
        static const QRegularExpression decimal(QStringLiteral("^-?\\d{1,3}(\\.\\d+)?$"));
        bool ok = false;
        const double parsed = decimal.match(value).hasMatch() ? value.toDouble(&ok) : 0.0;
        if (!ok) {
            problem(column, RegisterCsvFormat::tr("\"%1\" is not a number of decimal degrees; "
                                                  "write e.g. 43.2389 with a point")
                                .arg(value));
            return std::nullopt;
        }
        return parsed;
    }

    void problem(const QString &column, const QString &message) const
    {
        if (m_problems)
            m_problems->append(FieldProblem{column, message});
    }

private:
    const CsvColumnMap &m_map;
    const QStringList &m_fields;
    QList<FieldProblem> *m_problems;
};

QString optionalNumber(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QStringList RegisterCsvFormat::columns(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Territories:
        return {QStringLiteral("code"),    QStringLiteral("parent_code"), QStringLiteral("level"),
                QStringLiteral("name_kk"), QStringLiteral("name_ru"),     QStringLiteral("name_en"),
                QStringLiteral("kato")};
    case RegisterKind::Parties:
        return {QStringLiteral("code"),    QStringLiteral("name_kk"),    QStringLiteral("name_ru"),
                QStringLiteral("name_en"), QStringLiteral("short_name"), QStringLiteral("color")};
    case RegisterKind::Contests:
        return {QStringLiteral("code"), QStringLiteral("territory_code"), QStringLiteral("name"),
                QStringLiteral("seats")};
    case RegisterKind::PollingStations:
        return {QStringLiteral("code"),
                QStringLiteral("number"),
                QStringLiteral("name"),
                QStringLiteral("address"),
                QStringLiteral("territory_code"),
                QStringLiteral("contest_code"),
                QStringLiteral("registered_voters"),
                QStringLiteral("latitude"),
                QStringLiteral("longitude")};
    case RegisterKind::Candidates:
        return {QStringLiteral("code"),        QStringLiteral("contest_code"),
                QStringLiteral("full_name"),   QStringLiteral("gender"),
                QStringLiteral("birth_date"),  QStringLiteral("party_code"),
                QStringLiteral("status"),      QStringLiteral("status_reason"),
                QStringLiteral("ballot_order")};
    case RegisterKind::Observers:
        return {QStringLiteral("code"), QStringLiteral("full_name"), QStringLiteral("organization"),
                QStringLiteral("kind"), QStringLiteral("polling_station_code")};
    }
    return {};
}

QStringList RegisterCsvFormat::requiredColumns(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Territories:
        return {QStringLiteral("code"), QStringLiteral("level")};
    case RegisterKind::Parties:
        return {QStringLiteral("code")};
    case RegisterKind::Contests:
        return {QStringLiteral("code"), QStringLiteral("territory_code"), QStringLiteral("name")};
    case RegisterKind::PollingStations:
        return {QStringLiteral("code"), QStringLiteral("number"), QStringLiteral("territory_code"),
                QStringLiteral("contest_code"), QStringLiteral("registered_voters")};
    case RegisterKind::Candidates:
        return {QStringLiteral("code"), QStringLiteral("contest_code"), QStringLiteral("full_name"),
                QStringLiteral("birth_date"), QStringLiteral("status")};
    case RegisterKind::Observers:
        return {QStringLiteral("code"), QStringLiteral("full_name"), QStringLiteral("organization"),
                QStringLiteral("kind")};
    }
    return {};
}

QString RegisterCsvFormat::fileName(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Territories:
        return QStringLiteral("territories.csv");
    case RegisterKind::Parties:
        return QStringLiteral("parties.csv");
    case RegisterKind::Contests:
        return QStringLiteral("contests.csv");
    case RegisterKind::PollingStations:
        return QStringLiteral("polling_stations.csv");
    case RegisterKind::Candidates:
        return QStringLiteral("candidates.csv");
    case RegisterKind::Observers:
        return QStringLiteral("observers.csv");
    }
    return {};
}

CsvColumnMap RegisterCsvFormat::mapHeader(RegisterKind kind, const QStringList &header,
                                          QList<CsvHeaderProblem> *problems)
{
    CsvColumnMap map;
    map.kind = kind;
    map.fieldCount = static_cast<int>(header.size());
    const QStringList known = columns(kind);
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (!known.contains(name)) {
            problems->append({name, tr("unknown column; the columns of %1 are: %2")
                                        .arg(fileName(kind), known.join(QLatin1String(", ")))});
        } else if (map.index.contains(name)) {
            problems->append({name, tr("appears twice (fields %1 and %2); keep one")
                                        .arg(map.index.value(name) + 1)
                                        .arg(i + 1)});
        } else {
            map.index.insert(name, i);
        }
    }
    for (const QString &name : requiredColumns(kind)) {
        if (!map.index.contains(name))
            problems->append({name, tr("required column is missing from the header")});
    }
    const auto hasName = [&map](const char *n) {
        return map.index.contains(QLatin1String(n));
    };
    if ((kind == RegisterKind::Territories || kind == RegisterKind::Parties) &&
        !hasName("name_kk") && !hasName("name_ru") && !hasName("name_en"))
        problems->append({QStringLiteral("name_kk"),
                          tr("no name column; the header needs at least one of name_kk, "
                             "name_ru, name_en")});
    if (kind == RegisterKind::PollingStations && hasName("latitude") != hasName("longitude"))
        problems->append(
            {hasName("latitude") ? QStringLiteral("longitude") : QStringLiteral("latitude"),
             tr("latitude and longitude come together; add the missing column")});
    return map;
}

RegisterRecord RegisterCsvFormat::parse(const CsvColumnMap &map, const QStringList &fields,
                                        QList<FieldProblem> *problems)
{
    const RowReader row(map, fields, problems);
    switch (map.kind) {
    case RegisterKind::Territories: {
        TerritoryRecord r;
        r.code = row.required(QStringLiteral("code"));
        r.parentCode = row.text(QStringLiteral("parent_code"));
        r.level = row.oneOf(
            QStringLiteral("level"),
            {QStringLiteral("region"), QStringLiteral("district"), QStringLiteral("okrug")}, true);
        r.nameKk = row.text(QStringLiteral("name_kk"));
        r.nameRu = row.text(QStringLiteral("name_ru"));
        r.nameEn = row.text(QStringLiteral("name_en"));
        r.kato = row.text(QStringLiteral("kato"));
        return r;
    }
    case RegisterKind::Parties: {
        PartyRecord r;
        r.code = row.required(QStringLiteral("code"));
        r.nameKk = row.text(QStringLiteral("name_kk"));
        r.nameRu = row.text(QStringLiteral("name_ru"));
        r.nameEn = row.text(QStringLiteral("name_en"));
        r.shortName = row.text(QStringLiteral("short_name"));
        r.color = row.text(QStringLiteral("color"));
        return r;
    }
    case RegisterKind::Contests: {
        ContestRecord r;
        r.code = row.required(QStringLiteral("code"));
        r.territoryCode = row.required(QStringLiteral("territory_code"));
        r.name = row.required(QStringLiteral("name"));
        r.seats = static_cast<int>(row.count(QStringLiteral("seats"), false, 1));
        return r;
    }
    case RegisterKind::PollingStations: {
        PollingStationRecord r;
        r.code = row.required(QStringLiteral("code"));
        r.number = row.required(QStringLiteral("number"));
        r.name = row.text(QStringLiteral("name"));
        r.address = row.text(QStringLiteral("address"));
        r.territoryCode = row.required(QStringLiteral("territory_code"));
        r.contestCode = row.required(QStringLiteral("contest_code"));
        r.registeredVoters = row.count(QStringLiteral("registered_voters"), true, 0);
        r.latitude = row.coordinate(QStringLiteral("latitude"));
        r.longitude = row.coordinate(QStringLiteral("longitude"));
        return r;
    }
    case RegisterKind::Candidates: {
        CandidateRecord r;
        r.code = row.required(QStringLiteral("code"));
        r.contestCode = row.required(QStringLiteral("contest_code"));
        r.fullName = row.required(QStringLiteral("full_name"));
        r.gender = row.oneOf(QStringLiteral("gender"),
                             {QStringLiteral("female"), QStringLiteral("male")}, false);
        r.birthDate = row.date(QStringLiteral("birth_date"), true);
        r.partyCode = row.text(QStringLiteral("party_code"));
        r.status = row.oneOf(QStringLiteral("status"),
                             {QStringLiteral("nominated"), QStringLiteral("registered"),
                              QStringLiteral("refused"), QStringLiteral("withdrawn"),
                              QStringLiteral("deregistered")},
                             true);
        r.statusReason = row.text(QStringLiteral("status_reason"));
        if (!row.text(QStringLiteral("ballot_order")).isEmpty())
            r.ballotOrder = static_cast<int>(row.count(QStringLiteral("ballot_order"), false, 0));
        return r;
    }
    case RegisterKind::Observers: {
        ObserverRecord r;
        r.code = row.required(QStringLiteral("code"));
        r.fullName = row.required(QStringLiteral("full_name"));
        r.organization = row.required(QStringLiteral("organization"));
        r.kind = row.oneOf(QStringLiteral("kind"),
                           {QStringLiteral("party"), QStringLiteral("ngo"), QStringLiteral("media"),
                            QStringLiteral("international")},
                           true);
        r.pollingStationCode = row.text(QStringLiteral("polling_station_code"));
        return r;
    }
    }
    return TerritoryRecord{};
}

QStringList RegisterCsvFormat::format(const RegisterRecord &record)
{
    return std::visit(
        [](const auto &r) -> QStringList {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, TerritoryRecord>) {
                return {r.code, r.parentCode, r.level, r.nameKk, r.nameRu, r.nameEn, r.kato};
            } else if constexpr (std::is_same_v<T, PartyRecord>) {
                return {r.code, r.nameKk, r.nameRu, r.nameEn, r.shortName, r.color};
            } else if constexpr (std::is_same_v<T, ContestRecord>) {
                return {r.code, r.territoryCode, r.name, QString::number(r.seats)};
            } else if constexpr (std::is_same_v<T, PollingStationRecord>) {
                return {r.code,
                        r.number,
                        r.name,
                        r.address,
                        r.territoryCode,
                        r.contestCode,
                        QString::number(r.registeredVoters),
                        r.latitude ? formatCoordinate(*r.latitude) : QString(),
                        r.longitude ? formatCoordinate(*r.longitude) : QString()};
            } else if constexpr (std::is_same_v<T, CandidateRecord>) {
                return {r.code,
                        r.contestCode,
                        r.fullName,
                        r.gender,
                        r.birthDate.isValid() ? r.birthDate.toString(Qt::ISODate) : QString(),
                        r.partyCode,
                        r.status,
                        r.statusReason,
                        optionalNumber(r.ballotOrder)};
            } else {
                return {r.code, r.fullName, r.organization, r.kind, r.pollingStationCode};
            }
        },
        record);
}

QString RegisterCsvFormat::formatCoordinate(double value)
{
    // The shortest text that reads back to the same double: exact round trips, no noise digits.
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    return text;
}

} // namespace bd
