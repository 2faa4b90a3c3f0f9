#include "RegisterExporter.h"

namespace bd {

Status RegisterExporter::exportFile(const Database &, RegisterKind, const QString &)
{
    return Error{
        QStringLiteral("register.not-implemented"), QStringLiteral("Not yet implemented."), {}};
}

QStringList RegisterExporter::columns(RegisterKind)
{
    return {};
}

} // namespace bd
