#include "ResolutionPage.h"

#include "CorrectionDialog.h"
#include "Database.h"
#include "DialogPrompter.h"
#include "FigureRows.h"
#include "MessageLine.h"
#include "Prompter.h"
#include "RegisterQuery.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcResolution, "ballotdesk.ui.resolution", QtWarningMsg)

namespace bd {

namespace {

constexpr int kProtocolIdRole = Qt::UserRole + 1;

enum QueueColumn { QueueStation, QueueContest, QueueState, QueueDifferences, QueueSince };
enum EntryColumn { EntryMarker, EntryField, EntryFirst, EntrySecond };

/** @p tint mixed into the palette's base colour, so that dark palettes stay readable. */
QColor tinted(const QPalette &palette, const QColor &tint, qreal amount)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

const QColor kDifferTint(0xf0, 0xa0, 0x20); // amber: the entries differ
const QColor kErrorTint(0xd0, 0x30, 0x30);  // red: the entry's value is part of an error

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

ResolutionPage::ResolutionPage(QWidget *parent)
    : QWidget(parent), m_queueTitle(new QLabel(this)), m_queue(new QTableWidget(this)),
      m_heading(new QLabel(this)), m_message(new MessageLine(this)),
      m_entries(new QTableWidget(this)), m_firstSummary(new QLabel(this)),
      m_secondSummary(new QLabel(this)), m_readOnly(new QLabel(this))
{
    auto *title = new QLabel(tr("Resolution"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Protocols whose two entries differ or have errors, oldest "
                                   "first. Compare with the paper form and decide."),
                                this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    subtitle->setWordWrap(true);

    // The queue.
    m_queueTitle->setObjectName(QStringLiteral("queueTitle"));
    m_queueTitle->setBuddy(m_queue);
    m_queue->setObjectName(QStringLiteral("resolutionQueue"));
    m_queue->setAccessibleName(tr("Protocols waiting for a coordinator"));
    m_queue->setColumnCount(5);
    m_queue->setHorizontalHeaderLabels(
        {tr("Station"), tr("Contest"), tr("State"), tr("Differences"), tr("Waiting since")});
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->verticalHeader()->hide();
    m_queue->horizontalHeader()->setStretchLastSection(true);
    m_queue->setTabKeyNavigation(false);
    m_queue->setWordWrap(false);
    connect(m_queue, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int previousRow, int) {
                if (row != previousRow)
                    showCurrent();
            });
    auto *queuePane = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queuePane);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(m_queueTitle);
    queueLayout->addWidget(m_queue, 1);

