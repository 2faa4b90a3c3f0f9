#pragma once

#include "ProtocolField.h"

#include <QList>
#include <QString>
#include <QTime>

namespace bd {

/** How a finding affects acceptance: an error blocks it, a warning needs acknowledging. */
enum class Severity { Error, Warning };

/**
 * One coded result of a rule check, e.g. P.F.101 or P.W.203 (see protocol-rules.md).
 *
 * ProtocolRules::describe(code) gives a one-line description of any code for legends.
 */
struct Finding
{
    QString code; ///< stable, e.g. "P.F.101"; never translated
    Severity severity = Severity::Error;
    QList<ProtocolField> fields; ///< the fields involved, in form order, to highlight
    QList<qint64> candidateIds;  ///< the candidates whose vote fields are involved
    QString message;             ///< translated: what is wrong, naming the numbers
    QString advice;              ///< translated: what the operator should do
    QTime hour;                  ///< the report's hour for hourly-turnout findings, else null

    bool isError() const { return severity == Severity::Error; }

    friend bool operator==(const Finding &a, const Finding &b) = default;
};

} // namespace bd
