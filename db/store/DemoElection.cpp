#include "DemoElection.h"

#include "AuditLog.h"
#include "DemoNames.h"
#include "GeoJsonReader.h"
#include "PasswordHasher.h"
#include "ProtocolSeal.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numeric>
#include <system_error>

Q_LOGGING_CATEGORY(lcDemo, "ballotdesk.store.demo")

namespace bd {

namespace {

// Published national figures that regions.csv and parties.csv do not carry.
constexpr int kNominatedTotal = 2582; // candidates nominated
constexpr int kRegisteredWomen = 458; // registered candidates who are women (1,839 men)

const QString kElectionCode = QStringLiteral("KZ-2021-RURAL-AKIM");
const QDate kElectionDate(2021, 7, 25);
constexpr int kUtcOffsetHours = 6; // Asia/Almaty kept UTC+6 all of 2021
const QList<int> kTurnoutHours = {10, 12, 14, 16, 18, 20};

const QString kCancelled = QStringLiteral("demo.cancelled");

/** A seeded generator that uses only QRandomGenerator's integer output. */
class Random
{
public:
    explicit Random(quint64 seed)
    {
        const quint32 words[2] = {static_cast<quint32>(seed), static_cast<quint32>(seed >> 32)};
        m_generator = QRandomGenerator(words, 2);
    }
    /** 0 .. n-1 (n > 0). */
    int below(int n) { return static_cast<int>(m_generator.bounded(static_cast<quint32>(n))); }
    /** [0, 1) with 53 random bits. */
    double unit()
    {
        return static_cast<double>(m_generator.generate64() >> 11) * (1.0 / 9007199254740992.0);
    }
    template <typename T> void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(static_cast<int>(i + 1)));
    }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(static_cast<int>(list.size())));
    }

private:
    QRandomGenerator m_generator;
};

struct RegionRow
{
    QString code, kato, nameEn, nameKk, nameRu;
    int seats = 0, candidates = 0, stations = 0;
    qint64 voters = 0;
    int turnoutTenths = -1; // published turnout in tenths of a percent; -1 = none
    qint64 id = 0;
};

struct PartyRow
{
    QString code, nameEn, nameKk, nameRu, shortName, color;
    int candidates = 0;
    qint64 id = 0;
};

struct DistrictInfo
{
    int region = 0;
    QString code, kato, nameKk, nameRu, nameEn;
    bool city = false;
    const GeoFeature *feature = nullptr;
    int okrugNumber = 0;
    qint64 id = 0;
};

struct ContestInfo
{
    int region = 0;
    int district = 0;
    QString okrugCode, okrugKk, okrugRu, okrugEn, placeEn, code, name;
    int ballotSize = 0;
    QList<int> parties;    // parties of the registered slots (indexes into m_parties)
    QList<int> registered; // candidate indexes in ballot order
    QList<int> stations;   // station indexes
    QList<double> shares;  // expected vote shares, parallel to registered
    qint64 okrugId = 0;
    qint64 id = 0;
};

struct CandidateInfo
{
    int contest = 0;
    QString code, surname, given, patronymic;
    bool female = false;
    QDate birth;
    int party = -1; // -1 = self-nominated
    QString status = QStringLiteral("registered");
    QString reason;
    QDate nominated, decided, changed; // decided = registration decision; changed = last step
    int ballotOrder = 0;
    qint64 id = 0;

    QString fullName() const
    {
        return surname + QLatin1Char(' ') + given + QLatin1Char(' ') + patronymic;
    }
};

struct StationInfo
{
    int region = 0;
    int contest = 0;
    QString code, number, address;
    qint64 voters = 0;
    double lon = 0, lat = 0;
    bool fixedTurnout = false;
    bool manyInvalid = false;
    qint64 a = 0, b = 0, c = 0, c2 = 0, d = 0, e = 0, e2 = 0, f = 0;
    QList<qint64> votes;  // parallel to the contest's registered candidates
    QList<qint64> hourly; // one per turnout hour
    QStringList warnings;
    qint64 id = 0;
};

struct ObserverInfo
{
    QString code, fullName, organization, kind;
    int station = -1;
    qint64 id = 0;
};

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QString utcText(const QDateTime &utc)
{
    return utc.toString(Qt::ISODate);
}

/** Local time in Almaty on @p date at @p hour:@p minute, as ISO 8601 UTC. */
QString localAsUtc(QDate date, int hour, int minute, int second = 0)
{
    const QDateTime local(date, QTime(0, 0), Qt::UTC);
    return utcText(local.addSecs((hour - kUtcOffsetHours) * 3600 + minute * 60 + second));
}

/** Splits @p total into parts proportional to @p weights (largest remainder; ties by index). */
QList<qint64> apportion(qint64 total, const QList<double> &weights)
{
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    QList<qint64> parts(weights.size(), 0);
    if (weights.isEmpty() || total <= 0 || sum <= 0)
        return parts;
    QList<QPair<double, qsizetype>> remainders;
    remainders.reserve(weights.size());
    qint64 assigned = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const double exact = static_cast<double>(total) * weights.at(i) / sum;
        parts[i] = static_cast<qint64>(std::floor(exact));
        assigned += parts.at(i);
        remainders.append({exact - static_cast<double>(parts.at(i)), i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &x, const auto &y) { return x.first > y.first; });
    for (qsizetype k = 0; assigned < total; k = (k + 1) % remainders.size()) {
        ++parts[remainders.at(k).second];
        ++assigned;
    }
    return parts;
}

/** The warnings of protocol-rules.md that the demo's figures can raise (default thresholds). */
QStringList protocolWarnings(const StationInfo &s)
{
    QStringList codes;
    const qint64 issued = s.c + s.c2;
    const qint64 found = s.e + s.e2;
    if (found > 0 && s.f * 100 >= 3 * found)
        codes << QStringLiteral("P.W.201");
    const qint64 missing = issued - found;
    if (missing >= 15 || missing * 100 >= 2 * issued)
        codes << QStringLiteral("P.W.202");
    if (s.a > 0 && (issued * 100 >= 98 * s.a || issued * 100 <= 10 * s.a))
        codes << QStringLiteral("P.W.203");
    if (found == 0)
        codes << QStringLiteral("P.W.204");
    if (s.a == 0)
        codes << QStringLiteral("P.W.205");
    if (std::abs(s.a - s.voters) * 100 > 5 * s.voters)
        codes << QStringLiteral("P.W.206");
    const qint64 last = s.hourly.isEmpty() ? issued : s.hourly.constLast();
    if (std::abs(last - issued) * 100 > 2 * issued)
        codes << QStringLiteral("P.W.207");
    return codes;
}

Outcome<QList<QHash<QString, QString>>> readCsv(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("demo.data"),
                     DemoElection::tr("The demo data %1 is missing from this build.").arg(resource),
                     file.errorString()};
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += ch;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (ch == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (ch != QLatin1Char('\r')) {
            field += ch;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    QList<QHash<QString, QString>> records;
    if (rows.isEmpty())
        return records;
    const QStringList header = rows.takeFirst();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (rows.at(r).size() != header.size())
            return Error{
                QStringLiteral("demo.data"),
                DemoElection::tr("The demo data %1 is damaged (line %2).").arg(resource).arg(r + 2),
                {}};
        QHash<QString, QString> record;
        for (qsizetype c = 0; c < header.size(); ++c)
            record.insert(header.at(c), rows.at(r).at(c));
        records << record;
    }
    return records;
}

/** Builds the demo in memory, then writes it with prepared statements. */
class Builder
{
public:
    Builder(const Database &db, const DemoOptions &options)
        : m_db(db), m_options(options), m_random(options.seed)
    {}

