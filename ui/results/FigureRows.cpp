#include "FigureRows.h"

#include <QCoreApplication>
#include <QLocale>

namespace bd {

CountValue FigureRow::value(const ProtocolFigures &figures) const
{
    if (field)
        return figures.field(*field);
    const CountValue *votes = figures.votesFor(candidateId);
    return votes != nullptr ? *votes : CountValue::empty();
}

void FigureRow::setValue(ProtocolFigures &figures, const CountValue &value) const
{
    if (field) {
        figures.field(*field) = value;
        return;
    }
    for (CandidateVotes &votes : figures.votes) {
        if (votes.candidateId == candidateId) {
            votes.votes = value;
            return;
        }
    }
    figures.votes.append({candidateId, value});
}

bool FigureRow::involvedIn(const Finding &finding) const
{
    if (field)
        return finding.fields.contains(*field);
    return finding.candidateIds.contains(candidateId);
}

QList<FigureRow> figureRows(const ProtocolSheet &sheet)
{
    QList<FigureRow> rows;
    const auto addField = [&rows](ProtocolField field) {
        rows.append({field, 0, ProtocolFields::letter(field), ProtocolFields::label(field),
                     ProtocolFields::key(field)});
    };
    for (ProtocolField field : ProtocolFields::formOrder(sheet.context.againstAllEnabled)) {
        if (field == ProtocolField::AgainstAll)
            continue;
        addField(field);
        if (field != ProtocolField::InvalidBallots)
            continue;
        // On the paper form the candidates' votes come between F and H.
        int index = 0;
        for (const BallotCandidate &candidate : sheet.candidates) {
            ++index;
            const QString party =
                candidate.partyName.isEmpty()
                    ? QCoreApplication::translate("bd::FigureRows", "self-nominated")
                    : candidate.partyName;
            rows.append({std::nullopt, candidate.id, QStringLiteral("G%1").arg(index),
                         QCoreApplication::translate("bd::FigureRows", "%1 (%2)")
                             .arg(candidate.fullName, party),
                         QStringLiteral("G_%1").arg(candidate.id)});
        }
    }
    if (sheet.context.againstAllEnabled)
        addField(ProtocolField::AgainstAll);
    return rows;
}

QString describeChanges(const QList<FigureRow> &rows, const ProtocolFigures &before,
                        const ProtocolFigures &after)
{
    QStringList changes;
    for (const FigureRow &row : rows) {
        const CountValue old = row.value(before);
        const CountValue now = row.value(after);
        if (old == now)
            continue;
        changes << QCoreApplication::translate("bd::FigureRows", "%1: %2 → %3")
                       .arg(row.letter, old.display(), now.display());
    }
    return changes.join(QLatin1String("; "));
}

} // namespace bd
