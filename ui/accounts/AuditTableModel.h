#pragma once

#include "AuditQuery.h"

#include <QAbstractTableModel>

namespace bd {

class Database;

/**
 * The audit log, newest first, loaded lazily in keyset pages (canFetchMore/fetchMore) with the
 * filter applied in SQL. Times are shown in local time; old and new values as "key: value".
 */
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, User, UserRole, Action, Object, OldValues, NewValues, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit AuditTableModel(QObject *parent = nullptr);

    /** Reads from @p db (null: empty); reloads the first page. */
    void setDatabase(const Database *db);
    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    /** Reloads the first page (after new records were appended). */
    void reload();

    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    QString lastError() const { return m_lastError; }

    /** JSON object text as "key: value, key: value"; other text as it is. */
    static QString readableValues(const QString &json);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QString displayText(const AuditEntry &entry, int column) const;

    const Database *m_db = nullptr;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_atEnd = true;
    QString m_lastError;
};

} // namespace bd