    Status run();

private:
    bool progress(int percent) { return !m_options.progress || m_options.progress(percent); }
    static Error cancelled()
    {
        return Error{kCancelled, DemoElection::tr("Creating the demo election was cancelled."), {}};
    }
    static Error dataError(const QString &what)
    {
        return Error{QStringLiteral("demo.data"),
                     DemoElection::tr("The demo election could not be built: %1.").arg(what),
                     {}};
    }

    Status loadData();
    Status planContests();
    Status planCandidates();
    Status planStations();
    Status planResults();
    void planObservers();
    Status write();

    Outcome<qint64> insert(QSqlQuery &query, const QVariantList &values);

    const Database &m_db;
    const DemoOptions &m_options;
    Random m_random;

    QList<RegionRow> m_regions;
    QList<PartyRow> m_parties;
    QList<GeoFeature> m_features;
    QList<DistrictInfo> m_districts;
    QList<ContestInfo> m_contests;
    QList<CandidateInfo> m_candidates;
    QList<StationInfo> m_stations;
    QList<ObserverInfo> m_observers;
};

Outcome<qint64> Builder::insert(QSqlQuery &query, const QVariantList &values)
{
    if (Status s = m_db.execPrepared(query, values); !s)
        return s.error();
    if (!query.next())
        return dataError(DemoElection::tr("the database returned no id for a new row"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Status Builder::loadData()
{
    auto regions = readCsv(QStringLiteral(":/demo/regions.csv"));
    if (!regions)
        return regions.error();
    for (const auto &r : std::as_const(*regions)) {
        RegionRow row;
        row.code = r.value(QStringLiteral("code"));
        row.kato = r.value(QStringLiteral("kato"));
        row.nameEn = r.value(QStringLiteral("name_en"));
        row.nameKk = r.value(QStringLiteral("name_kk"));
        row.nameRu = r.value(QStringLiteral("name_ru"));
        row.seats = r.value(QStringLiteral("seats")).toInt();
        row.candidates = r.value(QStringLiteral("candidates_registered")).toInt();
        row.stations = r.value(QStringLiteral("polling_stations")).toInt();
        row.voters = r.value(QStringLiteral("voters")).toLongLong();
        const QStringList turnout =
            r.value(QStringLiteral("turnout_percent")).split(QLatin1Char('.'));
        if (!turnout.constFirst().isEmpty())
            row.turnoutTenths = turnout.at(0).toInt() * 10 +
                                (turnout.size() > 1 ? turnout.at(1).left(1).toInt() : 0);
        if (row.seats > 0 && (row.turnoutTenths <= 100 || row.turnoutTenths >= 975 ||
                              row.candidates < 2 * row.seats || row.stations < row.seats ||
                              row.voters < 60 * row.stations))
            return dataError(
                DemoElection::tr("the figures of region %1 are inconsistent").arg(row.code));
        m_regions << row;
    }
    auto parties = readCsv(QStringLiteral(":/demo/parties.csv"));
    if (!parties)
        return parties.error();
    for (const auto &p : std::as_const(*parties)) {
        PartyRow row;
        row.code = p.value(QStringLiteral("code"));
        row.nameEn = p.value(QStringLiteral("name_en"));
        row.nameKk = p.value(QStringLiteral("name_kk"));
        row.nameRu = p.value(QStringLiteral("name_ru"));
        row.shortName = p.value(QStringLiteral("short_name"));
        row.color = p.value(QStringLiteral("color"));
        row.candidates = p.value(QStringLiteral("candidates_registered")).toInt();
        m_parties << row;
    }

    const QString districtsName = QStringLiteral(":/geo/kz-districts-2021.geojson");
    QFile file(districtsName);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("demo.data"),
            DemoElection::tr("The boundaries %1 are missing from this build.").arg(districtsName),
            file.errorString()};
    auto features = GeoJsonReader::read(file.readAll(), districtsName);
    if (!features)
        return features.error();
    m_features = std::move(*features);

    for (int r = 0; r < m_regions.size(); ++r) {
        QList<const GeoFeature *> inRegion;
        for (const GeoFeature &feature : std::as_const(m_features)) {
            if (feature.properties.value(QLatin1String("iso3166_2_alpha")).toString() ==
                m_regions.at(r).code)
                inRegion << &feature;
        }
        std::stable_sort(inRegion.begin(), inRegion.end(), [](const auto *x, const auto *y) {
            return x->properties.value(QLatin1String("KATO")).toString() <
                   y->properties.value(QLatin1String("KATO")).toString();
        });
        if (inRegion.isEmpty())
            return dataError(
                DemoElection::tr("region %1 has no districts").arg(m_regions.at(r).code));
        int number = 0;
        for (const GeoFeature *feature : std::as_const(inRegion)) {
            DistrictInfo district;
            district.region = r;
            district.code =
                m_regions.at(r).code + QStringLiteral("-%1").arg(++number, 2, 10, QLatin1Char('0'));
            district.kato = feature->properties.value(QLatin1String("KATO")).toString();
            district.nameKk = feature->properties.value(QLatin1String("ADM2_KK")).toString();
            district.nameRu = feature->properties.value(QLatin1String("ADM2_RU")).toString();
            district.nameEn = feature->properties.value(QLatin1String("ADM2_EN")).toString();
            // KATO digits 3-4 below 30 are the regional centre and the cities of oblast
            // significance; raions start at 32.
            district.city = district.kato.mid(2, 2).toInt() < 30;
            district.feature = feature;
            m_districts << district;
        }
    }
    return {};
}

Status Builder::planContests()
{
    const auto &prefixes = DemoNames::placePrefixes();
    const auto &roots = DemoNames::placeRoots();
    for (int r = 0; r < m_regions.size(); ++r) {
        const int seats = m_regions.at(r).seats;
        if (seats <= 0)
            continue;
        QList<int> rural;
        QList<int> all;
        for (int d = 0; d < m_districts.size(); ++d) {
            if (m_districts.at(d).region != r)
                continue;
            all << d;
            if (!m_districts.at(d).city)
                rural << d;
        }
        if (rural.isEmpty())
            rural = all;

        QList<int> perDistrict(rural.size(), 0);
        if (seats >= rural.size()) {
            QList<double> weights;
            for (qsizetype i = 0; i < rural.size(); ++i)
                weights << 0.5 + m_random.unit();
            const QList<qint64> extra = apportion(seats - rural.size(), weights);
            for (qsizetype i = 0; i < rural.size(); ++i)
                perDistrict[i] = 1 + static_cast<int>(extra.at(i));
        } else {
            QList<int> order(rural.size());
            std::iota(order.begin(), order.end(), 0);
            m_random.shuffle(order);
            for (int i = 0; i < seats; ++i)
                perDistrict[order.at(i)] = 1;
        }

        QList<int> places(prefixes.size() * roots.size());
        std::iota(places.begin(), places.end(), 0);
        m_random.shuffle(places);
        if (places.size() < seats)
            return dataError(DemoElection::tr("too few synthetic place names"));
        int nextPlace = 0;
        for (qsizetype i = 0; i < rural.size(); ++i) {
            DistrictInfo &district = m_districts[rural.at(i)];
            for (int k = 0; k < perDistrict.at(i); ++k) {
                const int place = places.at(nextPlace++);
                const auto &prefix = prefixes.at(place / roots.size());
                const auto &root = roots.at(place % roots.size());
                const int roll = m_random.below(100);
                const auto kind = roll < 80   ? DemoNames::UnitKind::RuralDistrict
                                  : roll < 95 ? DemoNames::UnitKind::Village
                                              : DemoNames::UnitKind::Settlement;
                district.okrugNumber += 1 + m_random.below(3);
                ContestInfo contest;
                contest.region = r;
                contest.district = rural.at(i);
                contest.okrugCode =
                    district.code +
                    QStringLiteral("-%1").arg(district.okrugNumber, 3, 10, QLatin1Char('0'));
                contest.okrugKk = DemoNames::unitNameKk(prefix, root, kind);
                contest.okrugRu = DemoNames::unitNameRu(prefix, root, kind);
                contest.okrugEn = DemoNames::unitNameEn(prefix, root, kind);
                contest.placeEn = DemoNames::placeEn(prefix, root);
                contest.code = QStringLiteral("AKIM-") + contest.okrugCode;
                contest.name = QStringLiteral("Akim of ") + contest.okrugEn;
                m_contests << contest;
            }
        }
    }
    return {};
}

Status Builder::planCandidates()
{
    // Registered slots per contest: 2 each, the rest spread at random under a cap that keeps
    // small regions even (Mangystau: 25 candidates for 10 seats gives 5 × 2 and 5 × 3).
    for (int r = 0; r < m_regions.size(); ++r) {
        QList<int> eligible;
        for (int c = 0; c < m_contests.size(); ++c) {
            if (m_contests.at(c).region == r) {
                m_contests[c].ballotSize = 2;
                eligible << c;
            }
        }
        if (eligible.isEmpty())
            continue;
        const int seats = static_cast<int>(eligible.size());
        const int extra = m_regions.at(r).candidates - 2 * seats;
        const int cap = 2 + (2 * extra + seats - 1) / seats;
        for (int k = 0; k < extra; ++k) {
            if (eligible.isEmpty())
                return dataError(DemoElection::tr("too many candidates for the seats of %1")
                                     .arg(m_regions.at(r).code));
            const int i = m_random.below(static_cast<int>(eligible.size()));
            if (++m_contests[eligible.at(i)].ballotSize >= cap)
                eligible.removeAt(i);
        }
    }

    // Party nominations: at most one per party and contest, drawn with weight = free slots.
    QList<int> free(m_contests.size());
    for (int c = 0; c < m_contests.size(); ++c)
        free[c] = m_contests.at(c).ballotSize;
    for (int p = 0; p < m_parties.size(); ++p) {
        // The one OSDP candidate stood in West Kazakhstan, where the party won its only seat.
        const bool westOnly = m_parties.at(p).code == QLatin1String("OSDP");
        for (int k = 0; k < m_parties.at(p).candidates; ++k) {
            qint64 total = 0;
            QList<int> options;
            for (int c = 0; c < m_contests.size(); ++c) {
                if (free.at(c) == 0 || m_contests.at(c).parties.contains(p))
                    continue;
                if (westOnly &&
                    m_regions.at(m_contests.at(c).region).code != QLatin1String("KZ-ZAP"))
                    continue;
                options << c;
                total += free.at(c);
            }
            if (options.isEmpty())
                return dataError(DemoElection::tr("no contest is left for a candidate of %1")
                                     .arg(m_parties.at(p).code));
            qint64 ticket = m_random.below(static_cast<int>(total));
            for (int c : std::as_const(options)) {
                ticket -= free.at(c);
                if (ticket < 0) {
                    m_contests[c].parties << p;
                    --free[c];
                    break;
                }
            }
        }
    }

    const auto &surnames = DemoNames::surnameStems();
    const auto &men = DemoNames::maleGivenNames();
    const auto &women = DemoNames::femaleGivenNames();
    auto makePerson = [&](CandidateInfo &candidate, const QList<int> &sameContest) {
        for (;;) {
            candidate.surname = DemoNames::surname(m_random.pick(surnames), candidate.female);
            candidate.given = m_random.pick(candidate.female ? women : men);
            candidate.patronymic = DemoNames::patronymic(m_random.pick(men), candidate.female);
            const bool duplicate =
                std::any_of(sameContest.begin(), sameContest.end(), [&](int other) {
                    return m_candidates.at(other).fullName() == candidate.fullName();
                });
            if (!duplicate)
                return;
        }
    };
    const QDate nominationStart(2021, 6, 26);
    const QDate registrationEnd(2021, 7, 14);
    // Territorial commissions decided on registration in July, by the 14th.
    auto decisionDate = [&](QDate nominated) {
        return std::clamp(nominated.addDays(2 + m_random.below(4)), QDate(2021, 7, 1),
                          registrationEnd);
    };
    const QDate bornFrom(1955, 1, 1);
    const int bornSpan = static_cast<int>(bornFrom.daysTo(QDate(1995, 12, 31))) + 1;

    // Registered candidates, then exactly kRegisteredWomen of them made women.
    QList<QList<int>> byContest(m_contests.size());
    QList<int> registered;
    for (int c = 0; c < m_contests.size(); ++c) {
        QList<int> slotParties = m_contests.at(c).parties;
        while (slotParties.size() < m_contests.at(c).ballotSize)
            slotParties << -1;
        for (int party : std::as_const(slotParties)) {
            CandidateInfo candidate;
            candidate.contest = c;
            candidate.party = party;
            registered << static_cast<int>(m_candidates.size());
            byContest[c] << static_cast<int>(m_candidates.size());
            m_candidates << candidate;
        }
    }
    if (registered.size() < kRegisteredWomen || registered.size() > kNominatedTotal)
        return dataError(
            DemoElection::tr("the registered candidates do not fit the published totals"));
    QList<int> order = registered;
    m_random.shuffle(order);
    for (int i = 0; i < kRegisteredWomen; ++i)
        m_candidates[order.at(i)].female = true;
    for (int i : std::as_const(registered)) {
        CandidateInfo &candidate = m_candidates[i];
        candidate.nominated = nominationStart.addDays(m_random.below(14));
        candidate.decided = decisionDate(candidate.nominated);
        candidate.changed = candidate.decided;
        candidate.birth = bornFrom.addDays(m_random.below(bornSpan));
        QList<int> others = byContest.at(candidate.contest);
        others.removeAll(i);
        makePerson(candidate, others);
    }

    // Nominees who did not stand: refused at registration, withdrawn or deregistered later.
    const int notStanding = kNominatedTotal - static_cast<int>(registered.size());
    const int refused = notStanding * 60 / 100;
    const int withdrawn = notStanding * 32 / 100;
    const QStringList refusedReasons = {
        QStringLiteral("Under 25 on election day"),
        QStringLiteral("Incomplete registration documents"),
        QStringLiteral("Failed civil-service requirements"),
        QStringLiteral("Insufficient supporting signatures (less than 1 % of voters)"),
        QStringLiteral("Election deposit not paid"),
        QStringLiteral("Inaccurate income and asset declaration")};
    const QStringList withdrawnReasons = {QStringLiteral("Withdrew own candidacy"),
                                          QStringLiteral("Withdrew for family reasons"),
                                          QStringLiteral("Withdrew for health reasons")};
    const QStringList deregisteredReasons = {
        QStringLiteral("Breach of campaign rules"),
        QStringLiteral("False information in registration documents"),
        QStringLiteral("Use of official position in the campaign"),
        QStringLiteral("Failed civil-service requirements (found after registration)")};
    const QDate youngFrom(1996, 7, 26);
    const int youngSpan = static_cast<int>(youngFrom.daysTo(QDate(1999, 12, 31))) + 1;
    for (int k = 0; k < notStanding; ++k) {
        CandidateInfo candidate;
        candidate.contest = m_candidates.at(m_random.pick(registered)).contest;
        candidate.female = m_random.below(100) < 18;
        if (m_random.below(100) < 15) {
            QList<int> partyOptions;
            for (int p = 0; p < m_parties.size(); ++p) {
                if (m_parties.at(p).candidates >= 10)
                    partyOptions << p;
            }
            if (!partyOptions.isEmpty())
                candidate.party = m_random.pick(partyOptions);
        }
        candidate.nominated = nominationStart.addDays(m_random.below(14));
        candidate.decided = decisionDate(candidate.nominated);
        candidate.birth = bornFrom.addDays(m_random.below(bornSpan));
        if (k < refused) {
            candidate.status = QStringLiteral("refused");
            candidate.reason = m_random.pick(refusedReasons);
            candidate.changed = candidate.decided;
            if (candidate.reason == refusedReasons.constFirst())
                candidate.birth = youngFrom.addDays(m_random.below(youngSpan));
        } else {
            const bool withdrew = k < refused + withdrawn;
            candidate.status =
                withdrew ? QStringLiteral("withdrawn") : QStringLiteral("deregistered");
            QStringList reasons = withdrew ? withdrawnReasons : deregisteredReasons;
            if (withdrew && candidate.party >= 0)
                reasons << QStringLiteral("Nomination withdrawn by the party");
            candidate.reason = m_random.pick(reasons);
            const QDate earliest = std::max(candidate.decided.addDays(1), QDate(2021, 7, 15));
            candidate.changed = earliest.addDays(
                m_random.below(static_cast<int>(earliest.daysTo(QDate(2021, 7, 23))) + 1));
        }
        makePerson(candidate, byContest.at(candidate.contest));
        byContest[candidate.contest] << static_cast<int>(m_candidates.size());
        m_candidates << candidate;
    }

    // Codes in nomination order within the contest; ballot order by surname.
    for (int c = 0; c < m_contests.size(); ++c) {
        QList<int> all = byContest.at(c);
        std::stable_sort(all.begin(), all.end(), [&](int x, int y) {
            return m_candidates.at(x).nominated < m_candidates.at(y).nominated;
        });
        for (qsizetype i = 0; i < all.size(); ++i)
            m_candidates[all.at(i)].code = QStringLiteral("CAND-%1-%2")
                                               .arg(m_contests.at(c).okrugCode)
                                               .arg(i + 1, 2, 10, QLatin1Char('0'));
        QList<int> standing;
        for (int i : std::as_const(all)) {
            if (m_candidates.at(i).status == QLatin1String("registered"))
                standing << i;
        }
        std::sort(standing.begin(), standing.end(), [&](int x, int y) {
            const CandidateInfo &a = m_candidates.at(x);
            const CandidateInfo &b = m_candidates.at(y);
            for (const auto &[l, r] :
                 {std::pair{&a.surname, &b.surname}, std::pair{&a.given, &b.given},
                  std::pair{&a.patronymic, &b.patronymic}, std::pair{&a.code, &b.code}}) {
                if (const int cmp = QString::compare(*l, *r); cmp != 0)
                    return cmp < 0;
            }
            return false;
        });
        for (qsizetype i = 0; i < standing.size(); ++i)
            m_candidates[standing.at(i)].ballotOrder = static_cast<int>(i + 1);
        m_contests[c].registered = standing;
    }
    // Insert candidates contest by contest, each in code order.
    std::stable_sort(m_candidates.begin(), m_candidates.end(), [](const auto &x, const auto &y) {
        return x.contest != y.contest ? x.contest < y.contest : x.code < y.code;
    });
    for (auto &contest : m_contests)
        contest.registered.clear();
    for (int i = 0; i < m_candidates.size(); ++i) {
        if (m_candidates.at(i).status == QLatin1String("registered"))
            m_contests[m_candidates.at(i).contest].registered << i;
    }
    for (auto &contest : m_contests) {
        std::sort(contest.registered.begin(), contest.registered.end(), [&](int x, int y) {
            return m_candidates.at(x).ballotOrder < m_candidates.at(y).ballotOrder;
        });
    }
    return {};
}

Status Builder::planStations()
{
    const auto &streets = DemoNames::streets();
    const auto &buildings = DemoNames::buildings();
    for (int r = 0; r < m_regions.size(); ++r) {
        QList<int> contests;
        for (int c = 0; c < m_contests.size(); ++c) {
            if (m_contests.at(c).region == r)
                contests << c;
        }
        if (contests.isEmpty())
            continue;
        QList<int> perContest(contests.size(), 1);
        for (int k = 0; k < m_regions.at(r).stations - contests.size(); ++k)
            ++perContest[m_random.below(static_cast<int>(contests.size()))];

        const qsizetype first = m_stations.size();
        int number = 0;
        for (qsizetype i = 0; i < contests.size(); ++i) {
            for (int k = 0; k < perContest.at(i); ++k) {
                StationInfo station;
                station.region = r;
                station.contest = contests.at(i);
                number += 1 + (m_random.below(4) == 0 ? m_random.below(5) : 0);
                station.number = QString::number(number);
                station.code = QStringLiteral("PS-%1-%2")
                                   .arg(m_regions.at(r).code)
                                   .arg(number, 4, 10, QLatin1Char('0'));
                station.address =
                    QStringLiteral("%1, %2 Street %3 (%4)")
                        .arg(m_contests.at(station.contest).placeEn, m_random.pick(streets),
                             QString::number(1 + m_random.below(60)), m_random.pick(buildings));
                const GeoFeature &feature =
                    *m_districts.at(m_contests.at(station.contest).district).feature;
                const QRectF box = feature.bounds();
                bool placed = false;
                for (int attempt = 0; attempt < 100000 && !placed; ++attempt) {
                    const double lon =
                        std::round((box.left() + m_random.unit() * box.width()) * 1e6) / 1e6;
                    const double lat =
                        std::round((box.top() + m_random.unit() * box.height()) * 1e6) / 1e6;
                    if (feature.contains(QPointF(lon, lat))) {
                        station.lon = lon;
                        station.lat = lat;
                        placed = true;
                    }
                }
                if (!placed)
                    return dataError(
                        DemoElection::tr("no point inside district %1 was found")
                            .arg(m_districts.at(m_contests.at(station.contest).district).code));
                m_contests[station.contest].stations << static_cast<int>(m_stations.size());
                m_stations << station;
            }
        }
        QList<double> weights;
        for (qsizetype s = first; s < m_stations.size(); ++s)
            weights << 0.35 + 1.3 * m_random.unit();
        const QList<qint64> voters = apportion(m_regions.at(r).voters, weights);
        for (qsizetype s = first; s < m_stations.size(); ++s)
            m_stations[s].voters = voters.at(s - first);
    }
    return {};
}

Status Builder::planResults()
{
    // Ballots issued per region: the whole number closest to the published turnout.
    for (int r = 0; r < m_regions.size(); ++r) {
        const RegionRow &region = m_regions.at(r);
        QList<int> stations;
        for (int s = 0; s < m_stations.size(); ++s) {
            if (m_stations.at(s).region == r)
                stations << s;
        }
        if (stations.isEmpty())
            continue;
        const qint64 issuedTotal = (region.turnoutTenths * region.voters + 500) / 1000;
        qint64 fixedSum = 0;
        if (region.turnoutTenths >= 870) {
            // A remote station or two where nearly everyone voted: a realistic P.W.203.
            const int wanted = 1 + m_random.below(2);
            int done = 0;
            for (int s : std::as_const(stations)) {
                StationInfo &station = m_stations[s];
                if (done == wanted || station.voters > 400 || station.voters < 60)
                    continue;
                station.fixedTurnout = true;
                station.c = station.voters - m_random.below(2);
                fixedSum += station.c;
                ++done;
            }
        }
        QList<double> desired;
        QList<qint64> low, high, issued;
        double desiredSum = 0;
        for (int s : std::as_const(stations)) {
            const StationInfo &station = m_stations.at(s);
            const double noise = (m_random.unit() + m_random.unit() + m_random.unit() - 1.5) * 0.12;
            const double rate = std::clamp(region.turnoutTenths / 1000.0 + noise, 0.35, 0.975);
            desired << (station.fixedTurnout ? 0.0 : rate * static_cast<double>(station.voters));
            desiredSum += desired.constLast();
            low << station.voters * 35 / 100 + 1;
            high << (98 * station.voters - 1) / 100;
        }
        const qint64 rest = issuedTotal - fixedSum;
        qint64 assigned = 0;
        for (qsizetype i = 0; i < stations.size(); ++i) {
            const StationInfo &station = m_stations.at(stations.at(i));
            qint64 x = station.c;
            if (!station.fixedTurnout)
                x = std::clamp<qint64>(
                    std::llround(desired.at(i) * static_cast<double>(rest) / desiredSum), low.at(i),
                    high.at(i));
            issued << x;
            if (!station.fixedTurnout)
                assigned += x;
        }
        qint64 diff = rest - assigned;
        while (diff != 0) {
            bool moved = false;
            for (qsizetype i = 0; i < stations.size() && diff != 0; ++i) {
                if (m_stations.at(stations.at(i)).fixedTurnout)
                    continue;
                if (diff > 0 && issued.at(i) < high.at(i)) {
                    ++issued[i];
                    --diff;
                    moved = true;
                } else if (diff < 0 && issued.at(i) > low.at(i)) {
                    --issued[i];
                    ++diff;
                    moved = true;
                }
            }
            if (!moved)
                return dataError(
                    DemoElection::tr("the turnout of %1 cannot be reached").arg(region.code));
        }
        for (qsizetype i = 0; i < stations.size(); ++i)
            m_stations[stations.at(i)].c = issued.at(i); // C + C2 for now; split below
    }

    // The protocol figures of every station.
    for (StationInfo &s : m_stations) {
        const qint64 total = s.c;
        s.a = s.voters;
        s.c2 = total * (10 + m_random.below(50)) / 1000;
        s.c = total - s.c2;
        s.b = s.a + (s.a + 99) / 100;
        s.d = s.b - total;
        const int roll = m_random.below(10);
        qint64 missing = roll < 7 ? 0 : (roll < 9 ? 1 : 2);
        if (missing * 100 >= 2 * total)
            missing = 0;
        s.e2 = s.c2;
        if (missing > 0 && s.c2 > 0 && m_random.below(2) == 0)
            --s.e2;
        s.e = total - missing - s.e2;
        const qint64 found = s.e + s.e2;
        s.manyInvalid = m_random.below(100) == 0;
        if (s.manyInvalid) {
            s.f = (3 * found + 99) / 100 +
                  m_random.below(static_cast<int>(std::max<qint64>(1, found / 50)));
        } else {
            s.f = found * (5 + m_random.below(16)) / 1000;
            if (s.f * 100 >= 3 * found)
                s.f = (3 * found - 1) / 100;
        }
        // Hourly reports: cumulative shares of the final figure, rising to it at 20:00.
        static const double base[] = {0.14, 0.20, 0.20, 0.18, 0.16, 0.12};
        QList<double> cumulative;
        double sum = 0;
        for (double b : base) {
            sum += b * (0.8 + 0.4 * m_random.unit());
            cumulative << sum;
        }
        s.hourly.clear();
        for (qsizetype k = 0; k < cumulative.size(); ++k) {
            s.hourly << (k + 1 == cumulative.size()
                             ? total
                             : static_cast<qint64>(std::floor(static_cast<double>(total) *
                                                              cumulative.at(k) / sum)));
        }
    }

    // Votes: a contest-level share per candidate, varied per station; no tie at the top.
    for (int ci = 0; ci < m_contests.size(); ++ci) {
        ContestInfo &contest = m_contests[ci];
        const QList<int> &regs = contest.registered;
        const qsizetype n = regs.size();
        QList<int> nurOtan, otherParty, self, osdp;
        for (qsizetype i = 0; i < n; ++i) {
            const int party = m_candidates.at(regs.at(i)).party;
            if (party < 0)
                self << static_cast<int>(i);
            else if (m_parties.at(party).code == QLatin1String("NUR-OTAN"))
                nurOtan << static_cast<int>(i);
            else if (m_parties.at(party).code == QLatin1String("OSDP"))
                osdp << static_cast<int>(i);
            else
                otherParty << static_cast<int>(i);
        }
        int winner = 0;
        if (!osdp.isEmpty())
            winner = osdp.constFirst();
        else if (!nurOtan.isEmpty() && m_random.below(100) < 97)
            winner = nurOtan.constFirst();
        else if (!otherParty.isEmpty() && m_random.below(100) < 85)
            winner = m_random.pick(otherParty);
        else if (!self.isEmpty())
            winner = m_random.pick(self);
        else
            winner = m_random.below(static_cast<int>(n));

        contest.shares = QList<double>(n, 0.0);
        for (int attempt = 0;; ++attempt) {
            const double top =
                n == 2 ? 0.55 + 0.3 * m_random.unit() : 0.42 + 0.35 * m_random.unit();
            QList<double> others;
            double othersSum = 0;
            for (qsizetype i = 0; i + 1 < n; ++i) {
                others << 0.2 + m_random.unit();
                othersSum += others.constLast();
            }
            bool ok = true;
            for (double &o : others) {
                o = o / othersSum * (1.0 - top);
                ok = ok && o < 0.9 * top;
            }
            if (ok || attempt > 50) {
                for (qsizetype i = 0, k = 0; i < n; ++i)
                    contest.shares[i] =
                        i == winner
                            ? top
                            : (ok ? others.at(k++) : (1.0 - top) / static_cast<double>(n - 1));
                break;
            }
        }
        QList<qint64> totals(n, 0);
        for (int si : std::as_const(contest.stations)) {
            StationInfo &station = m_stations[si];
            QList<double> weights;
            for (qsizetype i = 0; i < n; ++i)
                weights << contest.shares.at(i) * (0.8 + 0.4 * m_random.unit());
            station.votes = apportion(station.e + station.e2 - station.f, weights);
            for (qsizetype i = 0; i < n; ++i)
                totals[i] += station.votes.at(i);
        }
        for (;;) {
            const qint64 best = *std::max_element(totals.begin(), totals.end());
            QList<int> leaders;
            for (qsizetype i = 0; i < n; ++i) {
                if (totals.at(i) == best)
                    leaders << static_cast<int>(i);
            }
            if (leaders.size() == 1)
                break;
            const int keep = leaders.contains(winner) ? winner : leaders.constFirst();
            const int give = leaders.at(leaders.constFirst() == keep ? 1 : 0);
            int from = -1;
            for (int si : std::as_const(contest.stations)) {
                if (m_stations.at(si).votes.at(give) > 0 &&
                    (from < 0 ||
                     m_stations.at(si).votes.at(give) > m_stations.at(from).votes.at(give)))
                    from = si;
            }
            if (from < 0)
                return dataError(
                    DemoElection::tr("a tie in %1 cannot be broken").arg(contest.code));
            --m_stations[from].votes[give];
            ++m_stations[from].votes[keep];
            --totals[give];
            ++totals[keep];
        }
    }
    for (StationInfo &s : m_stations)
        s.warnings = protocolWarnings(s);
    return {};
}

void Builder::planObservers()
{
    const auto &surnames = DemoNames::surnameStems();
    const auto &men = DemoNames::maleGivenNames();
    const auto &women = DemoNames::femaleGivenNames();
    const int count = 2400 + m_random.below(201);
    for (int i = 0; i < count; ++i) {
        ObserverInfo observer;
        observer.code = QStringLiteral("OBS-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        const bool female = m_random.below(100) < 45;
        observer.fullName = DemoNames::surname(m_random.pick(surnames), female) + QLatin1Char(' ') +
                            m_random.pick(female ? women : men) + QLatin1Char(' ') +
                            DemoNames::patronymic(m_random.pick(men), female);
        const int roll = m_random.below(100);
        if (roll < 55) {
            observer.kind = QStringLiteral("party");
            observer.organization =
                m_parties.at(m_random.below(static_cast<int>(m_parties.size()))).nameEn;
        } else if (roll < 85) {
            observer.kind = QStringLiteral("ngo");
            observer.organization = m_random.pick(DemoNames::ngoNames());
        } else if (roll < 97) {
            observer.kind = QStringLiteral("media");
            observer.organization = m_random.pick(DemoNames::mediaNames());
        } else {
            observer.kind = QStringLiteral("international");
            observer.organization = m_random.pick(DemoNames::internationalNames());
        }
        if (m_random.below(100) < 92)
            observer.station = m_random.below(static_cast<int>(m_stations.size()));
        m_observers << observer;
    }
}

Status Builder::write()
{
    // Fixed instants derived from the election date: no wall-clock time in the data.
    const QString calledAt = localAsUtc(QDate(2021, 6, 25), 10, 0);
    const QString usersCreatedAt = localAsUtc(QDate(2021, 6, 25), 9, 0);
    const QDateTime countStart(kElectionDate, QTime(20 - kUtcOffsetHours, 0), Qt::UTC);

    auto election = m_db.prepare(QStringLiteral(
        "INSERT INTO election (code, name, kind, election_date, status, time_zone, against_all, "
        "synthetic, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!election)
        return election.error();
    auto electionId =
        insert(*election, {kElectionCode, QStringLiteral("Rural akim elections 2021"),
                           QStringLiteral("rural-akim"), kElectionDate.toString(Qt::ISODate),
                           QStringLiteral("final"), QStringLiteral("Asia/Almaty"), 0, 1, calledAt});
    if (!electionId)
        return electionId.error();
    const qint64 eid = *electionId;

    auto hour = m_db.prepare(
        QStringLiteral("INSERT INTO turnout_hour (election_id, report_time) VALUES (?, ?)"));
    if (!hour)
        return hour.error();
    for (int h : kTurnoutHours) {
        if (Status s = m_db.execPrepared(
                *hour, {eid, QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'))});
            !s)
            return s;
    }

    auto user = m_db.prepare(QStringLiteral("INSERT INTO app_user (login, full_name, role, "
                                            "password_hash, password_changed_at, created_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!user)
        return user.error();
    struct UserRow
    {
        QString login, fullName, role;
    };
    // Documented in README.md; the salt comes from the seed so that a seed gives one file.
    auto demoPasswordHash = [this](const QString &login) -> Outcome<QString> {
        const QByteArray salt =
            QCryptographicHash::hash("ballotdesk-demo-salt\n" + QByteArray::number(m_options.seed) +
                                         '\n' + login.toUtf8(),
                                     QCryptographicHash::Sha256)
                .left(PasswordHasher::kSaltBytes);
        return PasswordHasher::hash(QStringLiteral("demo-%1-2021").arg(login), salt);
    };
    const QList<UserRow> users = {
        {QStringLiteral("admin"), QStringLiteral("Demo Administrator"),
         QStringLiteral("administrator")},
        {QStringLiteral("coordinator"), QStringLiteral("Gulnara Sadykova"),
         QStringLiteral("coordinator")},
        {QStringLiteral("operator1"), QStringLiteral("Nurlan Akhmetov"),
         QStringLiteral("operator")},
        {QStringLiteral("operator2"), QStringLiteral("Dana Omarova"), QStringLiteral("operator")},
        {QStringLiteral("analyst"), QStringLiteral("Arman Tulegenov"), QStringLiteral("analyst")}};
    QList<qint64> userIds;
    for (const UserRow &row : users) {
        auto hash = demoPasswordHash(row.login);
        if (!hash)
            return hash.error();
        auto id = insert(
            *user, {row.login, row.fullName, row.role, *hash, usersCreatedAt, usersCreatedAt});
        if (!id)
            return id.error();
        userIds << *id;
    }
    const qint64 adminId = userIds.at(0);
    const qint64 coordinatorId = userIds.at(1);
    const qint64 operatorIds[2] = {userIds.at(2), userIds.at(3)};

    auto party = m_db.prepare(QStringLiteral(
        "INSERT INTO party (election_id, code, name_kk, name_ru, name_en, short_name, color) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!party)
        return party.error();
    for (PartyRow &row : m_parties) {
        auto id = insert(
            *party, {eid, row.code, row.nameKk, row.nameRu, row.nameEn, row.shortName, row.color});
        if (!id)
            return id.error();
        row.id = *id;
    }

    auto territory = m_db.prepare(QStringLiteral(
        "INSERT INTO territory (election_id, parent_id, code, level, depth, name_kk, name_ru, "
        "name_en, kato) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    auto closure = m_db.prepare(QStringLiteral(
        "INSERT INTO territory_closure (ancestor_id, descendant_id, distance) VALUES (?, ?, ?)"));
    if (!territory)
        return territory.error();
    if (!closure)
        return closure.error();
    // ancestors: the new territory's ancestors, nearest first.
    auto addTerritory = [&](const QVariantList &values,
                            const QList<qint64> &ancestors) -> Outcome<qint64> {
        auto id = insert(*territory, values);
        if (!id)
            return id;
        if (Status s = m_db.execPrepared(*closure, {*id, *id, 0}); !s)
            return s.error();
        for (qsizetype i = 0; i < ancestors.size(); ++i) {
            if (Status s = m_db.execPrepared(*closure, {ancestors.at(i), *id, i + 1}); !s)
                return s.error();
        }
        return id;
    };
    for (RegionRow &row : m_regions) {
        auto id = addTerritory({eid, nullId(), row.code, QStringLiteral("region"), 0, row.nameKk,
                                row.nameRu, row.nameEn, row.kato},
                               {});
        if (!id)
            return id.error();
        row.id = *id;
    }
    for (DistrictInfo &row : m_districts) {
        const qint64 regionId = m_regions.at(row.region).id;
        auto id = addTerritory({eid, regionId, row.code, QStringLiteral("district"), 1, row.nameKk,
                                row.nameRu, row.nameEn, row.kato},
                               {regionId});
        if (!id)
            return id.error();
        row.id = *id;
    }
    auto contest =
        m_db.prepare(QStringLiteral("INSERT INTO contest (election_id, code, name, "
                                    "territory_id, seats) VALUES (?, ?, ?, ?, 1) RETURNING id"));
    if (!contest)
        return contest.error();
    for (ContestInfo &row : m_contests) {
        const DistrictInfo &district = m_districts.at(row.district);
        auto id = addTerritory({eid, district.id, row.okrugCode, QStringLiteral("okrug"), 2,
                                row.okrugKk, row.okrugRu, row.okrugEn, nullText()},
                               {district.id, m_regions.at(district.region).id});
        if (!id)
            return id.error();
        row.okrugId = *id;
        auto contestId = insert(*contest, {eid, row.code, row.name, row.okrugId});
        if (!contestId)
            return contestId.error();
        row.id = *contestId;
    }
    if (!progress(30))
        return cancelled();

    auto candidate = m_db.prepare(QStringLiteral(
        "INSERT INTO candidate (election_id, code, contest_id, full_name, gender, birth_date, "
        "party_id, status, status_reason, status_date, ballot_order) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    auto change = m_db.prepare(QStringLiteral(
        "INSERT INTO candidate_status_change (candidate_id, status, status_date, reason, "
        "changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!candidate)
        return candidate.error();
    if (!change)
        return change.error();
    for (int i = 0; i < m_candidates.size(); ++i) {
        CandidateInfo &row = m_candidates[i];
        const bool standing = row.status == QLatin1String("registered");
        auto id =
            insert(*candidate,
                   {eid, row.code, m_contests.at(row.contest).id, row.fullName(),
                    row.female ? QStringLiteral("female") : QStringLiteral("male"),
                    row.birth.toString(Qt::ISODate),
                    row.party >= 0 ? QVariant(m_parties.at(row.party).id) : nullId(), row.status,
                    standing ? nullText() : QVariant(row.reason), row.changed.toString(Qt::ISODate),
                    standing ? QVariant(row.ballotOrder) : QVariant(QMetaType::fromType<int>())});
        if (!id)
            return id.error();
        row.id = *id;
        struct Step
        {
            QString status;
            QDate date;
            QString reason;
        };
        QList<Step> steps = {{QStringLiteral("nominated"), row.nominated, {}}};
        if (row.status == QLatin1String("refused")) {
            steps.append({row.status, row.decided, row.reason});
        } else {
            steps.append({QStringLiteral("registered"), row.decided, {}});
            if (!standing)
                steps.append({row.status, row.changed, row.reason});
        }
        for (const Step &step : std::as_const(steps)) {
            const QString at = localAsUtc(step.date, 9 + m_random.below(9), m_random.below(60));
            if (Status s = m_db.execPrepared(
                    *change, {row.id, step.status, step.date.toString(Qt::ISODate),
                              step.reason.isEmpty() ? nullText() : QVariant(step.reason), at,
                              coordinatorId});
                !s)
                return s;
        }
        if (i % 512 == 0 && !progress(30 + 15 * i / static_cast<int>(m_candidates.size())))
            return cancelled();
    }

    auto station = m_db.prepare(QStringLiteral(
        "INSERT INTO polling_station (election_id, code, number, name, address, territory_id, "
        "contest_id, registered_voters, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?) RETURNING id"));
    if (!station)
        return station.error();
    for (StationInfo &row : m_stations) {
        const ContestInfo &c = m_contests.at(row.contest);
        auto id = insert(*station, {eid, row.code, row.number,
                                    QStringLiteral("Polling station No. %1").arg(row.number),
                                    row.address, c.okrugId, c.id, row.voters, row.lat, row.lon});
        if (!id)
            return id.error();
        row.id = *id;
    }
    if (!progress(50))
        return cancelled();

    auto observer =
        m_db.prepare(QStringLiteral("INSERT INTO observer (election_id, code, full_name, "
                                    "organization, kind, polling_station_id) "
                                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!observer)
        return observer.error();
    for (ObserverInfo &row : m_observers) {
        auto id = insert(*observer,
                         {eid, row.code, row.fullName, row.organization, row.kind,
                          row.station >= 0 ? QVariant(m_stations.at(row.station).id) : nullId()});
        if (!id)
            return id.error();
        row.id = *id;
    }
    auto incident =
        m_db.prepare(QStringLiteral("INSERT INTO incident (election_id, polling_station_id, "
                                    "observer_id, reported_at, severity, "
                                    "description, resolution) VALUES (?, ?, ?, ?, 'minor', ?, ?)"));
    if (!incident)
        return incident.error();
    struct IncidentText
    {
        int hour; // local time of day when it happens
        QString description, resolution;
    };
    const QList<IncidentText> incidents = {
        {7, QStringLiteral("Opening delayed by 10 minutes while the ballot box seals were checked"),
         QStringLiteral("Voting opened at 07:10; the delay was minuted")},
        {9, QStringLiteral("A voter's name was misspelt on the voter list"),
         QStringLiteral("Corrected against the identity card; the voter received a ballot")},
        {11, QStringLiteral("Campaign poster found within 50 m of the station"),
         QStringLiteral("Removed by the commission chair")},
        {13, QStringLiteral("Mobile box left with one commission member instead of two"),
         QStringLiteral("A second member joined; the box seals were intact")},
        {15, QStringLiteral("Voter photographed a marked ballot"),
         QStringLiteral("The voter was reminded of ballot secrecy; the photo was deleted")},
        {18, QStringLiteral("Queue of about 30 voters at 18:00"),
         QStringLiteral("A second issuing desk was opened")},
        {20, QStringLiteral("Observer's view of the counting table was briefly blocked"),
         QStringLiteral("Table moved; the observer confirmed a clear view")},
        {21, QStringLiteral("Lighting failure during the count"),
         QStringLiteral("Count paused for 15 minutes until a generator was started")}};
    QList<int> watched;
    for (int o = 0; o < m_observers.size(); ++o) {
        if (m_observers.at(o).station >= 0)
            watched << o;
    }
    const int incidentCount = 5 + m_random.below(4); // at most one of each kind
    QList<int> incidentOrder(incidents.size());
    std::iota(incidentOrder.begin(), incidentOrder.end(), 0);
    m_random.shuffle(incidentOrder);
    for (int k = 0; k < incidentCount && !watched.isEmpty(); ++k) {
        const ObserverInfo &who = m_observers.at(m_random.pick(watched));
        const IncidentText &what = incidents.at(incidentOrder.at(k));
        const QString at = localAsUtc(kElectionDate, what.hour, 5 + m_random.below(50));
        if (Status s = m_db.execPrepared(*incident, {eid, m_stations.at(who.station).id, who.id, at,
                                                     what.description, what.resolution});
            !s)
            return s;
    }
    if (!progress(55))
        return cancelled();

    auto report = m_db.prepare(QStringLiteral(
        "INSERT INTO turnout_report (polling_station_id, report_time, voters_received_ballots, "
        "entered_by, entered_at) VALUES (?, ?, ?, ?, ?)"));
    auto protocol = m_db.prepare(QStringLiteral(
        "INSERT INTO protocol (polling_station_id, contest_id, state, voters_on_list, "
        "ballots_received, ballots_issued_station, ballots_issued_outside, ballots_cancelled, "
        "ballots_in_station_boxes, ballots_in_mobile_boxes, invalid_ballots, against_all, "
        "accepted_at, accepted_by, content_hash) "
        "VALUES (?, ?, 'accepted', ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?) RETURNING id"));
    auto vote = m_db.prepare(QStringLiteral(
        "INSERT INTO protocol_vote (protocol_id, candidate_id, votes) VALUES (?, ?, ?)"));
    auto entry = m_db.prepare(QStringLiteral(
        "INSERT INTO protocol_entry (protocol_id, entry_number, entered_by, state, voters_on_list, "
        "ballots_received, ballots_issued_station, ballots_issued_outside, ballots_cancelled, "
        "ballots_in_station_boxes, ballots_in_mobile_boxes, invalid_ballots, against_all, "
        "created_at, updated_at, finished_at) "
        "VALUES (?, ?, ?, 'finished', ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?) RETURNING id"));
    auto entryVote = m_db.prepare(QStringLiteral(
        "INSERT INTO protocol_entry_vote (entry_id, candidate_id, votes) VALUES (?, ?, ?)"));
    auto acknowledgement = m_db.prepare(QStringLiteral(
        "INSERT INTO protocol_entry_acknowledgement (entry_id, code, acknowledged_by, "
        "acknowledged_at) VALUES (?, ?, ?, ?)"));
    for (auto *q : {&report, &protocol, &vote, &entry, &entryVote, &acknowledgement}) {
        if (!*q)
            return q->error();
    }
    for (int si = 0; si < m_stations.size(); ++si) {
        const StationInfo &row = m_stations.at(si);
        const ContestInfo &c = m_contests.at(row.contest);
        const qint64 reporter = operatorIds[si % 2];
        for (qsizetype k = 0; k < kTurnoutHours.size(); ++k) {
            const QString at =
                localAsUtc(kElectionDate, kTurnoutHours.at(k), 3 + m_random.below(40));
            if (Status s = m_db.execPrepared(
                    *report,
                    {row.id,
                     QStringLiteral("%1:00").arg(kTurnoutHours.at(k), 2, 10, QLatin1Char('0')),
                     row.hourly.at(k), reporter, at});
                !s)
                return s;
        }

        const qint64 firstCreated = 2400 + m_random.below(14400);
        const qint64 firstFinished = firstCreated + 120 + m_random.below(300);
        const qint64 secondCreated = firstFinished + 60 + m_random.below(1800);
        const qint64 secondFinished = secondCreated + 120 + m_random.below(300);
        const QString acceptedAt = utcText(countStart.addSecs(secondFinished));

        QList<QPair<QString, qint64>> sealVotes;
        for (qsizetype i = 0; i < c.registered.size(); ++i)
            sealVotes.append({m_candidates.at(c.registered.at(i)).code, row.votes.at(i)});
        const QString seal = ProtocolSeal::hash(
            row.code, c.code,
            {row.a, row.b, row.c, row.c2, row.d, row.e, row.e2, row.f, std::nullopt}, sealVotes);
        const QVariantList figures = {row.a, row.b, row.c, row.c2, row.d, row.e, row.e2, row.f};
        auto protocolId = insert(*protocol, QVariantList{row.id, c.id} + figures +
                                                QVariantList{acceptedAt, operatorIds[1], seal});
        if (!protocolId)
            return protocolId.error();
        for (qsizetype i = 0; i < c.registered.size(); ++i) {
            if (Status s = m_db.execPrepared(
                    *vote, {*protocolId, m_candidates.at(c.registered.at(i)).id, row.votes.at(i)});
                !s)
                return s;
        }
        const qint64 times[2][2] = {{firstCreated, firstFinished}, {secondCreated, secondFinished}};
        for (int n = 0; n < 2; ++n) {
            const QString created = utcText(countStart.addSecs(times[n][0]));
            const QString finished = utcText(countStart.addSecs(times[n][1]));
            auto entryId = insert(*entry, QVariantList{*protocolId, n + 1, operatorIds[n]} +
                                              figures + QVariantList{created, finished, finished});
            if (!entryId)
                return entryId.error();
            for (qsizetype i = 0; i < c.registered.size(); ++i) {
                if (Status s = m_db.execPrepared(
                        *entryVote,
                        {*entryId, m_candidates.at(c.registered.at(i)).id, row.votes.at(i)});
                    !s)
                    return s;
            }
            for (const QString &code : row.warnings) {
                if (Status s = m_db.execPrepared(*acknowledgement,
                                                 {*entryId, code, operatorIds[n], finished});
                    !s)
                    return s;
            }
        }
        if (si % 128 == 0 && !progress(55 + 43 * si / static_cast<int>(m_stations.size())))
            return cancelled();
    }

    QJsonObject created;
    created.insert(QLatin1String("code"), kElectionCode);
    created.insert(QLatin1String("name"), QStringLiteral("Rural akim elections 2021"));
    created.insert(QLatin1String("synthetic"), true);
    created.insert(QLatin1String("demo_seed"), QString::number(m_options.seed));
    AuditRecord record;
    record.electionId = eid;
    record.occurredAt = calledAt;
    record.userId = adminId;
    record.userLogin = users.at(0).login;
    record.userRole = users.at(0).role;
    record.action = QStringLiteral("election.create");
    record.objectType = QStringLiteral("election");
    record.objectId = QString::number(eid);
    record.newValues = QString::fromUtf8(QJsonDocument(created).toJson(QJsonDocument::Compact));
    return AuditLog::append(m_db, record);
}

Status Builder::run()
{
    QElapsedTimer timer;
    timer.start();
    if (!progress(0))
        return cancelled();
    auto existing = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM election"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() != 0)
        return Error{
            QStringLiteral("demo.not-empty"),
            DemoElection::tr("The demo election can only be created in an empty election file."),
            {}};
    if (Status s = loadData(); !s)
        return s;
    if (!progress(5))
        return cancelled();
    if (Status s = planContests(); !s)
        return s;
    if (Status s = planCandidates(); !s)
        return s;
    if (!progress(10))
        return cancelled();
    if (Status s = planStations(); !s)
        return s;
    if (!progress(15))
        return cancelled();
    if (Status s = planResults(); !s)
        return s;
    planObservers();
    if (!progress(20))
        return cancelled();
    qCInfo(lcDemo) << "planned the demo in" << timer.elapsed() << "ms";

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    for (const QString &statement : m_db.dialect().bulkLoadStatements()) {
        if (auto r = m_db.exec(statement); !r)
            return r.error();
    }
    if (Status s = write(); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    qCInfo(lcDemo) << "created the demo election in" << timer.elapsed() << "ms";
    progress(100); // committed: too late to cancel
    return {};
}

} // namespace

Status DemoElection::generate(const Database &db, const DemoOptions &options)
{
    Builder builder(db, options);
    return builder.run();
}

Status DemoElection::createFile(const QString &path, const DemoOptions &options, bool overwrite)
{
    if (Database::isServerLocation(path)) {
        // A server database is written in place, in one transaction: all or nothing.
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!db)
            return db.error();
        auto count = db->scalar(QStringLiteral("SELECT COUNT(*) FROM election"));
        if (!count)
            return count.error();
        if (count->toLongLong() > 0)
            return Error{QStringLiteral("demo.exists"),
                         tr("The database %1 already holds an election and was left unchanged; "
                            "use an empty database (drop and create it again to replace it).")
                             .arg(path),
                         {}};
        if (Status status = generate(*db, options); !status)
            return status;
        qCInfo(lcDemo) << "wrote the demo election to" << path;
        return {};
    }
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.exists() && info.isDir())
        return Error{QStringLiteral("demo.is-directory"),
                     tr("%1 is a folder; give a file name for the demo election.").arg(shown),
                     {}};
    if (info.exists() && !overwrite)
        return Error{QStringLiteral("demo.exists"),
                     tr("%1 already exists and was left unchanged. Choose another file name, or "
                        "allow overwriting it.")
                         .arg(shown),
                     {}};
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        return Error{
            QStringLiteral("demo.no-folder"),
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.path())),
            {}};

    // Build next to FILE so that the final rename stays on one file system.
    QString temporaryPath;
    {
        QTemporaryFile reserve(folder.filePath(QLatin1Char('.') + info.fileName() +
                                               QStringLiteral(".XXXXXX.partial")));
        reserve.setAutoRemove(false);
        if (!reserve.open())
            return Error{QStringLiteral("demo.write-failed"),
                         tr("No temporary file could be created in %1; check that the folder is "
                            "writable.")
                             .arg(QDir::toNativeSeparators(folder.path())),
                         reserve.errorString()};
        temporaryPath = reserve.fileName();
    }
    auto removeTemporary = [&temporaryPath] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(temporaryPath + QLatin1String(suffix));
    };

    Status status;
    {
        auto db = Database::open(temporaryPath, Database::OpenMode::CreateIfMissing);
        if (!db) {
            removeTemporary();
            return db.error();
        }
        status = generate(*db, options);
        if (status) {
            // Fold the write-ahead log into the file before it is closed and renamed.
            if (auto r = db->exec(db->dialect().checkpointStatement()); !r)
                status = r.error();
        }
    } // the connection is closed here
    if (!status) {
        removeTemporary();
        return status;
    }

    // A stale write-ahead log of the replaced file must not be replayed into the new one.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString sidecar = info.absoluteFilePath() + QLatin1String(suffix);
        if (QFile::exists(sidecar) && !QFile::remove(sidecar)) {
            removeTemporary();
            return Error{
                QStringLiteral("demo.write-failed"),
                tr("%1 is in use and cannot be replaced; close it and try again.").arg(shown),
                sidecar};
        }
    }
    std::error_code error;
#ifdef Q_OS_WIN
    std::filesystem::rename(std::filesystem::path(temporaryPath.toStdWString()),
                            std::filesystem::path(info.absoluteFilePath().toStdWString()), error);
#else
    std::filesystem::rename(
        std::filesystem::path(QFile::encodeName(temporaryPath).toStdString()),
        std::filesystem::path(QFile::encodeName(info.absoluteFilePath()).toStdString()), error);
#endif
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(temporaryPath + QLatin1String(suffix));
    if (error) {
        removeTemporary();
        return Error{QStringLiteral("demo.write-failed"),
                     tr("The demo election could not be saved as %1.").arg(shown),
                     QString::fromStdString(error.message())};
    }
    qCInfo(lcDemo) << "wrote the demo election to" << shown;
    return {};
}

} // namespace bd
