#include "ReferenceField.h"

#include "RegisterSearch.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLoggingCategory>
#include <QStandardItemModel>
#include <QTimer>

Q_LOGGING_CATEGORY(lcReferenceField, "ballotdesk.ui.registers.reference", QtWarningMsg)

namespace bd {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int MaxSuggestions = 30;
} // namespace

ReferenceField::ReferenceField(const Database *db, RegisterKind kind, QWidget *parent)
    : QLineEdit(parent), m_db(db), m_kind(kind), m_model(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_model, this)), m_timer(new QTimer(this))
{
    setClearButtonEnabled(true);
    // The suggestions come from a search by code or name, so every one of them is shown.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(SearchDelayMs);
    connect(this, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &ReferenceField::searchNow);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &ReferenceField::choose);
}

void ReferenceField::searchNow()
{
    m_timer->stop();
    const QString typed = code();
    if (m_db == nullptr || typed.size() < 1 || typed == m_lastSearch)
        return;
    m_lastSearch = typed;
    auto hits = RegisterSearch::find(*m_db, typed, 200);
    if (!hits) {
        qCWarning(lcReferenceField) << hits.error().code << hits.error().detail;
        return;
    }
    m_model->clear();
    for (const SearchHit &hit : *hits) {
        if (hit.kind != m_kind || m_model->rowCount() >= MaxSuggestions)
            continue;
        const QString shown = hit.label.isEmpty() || hit.label == hit.code
                                  ? hit.code
                                  : tr("%1 — %2").arg(hit.code, hit.label);
        auto *item = new QStandardItem(shown);
        item->setData(hit.code, CodeRole);
        item->setToolTip(hit.detail);
        m_model->appendRow(item);
    }
    if (m_model->rowCount() > 0 && hasFocus())
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void ReferenceField::choose(const QModelIndex &index)
{
    const QString chosen = index.data(CodeRole).toString();
    if (chosen.isEmpty())
        return;
    m_lastSearch = chosen;
    setText(chosen);
    // textChanged reaches the form; textEdited (a new search) does not fire for setText.
}

} // namespace bd
