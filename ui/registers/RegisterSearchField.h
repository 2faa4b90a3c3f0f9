#pragma once

#include "RegisterSearch.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace bd {

class Database;

/**
 * The search across the registers (Ctrl+F): results as the user types (RegisterSearch,
 * debounced) in a list under the field; Enter or a click on a result emits hitChosen().
 */
class RegisterSearchField : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 200;
    static constexpr int MaxHits = 50;

    explicit RegisterSearchField(QWidget *parent = nullptr);

    /** Searches db (not owned; null: nothing to search). */
    void setDatabase(const Database *db);
    /** Searches now instead of after the delay (tests). */
    void searchNow();
    const QList<SearchHit> &hits() const { return m_hits; }
    QCompleter *results() const { return m_completer; }

signals:
    void hitChosen(const bd::SearchHit &hit);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(const QModelIndex &index);

    const Database *m_db = nullptr;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QTimer *m_timer;
    QList<SearchHit> m_hits;
};

} // namespace bd
