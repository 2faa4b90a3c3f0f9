#pragma once

#include "ProtocolFigures.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace bd {

/**
 * The figures of a protocol as the JSON that audit records and protocol_correction rows hold.
 *
 *     {"A": 1200, "B": 1300, ..., "H": null,
 *      "G": [{"candidate": "C-001", "id": 17, "votes": 640}, ...]}
 *
 * A count is a JSON number, null when empty, or the typed text (a string) when invalid.
 * Candidates appear in the order of the figures; "candidate" is the code when known.
 */
class ProtocolFiguresJson
{
public:
    ProtocolFiguresJson() = delete;

    static QJsonObject toJson(const ProtocolFigures &figures,
                              const QHash<qint64, QString> &candidateCodes = {});
    /** Compact JSON text of toJson(). */
    static QString toText(const ProtocolFigures &figures,
                          const QHash<qint64, QString> &candidateCodes = {});
    /** The figures of a toJson() object; unknown keys are ignored. */
    static ProtocolFigures fromJson(const QJsonObject &object);
    /** fromJson() of a JSON text; empty figures when it is not a JSON object. */
    static ProtocolFigures fromText(const QString &text);
};

} // namespace bd
