#pragma once

#include <QString>

namespace bd {

/** One error found in an import file, at a physical line and (usually) a column. */
struct ImportProblem
{
    QString file; ///< the file name as given by the user
    int line = 0; ///< physical line, header = 1
    QString column;
    QString reason;

    /** "FILE:LINE: column NAME: reason", or "FILE:LINE: reason" when no column is at fault. */
    QString text() const
    {
        if (column.isEmpty())
            return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason);
        return QStringLiteral("%1:%2: column %3: %4").arg(file).arg(line).arg(column, reason);
    }
};

} // namespace bd
