#include "ProtocolEntryPage.h"

#include "Database.h"
#include "FindingList.h"
#include "MessageLine.h"
#include "ProtocolPicker.h"
#include "ProtocolRules.h"
#include "RegisterQuery.h"

#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

Q_LOGGING_CATEGORY(lcEntryPage, "ballotdesk.ui.results.entry", QtWarningMsg)

namespace bd {

namespace {

// Hours, minutes and seconds in the interface language's own way, without the time zone.
QString clockText(const QTime &time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::LongFormat);
    format.remove(QLatin1Char('t'));
    format = format.trimmed();
    if (!format.contains(QLatin1String("ss")))
        format = locale.timeFormat(QLocale::ShortFormat)
                     .replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(time, format);
}

QString numberText(std::optional<qint64> value)
{
    return value ? QLocale().toString(*value) : QStringLiteral("—");
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

} // namespace

ProtocolEntryPage::ProtocolEntryPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("protocolEntryPage"));

    // The station line.
    m_picker = new ProtocolPicker(this);
    m_picker->setObjectName(QStringLiteral("stationField"));
    m_picker->setMinimumWidth(220);
    auto *stationLabel = new QLabel(tr("Polling &station:"), this);
    stationLabel->setBuddy(m_picker);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("protocolHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("protocolState"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *stationRow = new QHBoxLayout;
    stationRow->addWidget(stationLabel);
    stationRow->addWidget(m_picker);
    stationRow->addSpacing(16);
    auto *headingColumn = new QVBoxLayout;
    headingColumn->setSpacing(0);
    headingColumn->addWidget(m_heading);
    headingColumn->addWidget(m_state);
    stationRow->addLayout(headingColumn, 1);

    m_notice = new MessageLine(this);
    m_notice->setObjectName(QStringLiteral("protocolNotice"));

    // The form, in the order of the paper.
    m_formArea = new QWidget;
    m_formArea->setObjectName(QStringLiteral("protocolForm"));
    m_grid = new QGridLayout(m_formArea);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(6, 1); // the rows keep their natural width, left-aligned
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_formArea);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setFocusPolicy(Qt::NoFocus);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("protocolTotals"));
    m_totals->setWordWrap(true);
    m_totals->setForegroundRole(QPalette::PlaceholderText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The findings.
    m_findingList = new FindingList;
    m_findingList->setObjectName(QStringLiteral("findingList"));
    auto *findingScroll = new QScrollArea(this);
    findingScroll->setWidget(m_findingList);
    findingScroll->setWidgetResizable(true);
    findingScroll->setFrameShape(QFrame::NoFrame);
    findingScroll->setFocusPolicy(Qt::NoFocus);
    findingScroll->setMinimumWidth(320);
    auto *findingColumn = new QVBoxLayout;
    findingColumn->addWidget(sectionLabel(tr("Checks"), this));
    findingColumn->addWidget(findingScroll, 1);

    // Finishing.
    m_finish = new QPushButton(tr("&Finish"), this);
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_finish->setAutoDefault(true);
    m_finish->setToolTip(tr("Hand in this entry (Ctrl+Enter); errors must be corrected and every "
                            "warning checked against the paper first"));
    m_remark = new QLineEdit(this);
    m_remark->setObjectName(QStringLiteral("remarkField"));
    m_remark->setPlaceholderText(tr("Remark for the coordinator"));
    m_remark->setAccessibleName(tr("Remark"));
    m_remark->setToolTip(tr("Required when the protocol goes to the coordinator with errors"));
    m_remark->setMaxLength(500);
    auto *remarkLabel = new QLabel(tr("&Remark:"), this);
    remarkLabel->setBuddy(m_remark);
    m_refer = new QPushButton(tr("Refer to &Coordinator"), this);
    m_refer->setObjectName(QStringLiteral("referButton"));
    m_refer->setAutoDefault(true);
    m_refer->setToolTip(tr("The paper form itself has errors: hand the entry in with them and "
                           "say why in the remark"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_finish);
    buttonRow->addSpacing(24);
    buttonRow->addWidget(remarkLabel);
    buttonRow->addWidget(m_remark, 1);
    buttonRow->addWidget(m_refer);

    m_status = new MessageLine(this);
    m_status->setObjectName(QStringLiteral("entryStatus"));
    m_draftStatus = new QLabel(this);
    m_draftStatus->setObjectName(QStringLiteral("draftStatus"));
    m_draftStatus->setForegroundRole(QPalette::PlaceholderText);

    auto *formColumn = new QVBoxLayout;
    formColumn->addWidget(formScroll, 1);
    formColumn->addWidget(m_totals);
    auto *body = new QHBoxLayout;
    body->addLayout(formColumn, 5); // the form first; the checks wrap their text
    body->addSpacing(12);
    body->addLayout(findingColumn, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(stationRow);
    layout->addWidget(m_picker->list());
    layout->addWidget(m_notice);
    layout->addLayout(body, 1);
    layout->addLayout(buttonRow);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_draftStatus, 0, Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(statusRow);

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, [this] { (void)saveDraftNow(); });

    connect(m_picker, &ProtocolPicker::protocolChosen, this,
            [this](const ProtocolChoice &choice) { (void)openProtocol(choice.protocolId); });
    connect(m_picker, &ProtocolPicker::hint, this, [this](const QString &message) {
        m_status->showMessage(message, MessageLine::Kind::Information);
    });
    connect(m_findingList, &FindingList::acknowledgementChanged, this, [this] {
        if (m_filling || m_readOnly)
            return;
        m_dirty = true;
        m_draftTimer->start();
        updateButtons();
    });
    connect(m_findingList, &FindingList::rebuilt, this, [this] {
        for (QCheckBox *box : m_findingList->boxes())
            box->installEventFilter(this);
        updateTabOrder();
    });
    connect(m_finish, &QPushButton::clicked, this, &ProtocolEntryPage::finish);
    connect(m_refer, &QPushButton::clicked, this, &ProtocolEntryPage::referToCoordinator);
    m_remark->installEventFilter(this);

    auto *finishShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    finishShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(finishShortcut, &QShortcut::activated, this, [this] {
        if (m_finish->isEnabled())
            finish();
    });
    auto *finishEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    finishEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(finishEnter, &QShortcut::activated, finishShortcut, &QShortcut::activated);
    // Back to the station field: Alt+S, the mnemonic of its label ("Polling &station:"), which
    // selects its text. Not Ctrl+L: the main window locks the session with that.

    setFocusProxy(m_picker);
    clearProtocol();
}

ProtocolEntryPage::~ProtocolEntryPage()
{
    // The window detaches pages (setElection(nullptr)) before the database goes; this is
    // only for a page destroyed on its own.
    if (m_context != nullptr && m_context->database != nullptr)
        leaveProtocol();
}

bool ProtocolEntryPage::canEnter() const
{
    return m_service != nullptr && m_canEnter;
}

void ProtocolEntryPage::setElection(const ElectionContext *context)
{
    // Told again with the same file and user: what is being typed stays.
    const qint64 userId = context != nullptr && context->session ? context->session->userId : 0;
    if (context != nullptr && m_service != nullptr && context->database == m_database &&
        userId == m_userId && context->database != nullptr) {
        m_context = context;
        return;
    }
    // Leaving with the old session: its draft is saved as its own.
    leaveProtocol();
    clearProtocol();
    m_status->clearMessage();
    m_service.reset();
    m_electionId = 0;
    m_canEnter = false;
    m_context = context;
    m_database = context != nullptr ? context->database : nullptr;
    m_userId = userId;
    m_picker->setFinder({});
    m_picker->clear();
    if (context == nullptr || context->database == nullptr) {
        m_picker->setEnabled(false);
        m_findingList->setEmptyText(tr("Open an election to enter protocols."));
        return;
    }
    auto election = RegisterQuery::election(*context->database);
    if (!election) {
        m_picker->setEnabled(false);
        m_status->showMessage(
            tr("The election could not be read: %1").arg(election.error().userMessage));
        return;
    }
    m_electionId = election->id;
    // Without a sign-in the page reads (ReadResults is every role's); it never writes then.
    const Session session = context->session.value_or(Session{0, QString(), Role::Analyst});
    m_canEnter =
        context->session.has_value() && context->session->require(Operation::EnterProtocol).ok();
    m_service = std::make_unique<ProtocolEntryService>(*context->database, session);
    const qint64 electionId = m_electionId;
    ProtocolEntryService *service = m_service.get();
    m_picker->setFinder([service, electionId](const QString &prefix) {
        return service->find(electionId, prefix, ProtocolPicker::MaxChoices);
    });
    m_picker->setEnabled(true);
    if (!m_canEnter)
        m_notice->showMessage(roleNotice(), MessageLine::Kind::Information);
}

QString ProtocolEntryPage::roleNotice() const
{
    if (m_context == nullptr || !m_context->session)
        return tr("Nobody is signed in: protocols can be looked up but not entered.");
    return tr("Signed in as %1 (%2), you can look protocols up but not enter them: protocols "
              "are entered by operators.")
        .arg(m_context->session->login, role::label(m_context->session->role));
}

void ProtocolEntryPage::leaveProtocol()
{
    if (m_dirty)
        (void)saveDraftNow();
    m_draftTimer->stop();
}

void ProtocolEntryPage::clearProtocol()
{
    m_draftTimer->stop();
    m_sheet.reset();
    m_entry.reset();
    m_dirty = false;
    m_sample = false;
    m_findings.clear();
    m_filling = true;
    m_findingList->setFindings({});
    m_filling = false;
    m_findingList->setEmptyText(tr("Type a station number above and press Enter."));
    // The field with the focus goes: the station field takes it, ready for the next protocol.
    if (QWidget *focus = QApplication::focusWidget();
        focus != nullptr && (m_formArea->isAncestorOf(focus) || m_findingList->isAncestorOf(focus)))
        m_picker->setFocus(Qt::OtherFocusReason);
    for (const Row &row : std::as_const(m_rows))
        row.editor->removeEventFilter(this);
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    m_heading->setText(tr("No protocol open"));
    m_state->clear();
    m_totals->clear();
    m_remark->clear();
    m_draftStatus->clear();
    m_notice->clearMessage();
    setReadOnly(true);
}

void ProtocolEntryPage::buildRows()
{
    const ProtocolSheet &sheet = *m_sheet;
    int line = 0;
    auto addRow = [this, &line](const QString &letter, const QString &label,
                                const QString &secondary, std::optional<ProtocolField> field,
                                qint64 candidateId, const QString &name) {
        Row row;
        row.field = field;
        row.candidateId = candidateId;
        auto *letterLabel = new QLabel(letter, m_formArea);
        QFont bold = letterLabel->font();
        bold.setBold(true);
        letterLabel->setFont(bold);
        letterLabel->setMinimumWidth(
            letterLabel->fontMetrics().horizontalAdvance(QStringLiteral("G10")) + 4);
        auto *text = new QLabel(label, m_formArea);
        // Long labels (Russian, Kazakh, parties' full names) wrap rather than push the fields
        // out of sight.
        text->setWordWrap(true);
        row.editor = new QLineEdit(m_formArea);
        row.editor->setObjectName(name);
        row.editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.editor->setInputMethodHints(Qt::ImhDigitsOnly);
        row.editor->setMaxLength(15);
        row.editor->setFixedWidth(
            row.editor->fontMetrics().horizontalAdvance(QStringLiteral("999999999999")) + 16);
        row.editor->setAccessibleName(secondary.isEmpty()
                                          ? tr("%1 %2").arg(letter, label)
                                          : tr("%1 %2, %3").arg(letter, label, secondary));
        row.editor->installEventFilter(this);
        text->setBuddy(row.editor);
        row.markerIcon = new QLabel(m_formArea);
        row.markerIcon->setFixedWidth(
            style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 2);
        row.markerText = new QLabel(m_formArea);
        row.markerText->setObjectName(name + QLatin1String("_mark"));
        row.markerText->setMinimumWidth(
            row.markerText->fontMetrics().horizontalAdvance(QStringLiteral("P.F.000")));
        m_grid->addWidget(letterLabel, line, 0);
        if (secondary.isEmpty()) {
            m_grid->addWidget(text, line, 1, 1, 2);
        } else {
            m_grid->addWidget(text, line, 1);
            auto *party = new QLabel(secondary, m_formArea);
            party->setForegroundRole(QPalette::PlaceholderText);
            party->setWordWrap(true);
            m_grid->addWidget(party, line, 2);
        }
        m_grid->addWidget(row.editor, line, 3);
        m_grid->addWidget(row.markerIcon, line, 4);
        m_grid->addWidget(row.markerText, line, 5);
        connect(row.editor, &QLineEdit::textChanged, this, &ProtocolEntryPage::edited);
        m_rows << row;
        ++line;
    };

    m_grid->addWidget(sectionLabel(tr("Voters and ballots"), m_formArea), line++, 0, 1, 6);
    for (ProtocolField field : ProtocolFields::formOrder(false)) {
        addRow(ProtocolFields::letter(field), ProtocolFields::label(field), QString(), field, 0,
               QStringLiteral("field_%1").arg(ProtocolFields::letter(field)));
    }
    m_grid->addWidget(sectionLabel(tr("Votes"), m_formArea), line++, 0, 1, 6);
    if (sheet.candidates.isEmpty()) {
        auto *none = new QLabel(tr("The contest has no registered candidate."), m_formArea);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_grid->addWidget(none, line++, 1, 1, 5);
    }
    for (int i = 0; i < sheet.candidates.size(); ++i) {
        const BallotCandidate &candidate = sheet.candidates.at(i);
        addRow(tr("G%1").arg(i + 1), candidate.fullName,
               candidate.partyName.isEmpty() ? tr("self-nominated") : candidate.partyName,
               std::nullopt, candidate.id, QStringLiteral("votes_%1").arg(candidate.code));
    }
    if (sheet.context.againstAllEnabled) {
        addRow(ProtocolFields::letter(ProtocolField::AgainstAll),
               ProtocolFields::label(ProtocolField::AgainstAll), QString(),
               ProtocolField::AgainstAll, 0,
               QStringLiteral("field_%1").arg(ProtocolFields::letter(ProtocolField::AgainstAll)));
    }
    m_grid->setRowStretch(line, 1);
    // A layout shows new children only later (queued): show them now, so that the first field
    // can take the focus as soon as the protocol opens.
    for (QWidget *child : m_formArea->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        child->setVisible(true);
    updateTabOrder();
}

bool ProtocolEntryPage::openProtocol(qint64 protocolId)
{
    if (m_service == nullptr)
        return false;
    leaveProtocol();
    clearProtocol();
    m_status->clearMessage();

    auto sheet = m_service->sheet(protocolId);
    if (!sheet) {
        showRefusal(sheet.error());
        return false;
    }
    m_sheet = *sheet;
    buildRows();
    const ProtocolChoice &choice = m_sheet->choice;
    m_heading->setText(ProtocolPicker::describe(choice));
    m_state->setText(tr("%1 · %2 · %3")
                         .arg(choice.territoryName, ProtocolEntryService::stateLabel(choice.state),
                              tr("station code %1").arg(choice.stationCode)));
    m_picker->setText(choice.stationNumber);

    bool editable = false;
    if (m_sheet->accepted) {
        fill(*m_sheet->accepted);
        m_notice->showMessage(tr("This protocol is accepted: these are the official figures. Only "
                                 "a coordinator can correct them."),
                              MessageLine::Kind::Information);
    } else if (!canEnter()) {
        m_notice->showMessage(roleNotice(), MessageLine::Kind::Information);
    } else {
        auto mine = m_service->myEntry(protocolId);
        if (!mine) {
            showRefusal(mine.error());
        } else if (mine->has_value()) {
            m_entry = **mine;
            fill(m_entry->figures);
            m_findingList->setAcknowledged(m_entry->acknowledgedWarnings);
            const QString updated =
                QLocale().toString(m_entry->updatedAt.toLocalTime(), QLocale::ShortFormat);
            switch (m_entry->state) {
            case EntryState::Draft:
                editable = true;
                m_notice->showMessage(tr("Your draft of entry %1, saved %2, is restored.")
                                          .arg(QLocale().toString(m_entry->entryNumber), updated),
                                      MessageLine::Kind::Information);
                break;
            case EntryState::Returned:
                editable = true;
                m_notice->showMessage(
                    m_entry->remark.isEmpty()
                        ? tr("The coordinator returned your entry: check it against the paper "
                             "and finish it again.")
                        : tr("The coordinator returned your entry with the remark: “%1”. Check "
                             "it against the paper and finish it again.")
                              .arg(m_entry->remark),
                    MessageLine::Kind::Error);
                break;
            case EntryState::Finished:
                m_notice->showMessage(
                    tr("You finished entry %1 of this protocol on %2. The other entry must be "
                       "made by another operator.")
                        .arg(QLocale().toString(m_entry->entryNumber),
                             QLocale().toString(m_entry->finishedAt.toLocalTime(),
                                                QLocale::ShortFormat)),
                    MessageLine::Kind::Information);
                break;
            case EntryState::Discarded:
                break;
            }
        } else if (choice.state == ProtocolState::Differing ||
                   choice.state == ProtocolState::Erroneous) {
            m_notice->showMessage(tr("Both entries of this protocol are in and wait for a "
                                     "coordinator; no third entry can be made."),
                                  MessageLine::Kind::Information);
        } else {
            editable = true;
        }
    }
    setReadOnly(!editable);
    recheck();
    emit protocolOpened(protocolId);
    if (editable && !m_rows.isEmpty()) {
        QLineEdit *first = m_rows.constFirst().editor;
        first->setFocus(Qt::OtherFocusReason);
        first->selectAll();
    }
    return true;
}

void ProtocolEntryPage::fill(const ProtocolFigures &figures)
{
    m_filling = true;
    for (const Row &row : std::as_const(m_rows)) {
        const CountValue *value =
            row.field ? &figures.field(*row.field) : figures.votesFor(row.candidateId);
        row.editor->setText(value != nullptr ? value->text() : QString());
    }
    m_filling = false;
}

void ProtocolEntryPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row &row : std::as_const(m_rows)) {
        row.editor->setReadOnly(readOnly);
        row.editor->setFocusPolicy(readOnly ? Qt::ClickFocus : Qt::StrongFocus);
    }
    m_findingList->setReadOnly(readOnly);
    m_remark->setEnabled(!readOnly && m_sheet.has_value());
    updateButtons();
}

