#pragma once

#include "RegisterQuery.h"

#include <QAbstractTableModel>

namespace bd {

class Database;

/**
 * One register of the election as a lazy table: pages of rows read by keyset as the view
 * scrolls; sorting and filtering re-query in SQL, so a million rows stay cheap.
 *
 * DisplayRole is formatted with the current QLocale, EditRole keeps the stored value.
 */
class RegisterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;

    explicit RegisterTableModel(Register reg, QObject *parent = nullptr);

    Register registerKind() const { return m_register; }

    /** Shows the register of db (not owned; may be null), from its first page. */
    void setDatabase(const Database *db);
    const Database *database() const { return m_db; }

    /** Keeps the rows whose text columns contain filter; empty for every row. */
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    /** The stable key of a column ("code", "registered_voters"), as in RegisterQuery. */
    QString columnKey(int column) const;
    /** The column with the given key, or -1. */
    int columnOf(const QString &key) const;
    /** The database id of a loaded row. */
    qint64 rowId(int row) const;
    /** The loaded row with the given database id, or -1 (see RegisterView::selectId()). */
    int rowOfId(qint64 id) const;
    /** Reads the register again from its first page (after a change), keeping filter and sort. */
    void refresh();
    /** The last error of a page read, empty when the last read succeeded. */
    QString lastError() const { return m_lastError; }

    /** The translated header of a column key. */
    static QString columnTitle(const QString &key);
    /** The translated label of a stored code (gender, status, observer kind). */
    static QString codeLabel(const QString &columnKey, const QString &code);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /** A page could not be read; message says why (the rows read so far stay). */
    void errorOccurred(const QString &message);

private:
    void reload();
    bool readPage();
    void takePending();
    QVariant displayValue(const RegisterColumn &column, const QVariant &value) const;

    Register m_register;
    const QList<RegisterColumn> &m_columns;
    const Database *m_db = nullptr;
    QString m_filter;
    int m_sortColumn = 0;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<QVariantList> m_rows;
    QList<qint64> m_ids;
    std::optional<RowKey> m_last;
    RegisterPage m_pending;
    bool m_atEnd = true;
    bool m_fetching = false; ///< a view or tester reacting to rowsInserted must not nest a fetch
    QString m_lastError;
};

} // namespace bd
