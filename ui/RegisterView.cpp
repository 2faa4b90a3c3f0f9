#include "RegisterView.h"

#include "Database.h"
#include "RegisterTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bd {

namespace {

// Columns fitted to their contents are kept within reason: long addresses get a tooltip.
constexpr int MaxColumnWidth = 260;
constexpr int MinColumnWidth = 60;

QString filterPlaceholder(Register reg)
{
    switch (reg) {
    case Register::Regions:
        return RegisterView::tr("Filter by code, name or KATO");
    case Register::Contests:
        return RegisterView::tr("Filter by code, name, region or district");
    case Register::PollingStations:
        return RegisterView::tr("Filter by code, number, name, address, region or contest");
    case Register::Parties:
        return RegisterView::tr("Filter by code or name");
    case Register::Candidates:
        return RegisterView::tr("Filter by code, name, party, status, reason or contest");
    case Register::Observers:
        return RegisterView::tr("Filter by code, name, organization or station");
    }
    return {};
}

} // namespace

RegisterView::RegisterView(Register reg, QWidget *parent)
    : QWidget(parent), m_model(new RegisterTableModel(reg, this)), m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)), m_countLabel(new QLabel(this)), m_errorLabel(new QLabel(this)),
      m_filterTimer(new QTimer(this))
{
    setObjectName(RegisterQuery::key(reg) + QLatin1String("View"));

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(filterPlaceholder(reg));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the rows that contain this text"));

    m_countLabel->setObjectName(QStringLiteral("rowCount"));
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_errorLabel->setObjectName(QStringLiteral("error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setForegroundRole(QPalette::ToolTipText);
    m_errorLabel->setBackgroundRole(QPalette::ToolTipBase);
    m_errorLabel->setAutoFillBackground(true);
    m_errorLabel->setMargin(6);
    m_errorLabel->hide();

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &RegisterView::applyFilter);
    connect(m_model, &RegisterTableModel::errorOccurred, this, &RegisterView::showError);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->rowId(index.row()); id != 0)
            emit rowActivated(id);
    });
    // Columns are fitted once per file, to the first rows shown (a reset carries the first
    // page), not on every page or filter, so they do not jump while the user reads.
    auto fitOnce = [this] {
        if (!m_columnsFitted)
            fitColumns();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fitOnce);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitOnce);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table, 1);
}

Register RegisterView::registerKind() const
{
    return m_model->registerKind();
}

void RegisterView::setDatabase(const Database *db)
{
    m_db = db;
    m_stale = true;
    m_columnsFitted = false;
    m_count = -1;
    m_countLabel->clear();
    m_errorLabel->hide();
    m_model->setDatabase(nullptr);
    if (isVisible())
        loadNow();
}

void RegisterView::loadNow()
{
    if (!m_stale)
        return;
    m_stale = false;
    m_model->setDatabase(m_db);
    if (m_db != nullptr && m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    refreshCount();
}

void RegisterView::refresh()
{
    const qint64 current = currentId();
    m_filterTimer->stop();
    m_errorLabel->hide();
    m_stale = true;
    if (!isVisible())
        return; // read when shown
    loadNow();
    if (current != 0)
        (void)selectId(current);
}

bool RegisterView::selectId(qint64 id, const QString &code)
{
    if (!code.isEmpty() && m_filter->text() != code) {
        m_filter->setText(code);
        m_filterTimer->stop();
        m_model->setFilter(code);
        m_stale = true;
    }
    loadNow();
    // A bounded walk: with the code as filter the row is on the first page.
    constexpr int MaxPages = 20;
    int row = m_model->rowOfId(id);
    for (int page = 0; row < 0 && page < MaxPages && m_model->canFetchMore(QModelIndex()); ++page) {
        m_model->fetchMore(QModelIndex());
        row = m_model->rowOfId(id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->selectRow(row);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

qint64 RegisterView::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->rowId(index.row()) : 0;
}

void RegisterView::setContextActions(const QList<QAction *> &actions)
{
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : actions) {
        if (action == nullptr) {
            auto *separator = new QAction(m_table);
            separator->setSeparator(true);
            m_table->addAction(separator);
        } else {
            m_table->addAction(action);
        }
    }
}

void RegisterView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadNow();
}

void RegisterView::applyFilter()
{
    m_filterTimer->stop();
    m_errorLabel->hide();
    m_model->setFilter(m_filter->text());
    refreshCount();
}

void RegisterView::refreshCount()
{
    if (m_db == nullptr) {
        m_count = -1;
        m_countLabel->clear();
        return;
    }
    auto count = RegisterQuery::count(*m_db, registerKind(), m_model->filter());
    if (!count) {
        m_count = -1;
        m_countLabel->clear();
        showError(count.error().userMessage);
        return;
    }
    m_count = *count;
    // %Ln formats the figure with the current locale (1,847 in English).
    m_countLabel->setText(tr("%Ln row(s)", nullptr, int(qMin<qint64>(m_count, INT_MAX))));
}

void RegisterView::fitColumns()
{
    if (m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->resizeSection(column,
                              qBound(MinColumnWidth, header->sectionSize(column), MaxColumnWidth));
}

void RegisterView::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace bd
