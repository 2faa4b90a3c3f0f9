#pragma once

#include "Database.h"
#include "Outcome.h"

#include <QCoreApplication>

namespace bd {

/** Settings of the election in an election file that the application reads as it runs. */
class ElectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ElectionSettings)

public:
    ElectionSettings() = delete;

    static constexpr int kDefaultLockAfterMinutes = 15;

    /** Minutes without keyboard or mouse activity before the window locks (election table). */
    static Outcome<int> lockAfterMinutes(const Database &db);
};

} // namespace bd
