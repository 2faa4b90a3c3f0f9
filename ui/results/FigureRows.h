#pragma once

#include "Finding.h"
#include "ProtocolEntryService.h"
#include "ProtocolFigures.h"

#include <QList>
#include <QString>

#include <optional>

namespace bd {

/** One row of a protocol's figures as the coordinator's screens show it: a field or a G_i. */
struct FigureRow
{
    std::optional<ProtocolField> field; ///< A…H; none for a candidate's votes
    qint64 candidateId = 0;             ///< the candidate of a G_i row
    QString letter;                     ///< "A", "C2", "G1"…
    QString label;                      ///< "Voters on the list", a candidate's name and party
    QString key;                        ///< stable, for object names: "voters_on_list", "G_<id>"

    /** The row's value in @p figures; empty when a candidate has no entry. */
    CountValue value(const ProtocolFigures &figures) const;
    /** Sets the row's value in @p figures (adds the candidate's entry when missing). */
    void setValue(ProtocolFigures &figures, const CountValue &value) const;
    /** Whether @p finding names this row's field or candidate. */
    bool involvedIn(const Finding &finding) const;
};

/** The rows of a protocol in the order of the paper form: A…F, the candidates, then H. */
QList<FigureRow> figureRows(const ProtocolSheet &sheet);

/** "Voters on the list: 512 → 514; G2 Akhmetov: 101 → 99", for correction histories. */
QString describeChanges(const QList<FigureRow> &rows, const ProtocolFigures &before,
                        const ProtocolFigures &after);

} // namespace bd
