#pragma once

#include "Database.h"
#include "Outcome.h"
#include "UserStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace bd {

/** The settings of a new, empty election. */
struct NewElection
{
    QString code; ///< empty = "ELECTION-<date>"
    QString name;
    QString kind = QStringLiteral("general");
    QDate date;
    bool againstAll = false;
    QStringList turnoutHours; ///< "HH:MM", local time
};

/**
 * Creates a new election file: the empty election, its turnout hours and its first
 * administrator, with audit records, in one transaction.
 */
class ElectionSetup
{
    Q_DECLARE_TR_FUNCTIONS(ElectionSetup)

public:
    ElectionSetup() = delete;

    /** Refuses an existing @p path (Error "init.exists"); on failure no file is left. */
    static Outcome<qint64> createFile(const QString &path, const NewElection &election,
                                      const NewUser &administrator);
};

} // namespace bd
