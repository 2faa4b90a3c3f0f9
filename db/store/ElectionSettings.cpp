#include "ElectionSettings.h"

namespace bd {

Outcome<int> ElectionSettings::lockAfterMinutes(const Database &db)
{
    auto query =
        db.exec(QStringLiteral("SELECT lock_after_minutes FROM election ORDER BY id LIMIT 1"));
    if (!query)
        return query.error();
    // A file without an election yet (being set up) locks after the schema's default.
    if (!query->next())
        return kDefaultLockAfterMinutes;
    const int minutes = query->value(0).toInt();
    if (minutes <= 0)
        return Error{QStringLiteral("election.bad-lock-period"),
                     tr("The election's inactivity period (%1 minutes) is not valid.").arg(minutes),
                     {}};
    return minutes;
}

} // namespace bd
