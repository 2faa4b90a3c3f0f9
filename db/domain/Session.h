#pragma once

#include "Outcome.h"
#include "Permissions.h"
#include "Role.h"

#include <QString>

namespace bd {

/** A signed-in user: who acts, in which role; services ask it before every change. */
struct Session
{
    qint64 userId = 0;
    QString login;
    Role role = Role::Analyst;

    /** Ok when the role allows @p operation, else Permissions::refusal(). */
    Status require(Operation operation) const { return Permissions::check(role, operation); }
};

} // namespace bd
