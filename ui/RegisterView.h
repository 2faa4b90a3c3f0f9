#pragma once

#include "RegisterQuery.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace bd {

class Database;
class RegisterTableModel;

/** A browsable register: a debounced filter, a lazily loaded sortable table, a row count. */
class RegisterView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int FilterDelayMs = 200;

    explicit RegisterView(Register reg, QWidget *parent = nullptr);

    Register registerKind() const;
    /** Shows the register of db (not owned; may be null). Reads nothing until shown. */
    void setDatabase(const Database *db);
    /** Loads the first page and the count now (the screenshot path, tests). */
    void loadNow();

    /** Reads the rows and the count again (after a change), keeping filter, sort and place. */
    void refresh();
    /**
     * Shows the row with database id and selects it. With a code, the filter is set to it first,
     * so that the row is on the first pages even in a register of a million rows.
     */
    bool selectId(qint64 id, const QString &code = QString());
    /** The database id of the current row, 0 when none. */
    qint64 currentId() const;
    /** Actions offered by the table's context menu (Add, Edit, Delete...). */
    void setContextActions(const QList<QAction *> &actions);

    RegisterTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    /** The number of matching rows last counted, or -1 before the first count. */
    qint64 matchingRows() const { return m_count; }

signals:
    /** Enter or a double click on a row. */
    void rowActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void refreshCount();
    void fitColumns();
    void showError(const QString &message);

    RegisterTableModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_countLabel;
    QLabel *m_errorLabel;
    QTimer *m_filterTimer;
    const Database *m_db = nullptr;
    bool m_stale = true;
    bool m_columnsFitted = false;
    qint64 m_count = -1;
};

} // namespace bd
