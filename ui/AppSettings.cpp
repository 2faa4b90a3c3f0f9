#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace bd {

namespace {

// Every setting, declared once: key and default.
struct Setting
{
    const char *key;
    QVariant (*defaultValue)();
};

const Setting RecentFiles{"files/recent", [] {
                              return QVariant(QStringList());
                          }};
const Setting LastDirectory{
    "files/lastDirectory", [] {
        return QVariant(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    }};
const Setting MainWindowGeometry{"window/geometry", [] {
                                     return QVariant(QByteArray());
                                 }};

QVariant read(const QSettings *settings, const Setting &setting)
{
    return settings->value(QLatin1String(setting.key), setting.defaultValue());
}

void write(QSettings *settings, const Setting &setting, const QVariant &value)
{
    settings->setValue(QLatin1String(setting.key), value);
}

QString canonical(const QString &path)
{
    // A server's address (postgresql://USER@HOST:PORT/DB) is kept as it is.
    if (path.contains(QLatin1String("://")))
        return path;
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : resolved;
}

} // namespace

AppSettings::AppSettings(QSettings *settings) : m_settings(settings) {}

QStringList AppSettings::recentFiles() const
{
    return read(m_settings, RecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString file = canonical(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    write(m_settings, RecentFiles, files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.removeAll(canonical(path));
    write(m_settings, RecentFiles, files);
}

void AppSettings::clearRecentFiles()
{
    write(m_settings, RecentFiles, QStringList());
}

QString AppSettings::lastDirectory() const
{
    return read(m_settings, LastDirectory).toString();
}

void AppSettings::setLastDirectory(const QString &directory)
{
    write(m_settings, LastDirectory, directory);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return read(m_settings, MainWindowGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    write(m_settings, MainWindowGeometry, geometry);
}

} // namespace bd
