#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace bd {

/**
 * The user's preferences, typed, over an injected QSettings (never election data).
 *
 * Every key and its default is declared once in AppSettings.cpp. Tests pass a QSettings on a
 * temporary file and call QStandardPaths::setTestModeEnabled(true).
 */
class AppSettings
{
public:
    static constexpr int MaxRecentFiles = 8;

    /** Reads and writes through settings, which must outlive this object. */
    explicit AppSettings(QSettings *settings);

    /** Election files opened lately, most recent first, at most MaxRecentFiles. */
    QStringList recentFiles() const;
    /** Puts path first in the recent files (once), dropping the oldest beyond the limit. */
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    /** The folder of the last file opened or created, for the next file dialog. */
    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

private:
    QSettings *m_settings;
};

} // namespace bd
