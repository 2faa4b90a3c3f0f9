#pragma once

#include "Database.h"
#include "Outcome.h"

namespace bd {

/**
 * A number that grows whenever anyone changes the election: the last audit record's id (every
 * change writes one, in the same transaction). A window polls it to notice other desks' work.
 */
class DataVersion
{
public:
    DataVersion() = delete;

    /** The current version of @p db; 0 for an empty audit log. One indexed read. */
    static Outcome<qint64> current(const Database &db);
};

} // namespace bd
