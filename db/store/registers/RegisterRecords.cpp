#include "RegisterRecords.h"

namespace bd {

QString RegisterKinds::key(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Territories:
        return QStringLiteral("territories");
    case RegisterKind::Parties:
        return QStringLiteral("parties");
    case RegisterKind::Contests:
        return QStringLiteral("contests");
    case RegisterKind::PollingStations:
        return QStringLiteral("polling-stations");
    case RegisterKind::Candidates:
        return QStringLiteral("candidates");
    case RegisterKind::Observers:
        return QStringLiteral("observers");
    }
    return {};
}

std::optional<RegisterKind> RegisterKinds::fromKey(QStringView key)
{
    for (RegisterKind kind : all()) {
        if (key == RegisterKinds::key(kind))
            return kind;
    }
    return std::nullopt;
}

QString RegisterKinds::label(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Territories:
        return tr("Territories");
    case RegisterKind::Parties:
        return tr("Parties");
    case RegisterKind::Contests:
        return tr("Contests");
    case RegisterKind::PollingStations:
        return tr("Polling stations");
    case RegisterKind::Candidates:
        return tr("Candidates");
    case RegisterKind::Observers:
        return tr("Observers");
    }
    return {};
}

QList<RegisterKind> RegisterKinds::all()
{
    return {RegisterKind::Territories,     RegisterKind::Parties,    RegisterKind::Contests,
            RegisterKind::PollingStations, RegisterKind::Candidates, RegisterKind::Observers};
}

RegisterKind kindOf(const RegisterRecord &record)
{
    return static_cast<RegisterKind>(record.index());
}

} // namespace bd
