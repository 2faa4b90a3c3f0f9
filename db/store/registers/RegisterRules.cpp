#include "RegisterRules.h"

#include <QRegularExpression>

namespace bd {

namespace {

class Checker
{
public:
    Checker(const RegisterLookup &lookup, const ElectionFacts &facts)
        : m_lookup(lookup), m_facts(facts)
    {}

    QList<FieldProblem> problems;

    void add(const QString &field, const QString &message) { problems.append({field, message}); }

    bool has(const QString &field) const
    {
        for (const FieldProblem &p : problems) {
            if (p.field == field)
                return true;
        }
        return false;
    }

    void required(const QString &field, const QString &value)
    {
        if (value.trimmed().isEmpty() && !has(field))
            add(field, RegisterRules::tr("is empty; a value is required"));
    }

    void unique(RegisterKind kind, const QString &code, qint64 id)
    {
        if (code.trimmed().isEmpty())
            return;
        if (code != code.trimmed())
            add(QStringLiteral("code"),
                RegisterRules::tr("\"%1\" starts or ends with a space; remove it").arg(code));
        const auto existing = m_lookup.idOfCode(kind, code);
        if (existing && *existing != id)
            add(QStringLiteral("code"),
                RegisterRules::tr("%1 is already used by another row; codes must be unique")
                    .arg(code));
    }

    void names(const QString &kk, const QString &ru, const QString &en)
    {
        if (kk.trimmed().isEmpty() && ru.trimmed().isEmpty() && en.trimmed().isEmpty())
            add(QStringLiteral("name_kk"),
                RegisterRules::tr("no name; give at least one of name_kk, name_ru, name_en"));
    }

    void oneOf(const QString &field, const QString &value, const QStringList &allowed,
               bool isRequired)
    {
        if (has(field))
            return;
        if (value.isEmpty()) {
            if (isRequired)
                add(field, RegisterRules::tr("is empty; a value is required"));
            return;
        }
        if (!allowed.contains(value))
            add(field, RegisterRules::tr("\"%1\" is not allowed; write one of: %2")
                           .arg(value, allowed.join(QLatin1String(", "))));
    }