ProtocolFigures ProtocolEntryPage::figures() const
{
    ProtocolFigures figures;
    for (const Row &row : m_rows) {
        const CountValue value = CountValue::parse(row.editor->text());
        if (row.field)
            figures.field(*row.field) = value;
        else
            figures.votes << CandidateVotes{row.candidateId, value};
    }
    return figures;
}

void ProtocolEntryPage::edited()
{
    if (m_filling)
        return;
    recheck();
    if (!m_readOnly && !m_sample) {
        m_dirty = true;
        m_draftTimer->start();
    }
}

void ProtocolEntryPage::recheck()
{
    if (!m_sheet) {
        m_findings.clear();
        m_findingList->setFindings({});
        updateButtons();
        return;
    }
    m_findings = ProtocolEntryService::check(*m_sheet, figures());
    m_filling = true; // ticks kept or dropped by the list are not the operator's change
    m_findingList->setFindings(m_findings);
    m_filling = false;
    m_findingList->setEmptyText(tr("No errors or warnings: the figures add up."));
    applyMarks();
    updateTotals();
    updateButtons();
}

void ProtocolEntryPage::applyMarks()
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (Row &row : m_rows) {
        Mark mark = Mark::None;
        QStringList codes;
        QStringList messages;
        for (const Finding &finding : std::as_const(m_findings)) {
            const bool involved = row.field ? finding.fields.contains(*row.field)
                                            : finding.candidateIds.contains(row.candidateId);
            if (!involved)
                continue;
            if (!codes.contains(finding.code))
                codes << finding.code;
            messages << tr("%1: %2").arg(finding.code, finding.message);
            if (finding.isError())
                mark = Mark::Error;
            else if (mark == Mark::None)
                mark = Mark::Warning;
        }
        row.mark = mark;
        row.editor->setProperty("mark", mark == Mark::Error     ? QStringLiteral("error")
                                        : mark == Mark::Warning ? QStringLiteral("warning")
                                                                : QString());
        if (mark == Mark::None) {
            row.editor->setPalette(QPalette());
            row.markerIcon->clear();
            row.markerText->clear();
            row.editor->setToolTip(QString());
            row.editor->setAccessibleDescription(QString());
            continue;
        }
        QPalette p = row.editor->palette();
        p.setColor(QPalette::Base, EntryColours::background(mark, palette()));
        p.setColor(QPalette::Text, palette().color(QPalette::Text));
        row.editor->setPalette(p);
        row.markerIcon->setPixmap(style()
                                      ->standardIcon(mark == Mark::Error
                                                         ? QStyle::SP_MessageBoxCritical
                                                         : QStyle::SP_MessageBoxWarning,
                                                     nullptr, this)
                                      .pixmap(iconSize, iconSize));
        row.markerText->setText(codes.join(QLatin1String(", ")));
        QPalette markerPalette = row.markerText->palette();
        markerPalette.setColor(QPalette::WindowText, EntryColours::foreground(mark, palette()));
        row.markerText->setPalette(markerPalette);
        row.editor->setToolTip(messages.join(QLatin1Char('\n')));
        row.editor->setAccessibleDescription(
            (mark == Mark::Error ? tr("Error: %1") : tr("Warning: %1"))
                .arg(messages.join(QLatin1Char(' '))));
    }
}

