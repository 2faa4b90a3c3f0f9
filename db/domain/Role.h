#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bd {

/** What a user may do in the commission; stored as its key in app_user.role. */
enum class Role { Administrator, Coordinator, Operator, Analyst };

/** Keys and translated labels of the roles (free functions: Role is an enum). */
namespace role {

/** The stored key: "administrator", "coordinator", "operator" or "analyst". */
QString key(Role role);
/** The role for a stored key; nothing for an unknown key. */
std::optional<Role> fromKey(const QString &text);
/** The translated name, e.g. "Operator". */
QString label(Role role);
/** Every role, in the order above. */
QList<Role> all();
} // namespace role

} // namespace bd