    // The chosen protocol.
    m_heading->setObjectName(QStringLiteral("resolutionHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_message->setObjectName(QStringLiteral("resolutionMessage"));
    m_readOnly->setObjectName(QStringLiteral("resolutionReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setForegroundRole(QPalette::PlaceholderText);
    m_readOnly->setText(tr("Only a coordinator resolves entries; you can read the queue."));
    m_readOnly->hide();

    m_entries->setObjectName(QStringLiteral("resolutionEntries"));
    m_entries->setAccessibleName(tr("Both entries side by side"));
    m_entries->setColumnCount(4);
    m_entries->setHorizontalHeaderLabels({QString(), tr("Field"), tr("First"), tr("Second")});
    m_entries->horizontalHeaderItem(EntryMarker)
        ->setToolTip(tr("≠ marks the fields where the two entries differ"));
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entries->verticalHeader()->hide();
    m_entries->setTabKeyNavigation(false);
    m_entries->setWordWrap(false);
    QHeaderView *entryHeader = m_entries->horizontalHeader();
    entryHeader->setSectionResizeMode(EntryMarker, QHeaderView::ResizeToContents);
    entryHeader->setSectionResizeMode(EntryField, QHeaderView::Stretch);
    entryHeader->setSectionResizeMode(EntryFirst, QHeaderView::ResizeToContents);
    entryHeader->setSectionResizeMode(EntrySecond, QHeaderView::ResizeToContents);

    for (QLabel *summary : {m_firstSummary, m_secondSummary}) {
        summary->setWordWrap(true);
        summary->setTextFormat(Qt::RichText);
        summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        summary->setFrameShape(QFrame::StyledPanel);
        summary->setMargin(6);
    }
    m_firstSummary->setObjectName(QStringLiteral("firstEntrySummary"));
    m_secondSummary->setObjectName(QStringLiteral("secondEntrySummary"));
    auto *summaries = new QHBoxLayout;
    summaries->addWidget(m_firstSummary, 1);
    summaries->addWidget(m_secondSummary, 1);

    // Actions: window shortcuts of a page fire only while the page is shown.
    const auto makeAction = [this](const QString &objectName, const QString &text,
                                   const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        // Buttons show the action's icon text: name and key, so the keys are learnt.
        action->setIconText(tr("%1  %2").arg(text, key.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_keepFirst = makeAction(QStringLiteral("keepFirstAction"), tr("Keep First"),
                             QKeySequence(Qt::ALT | Qt::Key_1),
                             tr("Accept the first entry's figures; the second is discarded"));
    m_keepSecond = makeAction(QStringLiteral("keepSecondAction"), tr("Keep Second"),
                              QKeySequence(Qt::ALT | Qt::Key_2),
                              tr("Accept the second entry's figures; the first is discarded"));
    m_returnFirst = makeAction(QStringLiteral("returnFirstAction"), tr("Return First…"),
                               QKeySequence(Qt::ALT | Qt::Key_3),
                               tr("Send the first entry back to its operator with a remark"));
    m_returnSecond = makeAction(QStringLiteral("returnSecondAction"), tr("Return Second…"),
                                QKeySequence(Qt::ALT | Qt::Key_4),
                                tr("Send the second entry back to its operator with a remark"));
    m_discard = makeAction(QStringLiteral("discardBothAction"), tr("Discard Both…"),
                           QKeySequence(Qt::ALT | Qt::Key_D),
                           tr("Throw both entries away, with a reason; the protocol is "
                              "entered twice again"));
    m_correct =
        makeAction(QStringLiteral("correctAcceptedAction"), tr("Correct Accepted Protocol…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                   tr("Change the official figures of an accepted protocol, with a "
                      "reason"));
    m_reload = makeAction(QStringLiteral("reloadResolutionAction"), tr("Reload"),
                          QKeySequence(Qt::Key_F5), tr("Read the queue again"));
    connect(m_keepFirst, &QAction::triggered, this, &ResolutionPage::keepFirst);
    connect(m_keepSecond, &QAction::triggered, this, &ResolutionPage::keepSecond);
    connect(m_returnFirst, &QAction::triggered, this, &ResolutionPage::returnFirst);
    connect(m_returnSecond, &QAction::triggered, this, &ResolutionPage::returnSecond);
    connect(m_discard, &QAction::triggered, this, &ResolutionPage::discardBoth);
    connect(m_correct, &QAction::triggered, this, [this] { correctAccepted(); });
    connect(m_reload, &QAction::triggered, this, &ResolutionPage::reload);

    // Two rows: keeping (or discarding) above, returning below, so the page fits 1024 pixels.
    auto *buttons = new QGridLayout;
    buttons->setSpacing(6);
    const QList<QAction *> actionGrid{m_keepFirst,   m_keepSecond,   m_discard,
                                      m_returnFirst, m_returnSecond, nullptr};
    for (int i = 0; i < actionGrid.size(); ++i) {
        QAction *action = actionGrid.at(i);
        if (action == nullptr)
            continue;
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setObjectName(action->objectName() + QLatin1String("Button"));
        buttons->addWidget(button, i / 3, i % 3);
    }
    buttons->setColumnStretch(3, 1);
    auto *correctButton = new QToolButton(this);
    correctButton->setDefaultAction(m_correct);
    correctButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    correctButton->setObjectName(QStringLiteral("correctAcceptedButton"));

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_message);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_readOnly);
    detailLayout->addWidget(m_entries, 3);
    detailLayout->addLayout(summaries, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(queuePane);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 660});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title, 1);
    titleRow->addWidget(correctButton);
    layout->addLayout(titleRow);
    layout->addWidget(subtitle);
    layout->addSpacing(4);
    layout->addWidget(splitter, 1);

    setTabOrder(m_queue, m_entries);
    setElection(nullptr);
}

ResolutionPage::~ResolutionPage() = default;

void ResolutionPage::setElection(const ElectionContext *context)
{
    m_context = context;
    const bool open = context != nullptr && context->database != nullptr;
    const QString path = open ? context->path : QString();
    if (path != m_path) {
        m_path = path;
        m_electionId = 0;
        if (open) {
            if (auto heading = RegisterQuery::election(*context->database))
                m_electionId = heading->id;
            else
                qCWarning(lcResolution) << heading.error().userMessage << heading.error().detail;
        }
        m_message->clearMessage();
    }
    m_readOnly->setVisible(open && !canResolve());
    if (!open) {
        m_queue->setRowCount(0);
        m_queueTitle->setText(tr("&Queue"));
        clearDetail(tr("No election file is open."));
        updateActions();
        return;
    }
    // A change of the signed-in user may change what they may do: read again when shown.
    if (isVisible())
        reload();
    else
        updateActions();
}

void ResolutionPage::prepareForScreenshot()
{
    reload();
    if (m_queue->rowCount() > 0 && m_queue->currentRow() < 0)
        m_queue->setCurrentCell(0, QueueStation);
}

std::optional<ProtocolEntryService> ResolutionPage::service() const
{
    if (m_context == nullptr || m_context->database == nullptr)
        return std::nullopt;
    // Without a session (screenshots) the page reads as an analyst would: nothing changes.
    const Session session = m_context->session.value_or(Session{0, QString(), Role::Analyst});
    return ProtocolEntryService(*m_context->database, session);
}

bool ResolutionPage::canResolve() const
{
    return m_context != nullptr && m_context->database != nullptr && m_context->session &&
           m_context->session->require(Operation::ResolveEntries).ok();
}

void ResolutionPage::reload()
{
    auto svc = service();
    if (!svc || m_electionId == 0) {
        updateActions();
        return;
    }
    const qint64 keepId = currentProtocolId();
    const int keepRow = m_queue->currentRow();
    auto queue = svc->resolutionQueue(m_electionId);
    if (!queue) {
        qCWarning(lcResolution) << queue.error().userMessage << queue.error().detail;
        m_queue->setRowCount(0);
        clearDetail(QString());
        m_message->showMessage(queue.error().userMessage);
        updateActions();
        return;
    }
    fillQueue(*queue);
    int row = -1;
    for (int i = 0; i < m_queue->rowCount(); ++i) {
        if (m_queue->item(i, QueueStation)->data(kProtocolIdRole).toLongLong() == keepId)
            row = i;
    }
    if (row < 0 && m_queue->rowCount() > 0)
        row = qBound(0, keepRow, m_queue->rowCount() - 1);
    {
        const QSignalBlocker blocker(m_queue);
        m_queue->setCurrentCell(row, QueueStation);
    }
    showCurrent();
}

void ResolutionPage::fillQueue(const QList<ResolutionQueueItem> &items)
{
    const QSignalBlocker blocker(m_queue);
    const QLocale locale;
    m_queue->setRowCount(int(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        const ResolutionQueueItem &item = items.at(i);
        auto *station = readOnlyItem(item.choice.stationNumber);
        station->setData(kProtocolIdRole, item.choice.protocolId);
        station->setToolTip(tr("%1, %2").arg(item.choice.stationName, item.choice.territoryName));
        m_queue->setItem(i, QueueStation, station);
        auto *contest = readOnlyItem(item.choice.contestCode);
        contest->setToolTip(item.choice.contestName);
        m_queue->setItem(i, QueueContest, contest);
        m_queue->setItem(i, QueueState, readOnlyItem(ProtocolEntryService::stateLabel(item.state)));
        auto *differences = readOnlyItem(
            item.differingFields > 0 ? locale.toString(item.differingFields) : QString());
        differences->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_queue->setItem(i, QueueDifferences, differences);
        m_queue->setItem(
            i, QueueSince,
            readOnlyItem(item.since.isValid()
                             ? locale.toString(item.since.toLocalTime(), QLocale::ShortFormat)
                             : QString()));
    }
    m_queue->resizeColumnsToContents();
    m_queueTitle->setText(
        tr("&Queue: %1").arg(tr("%n protocol(s) waiting", nullptr, int(items.size()))));
}

qint64 ResolutionPage::currentProtocolId() const
{
    const int row = m_queue->currentRow();
    if (row < 0 || m_queue->item(row, QueueStation) == nullptr)
        return 0;
    return m_queue->item(row, QueueStation)->data(kProtocolIdRole).toLongLong();
}

QList<qint64> ResolutionPage::queuedProtocolIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_queue->rowCount(); ++i)
        ids << m_queue->item(i, QueueStation)->data(kProtocolIdRole).toLongLong();
    return ids;
}

bool ResolutionPage::selectProtocol(qint64 protocolId)
{
    reload();
    const QList<qint64> ids = queuedProtocolIds();
    const qsizetype row = ids.indexOf(protocolId);
    if (row < 0)
        return false;
    m_queue->setCurrentCell(int(row), QueueStation);
    return true;
}

QString ResolutionPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ResolutionPage::showCurrent()
{
    const qint64 id = currentProtocolId();
    if (id == 0) {
        clearDetail(m_queue->rowCount() == 0 && m_electionId != 0
                        ? tr("Nothing waits for a coordinator.")
                        : tr("Choose a protocol in the queue."));
        updateActions();
        return;
    }
    auto svc = service();
    auto resolution = svc->resolution(id);
    if (!resolution) {
        clearDetail(QString());
        m_message->showMessage(resolution.error().userMessage);
        updateActions();
        return;
    }
    showResolution(*resolution);
    updateActions();
}

void ResolutionPage::clearDetail(const QString &why)
{
    m_shown.reset();
    m_heading->setText(why);
    m_entries->setRowCount(0);
    m_firstSummary->clear();
    m_secondSummary->clear();
    m_firstSummary->hide();
    m_secondSummary->hide();
}

void ResolutionPage::showResolution(const ProtocolResolution &resolution)
{
    m_shown = resolution;
    const ProtocolSheet &sheet = resolution.sheet;
    const QLocale locale;
    m_heading->setText(tr("Station %1 — %2 · contest %3 %4 · %5")
                           .arg(sheet.choice.stationNumber, sheet.choice.stationName,
                                sheet.choice.contestCode, sheet.choice.contestName,
                                ProtocolEntryService::stateLabel(resolution.state)));

    const auto header = [](const std::optional<ProtocolEntry> &entry, const QString &which) {
        return entry ? ResolutionPage::tr("%1 (%2)").arg(which, entry->enteredByLogin) : which;
    };
    m_entries->setHorizontalHeaderLabels({QString(), tr("Field"),
                                          header(resolution.first, tr("First")),
                                          header(resolution.second, tr("Second"))});

    const QList<FigureRow> rows = figureRows(sheet);
    const QPalette pal = palette();
    const QBrush differBrush(tinted(pal, kDifferTint, 0.35));
    const QBrush errorBrush(tinted(pal, kErrorTint, 0.30));
    const auto inError = [](const FigureRow &row, const QList<Finding> &findings) {
        for (const Finding &f : findings) {
            if (f.isError() && row.involvedIn(f))
                return true;
        }
        return false;
    };
    m_entries->setRowCount(int(rows.size()));
    int differing = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const FigureRow &row = rows.at(i);
        const std::optional<CountValue> first =
            resolution.first ? std::optional(row.value(resolution.first->figures)) : std::nullopt;
        const std::optional<CountValue> second =
            resolution.second ? std::optional(row.value(resolution.second->figures)) : std::nullopt;
        const bool differs = first && second && *first != *second;
        differing += differs ? 1 : 0;
        auto *marker = readOnlyItem(differs ? QStringLiteral("≠") : QString());
        marker->setTextAlignment(Qt::AlignCenter);
        if (differs) {
            marker->setToolTip(tr("The two entries differ"));
            marker->setData(Qt::AccessibleTextRole, tr("differs"));
            QFont bold = marker->font();
            bold.setBold(true);
            marker->setFont(bold);
        }
        m_entries->setItem(i, EntryMarker, marker);
        m_entries->setItem(i, EntryField, readOnlyItem(tr("%1  %2").arg(row.letter, row.label)));
        const auto valueItem = [&](const std::optional<CountValue> &value,
                                   const QList<Finding> &findings) {
            auto *item = readOnlyItem(value ? value->display() : tr("—"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (differs) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (value && inError(row, findings)) {
                item->setBackground(errorBrush);
                item->setToolTip(tr("Part of an error of this entry"));
            } else if (differs) {
                item->setBackground(differBrush);
            }
            return item;
        };
        m_entries->setItem(i, EntryFirst, valueItem(first, resolution.firstFindings));
        m_entries->setItem(i, EntrySecond, valueItem(second, resolution.secondFindings));
        if (differs) {
            m_entries->item(i, EntryMarker)->setBackground(differBrush);
            m_entries->item(i, EntryField)->setBackground(differBrush);
        }
    }
    if (differing > 0)
        m_heading->setText(m_heading->text() + QLatin1Char('\n') +
                           tr("Differences: %n field(s), marked ≠.", nullptr, differing));

    m_firstSummary->setText(entrySummary(resolution.first, resolution.firstFindings, 1));
    m_secondSummary->setText(entrySummary(resolution.second, resolution.secondFindings, 2));
    m_firstSummary->show();
    m_secondSummary->show();
}

QString ResolutionPage::entrySummary(const std::optional<ProtocolEntry> &entry,
                                     const QList<Finding> &findings, int entryNumber) const
{
    const QString which = entryNumber == 1 ? tr("First entry") : tr("Second entry");
    if (!entry)
        return tr("<b>%1</b><br>Not entered.").arg(which);
    const QLocale locale;
    QString html = tr("<b>%1</b> by <b>%2</b>").arg(which, entry->enteredByLogin.toHtmlEscaped());
    if (entry->finishedAt.isValid())
        html += QLatin1String("<br>") +
                tr("Finished %1")
                    .arg(locale.toString(entry->finishedAt.toLocalTime(), QLocale::ShortFormat));
    if (!entry->remark.isEmpty())
        html += QLatin1String("<br>") + tr("Remark: %1").arg(entry->remark.toHtmlEscaped());
    int errors = 0;
    for (const Finding &f : findings)
        errors += f.isError() ? 1 : 0;
    if (findings.isEmpty()) {
        html += QLatin1String("<br>") + tr("No errors, no warnings.");
    } else {
        if (errors > 0)
            html += QLatin1String("<br><b>") +
                    tr("%n error(s): this entry cannot be kept.", nullptr, errors) +
                    QLatin1String("</b>");
        html += QLatin1String("<ul style=\"margin-left:0; -qt-list-indent:1\">");
        for (const Finding &f : findings) {
            const bool acknowledged = entry->acknowledgedWarnings.contains(f.code);
            QString line = (f.isError() ? tr("✖ Error %1: %2") : tr("⚠ Warning %1: %2"))
                               .arg(f.code, f.message.toHtmlEscaped());
            if (!f.isError())
                line += QLatin1Char(' ') + (acknowledged ? tr("(checked against the paper)")
                                                         : tr("(not acknowledged)"));
            html += QLatin1String("<li>") + line + QLatin1String("</li>");
        }
        html += QLatin1String("</ul>");
    }
    return html;
}

void ResolutionPage::updateActions()
{
    const bool resolve = canResolve();
    const bool shown = m_shown.has_value();
    m_keepFirst->setEnabled(resolve && shown && m_shown->first.has_value());
    m_keepSecond->setEnabled(resolve && shown && m_shown->second.has_value());
    m_returnFirst->setEnabled(resolve && shown && m_shown->first.has_value());
    m_returnSecond->setEnabled(resolve && shown && m_shown->second.has_value());
    m_discard->setEnabled(resolve && shown);
    m_correct->setEnabled(m_context != nullptr && m_context->database != nullptr &&
                          m_context->session &&
                          m_context->session->require(Operation::CorrectProtocol).ok());
    m_reload->setEnabled(m_context != nullptr && m_context->database != nullptr);
    m_readOnly->setVisible(m_context != nullptr && m_context->database != nullptr && !resolve);
}

void ResolutionPage::keep(int entryNumber)
{
    if (!m_shown || !canResolve())
        return;
    const qint64 id = m_shown->sheet.choice.protocolId;
    const QString station = m_shown->sheet.choice.stationNumber;
    Status status = service()->keepEntry(id, entryNumber);
    if (!status) {
        showRefusal(status.error());
        return;
    }
    afterAction(
        id,
        entryNumber == 1
            ? tr("Station %1: the first entry was kept; the protocol is accepted.").arg(station)
            : tr("Station %1: the second entry was kept; the protocol is accepted.").arg(station));
}

void ResolutionPage::returnEntry(int entryNumber)
{
    if (!m_shown || !canResolve())
        return;
    const std::optional<ProtocolEntry> &entry = entryNumber == 1 ? m_shown->first : m_shown->second;
    if (!entry)
        return;
    const qint64 id = m_shown->sheet.choice.protocolId;
    const QString station = m_shown->sheet.choice.stationNumber;
    DialogPrompter fallback;
    Prompter *prompter = m_prompter != nullptr ? m_prompter : &fallback;
    const std::optional<QString> remark = prompter->askText(
        this, entryNumber == 1 ? tr("Return the First Entry") : tr("Return the Second Entry"),
        tr("Station %1: what should %2 check on the paper form?")
            .arg(station, entry->enteredByLogin),
        tr("Return"));
    if (!remark)
        return;
    Status status = service()->returnEntry(id, entryNumber, remark->trimmed());
    if (!status) {
        showRefusal(status.error());
        return;
    }
    afterAction(id, tr("Station %1: the entry went back to %2 with your remark.")
                        .arg(station, entry->enteredByLogin));
}

void ResolutionPage::discardBoth()
{
    if (!m_shown || !canResolve())
        return;
    const qint64 id = m_shown->sheet.choice.protocolId;
    const QString station = m_shown->sheet.choice.stationNumber;
    DialogPrompter fallback;
    Prompter *prompter = m_prompter != nullptr ? m_prompter : &fallback;
    const std::optional<QString> reason = prompter->askText(
        this, tr("Discard Both Entries"),
        tr("Station %1: why are both entries discarded? The protocol will be entered twice "
           "again.")
            .arg(station),
        tr("Discard Both"));
    if (!reason)
        return;
    Status status = service()->discardBoth(id, reason->trimmed());
    if (!status) {
        showRefusal(status.error());
        return;
    }
    afterAction(id, tr("Station %1: both entries were discarded; the protocol is open for two "
                       "new entries.")
                        .arg(station));
}

void ResolutionPage::afterAction(qint64 protocolId, const QString &confirmation)
{
    const int row = m_queue->currentRow();
    auto svc = service();
    auto queue = svc->resolutionQueue(m_electionId);
    if (queue) {
        fillQueue(*queue);
        const int next = m_queue->rowCount() == 0 ? -1 : qBound(0, row, m_queue->rowCount() - 1);
        {
            const QSignalBlocker blocker(m_queue);
            m_queue->setCurrentCell(next, QueueStation);
        }
        showCurrent();
    } else {
        m_queue->setRowCount(0);
        clearDetail(QString());
    }
    m_message->showMessage(confirmation, MessageLine::Kind::Information);
    emit resolved(protocolId);
}

void ResolutionPage::showRefusal(const Error &error)
{
    qCInfo(lcResolution) << "refused" << error.code << error.detail;
    m_message->showMessage(tr("Refused: %1").arg(error.userMessage));
}

void ResolutionPage::correctAccepted(qint64 protocolId)
{
    if (m_context == nullptr || m_context->database == nullptr || !m_context->session ||
        m_electionId == 0)
        return;
    auto *dialog =
        new CorrectionDialog(*m_context->database, *m_context->session, m_electionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (protocolId != 0)
        (void)dialog->loadProtocol(protocolId);
    connect(dialog, &CorrectionDialog::corrected, this, [this](qint64 id, const QString &what) {
        m_message->showMessage(what, MessageLine::Kind::Information);
        emit resolved(id);
    });
    dialog->open();
}

void ResolutionPage::electionDataChanged()
{
    // The queue follows other coordinators' decisions; the protocol shown stays chosen while
    // it still waits (reload() keeps it). Hidden, the page reloads when shown.
    if (isVisible())
        reload();
}

void ResolutionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ResolutionPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_shown) {
        const ProtocolResolution shown = *m_shown;
        showResolution(shown);
    }
}

} // namespace bd
