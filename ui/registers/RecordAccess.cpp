#include "RecordAccess.h"

namespace bd {

QString RecordAccess::code(const RegisterRecord &record)
{
    return std::visit([](const auto &r) { return r.code; }, record);
}

qint64 RecordAccess::id(const RegisterRecord &record)
{
    return std::visit([](const auto &r) { return r.id; }, record);
}

void RecordAccess::setId(RegisterRecord &record, qint64 id)
{
    std::visit([id](auto &r) { r.id = id; }, record);
}

RegisterRecord RecordAccess::empty(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Territories: {
        TerritoryRecord record;
        record.level = QStringLiteral("okrug");
        return record;
    }
    case RegisterKind::Parties:
        return PartyRecord{};
    case RegisterKind::Contests:
        return ContestRecord{};
    case RegisterKind::PollingStations:
        return PollingStationRecord{};
    case RegisterKind::Candidates: {
        CandidateRecord record;
        record.status = QStringLiteral("nominated");
        return record;
    }
    case RegisterKind::Observers: {
        ObserverRecord record;
        record.kind = QStringLiteral("ngo");
        return record;
    }
    }
    return TerritoryRecord{};
}

RegisterKind RecordAccess::kindOf(Register reg)
{
    switch (reg) {
    case Register::Regions:
        return RegisterKind::Territories;
    case Register::Contests:
        return RegisterKind::Contests;
    case Register::PollingStations:
        return RegisterKind::PollingStations;
    case Register::Parties:
        return RegisterKind::Parties;
    case Register::Candidates:
        return RegisterKind::Candidates;
    case Register::Observers:
        return RegisterKind::Observers;
    }
    return RegisterKind::Territories;
}

Register RecordAccess::registerOf(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Territories:
        return Register::Regions;
    case RegisterKind::Parties:
        return Register::Parties;
    case RegisterKind::Contests:
        return Register::Contests;
    case RegisterKind::PollingStations:
        return Register::PollingStations;
    case RegisterKind::Candidates:
        return Register::Candidates;
    case RegisterKind::Observers:
        return Register::Observers;
    }
    return Register::Regions;
}

QString RecordAccess::describe(RegisterKind kind, const QString &code)
{
    switch (kind) {
    case RegisterKind::Territories:
        return tr("territory %1").arg(code);
    case RegisterKind::Parties:
        return tr("party %1").arg(code);
    case RegisterKind::Contests:
        return tr("contest %1").arg(code);
    case RegisterKind::PollingStations:
        return tr("polling station %1").arg(code);
    case RegisterKind::Candidates:
        return tr("candidate %1").arg(code);
    case RegisterKind::Observers:
        return tr("observer %1").arg(code);
    }
    return code;
}

// Whole sentences per kind, so that translators can inflect the noun.
QString RecordAccess::addText(RegisterKind kind, const QString &code)
{
    switch (kind) {
    case RegisterKind::Territories:
        return tr("Add territory %1").arg(code);
    case RegisterKind::Parties:
        return tr("Add party %1").arg(code);
    case RegisterKind::Contests:
        return tr("Add contest %1").arg(code);
    case RegisterKind::PollingStations:
        return tr("Add polling station %1").arg(code);
    case RegisterKind::Candidates:
        return tr("Add candidate %1").arg(code);
    case RegisterKind::Observers:
        return tr("Add observer %1").arg(code);
    }
    return code;
}

QString RecordAccess::editText(RegisterKind kind, const QString &code)
{
    switch (kind) {
    case RegisterKind::Territories:
        return tr("Edit territory %1").arg(code);
    case RegisterKind::Parties:
        return tr("Edit party %1").arg(code);
    case RegisterKind::Contests:
        return tr("Edit contest %1").arg(code);
    case RegisterKind::PollingStations:
        return tr("Edit polling station %1").arg(code);
    case RegisterKind::Candidates:
        return tr("Edit candidate %1").arg(code);
    case RegisterKind::Observers:
        return tr("Edit observer %1").arg(code);
    }
    return code;
}

QString RecordAccess::deleteText(RegisterKind kind, const QString &code)
{
    switch (kind) {
    case RegisterKind::Territories:
        return tr("Delete territory %1").arg(code);
    case RegisterKind::Parties:
        return tr("Delete party %1").arg(code);
    case RegisterKind::Contests:
        return tr("Delete contest %1").arg(code);
    case RegisterKind::PollingStations:
        return tr("Delete polling station %1").arg(code);
    case RegisterKind::Candidates:
        return tr("Delete candidate %1").arg(code);
    case RegisterKind::Observers:
        return tr("Delete observer %1").arg(code);
    }
    return code;
}

} // namespace bd
