#include "ScaleElection.h"

#include "Database.h"
#include "ProtocolSeal.h"

#include <QDate>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>

Q_LOGGING_CATEGORY(lcScale, "ballotdesk.store.scale")

namespace bd {

namespace {

constexpr int kParties = 10;
constexpr int kMaxCandidatesPerContest = 50;
const QString kCancelled = QStringLiteral("scale.cancelled");

/** SplitMix64: tiny, fast and the same on every platform, so a seed always gives one file. */
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /** 0 .. n-1 (n > 0); the modulo bias is irrelevant for synthetic data. */
    qint64 below(qint64 n) { return static_cast<qint64>(next() % static_cast<quint64>(n)); }
    /** [0, 1). */
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    quint64 m_state;
};

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

/** Binds the values in order and executes: no QVariantList per row on the hot path. */
template <typename... Values> Status insert(QSqlQuery &query, const Values &...values)
{
    int index = 0;
    (query.bindValue(index++, QVariant(values)), ...);
    if (!query.exec())
        return Database::queryError(query, ScaleElection::tr("writing the synthetic election"));
    return {};
}

/**
 * Trades durability for speed while the generator runs, and restores the connection's settings
 * afterwards: a crash mid-way leaves a file to delete anyway, since it is one transaction.
 */
class PragmaScope
{
public:
    explicit PragmaScope(const Database &db) : m_db(db) {}
    ~PragmaScope()
    {
        if (!m_synchronous.isNull())
            restore(QStringLiteral("PRAGMA synchronous = %1").arg(m_synchronous.toInt()));
        if (!m_cacheSize.isNull())
            restore(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toLongLong()));
    }
    PragmaScope(const PragmaScope &) = delete;
    PragmaScope &operator=(const PragmaScope &) = delete;

    Status apply()
    {
        if (!m_db.dialect().isSQLite())
            return {}; // a server's durability settings are its administrator's
        auto synchronous = m_db.scalar(QStringLiteral("PRAGMA synchronous"));
        if (!synchronous)
            return synchronous.error();
        auto cacheSize = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
        if (!cacheSize)
            return cacheSize.error();
        m_synchronous = *synchronous;
        m_cacheSize = *cacheSize;
        if (auto r = m_db.exec(QStringLiteral("PRAGMA synchronous = OFF")); !r)
            return r.error();
        // 256 MiB of page cache keeps the secondary indexes (station number, closure) in memory.
        if (auto r = m_db.exec(QStringLiteral("PRAGMA cache_size = -262144")); !r)
            return r.error();
        return {};
    }

private:
    void restore(const QString &sql)
    {
        if (auto r = m_db.exec(sql); !r)
            qCWarning(lcScale) << "could not restore" << sql << r.error().detail;
    }

    const Database &m_db;
    QVariant m_synchronous;
    QVariant m_cacheSize;
};

const std::array<const char *, 16> kSurnames = {
    "Abenov",  "Bekova",     "Dzhaksybekov", "Ermekova",  "Ibraev",  "Kairatova",
    "Mukanov", "Nurlanova",  "Omarov",       "Rakhimova", "Sadykov", "Tulegenova",
    "Utepov",  "Zhumabaeva", "Akhmetov",     "Seitkali"};
const std::array<const char *, 8> kMaleNames = {"Arman",  "Daniyar", "Yerlan", "Marat",
                                                "Nurlan", "Serik",   "Timur",  "Aidos"};
const std::array<const char *, 8> kFemaleNames = {"Aigerim", "Dana",   "Gulnara", "Madina",
                                                  "Saule",   "Zhanar", "Aliya",   "Kamila"};
const std::array<const char *, 8> kStreets = {"Abai",   "Dostyk",  "Satpayev",    "Tole Bi",
                                              "Kunaev", "Zhambyl", "Baitursynov", "Auezov"};
const std::array<const char *, kParties> kPartyColours = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
const std::array<const char *, 4> kObserverKinds = {"party", "ngo", "media", "international"};

class Builder
{
public:
    Builder(const Database &db, const ScaleOptions &options)
        : m_db(db), m_options(options), m_random(options.seed)
    {}

