#pragma once

#include "GeoFeature.h"
#include "Outcome.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

class Database;

/** Which territory field an imported feature's property is compared with. */
enum class BoundaryMatch { Code, Kato };

/** What an import of boundaries did. */
struct BoundaryImportReport
{
    int linked = 0;        ///< territories that now have a stored boundary
    QStringList unmatched; ///< property values of features that matched no territory
};

/**
 * Boundaries imported from any GeoJSON and stored in the election file (table
 * territory_boundary); the map prefers them to the bundled 2021 boundaries.
 */
class BoundaryStore
{
    Q_DECLARE_TR_FUNCTIONS(BoundaryStore)

public:
    BoundaryStore() = delete;

    /**
     * Links each feature to the territory whose code (or KATO) equals the feature's
     * @p property and stores it, replacing an earlier boundary; all in one transaction with an
     * audit record. Needs Operation::ImportRegisters. Error "boundary.no-match" when no feature
     * matches a territory (nothing is written).
     */
    static Outcome<BoundaryImportReport> import(const Database &db, const Session &session,
                                                const QList<GeoFeature> &features,
                                                const QString &property, BoundaryMatch match,
                                                const QString &source);

    /** The property names that occur in @p features, sorted (for choosing the link). */
    static QStringList propertyNames(const QList<GeoFeature> &features);

    /** One feature as a GeoJSON Feature text (MultiPolygon geometry). */
    static QString toGeoJson(const GeoFeature &feature);
};

} // namespace bd
