#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace bd {

/**
 * One count field of the polling-station results protocol (see protocol-rules.md).
 *
 * The candidates' vote fields (G_i) are not listed here: there is one per registered candidate,
 * identified by the candidate's id (see CandidateVotes).
 */
enum class ProtocolField {
    VotersOnList,          ///< A
    BallotsReceived,       ///< B
    BallotsIssuedStation,  ///< C
    BallotsIssuedOutside,  ///< C2
    BallotsCancelled,      ///< D
    BallotsInStationBoxes, ///< E
    BallotsInMobileBoxes,  ///< E2
    InvalidBallots,        ///< F
    AgainstAll,            ///< H, only where the election has "against all"
};

/** Names, letters, labels and form order of the protocol's count fields. */
class ProtocolFields
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolFields)

public:
    ProtocolFields() = delete;

    /** The CSV column name, e.g. "voters_on_list" (stable, never translated). */
    static QString key(ProtocolField field);

    /** The field for a CSV column name, or nullopt when @p key names no field. */
    static std::optional<ProtocolField> fromKey(QStringView key);

    /** The letter printed on the paper form: "A", "B", "C", "C2", "D", "E", "E2", "F", "H". */
    static QString letter(ProtocolField field);

    /** The translated human label, e.g. "Voters on the list". */
    static QString label(ProtocolField field);

    /** The letter and the label for messages, e.g. "A (Voters on the list)"; translated. */
    static QString name(ProtocolField field);

    /** Every field, in enum order. */
    static QList<ProtocolField> all();

    /**
     * The fields in the order of the paper form: A, B, C, C2, D, E, E2, F, then H when the
     * election has "against all". On the paper form the candidates' votes (G_i) come between
     * F and H; a form that shows them inserts them after InvalidBallots.
     */
    static QList<ProtocolField> formOrder(bool againstAllEnabled);
};

} // namespace bd