    Status run();

private:
    bool progress(int percent)
    {
        if (!m_options.progress || percent == m_lastPercent)
            return true;
        m_lastPercent = percent;
        return m_options.progress(percent);
    }
    Status cancelled() const
    {
        return Error{
            kCancelled, ScaleElection::tr("Building the synthetic election was cancelled."), {}};
    }
    QString fullName(bool female)
    {
        const char *surname = kSurnames.at(static_cast<size_t>(m_random.below(kSurnames.size())));
        const char *given = female ? kFemaleNames.at(static_cast<size_t>(m_random.below(8)))
                                   : kMaleNames.at(static_cast<size_t>(m_random.below(8)));
        return QLatin1String(surname) + QLatin1Char(' ') + QLatin1String(given);
    }

    Status writeTerritories();
    Status writeContestsAndStations();

    const Database &m_db;
    const ScaleOptions &m_options;
    Random m_random;
    int m_lastPercent = -1;
    qint64 m_districts = 0;
    qint64 m_contests = 0;
    QList<QPair<double, double>> m_regionCentres; // latitude, longitude
};

constexpr qint64 kElectionId = 1;

// Ids are assigned here, not by the database: the file is empty, and known ids spare a
// lastInsertId() round trip per row. Regions come first, then districts, then okrugs.
qint64 regionId(qint64 r)
{
    return 1 + r;
}

