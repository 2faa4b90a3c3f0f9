#pragma once

#include "RegisterRecords.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace bd {

class Database;

/**
 * A code that refers to another register (territory, contest, party, station), with type-ahead:
 * as the user types, matching rows of that register are offered (RegisterSearch, debounced), and
 * choosing one puts its code in the field. Scales to a million rows: nothing is preloaded.
 */
class ReferenceField : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 150;

    ReferenceField(const Database *db, RegisterKind kind, QWidget *parent = nullptr);

    RegisterKind referencedKind() const { return m_kind; }
    /** The code typed or chosen (trimmed). */
    QString code() const { return text().trimmed(); }
    /** Searches now instead of after the delay (tests). */
    void searchNow();
    QCompleter *suggestions() const { return m_completer; }

private:
    void choose(const QModelIndex &index);

    const Database *m_db;
    RegisterKind m_kind;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QTimer *m_timer;
    QString m_lastSearch;
};

} // namespace bd