    const RegisterLookup &m_lookup;
    const ElectionFacts &m_facts;
};

QString missing(const QString &what, const QString &code)
{
    return RegisterRules::tr("%1 refers to no %2 in the election (nor on an earlier line of the "
                             "file); add it first or correct the code")
        .arg(code, what);
}

} // namespace

bool RegisterRules::transitionAllowed(const QString &from, const QString &to)
{
    if (from == QLatin1String("nominated"))
        return to == QLatin1String("registered") || to == QLatin1String("refused");
    if (from == QLatin1String("registered"))
        return to == QLatin1String("withdrawn") || to == QLatin1String("deregistered");
    return false;
}

bool RegisterRules::needsReason(const QString &status)
{
    return status == QLatin1String("refused") || status == QLatin1String("withdrawn") ||
           status == QLatin1String("deregistered");
}

bool RegisterRules::isStanding(const QString &status)
{
    return status == QLatin1String("nominated") || status == QLatin1String("registered");
}

int RegisterRules::ageOn(QDate birth, QDate day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

QList<FieldProblem> RegisterRules::check(const RegisterRecord &record, const RegisterLookup &lookup,
                                         const ElectionFacts &facts)
{
    Checker c(lookup, facts);
    std::visit(
        [&](const auto &r) {
            using T = std::decay_t<decltype(r)>;
            c.required(QStringLiteral("code"), r.code);
            c.unique(kindOf(record), r.code, r.id);
            if constexpr (std::is_same_v<T, TerritoryRecord>) {
                c.oneOf(
                    QStringLiteral("level"), r.level,
                    {QStringLiteral("region"), QStringLiteral("district"), QStringLiteral("okrug")},
                    true);
                c.names(r.nameKk, r.nameRu, r.nameEn);
                if (r.parentCode.isEmpty()) {
                    if (!r.level.isEmpty() && r.level != QLatin1String("region"))
                        c.add(QStringLiteral("parent_code"),
                              tr("is empty, but a %1 needs the code of the territory it belongs "
                                 "to (only a region has none)")
                                  .arg(r.level));
                } else if (r.parentCode == r.code) {
                    c.add(QStringLiteral("parent_code"),
                          tr("%1 is the territory itself; give the code of its parent")
                              .arg(r.parentCode));
                } else if (const auto parent = lookup.territory(r.parentCode); !parent) {
                    c.add(QStringLiteral("parent_code"), missing(tr("territory"), r.parentCode));
                } else {
                    if (r.level == QLatin1String("region"))
                        c.add(QStringLiteral("parent_code"),
                              tr("a region belongs to no other territory; leave parent_code "
                                 "empty or change the level"));
                    if (r.id != 0 && lookup.isInside(r.id, parent->id))
                        c.add(QStringLiteral("parent_code"),
                              tr("%1 lies inside this territory; a territory cannot belong to "
                                 "its own part")
                                  .arg(r.parentCode));
                }
            } else if constexpr (std::is_same_v<T, PartyRecord>) {
                c.names(r.nameKk, r.nameRu, r.nameEn);
                static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
                if (!r.color.isEmpty() && !colour.match(r.color).hasMatch())
                    c.add(QStringLiteral("color"),
                          tr("\"%1\" is not a colour; write #RRGGBB, e.g. #1F77B4").arg(r.color));
            } else if constexpr (std::is_same_v<T, ContestRecord>) {
                c.required(QStringLiteral("name"), r.name);
                c.required(QStringLiteral("territory_code"), r.territoryCode);
                if (!r.territoryCode.isEmpty() && !lookup.territory(r.territoryCode))
                    c.add(QStringLiteral("territory_code"),
                          missing(tr("territory"), r.territoryCode));
                if (r.seats < 1 && !c.has(QStringLiteral("seats")))
                    c.add(QStringLiteral("seats"), tr("must be 1 or more"));
            } else if constexpr (std::is_same_v<T, PollingStationRecord>) {
                c.required(QStringLiteral("number"), r.number);
                c.required(QStringLiteral("territory_code"), r.territoryCode);
                c.required(QStringLiteral("contest_code"), r.contestCode);
                if ((r.registeredVoters < 0 || r.registeredVoters > 999'999'999) &&
                    !c.has(QStringLiteral("registered_voters")))
                    c.add(QStringLiteral("registered_voters"),
                          tr("must be a whole number from 0 to 999999999"));
                std::optional<TerritoryRef> territory;
                std::optional<ContestRef> contest;
                if (!r.territoryCode.isEmpty()) {
                    territory = lookup.territory(r.territoryCode);
                    if (!territory)
                        c.add(QStringLiteral("territory_code"),
                              missing(tr("territory"), r.territoryCode));
                }
                if (!r.contestCode.isEmpty()) {
                    contest = lookup.contest(r.contestCode);
                    if (!contest)
                        c.add(QStringLiteral("contest_code"),
                              missing(tr("contest"), r.contestCode));
                }
                if (territory && contest && !lookup.isInside(contest->territoryId, territory->id))
                    c.add(QStringLiteral("territory_code"),
                          tr("%1 is not inside the territory of contest %2; a station serves a "
                             "territory of its contest")
                              .arg(r.territoryCode, r.contestCode));
                if (r.latitude && (*r.latitude < -90.0 || *r.latitude > 90.0))
                    c.add(QStringLiteral("latitude"),
                          tr("%1 is out of range; a latitude lies between -90 and 90")
                              .arg(*r.latitude));
                if (r.longitude && (*r.longitude < -180.0 || *r.longitude > 180.0))
                    c.add(QStringLiteral("longitude"),
                          tr("%1 is out of range; a longitude lies between -180 and 180")
                              .arg(*r.longitude));
                if (r.latitude.has_value() != r.longitude.has_value() &&
                    !c.has(QStringLiteral("latitude")) && !c.has(QStringLiteral("longitude")))
                    c.add(r.latitude ? QStringLiteral("longitude") : QStringLiteral("latitude"),
                          tr("is empty; give both latitude and longitude, or neither"));
            } else if constexpr (std::is_same_v<T, CandidateRecord>) {
                c.required(QStringLiteral("full_name"), r.fullName);
                c.required(QStringLiteral("contest_code"), r.contestCode);
                c.oneOf(QStringLiteral("gender"), r.gender,
                        {QStringLiteral("female"), QStringLiteral("male")}, false);
                c.oneOf(QStringLiteral("status"), r.status,
                        {QStringLiteral("nominated"), QStringLiteral("registered"),
                         QStringLiteral("refused"), QStringLiteral("withdrawn"),
                         QStringLiteral("deregistered")},
                        true);
                if (!c.has(QStringLiteral("birth_date"))) {
                    if (!r.birthDate.isValid()) {
                        c.add(QStringLiteral("birth_date"), tr("is empty; a value is required"));
                    } else if (r.birthDate > facts.today) {
                        c.add(QStringLiteral("birth_date"),
                              tr("%1 is in the future; check the date")
                                  .arg(r.birthDate.toString(Qt::ISODate)));
                    } else if (r.status == QLatin1String("registered") &&
                               facts.electionDate.isValid() &&
                               ageOn(r.birthDate, facts.electionDate) < facts.minCandidateAge) {
                        c.add(QStringLiteral("birth_date"),
                              tr("the candidate is %1 on election day (%2); a registered "
                                 "candidate must be %3 or older")
                                  .arg(ageOn(r.birthDate, facts.electionDate))
                                  .arg(facts.electionDate.toString(Qt::ISODate))
                                  .arg(facts.minCandidateAge));
                    }
                }
                if (needsReason(r.status) && r.statusReason.trimmed().isEmpty())
                    c.add(QStringLiteral("status_reason"),
                          tr("is empty; a reason is required when the status is %1").arg(r.status));
                if (r.ballotOrder && *r.ballotOrder < 1 && !c.has(QStringLiteral("ballot_order")))
                    c.add(QStringLiteral("ballot_order"), tr("must be 1 or more"));
                std::optional<ContestRef> contest;
                if (!r.contestCode.isEmpty()) {
                    contest = lookup.contest(r.contestCode);
                    if (!contest)
                        c.add(QStringLiteral("contest_code"),
                              missing(tr("contest"), r.contestCode));
                }
                if (!r.partyCode.isEmpty()) {
                    const auto party = lookup.party(r.partyCode);
                    if (!party)
                        c.add(QStringLiteral("party_code"), missing(tr("party"), r.partyCode));
                    else if (contest && isStanding(r.status) &&
                             lookup.hasStandingCandidate(contest->id, *party, r.id))
                        c.add(QStringLiteral("party_code"),
                              tr("%1 already has a nominated or registered candidate in contest "
                                 "%2; a party nominates at most one candidate per contest")
                                  .arg(r.partyCode, r.contestCode));
                }
            } else if constexpr (std::is_same_v<T, ObserverRecord>) {
                c.required(QStringLiteral("full_name"), r.fullName);
                c.required(QStringLiteral("organization"), r.organization);
                c.oneOf(QStringLiteral("kind"), r.kind,
                        {QStringLiteral("party"), QStringLiteral("ngo"), QStringLiteral("media"),
                         QStringLiteral("international")},
                        true);
                if (!r.pollingStationCode.isEmpty() && !lookup.station(r.pollingStationCode))
                    c.add(QStringLiteral("polling_station_code"),
                          missing(tr("polling station"), r.pollingStationCode));
            }
        },
        record);
    return c.problems;
}

} // namespace bd
