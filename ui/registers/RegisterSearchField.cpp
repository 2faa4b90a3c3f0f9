#include "RegisterSearchField.h"

#include "RegisterRecords.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QStandardItemModel>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSearch, "ballotdesk.ui.registers.search", QtWarningMsg)

namespace bd {

namespace {
constexpr int HitRole = Qt::UserRole + 1;
} // namespace

RegisterSearchField::RegisterSearchField(QWidget *parent)
    : QLineEdit(parent), m_model(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_model, this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("registerSearch"));
    setPlaceholderText(tr("Search the registers (Ctrl+F)"));
    setToolTip(tr("A candidate by name, a station by number or address, anything by code "
                  "(Ctrl+F)"));
    setAccessibleName(tr("Search the registers"));
    setClearButtonEnabled(true);
    setEnabled(false);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_completer->setMaxVisibleItems(12);
    m_timer->setSingleShot(true);
    m_timer->setInterval(SearchDelayMs);
    connect(this, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &RegisterSearchField::searchNow);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &RegisterSearchField::choose);
}

void RegisterSearchField::setDatabase(const Database *db)
{
    if (db == m_db)
        return;
    m_db = db;
    m_hits.clear();
    m_model->clear();
    clear();
    setEnabled(db != nullptr);
}

void RegisterSearchField::searchNow()
{
    m_timer->stop();
    m_hits.clear();
    m_model->clear();
    const QString typed = text().trimmed();
    if (m_db == nullptr || typed.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    auto hits = RegisterSearch::find(*m_db, typed, MaxHits);
    if (!hits) {
        qCWarning(lcSearch) << hits.error().code << hits.error().detail;
        auto *item = new QStandardItem(tr("The search failed: %1").arg(hits.error().userMessage));
        item->setEnabled(false);
        m_model->appendRow(item);
        m_completer->complete();
        return;
    }
    m_hits = *hits;
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit &hit = m_hits.at(i);
        const QString shown =
            hit.detail.isEmpty()
                ? tr("%1 — %2").arg(RegisterKinds::label(hit.kind), hit.label)
                : tr("%1 — %2 · %3").arg(RegisterKinds::label(hit.kind), hit.label, hit.detail);
        auto *item = new QStandardItem(shown);
        item->setData(i, HitRole);
        item->setToolTip(hit.code);
        m_model->appendRow(item);
    }
    if (m_hits.isEmpty()) {
        auto *item = new QStandardItem(tr("Nothing found for “%1”").arg(typed));
        item->setEnabled(false);
        m_model->appendRow(item);
    }
    if (hasFocus() || isVisible())
        m_completer->complete();
}

void RegisterSearchField::choose(const QModelIndex &index)
{
    const QVariant i = index.data(HitRole);
    if (!i.isValid() || i.toInt() < 0 || i.toInt() >= m_hits.size())
        return;
    m_completer->popup()->hide();
    const SearchHit hit = m_hits.at(i.toInt()); // a copy: the receiver may start a new search
    emit hitChosen(hit);
}

void RegisterSearchField::keyPressEvent(QKeyEvent *event)
{
    // Enter without choosing in the list takes the first result.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        if (m_timer->isActive())
            searchNow();
        if (!m_hits.isEmpty()) {
            m_completer->popup()->hide();
            const SearchHit hit = m_hits.constFirst();
            emit hitChosen(hit);
        }
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_completer->popup()->isVisible()) {
        clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace bd
