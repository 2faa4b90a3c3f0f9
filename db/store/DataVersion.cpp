#include "DataVersion.h"

namespace bd {

Outcome<qint64> DataVersion::current(const Database &db)
{
    auto version = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    if (!version)
        return version.error();
    return version->toLongLong();
}

} // namespace bd
