#include "RegisterSearch.h"

namespace bd {

Outcome<QList<SearchHit>> RegisterSearch::find(const Database &, const QString &, int)
{
    return Error{
        QStringLiteral("register.not-implemented"), QStringLiteral("Not yet implemented."), {}};
}

} // namespace bd
