#include "RegisterImporter.h"

namespace bd {

Outcome<ImportReport> RegisterImporter::importFile(const Database &, const Session &, RegisterKind,
                                                   const QString &, const ImportOptions &)
{
    return Error{
        QStringLiteral("register.not-implemented"), QStringLiteral("Not yet implemented."), {}};
}

} // namespace bd
