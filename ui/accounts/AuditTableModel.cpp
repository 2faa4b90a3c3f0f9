#include "AuditTableModel.h"

#include "Role.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace bd {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setDatabase(const Database *db)
{
    m_db = db;
    reload();
}

void AuditTableModel::setFilter(const AuditFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_lastError.clear();
    m_atEnd = m_db == nullptr;
    endResetModel();
    if (m_db != nullptr)
        fetchMore({});
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_db == nullptr)
        return;
    std::optional<qint64> before;
    if (!m_entries.isEmpty())
        before = m_entries.constLast().id;
    auto page = AuditQuery::page(*m_db, m_filter, before, kPageSize);
    if (!page) {
        m_lastError = page.error().userMessage;
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_entries << *page;
    endInsertRows();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::readableValues(const QString &json)
{
    if (json.isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return json;
    const QJsonObject object = document.object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isNull())
            text = tr("none");
        else if (value.isBool())
            text = value.toBool() ? tr("yes") : tr("no");
        else if (value.isDouble())
            text = QLocale().toString(value.toDouble(), 'g', 15);
        else if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else
            text =
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        parts << tr("%1: %2").arg(it.key(), text);
    }
    return parts.join(QLatin1String(", "));
}

QString AuditTableModel::displayText(const AuditEntry &entry, int column) const
{
    switch (column) {
    case Time: {
        const QDateTime time = QDateTime::fromString(entry.occurredAt, Qt::ISODateWithMs);
        if (!time.isValid())
            return entry.occurredAt;
        return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case User:
        return entry.userLogin.isEmpty() ? tr("(system)") : entry.userLogin;
    case UserRole:
        if (const std::optional<bd::Role> r = role::fromKey(entry.userRole))
            return role::label(*r);
        return entry.userRole;
    case Action:
        return entry.action;
    case Object:
        return entry.objectId.isEmpty() ? entry.objectType
                                        : tr("%1 %2").arg(entry.objectType, entry.objectId);
    case OldValues:
        return readableValues(entry.oldValues);
    case NewValues:
        return readableValues(entry.newValues);
    default:
        return {};
    }
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount)
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == OldValues || index.column() == NewValues || index.column() == Action)
            return displayText(entry, index.column());
        if (index.column() == Time)
            return tr("Record %1, %2 UTC").arg(QLocale().toString(entry.id), entry.occurredAt);
        return {};
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case UserRole:
        return tr("Role");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case OldValues:
        return tr("Old values");
    case NewValues:
        return tr("New values");
    default:
        return {};
    }
}

} // namespace bd
