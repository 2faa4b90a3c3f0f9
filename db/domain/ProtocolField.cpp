#include "ProtocolField.h"

namespace bd {

QString ProtocolFields::key(ProtocolField field)
{
    switch (field) {
    case ProtocolField::VotersOnList:
        return QStringLiteral("voters_on_list");
    case ProtocolField::BallotsReceived:
        return QStringLiteral("ballots_received");
    case ProtocolField::BallotsIssuedStation:
        return QStringLiteral("ballots_issued_station");
    case ProtocolField::BallotsIssuedOutside:
        return QStringLiteral("ballots_issued_outside");
    case ProtocolField::BallotsCancelled:
        return QStringLiteral("ballots_cancelled");
    case ProtocolField::BallotsInStationBoxes:
        return QStringLiteral("ballots_in_station_boxes");
    case ProtocolField::BallotsInMobileBoxes:
        return QStringLiteral("ballots_in_mobile_boxes");
    case ProtocolField::InvalidBallots:
        return QStringLiteral("invalid_ballots");
    case ProtocolField::AgainstAll:
        return QStringLiteral("against_all");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ProtocolField> ProtocolFields::fromKey(QStringView key)
{
    for (const ProtocolField field : all()) {
        if (key == ProtocolFields::key(field))
            return field;
    }
    return std::nullopt;
}

QString ProtocolFields::letter(ProtocolField field)
{
    switch (field) {
    case ProtocolField::VotersOnList:
        return QStringLiteral("A");
    case ProtocolField::BallotsReceived:
        return QStringLiteral("B");
    case ProtocolField::BallotsIssuedStation:
        return QStringLiteral("C");
    case ProtocolField::BallotsIssuedOutside:
        return QStringLiteral("C2");
    case ProtocolField::BallotsCancelled:
        return QStringLiteral("D");
    case ProtocolField::BallotsInStationBoxes:
        return QStringLiteral("E");
    case ProtocolField::BallotsInMobileBoxes:
        return QStringLiteral("E2");
    case ProtocolField::InvalidBallots:
        return QStringLiteral("F");
    case ProtocolField::AgainstAll:
        return QStringLiteral("H");
    }
    Q_UNREACHABLE();
    return {};
}

QString ProtocolFields::label(ProtocolField field)
{
    switch (field) {
    case ProtocolField::VotersOnList:
        return tr("Voters on the list");
    case ProtocolField::BallotsReceived:
        return tr("Ballots received");
    case ProtocolField::BallotsIssuedStation:
        return tr("Ballots issued in the polling station");
    case ProtocolField::BallotsIssuedOutside:
        return tr("Ballots issued outside the polling station");
    case ProtocolField::BallotsCancelled:
        return tr("Ballots cancelled");
    case ProtocolField::BallotsInStationBoxes:
        return tr("Ballots in stationary boxes");
    case ProtocolField::BallotsInMobileBoxes:
        return tr("Ballots in mobile boxes");
    case ProtocolField::InvalidBallots:
        return tr("Invalid ballots");
    case ProtocolField::AgainstAll:
        return tr("Against all");
    }
    Q_UNREACHABLE();
    return {};
}

QString ProtocolFields::name(ProtocolField field)
{
    //: A protocol field in messages: %1 is its letter on the form, %2 its label
    return tr("%1 (%2)").arg(letter(field), label(field));
}

QList<ProtocolField> ProtocolFields::all()
{
    return {ProtocolField::VotersOnList,
            ProtocolField::BallotsReceived,
            ProtocolField::BallotsIssuedStation,
            ProtocolField::BallotsIssuedOutside,
            ProtocolField::BallotsCancelled,
            ProtocolField::BallotsInStationBoxes,
            ProtocolField::BallotsInMobileBoxes,
            ProtocolField::InvalidBallots,
            ProtocolField::AgainstAll};
}

QList<ProtocolField> ProtocolFields::formOrder(bool againstAllEnabled)
{
    QList<ProtocolField> fields = all();
    if (!againstAllEnabled)
        fields.removeAll(ProtocolField::AgainstAll);
    return fields;
}

} // namespace bd