Status Builder::writeTerritories()
{
    auto territory = m_db.prepare(QStringLiteral(
        "INSERT INTO territory (id, election_id, parent_id, code, level, depth, name_kk, name_ru, "
        "name_en, kato) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!territory)
        return territory.error();
    auto closure = m_db.prepare(QStringLiteral(
        "INSERT INTO territory_closure (ancestor_id, descendant_id, distance) VALUES (?, ?, ?)"));
    if (!closure)
        return closure.error();

    const int regions = m_options.regions;
    // The regions tile a box around Kazakhstan, so the map of a scale file is plausible.
    const int columns = std::max(1, static_cast<int>(std::ceil(std::sqrt(regions))));
    const int rows = (regions + columns - 1) / columns;
    for (int r = 0; r < regions; ++r) {
        const qint64 id = regionId(r);
        const QString number = QStringLiteral("%1").arg(r + 1, 2, 10, QLatin1Char('0'));
        if (Status s =
                insert(*territory, id, kElectionId, nullId(), QStringLiteral("R") + number,
                       QStringLiteral("region"), 0, QStringLiteral("Облыс ") + number,
                       QStringLiteral("Область ") + number, QStringLiteral("Region ") + number,
                       QStringLiteral("%1").arg(10 + r, 2, 10, QLatin1Char('0')) +
                           QStringLiteral("0000000"));
            !s)
            return s;
        if (Status s = insert(*closure, id, id, 0); !s)
            return s;
        const double latitude = 41.0 + (13.5 * (r / columns) + 6.75) / rows;
        const double longitude = 47.0 + (40.0 * (r % columns) + 20.0) / columns;
        m_regionCentres.append({latitude, longitude});
    }
    for (qint64 d = 0; d < m_districts; ++d) {
        const qint64 region = d / m_options.districtsPerRegion;
        const qint64 id = 1 + regions + d;
        const QString code =
            QStringLiteral("R%1-D%2")
                .arg(region + 1, 2, 10, QLatin1Char('0'))
                .arg(d % m_options.districtsPerRegion + 1, 2, 10, QLatin1Char('0'));
        if (Status s = insert(*territory, id, kElectionId, regionId(region), code,
                              QStringLiteral("district"), 1, nullText(), nullText(),
                              QStringLiteral("District ") + code, nullText());
            !s)
            return s;
        if (Status s = insert(*closure, id, id, 0); !s)
            return s;
        if (Status s = insert(*closure, regionId(region), id, 1); !s)
            return s;
    }
    return {};
}

Status Builder::writeContestsAndStations()
{
    auto territory = m_db.prepare(QStringLiteral(
        "INSERT INTO territory (id, election_id, parent_id, code, level, depth, name_en) "
        "VALUES (?, ?, ?, ?, 'okrug', 2, ?)"));
    if (!territory)
        return territory.error();
    auto closure = m_db.prepare(QStringLiteral(
        "INSERT INTO territory_closure (ancestor_id, descendant_id, distance) VALUES (?, ?, ?)"));
    if (!closure)
        return closure.error();
    auto contest = m_db.prepare(QStringLiteral("INSERT INTO contest (id, election_id, code, name, "
                                               "territory_id, seats) VALUES (?, ?, ?, ?, ?, 1)"));
    if (!contest)
        return contest.error();
    auto candidate = m_db.prepare(QStringLiteral(
        "INSERT INTO candidate (id, election_id, code, contest_id, full_name, gender, birth_date, "
        "party_id, status, status_reason, status_date, ballot_order) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!candidate)
        return candidate.error();
    auto station = m_db.prepare(QStringLiteral(
        "INSERT INTO polling_station (id, election_id, code, number, name, address, territory_id, "
        "contest_id, registered_voters, latitude, longitude) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!station)
        return station.error();
    auto acceptedProtocol = m_db.prepare(QStringLiteral(
        "INSERT INTO protocol (id, polling_station_id, contest_id, state, voters_on_list, "
        "ballots_received, ballots_issued_station, ballots_issued_outside, ballots_cancelled, "
        "ballots_in_station_boxes, ballots_in_mobile_boxes, invalid_ballots, against_all, "
        "accepted_at, content_hash) "
        "VALUES (?, ?, ?, 'accepted', ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"));
    if (!acceptedProtocol)
        return acceptedProtocol.error();
    auto openProtocol = m_db.prepare(QStringLiteral("INSERT INTO protocol (id, polling_station_id, "
                                                    "contest_id, state) VALUES (?, ?, ?, 'open')"));
    if (!openProtocol)
        return openProtocol.error();
    auto vote = m_db.prepare(QStringLiteral(
        "INSERT INTO protocol_vote (protocol_id, candidate_id, votes) VALUES (?, ?, ?)"));
    if (!vote)
        return vote.error();
    auto observer = m_db.prepare(
        QStringLiteral("INSERT INTO observer (id, election_id, code, full_name, organization, "
                       "kind, polling_station_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!observer)
        return observer.error();

    const qint64 stations = m_options.pollingStations;
    const int perContest = m_options.stationsPerContest;
    const int ballot = m_options.candidatesPerContest;
    const qint64 firstOkrugId = 1 + m_options.regions + m_districts;
    const QString statusDate = QStringLiteral("2026-09-01");
    const QString acceptedAt = QStringLiteral("2026-09-20T18:30:00Z");
    const QString refusal = QStringLiteral("Too few valid signatures of support");

    struct BallotEntry
    {
        qint64 id;
        QString code;
    };
    QList<BallotEntry> entries;
    QList<qint64> weights(ballot);
    QList<QPair<QString, qint64>> sealVotes;
    QList<qint64> votes(ballot);
    qint64 candidateId = 0;
    qint64 observerId = 0;

    for (qint64 c = 0; c < m_contests; ++c) {
        const qint64 district = c * m_districts / m_contests;
        const qint64 region = district / m_options.districtsPerRegion;
        const qint64 districtId = 1 + m_options.regions + district;
        const qint64 okrugId = firstOkrugId + c;
        const qint64 contestId = 1 + c;
        const QString okrugCode = QStringLiteral("O%1").arg(c + 1, 7, 10, QLatin1Char('0'));
        const QString contestCode = QStringLiteral("C%1").arg(c + 1, 7, 10, QLatin1Char('0'));

        if (Status s = insert(*territory, okrugId, kElectionId, districtId, okrugCode,
                              QStringLiteral("Okrug ") + okrugCode);
            !s)
            return s;
        if (Status s = insert(*closure, okrugId, okrugId, 0); !s)
            return s;
        if (Status s = insert(*closure, districtId, okrugId, 1); !s)
            return s;
        if (Status s = insert(*closure, regionId(region), okrugId, 2); !s)
            return s;
        if (Status s = insert(*contest, contestId, kElectionId, contestCode,
                              QStringLiteral("Akim of okrug ") + okrugCode, okrugId);
            !s)
            return s;

        // Registered candidates in ballot order: distinct parties, every seventh contest with a
        // self-nominated last candidate; every twentieth contest also had a nominee refused.
        entries.clear();
        const int refused = c % 20 == 7 ? 1 : 0;
        for (int k = 0; k < ballot + refused; ++k) {
            const bool registered = k < ballot;
            const bool selfNominated =
                !registered || k >= kParties || (c % 7 == 3 && k == ballot - 1);
            const bool female = m_random.below(3) == 0;
            const QDate birth = QDate(1955, 1, 1).addDays(m_random.below(40 * 365));
            const QString code = QStringLiteral("K%1").arg(++candidateId, 8, 10, QLatin1Char('0'));
            if (Status s =
                    insert(*candidate, candidateId, kElectionId, code, contestId, fullName(female),
                           female ? QStringLiteral("female") : QStringLiteral("male"),
                           birth.toString(Qt::ISODate),
                           selfNominated ? nullId() : QVariant(1 + (c + k) % kParties),
                           registered ? QStringLiteral("registered") : QStringLiteral("refused"),
                           registered ? nullText() : QVariant(refusal), statusDate,
                           registered ? QVariant(k + 1) : QVariant(QMetaType::fromType<int>()));
                !s)
                return s;
            if (registered)
                entries.append({candidateId, code});
        }
        // A contest-wide preference, so that results differ between contests but not wildly.
        for (int k = 0; k < ballot; ++k)
            weights[k] = 20 + m_random.below(80);

        const qint64 first = c * perContest;
        const qint64 last = std::min(stations, first + perContest);
        for (qint64 si = first; si < last; ++si) {
            const qint64 stationId = 1 + si;
            const QString code = QStringLiteral("PS%1").arg(si + 1, 7, 10, QLatin1Char('0'));
            const QString number = QString::number(si + 1);
            const qint64 voters = 50 + m_random.below(2951);
            const auto &centre = m_regionCentres.at(region);
            const double latitude = centre.first + (m_random.unit() - 0.5) * 1.5;
            const double longitude = centre.second + (m_random.unit() - 0.5) * 2.5;
            if (Status s = insert(*station, stationId, kElectionId, code, number,
                                  QStringLiteral("Polling station No. ") + number,
                                  QStringLiteral("%1 Street %2")
                                      .arg(QLatin1String(kStreets.at(static_cast<size_t>(si % 8))))
                                      .arg(1 + m_random.below(200)),
                                  okrugId, contestId, voters, latitude, longitude);
                !s)
                return s;

            if (m_random.below(50) == 0) {
                // Not yet entered: the protocol exists, its figures do not.
                if (Status s = insert(*openProtocol, stationId, stationId, contestId); !s)
                    return s;
            } else {
                // B = C + C2 + D, C + C2 ≤ A, E + E2 ≤ C + C2, E2 ≤ C2, F + ΣG = E + E2.
                const qint64 a = voters;
                const qint64 issued = a * (250 + m_random.below(600)) / 1000;
                const qint64 c2 = issued * m_random.below(60) / 1000;
                const qint64 cs = issued - c2;
                const qint64 d = m_random.below(1 + a / 50);
                const qint64 b = cs + c2 + d;
                const qint64 e2 = c2 > 0 && m_random.below(10) == 0 ? c2 - 1 : c2;
                const qint64 e = cs > 0 && m_random.below(5) == 0 ? cs - 1 : cs;
                const qint64 found = e + e2;
                const qint64 f = found * m_random.below(40) / 1000;
                const qint64 valid = found - f;
                qint64 weightSum = 0;
                QList<qint64> stationWeights(ballot);
                for (int k = 0; k < ballot; ++k) {
                    stationWeights[k] = weights.at(k) + m_random.below(40);
                    weightSum += stationWeights.at(k);
                }
                qint64 assigned = 0;
                for (int k = 0; k < ballot; ++k) {
                    votes[k] = valid * stationWeights.at(k) / weightSum;
                    assigned += votes.at(k);
                }
                votes[0] += valid - assigned;

                sealVotes.clear();
                for (int k = 0; k < ballot; ++k)
                    sealVotes.append({entries.at(k).code, votes.at(k)});
                const QString seal = ProtocolSeal::hash(
                    code, contestCode, {a, b, cs, c2, d, e, e2, f, std::nullopt}, sealVotes);
                if (Status s = insert(*acceptedProtocol, stationId, stationId, contestId, a, b, cs,
                                      c2, d, e, e2, f, acceptedAt, seal);
                    !s)
                    return s;
                for (int k = 0; k < ballot; ++k) {
                    if (Status s = insert(*vote, stationId, entries.at(k).id, votes.at(k)); !s)
                        return s;
                }
            }

            if (si % 2 == 0) {
                const qint64 k = m_random.below(100);
                const char *kind = kObserverKinds.at(static_cast<size_t>(k % 4));
                const QString organization = k % 4 == 0
                                                 ? QStringLiteral("Party %1").arg(1 + k % kParties)
                                             : k % 4 == 1 ? QStringLiteral("Civic Watch")
                                             : k % 4 == 2 ? QStringLiteral("Steppe News")
                                                          : QStringLiteral("OSCE/ODIHR");
                ++observerId;
                if (Status s =
                        insert(*observer, observerId, kElectionId,
                               QStringLiteral("OBS%1").arg(observerId, 7, 10, QLatin1Char('0')),
                               fullName(m_random.below(2) == 0), organization, QLatin1String(kind),
                               k < 2 ? nullId() : QVariant(stationId));
                    !s)
                    return s;
            }
            if (si % 4096 == 0 && !progress(static_cast<int>(2 + 97 * si / stations)))
                return cancelled();
        }
    }
    return {};
}

Status Builder::run()
{
    const ScaleOptions &o = m_options;
    if (o.regions < 1 || o.regions > 99 || o.districtsPerRegion < 1 || o.districtsPerRegion > 99 ||
        o.pollingStations < 1 || o.stationsPerContest < 1 || o.candidatesPerContest < 1 ||
        o.candidatesPerContest > kMaxCandidatesPerContest)
        return Error{QStringLiteral("scale.bad-options"),
                     ScaleElection::tr("The synthetic election needs at least one region, "
                                       "district, polling station and candidate per contest, "
                                       "at most 99 regions, 99 districts per region and %1 "
                                       "candidates per contest.")
                         .arg(kMaxCandidatesPerContest),
                     {}};
    auto existing = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM election"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() != 0)
        return Error{QStringLiteral("scale.not-empty"),
                     ScaleElection::tr("The file already holds an election; build the synthetic "
                                       "election into a new file."),
                     {}};

    m_districts = static_cast<qint64>(o.regions) * o.districtsPerRegion;
    m_contests =
        (static_cast<qint64>(o.pollingStations) + o.stationsPerContest - 1) / o.stationsPerContest;

    QElapsedTimer timer;
    timer.start();
    PragmaScope pragmas(m_db);
    if (Status s = pragmas.apply(); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    for (const QString &statement : m_db.dialect().bulkLoadStatements()) {
        if (auto r = m_db.exec(statement); !r)
            return r.error();
    }

    auto election = m_db.prepare(QStringLiteral(
        "INSERT INTO election (id, code, name, kind, election_date, status, time_zone, "
        "against_all, synthetic, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1, ?)"));
    if (!election)
        return election.error();
    if (Status s = insert(
            *election, kElectionId,
            QStringLiteral("SCALE-%1-%2").arg(o.pollingStations).arg(o.seed),
            QStringLiteral("Synthetic election of %1 polling stations").arg(o.pollingStations),
            QStringLiteral("synthetic"), QStringLiteral("2026-09-20"), QStringLiteral("counting"),
            QStringLiteral("Asia/Almaty"), QStringLiteral("2026-08-20T04:00:00Z"));
        !s)
        return s;

    auto party = m_db.prepare(
        QStringLiteral("INSERT INTO party (id, election_id, code, name_en, short_name, color) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!party)
        return party.error();
    for (int p = 0; p < kParties; ++p) {
        if (Status s = insert(*party, p + 1, kElectionId, QStringLiteral("P%1").arg(p + 1),
                              QStringLiteral("Party %1").arg(p + 1),
                              QStringLiteral("P%1").arg(p + 1), QLatin1String(kPartyColours.at(p)));
            !s)
            return s;
    }
    if (Status s = writeTerritories(); !s)
        return s;
    if (!progress(2))
        return cancelled();
    if (Status s = writeContestsAndStations(); !s)
        return s;
    // The ids were given here: generated ids must continue after them.
    for (const char *table : {"election", "party", "territory", "contest", "candidate",
                              "polling_station", "protocol", "observer"}) {
        for (const QString &sql : m_db.dialect().resetIdentityStatements(QLatin1String(table))) {
            if (auto r = m_db.exec(sql); !r)
                return r.error();
        }
    }
    if (Status s = transaction.commit(); !s)
        return s;
    progress(100);
    qCInfo(lcScale) << "built" << o.pollingStations << "stations in" << timer.elapsed() << "ms";
    return {};
}

} // namespace

Status ScaleElection::generate(const Database &db, const ScaleOptions &options)
{
    return Builder(db, options).run();
}

} // namespace bd
