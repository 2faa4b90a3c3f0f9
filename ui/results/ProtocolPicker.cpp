#include "ProtocolPicker.h"

#include <algorithm>

#include <QKeyEvent>
#include <QListView>
#include <QLoggingCategory>
#include <QStandardItemModel>

Q_LOGGING_CATEGORY(lcPicker, "ballotdesk.ui.results.picker", QtWarningMsg)

namespace bd {

namespace {
constexpr int ChoiceRole = Qt::UserRole + 1;
} // namespace

ProtocolPicker::ProtocolPicker(QWidget *parent)
    : QLineEdit(parent), m_model(new QStandardItemModel(this)), m_list(new QListView(parent))
{
    setPlaceholderText(tr("Station number or code"));
    setToolTip(tr("Type the polling station's number or code and press Enter (Ctrl+L)"));
    setAccessibleName(tr("Polling station"));
    setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("stationChoices"));
    m_list->setAccessibleName(tr("Polling stations found"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    // The keyboard stays in the field: Down, Up and Enter there drive the list.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 8 + 8);
    m_list->hide();
    connect(this, &QLineEdit::textEdited, this, &ProtocolPicker::searchNow);
    connect(m_list, &QListView::clicked, this, &ProtocolPicker::chooseRow);
}

void ProtocolPicker::setFinder(Finder finder)
{
    m_finder = std::move(finder);
    m_choices.clear();
    m_model->clear();
    m_list->hide();
}

QString ProtocolPicker::describe(const ProtocolChoice &choice)
{
    return tr("%1 · %2 — %3").arg(choice.stationNumber, choice.stationName, choice.contestName);
}

void ProtocolPicker::searchNow()
{
    refresh();
    m_list->setVisible(m_model->rowCount() > 0);
}

void ProtocolPicker::refresh()
{
    m_choices.clear();
    m_model->clear();
    const QString typed = text().trimmed();
    if (!m_finder || typed.isEmpty())
        return;
    auto found = m_finder(typed);
    if (!found) {
        qCWarning(lcPicker) << found.error().code << found.error().detail;
        auto *item = new QStandardItem(tr("The search failed: %1").arg(found.error().userMessage));
        item->setEnabled(false);
        m_model->appendRow(item);
        return;
    }
    m_choices = *found;
    for (int i = 0; i < m_choices.size(); ++i) {
        const ProtocolChoice &choice = m_choices.at(i);
        auto *item = new QStandardItem(tr("%1 · %2 · %3")
                                           .arg(describe(choice), choice.territoryName,
                                                ProtocolEntryService::stateLabel(choice.state)));
        item->setData(i, ChoiceRole);
        item->setToolTip(tr("Station code %1").arg(choice.stationCode));
        m_model->appendRow(item);
    }
    if (m_choices.isEmpty()) {
        auto *item = new QStandardItem(tr("No polling station starts with “%1”").arg(typed));
        item->setEnabled(false);
        m_model->appendRow(item);
    }
}

int ProtocolPicker::currentRow() const
{
    const QModelIndex index = m_list->currentIndex();
    return m_list->isVisible() && index.isValid() && index.data(ChoiceRole).isValid() ? index.row()
                                                                                      : -1;
}

void ProtocolPicker::setCurrentRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void ProtocolPicker::chooseRow(const QModelIndex &index)
{
    const QVariant row = index.data(ChoiceRole);
    if (!row.isValid() || row.toInt() < 0 || row.toInt() >= m_choices.size())
        return;
    choose(m_choices.at(row.toInt()));
}

void ProtocolPicker::choose(const ProtocolChoice &choice)
{
    m_list->hide();
    const ProtocolChoice chosen = choice; // a copy: the receiver may search again
    setText(chosen.stationNumber);
    emit protocolChosen(chosen);
}

void ProtocolPicker::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if ((key == Qt::Key_Down || key == Qt::Key_Up) && !m_choices.isEmpty()) {
        if (!m_list->isVisible())
            m_list->show();
        const int row = currentRow();
        const int last = int(m_choices.size()) - 1;
        setCurrentRow(row < 0 ? 0 : std::clamp(row + (key == Qt::Key_Down ? 1 : -1), 0, last));
        return;
    }
    if (key == Qt::Key_Escape && m_list->isVisible()) {
        m_list->hide();
        return;
    }
    if (key != Qt::Key_Return && key != Qt::Key_Enter) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    if (const int row = currentRow(); row >= 0 && row < m_choices.size()) {
        choose(m_choices.at(row));
        return;
    }
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return;
    refresh();
    if (m_choices.isEmpty()) {
        m_list->hide();
        emit hint(tr("No polling station has the number or code “%1”.").arg(typed));
        return;
    }
    // Open at once only what is unambiguous: numbers repeat across regions, and opening the
    // wrong station's protocol is worse than one more key.
    QList<int> exact;
    for (int i = 0; i < m_choices.size(); ++i) {
        const ProtocolChoice &choice = m_choices.at(i);
        if (choice.stationNumber.compare(typed, Qt::CaseInsensitive) == 0 ||
            choice.stationCode.compare(typed, Qt::CaseInsensitive) == 0)
            exact << i;
    }
    if (exact.size() == 1 || m_choices.size() == 1) {
        choose(m_choices.at(exact.isEmpty() ? 0 : exact.constFirst()));
        return;
    }
    m_list->show();
    setCurrentRow(exact.isEmpty() ? 0 : exact.constFirst());
    emit hint(exact.size() > 1
                  ? tr("%n polling stations have the number %1: choose one with the arrow keys "
                       "and Enter.",
                       nullptr, int(exact.size()))
                        .arg(typed)
                  : tr("Choose the polling station with the arrow keys and Enter."));
}

} // namespace bd
