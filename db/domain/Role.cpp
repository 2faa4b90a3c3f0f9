#include "Role.h"

namespace bd::role {

QString key(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Analyst:
        return QStringLiteral("analyst");
    }
    return {};
}

std::optional<Role> fromKey(const QString &text)
{
    for (Role role : all()) {
        if (key(role) == text)
            return role;
    }
    return std::nullopt;
}

QString label(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("bd::Role", "Administrator");
    case Role::Coordinator:
        return QCoreApplication::translate("bd::Role", "Coordinator");
    case Role::Operator:
        return QCoreApplication::translate("bd::Role", "Operator");
    case Role::Analyst:
        return QCoreApplication::translate("bd::Role", "Analyst");
    }
    return {};
}

QList<Role> all()
{
    return {Role::Administrator, Role::Coordinator, Role::Operator, Role::Analyst};
}

} // namespace bd::role
