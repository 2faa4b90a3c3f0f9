#pragma once

#include "Session.h"

#include <QString>

#include <optional>

namespace bd {

class Database;

/** What a page of the main window knows of the open election. */
struct ElectionContext
{
    const Database *database = nullptr; ///< the open election; owned by the main window
    QString path;                       ///< its file
    bool synthetic = false;             ///< demo data
    std::optional<Session> session;     ///< the signed-in user, when there is one
};

/**
 * A page of the main window that shows the open election. The window calls setElection()
 * when a file is opened (and when the signed-in user changes) and with nullptr when it closes.
 */
class ElectionView
{
public:
    virtual ~ElectionView() = default;
    virtual void setElection(const ElectionContext *context) = 0;
    /** Brings the page up to date synchronously before a screenshot; by default nothing. */
    virtual void prepareForScreenshot() {}
    /**
     * The open election's data changed (protocols accepted, corrected, reports entered — on this
     * desk or another): a page that shows such data reloads it now when visible, else when it is
     * shown next. By default nothing (pages that read on every show need nothing more).
     */
    virtual void electionDataChanged() {}
};

} // namespace bd