void ProtocolEntryPage::updateTotals()
{
    if (!m_sheet) {
        m_totals->clear();
        return;
    }
    const ProtocolFigures typed = figures();
    const std::optional<qint64> issued = typed.issued();
    QString turnout = QStringLiteral("—");
    if (issued && typed.votersOnList.number() && *typed.votersOnList.number() > 0) {
        const double percent = 100.0 * double(*issued) / double(*typed.votersOnList.number());
        turnout = tr("%1 %").arg(QLocale().toString(percent, 'f', 1));
    }
    m_totals->setText(
        tr("Issued (C + C2): %1 · In the boxes (E + E2): %2 · Valid votes: %3 · Turnout: %4")
            .arg(numberText(issued), numberText(typed.found()),
                 numberText(typed.validVotes(m_sheet->context.againstAllEnabled)), turnout));
}

void ProtocolEntryPage::updateButtons()
{
    const bool open = m_sheet.has_value() && !m_readOnly && !m_sample;
    const bool errors = ProtocolRules::hasErrors(m_findings);
    m_finish->setEnabled(open && !errors && m_findingList->allAcknowledged());
    m_refer->setEnabled(open && errors);
    m_remark->setEnabled(m_sheet.has_value() && !m_readOnly);
    if (!open) {
        m_finish->setToolTip(tr("Open a protocol to enter it"));
    } else if (errors) {
        m_finish->setToolTip(tr("Correct the errors first, or refer the protocol to the "
                                "coordinator with a remark"));
    } else if (!m_findingList->allAcknowledged()) {
        m_finish->setToolTip(tr("Tick “Checked against the paper” for every warning first"));
    } else {
        m_finish->setToolTip(tr("Hand in this entry (Ctrl+Enter)"));
    }
}

