#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <variant>

namespace bd {

/** The six registers a commission keeps, as imported, exported, edited and searched. */
enum class RegisterKind { Territories, Parties, Contests, PollingStations, Candidates, Observers };

/** Keys, labels and the dependency order of the register kinds. */
class RegisterKinds
{
    Q_DECLARE_TR_FUNCTIONS(RegisterKinds)

public:
    RegisterKinds() = delete;

    /** "territories", "parties", "contests", "polling-stations", "candidates", "observers". */
    static QString key(RegisterKind kind);
    /** The kind of a key(), or nothing for an unknown key. */
    static std::optional<RegisterKind> fromKey(QStringView key);
    /** The translated name, e.g. "Polling stations". */
    static QString label(RegisterKind kind);
    /** Every kind in dependency order: importing in this order never refers forward. */
    static QList<RegisterKind> all();
};

/** A territory: a region, a district or an okrug (rural district, village, settlement). */
struct TerritoryRecord
{
    qint64 id = 0;
    QString code, parentCode, level, nameKk, nameRu, nameEn, kato;
};

/** A party that nominates candidates. */
struct PartyRecord
{
    qint64 id = 0;
    QString code, nameKk, nameRu, nameEn, shortName, color;
};

/** One office to fill in a territory. */
struct ContestRecord
{
    qint64 id = 0;
    QString code, territoryCode, name;
    int seats = 1;
};

/** A polling station with its voter list size and location. */
struct PollingStationRecord
{
    qint64 id = 0;
    QString code, number, name, address, territoryCode, contestCode;
    qint64 registeredVoters = 0;
    std::optional<double> latitude, longitude;
};

/** A nominated candidate with the current step of the registration workflow. */
struct CandidateRecord
{
    qint64 id = 0;
    QString code, contestCode, fullName, gender;
    QDate birthDate;
    QString partyCode; ///< empty = self-nominated
    QString status, statusReason;
    QDate statusDate;
    std::optional<int> ballotOrder;
};

/** An accredited observer, at one station or for the whole election. */
struct ObserverRecord
{
    qint64 id = 0;
    QString code, fullName, organization, kind, pollingStationCode;
};

using RegisterRecord = std::variant<TerritoryRecord, PartyRecord, ContestRecord,
                                    PollingStationRecord, CandidateRecord, ObserverRecord>;

/** The kind of register a record belongs to. */
RegisterKind kindOf(const RegisterRecord &record);

/** What is wrong with one field of a record, for a form or an import error line. */
struct FieldProblem
{
    QString field;   ///< the CSV column name, e.g. "birth_date"
    QString message; ///< translated; says what is wrong and what to do
};

/** One step of a candidate's registration history. */
struct CandidateStatusChange
{
    QString status;
    QDate date;
    QString reason;
    QString changedAt; ///< ISO 8601 UTC
    QString changedBy; ///< login, empty for the system (demo, import without user)
};

} // namespace bd