void ProtocolEntryPage::updateTabOrder()
{
    QList<QWidget *> chain{m_picker};
    for (const Row &row : std::as_const(m_rows))
        chain << row.editor;
    for (QCheckBox *box : m_findingList->boxes())
        chain << box;
    chain << m_finish << m_remark << m_refer;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void ProtocolEntryPage::focusAfterLastField()
{
    if (m_finish->isEnabled()) {
        m_finish->setFocus(Qt::TabFocusReason);
        return;
    }
    if (QCheckBox *box = m_findingList->firstUnticked();
        box != nullptr && !ProtocolRules::hasErrors(m_findings)) {
        box->setFocus(Qt::TabFocusReason);
        return;
    }
    // Errors: back to the first field at fault; the findings say what to do.
    for (const Row &row : std::as_const(m_rows)) {
        if (row.mark == Mark::Error) {
            row.editor->setFocus(Qt::TabFocusReason);
            row.editor->selectAll();
            return;
        }
    }
    if (QCheckBox *box = m_findingList->firstUnticked())
        box->setFocus(Qt::TabFocusReason);
}

bool ProtocolEntryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!enter || key->modifiers().testFlag(Qt::ControlModifier))
        return QWidget::eventFilter(watched, event);

    if (watched == m_remark) {
        if (m_refer->isEnabled())
            referToCoordinator();
        else if (m_finish->isEnabled())
            m_finish->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (auto *box = qobject_cast<QCheckBox *>(watched)) {
        // Enter moves on; Space ticks.
        const QList<QCheckBox *> boxes = m_findingList->boxes();
        const qsizetype at = boxes.indexOf(box);
        if (at >= 0 && at + 1 < boxes.size())
            boxes.at(at + 1)->setFocus(Qt::TabFocusReason);
        else
            focusAfterLastField();
        return true;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).editor != watched)
            continue;
        if (i + 1 < m_rows.size()) {
            m_rows.at(i + 1).editor->setFocus(Qt::TabFocusReason);
            m_rows.at(i + 1).editor->selectAll();
        } else {
            focusAfterLastField();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool ProtocolEntryPage::saveDraftNow()
{
    m_draftTimer->stop();
    if (!m_sheet || m_readOnly || !m_dirty || m_sample || !canEnter())
        return true;
    auto saved =
        m_service->saveDraft(m_sheet->choice.protocolId, figures(), m_findingList->acknowledged());
    if (!saved) {
        qCWarning(lcEntryPage) << saved.error().code << saved.error().detail;
        m_draftStatus->clear();
        showRefusal(saved.error());
        return false;
    }
    m_entry = *saved;
    m_dirty = false;
    m_draftStatus->setText(tr("Draft saved at %1").arg(clockText(QTime::currentTime())));
    emit draftSaved();
    return true;
}

void ProtocolEntryPage::finish()
{
    if (!m_sheet || m_readOnly || m_sample || !canEnter())
        return;
    recheck();
    if (!m_finish->isEnabled()) {
        m_status->showMessage(m_finish->toolTip());
        return;
    }
    m_draftTimer->stop();
    const ProtocolChoice choice = m_sheet->choice;
    auto outcome = m_service->finish(choice.protocolId, figures(), m_findingList->acknowledged(),
                                     m_remark->text().trimmed(), false);
    if (!outcome) {
        showRefusal(outcome.error());
        return;
    }
    showOutcome(choice, *outcome);
    emit entryFinished(*outcome);
}

void ProtocolEntryPage::referToCoordinator()
{
    if (!m_sheet || m_readOnly || m_sample || !canEnter())
        return;
    recheck();
    if (!ProtocolRules::hasErrors(m_findings)) {
        m_status->showMessage(tr("The entry has no error: finish it instead."));
        return;
    }
    const QString remark = m_remark->text().trimmed();
    if (remark.isEmpty()) {
        m_status->showMessage(tr("Write in the remark why the protocol goes to the coordinator "
                                 "with errors (for example, the paper form itself does not add "
                                 "up), then press Enter."));
        m_remark->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_draftTimer->stop();
    const ProtocolChoice choice = m_sheet->choice;
    auto outcome = m_service->finish(choice.protocolId, figures(), m_findingList->acknowledged(),
                                     remark, true);
    if (!outcome) {
        showRefusal(outcome.error());
        return;
    }
    showOutcome(choice, *outcome);
    emit entryFinished(*outcome);
}

void ProtocolEntryPage::showOutcome(const ProtocolChoice &choice, FinishOutcome outcome)
{
    m_dirty = false;
    clearProtocol();
    QString text;
    switch (outcome) {
    case FinishOutcome::WaitingForSecond:
        text = tr("Station %1: your entry is handed in and waits for the second entry by another "
                  "operator.")
                   .arg(choice.stationNumber);
        break;
    case FinishOutcome::Accepted:
        text = tr("Station %1: both entries agree; the protocol is accepted.")
                   .arg(choice.stationNumber);
        break;
    case FinishOutcome::ToCoordinator:
        text = tr("Station %1: the protocol is sent to the coordinator.").arg(choice.stationNumber);
        break;
    }
    m_status->showMessage(text, MessageLine::Kind::Information);
    m_picker->clear();
    m_picker->setFocus(Qt::OtherFocusReason);
}

void ProtocolEntryPage::showRefusal(const Error &error)
{
    m_status->showMessage(error.userMessage, MessageLine::Kind::Error);
    // Refusals that no typing can overcome make the form read-only; the message says why.
    static const QStringList terminal{
        QStringLiteral("protocol.accepted"),  QStringLiteral("protocol.entries-full"),
        QStringLiteral("protocol.same-user"), QStringLiteral("protocol.not-yours"),
        QStringLiteral("protocol.state"),     QStringLiteral("auth.forbidden"),
        QStringLiteral("protocol.not-found"),
    };
    if (m_sheet && terminal.contains(error.code)) {
        m_dirty = false;
        m_draftTimer->stop();
        setReadOnly(true);
    }
}

void ProtocolEntryPage::prepareForScreenshot()
{
    if (!m_sheet && m_service != nullptr)
        showSample();
}

void ProtocolEntryPage::showSample()
{
    // A protocol whose figures raise a warning and no error, typed in as an operator would.
    auto choices = m_service->find(m_electionId, QString(), 200);
    if (!choices)
        return;
    for (const ProtocolChoice &choice : std::as_const(*choices)) {
        auto sheet = m_service->sheet(choice.protocolId);
        if (!sheet || !sheet->accepted || sheet->candidates.size() < 2)
            continue;
        const QList<Finding> found = ProtocolEntryService::check(*sheet, *sheet->accepted);
        if (ProtocolRules::hasErrors(found) || found.isEmpty())
            continue;
        clearProtocol();
        m_sheet = *sheet;
        m_sheet->accepted.reset();
        m_sheet->choice.state = ProtocolState::FirstEntered;
        m_sample = true;
        buildRows();
        m_heading->setText(ProtocolPicker::describe(m_sheet->choice));
        m_state->setText(tr("%1 · %2 · %3")
                             .arg(choice.territoryName,
                                  ProtocolEntryService::stateLabel(ProtocolState::Open),
                                  tr("station code %1").arg(choice.stationCode)));
        m_picker->setText(choice.stationNumber);
        fill(*sheet->accepted);
        setReadOnly(false);
        recheck();
        return;
    }
}

void ProtocolEntryPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyMarks();
}

void ProtocolEntryPage::hideEvent(QHideEvent *event)
{
    // Another page is shown: what was typed is saved now, not a second later.
    leaveProtocol();
    QWidget::hideEvent(event);
}

const ProtocolEntryPage::Row *ProtocolEntryPage::rowFor(ProtocolField field) const
{
    for (const Row &row : m_rows) {
        if (row.field == field)
            return &row;
    }
    return nullptr;
}

const ProtocolEntryPage::Row *ProtocolEntryPage::rowForCandidate(qint64 candidateId) const
{
    for (const Row &row : m_rows) {
        if (!row.field && row.candidateId == candidateId)
            return &row;
    }
    return nullptr;
}

QLineEdit *ProtocolEntryPage::fieldEditor(ProtocolField field) const
{
    const Row *row = rowFor(field);
    return row != nullptr ? row->editor : nullptr;
}

QLineEdit *ProtocolEntryPage::candidateEditor(qint64 candidateId) const
{
    const Row *row = rowForCandidate(candidateId);
    return row != nullptr ? row->editor : nullptr;
}

ProtocolEntryPage::Mark ProtocolEntryPage::fieldMark(ProtocolField field) const
{
    const Row *row = rowFor(field);
    return row != nullptr ? row->mark : Mark::None;
}

ProtocolEntryPage::Mark ProtocolEntryPage::candidateMark(qint64 candidateId) const
{
    const Row *row = rowForCandidate(candidateId);
    return row != nullptr ? row->mark : Mark::None;
}

QString ProtocolEntryPage::fieldMarkText(ProtocolField field) const
{
    const Row *row = rowFor(field);
    return row != nullptr ? row->markerText->text() : QString();
}

QString ProtocolEntryPage::statusText() const
{
    return m_status->text();
}

QString ProtocolEntryPage::noticeText() const
{
    return m_notice->text();
}

QString ProtocolEntryPage::draftStatusText() const
{
    return m_draftStatus->text();
}

} // namespace bd
