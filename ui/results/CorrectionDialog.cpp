#include "CorrectionDialog.h"

#include "Database.h"
#include "MessageLine.h"
#include "ProtocolRules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcCorrection, "ballotdesk.ui.correction", QtWarningMsg)

namespace bd {

namespace {

constexpr int kProtocolIdRole = Qt::UserRole + 1;

QColor tinted(const QPalette &palette, const QColor &tint, qreal amount)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

const QColor kErrorTint(0xd0, 0x30, 0x30);
const QColor kWarningTint(0xf0, 0xa0, 0x20);

/** Down in the station field moves to the matches, as in a completer. */
class SearchKeys : public QObject
{
public:
    SearchKeys(QListWidget *list, QObject *parent) : QObject(parent), m_list(list) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_list->count() > 0) {
            m_list->setFocus();
            if (m_list->currentRow() < 0)
                m_list->setCurrentRow(0);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListWidget *m_list;
};

} // namespace

CorrectionDialog::CorrectionDialog(const Database &db, Session session, qint64 electionId,
                                   QWidget *parent)
    : QDialog(parent), m_db(db), m_session(std::move(session)), m_electionId(electionId),
      m_search(new QLineEdit(this)), m_matches(new QListWidget(this)), m_heading(new QLabel(this)),
      m_message(new MessageLine(this)), m_form(new QWidget), m_grid(new QGridLayout(m_form)),
      m_findingsBox(new QWidget(this)), m_findingsLayout(new QVBoxLayout(m_findingsBox)),
      m_reason(new QLineEdit(this)), m_readiness(new QLabel(this)),
      m_history(new QTableWidget(this)), m_save(new QPushButton(tr("&Save Correction"), this))
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Correct an Accepted Protocol"));

    auto *searchLabel = new QLabel(tr("&Station:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("correctionStation"));
    m_search->setPlaceholderText(tr("Type a station number or code"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(new SearchKeys(m_matches, this));
    m_matches->setObjectName(QStringLiteral("correctionMatches"));
    m_matches->setAccessibleName(tr("Matching protocols"));
    m_matches->setMaximumHeight(fontMetrics().height() * 6);
    m_matches->hide();
    connect(m_search, &QLineEdit::textEdited, this, &CorrectionDialog::search);
    connect(m_search, &QLineEdit::returnPressed, this, &CorrectionDialog::chooseMatch);
    connect(m_matches, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_matches->setCurrentItem(item);
        chooseMatch();
    });

    m_heading->setObjectName(QStringLiteral("correctionHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_message->setObjectName(QStringLiteral("correctionMessage"));

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_findingsBox->setObjectName(QStringLiteral("correctionFindings"));
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);

    auto *reasonLabel = new QLabel(tr("&Reason (required):"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setPlaceholderText(tr("Why the official figures change, e.g. the commission's "
                                    "decision number"));
    connect(m_reason, &QLineEdit::textChanged, this, &CorrectionDialog::updateReadiness);

    m_readiness->setObjectName(QStringLiteral("correctionReadiness"));
    m_readiness->setWordWrap(true);
    m_readiness->setForegroundRole(QPalette::PlaceholderText);

    m_historyLabel = new QLabel(tr("Earlier &corrections:"), this);
    m_historyLabel->setBuddy(m_history);
    m_history->setObjectName(QStringLiteral("correctionHistory"));
    m_history->setColumnCount(4);
    m_history->setHorizontalHeaderLabels({tr("When"), tr("By"), tr("Reason"), tr("Changes")});
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setTabKeyNavigation(false);
    m_history->setMaximumHeight(fontMetrics().height() * 7);

    m_save->setObjectName(QStringLiteral("saveCorrection"));
    m_save->setToolTip(tr("Record the correction (Ctrl+Enter)"));
    m_save->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_save->isEnabled())
                (void)save();
        });
    }

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_matches);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_findingsBox);
    layout->addLayout(reasonRow);
    layout->addWidget(m_readiness);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history);
    layout->addWidget(buttons);

    m_heading->setText(tr("Choose the station whose accepted protocol is corrected."));
    m_history->hide();
    m_historyLabel->hide();
    updateReadiness();
    resize(720, 760);
    m_search->setFocus();
}

CorrectionDialog::~CorrectionDialog() = default;

void CorrectionDialog::search(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_matches->clear();
    const QString prefix = text.trimmed();
    if (prefix.isEmpty()) {
        m_matches->hide();
        return;
    }
    ProtocolEntryService service(m_db, m_session);
    auto found = service.find(m_electionId, prefix);
    if (!found) {
        m_message->showMessage(found.error().userMessage);
        m_matches->hide();
        return;
    }
    for (const ProtocolChoice &choice : *found) {
        const bool accepted = choice.state == ProtocolState::Accepted;
        auto *item = new QListWidgetItem(tr("%1 %2 · %3 %4 · %5")
                                             .arg(choice.stationNumber, choice.stationName,
                                                  choice.contestCode, choice.contestName,
                                                  ProtocolEntryService::stateLabel(choice.state)),
                                         m_matches);
        item->setData(kProtocolIdRole, choice.protocolId);
        if (!accepted) {
            // Shown, so that the coordinator learns why it cannot be chosen here.
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("Not accepted: only accepted protocols are corrected"));
        }
    }
    if (m_matches->count() == 0) {
        auto *none = new QListWidgetItem(tr("No station starts with %1.").arg(prefix), m_matches);
        none->setFlags(Qt::NoItemFlags);
    }
    for (int i = 0; i < m_matches->count(); ++i) {
        if (m_matches->item(i)->flags().testFlag(Qt::ItemIsEnabled)) {
            m_matches->setCurrentRow(i);
            break;
        }
    }
    m_matches->show();
}

void CorrectionDialog::chooseMatch()
{
    QListWidgetItem *item = m_matches->currentItem();
    if (item == nullptr || !item->flags().testFlag(Qt::ItemIsEnabled))
        return;
    if (loadProtocol(item->data(kProtocolIdRole).toLongLong())) {
        m_matches->hide();
        if (!m_rows.isEmpty())
            m_edits.value(m_rows.constFirst().key)->setFocus();
    }
}

bool CorrectionDialog::loadProtocol(qint64 protocolId)
{
    ProtocolEntryService service(m_db, m_session);
    auto sheet = service.sheet(protocolId);
    if (!sheet) {
        m_message->showMessage(sheet.error().userMessage);
        return false;
    }
    if (!sheet->accepted) {
        m_message->showMessage(
            tr("The protocol of station %1 is not accepted (%2): only accepted protocols are "
               "corrected; differing entries are resolved on the Resolution page.")
                .arg(sheet->choice.stationNumber,
                     ProtocolEntryService::stateLabel(sheet->choice.state)));
        return false;
    }
    m_sheet = *sheet;
    m_message->clearMessage();
    m_search->setText(sheet->choice.stationNumber);
    m_heading->setText(tr("Station %1 — %2 · contest %3 %4 · %5")
                           .arg(sheet->choice.stationNumber, sheet->choice.stationName,
                                sheet->choice.contestCode, sheet->choice.contestName,
                                sheet->choice.territoryName));
    m_acknowledged.clear();
    buildForm();
    fillHistory();
    checkFigures();
    return true;
}

qint64 CorrectionDialog::protocolId() const
{
    return m_sheet ? m_sheet->choice.protocolId : 0;
}

std::optional<ProtocolFigures> CorrectionDialog::officialFigures() const
{
    return m_sheet ? m_sheet->accepted : std::nullopt;
}

void CorrectionDialog::buildForm()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_edits.clear();
    m_changeMarks.clear();
    m_rows = figureRows(*m_sheet);

    const auto header = [this](const QString &text, int column) {
        auto *label = new QLabel(text, m_form);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        m_grid->addWidget(label, 0, column, column == 0 ? Qt::AlignLeft : Qt::AlignRight);
    };
    header(tr("Field"), 0);
    header(tr("Official"), 1);
    header(tr("Corrected"), 2);

    const QLocale locale;
    QWidget *previous = m_search;
    for (int i = 0; i < m_rows.size(); ++i) {
        const FigureRow &row = m_rows.at(i);
        const CountValue official = row.value(*m_sheet->accepted);
        auto *label = new QLabel(tr("%1  %2").arg(row.letter, row.label), m_form);
        auto *current = new QLabel(official.display(), m_form);
        current->setObjectName(QStringLiteral("official_") + row.key);
        auto *edit = new QLineEdit(official.text(), m_form);
        edit->setObjectName(QStringLiteral("edit_") + row.key);
        edit->setAlignment(Qt::AlignRight);
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('9')) * 14);
        edit->setAccessibleName(row.label);
        label->setBuddy(edit);
        auto *mark = new QLabel(m_form);
        mark->setMinimumWidth(fontMetrics().horizontalAdvance(tr("changed")) + 8);
        m_grid->addWidget(label, i + 1, 0);
        m_grid->addWidget(current, i + 1, 1, Qt::AlignRight);
        m_grid->addWidget(edit, i + 1, 2);
        m_grid->addWidget(mark, i + 1, 3);
        // Shown now rather than when the layout gets to it: the first field takes the focus.
        if (m_form->isVisible()) {
            for (QWidget *w : std::initializer_list<QWidget *>{label, current, edit, mark})
                w->show();
        }
        m_edits.insert(row.key, edit);
        m_changeMarks.insert(row.key, mark);
        connect(edit, &QLineEdit::textEdited, this, &CorrectionDialog::checkFigures);
        connect(edit, &QLineEdit::returnPressed, this, [this, i] {
            if (i + 1 < m_rows.size())
                m_edits.value(m_rows.at(i + 1).key)->setFocus();
            else
                m_reason->setFocus();
        });
        setTabOrder(previous, edit);
        previous = edit;
    }
    m_grid->setColumnStretch(0, 1);
    setTabOrder(previous, m_reason);
}

void CorrectionDialog::fillHistory()
{
    ProtocolEntryService service(m_db, m_session);
    auto corrections = service.corrections(m_sheet->choice.protocolId);
    m_history->setRowCount(0);
    if (!corrections) {
        qCWarning(lcCorrection) << corrections.error().userMessage << corrections.error().detail;
        return;
    }
    const QLocale locale;
    m_history->setRowCount(int(corrections->size()));
    for (int i = 0; i < corrections->size(); ++i) {
        const ProtocolCorrection &c = corrections->at(i);
        const QStringList cells{locale.toString(c.correctedAt.toLocalTime(), QLocale::ShortFormat),
                                c.correctedByLogin, c.reason,
                                describeChanges(m_rows, c.oldFigures, c.newFigures)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_history->setItem(i, column, item);
        }
    }
    m_history->resizeColumnsToContents();
    const bool any = !corrections->isEmpty();
    m_history->setVisible(any);
    m_historyLabel->setVisible(any);
}

ProtocolFigures CorrectionDialog::typedFigures() const
{
    ProtocolFigures figures;
    for (const FigureRow &row : m_rows)
        row.setValue(figures, CountValue::parse(m_edits.value(row.key)->text()));
    return figures;
}

QStringList CorrectionDialog::findingCodes() const
{
    QStringList codes;
    for (const Finding &f : m_findings)
        codes << f.code;
    return codes;
}

void CorrectionDialog::checkFigures()
{
    if (!m_sheet)
        return;
    const ProtocolFigures figures = typedFigures();
    m_findings = ProtocolEntryService::check(*m_sheet, figures);
    const QPalette base = palette();
    for (const FigureRow &row : std::as_const(m_rows)) {
        QLineEdit *edit = m_edits.value(row.key);
        bool error = false;
        bool warning = false;
        QStringList codes;
        for (const Finding &f : std::as_const(m_findings)) {
            if (!row.involvedIn(f))
                continue;
            (f.isError() ? error : warning) = true;
            codes << f.code;
        }
        QPalette pal = base;
        if (error)
            pal.setColor(QPalette::Base, tinted(base, kErrorTint, 0.30));
        else if (warning)
            pal.setColor(QPalette::Base, tinted(base, kWarningTint, 0.30));
        edit->setPalette(pal);
        edit->setToolTip(codes.join(QLatin1String(", ")));
        const bool changed = row.value(figures) != row.value(*m_sheet->accepted);
        QFont font = edit->font();
        font.setBold(changed);
        edit->setFont(font);
        m_changeMarks.value(row.key)->setText(changed ? tr("changed") : QString());
    }
    rebuildFindings(m_findings);
    updateReadiness();
}

void CorrectionDialog::rebuildFindings(const QList<Finding> &findings)
{
    QStringList codes;
    for (const Finding &f : findings)
        codes << f.code + f.message;
    QStringList shown;
    for (QLabel *label : m_findingsBox->findChildren<QLabel *>())
        shown << label->property("finding").toString();
    if (codes == shown)
        return; // the same findings: keep the boxes (and the focus in them)

    while (QLayoutItem *item = m_findingsLayout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    m_acks.clear();
    for (const Finding &f : findings) {
        auto *row = new QHBoxLayout;
        auto *text = new QLabel((f.isError() ? tr("✖ Error %1: %2 %3") : tr("⚠ Warning %1: %2 %3"))
                                    .arg(f.code, f.message, f.advice),
                                m_findingsBox);
        text->setWordWrap(true);
        text->setProperty("finding", f.code + f.message);
        text->setObjectName(QStringLiteral("finding_") + f.code);
        row->addWidget(text, 1);
        if (!f.isError()) {
            auto *ack = new QCheckBox(tr("Checked against the paper"), m_findingsBox);
            ack->setObjectName(QStringLiteral("ack_") + f.code);
            ack->setChecked(m_acknowledged.contains(f.code));
            connect(ack, &QCheckBox::toggled, this, [this, code = f.code](bool on) {
                if (on)
                    m_acknowledged.insert(code);
                else
                    m_acknowledged.remove(code);
                updateReadiness();
            });
            row->addWidget(ack, 0, Qt::AlignTop);
            m_acks.insert(f.code, ack);
        }
        m_findingsLayout->addLayout(row);
    }
}

void CorrectionDialog::updateReadiness()
{
    QStringList missing;
    if (!m_sheet) {
        missing << tr("choose a station");
    } else {
        int errors = 0;
        QStringList unacknowledged;
        for (const Finding &f : std::as_const(m_findings)) {
            if (f.isError())
                ++errors;
            else if (!m_acknowledged.contains(f.code))
                unacknowledged << f.code;
        }
        if (typedFigures() == *m_sheet->accepted)
            missing << tr("change a figure");
        if (errors > 0)
            missing << tr("resolve %n error(s)", nullptr, errors);
        if (!unacknowledged.isEmpty())
            missing
                << tr("check %1 against the paper").arg(unacknowledged.join(QLatin1String(", ")));
        if (m_reason->text().trimmed().isEmpty())
            missing << tr("give the reason");
    }
    m_save->setEnabled(missing.isEmpty());
    m_readiness->setText(missing.isEmpty()
                             ? tr("Ready: Ctrl+Enter records the correction.")
                             : tr("To save: %1.").arg(missing.join(QLatin1String("; "))));
}

bool CorrectionDialog::save()
{
    if (!m_sheet)
        return false;
    const qint64 id = m_sheet->choice.protocolId;
    const ProtocolFigures before = *m_sheet->accepted;
    const ProtocolFigures figures = typedFigures();
    QStringList acknowledged;
    for (const Finding &f : std::as_const(m_findings)) {
        if (!f.isError() && m_acknowledged.contains(f.code))
            acknowledged << f.code;
    }
    ProtocolEntryService service(m_db, m_session);
    Status status =
        service.correct(id, m_sheet->rowVersion, figures, m_reason->text().trimmed(), acknowledged);
    if (!status) {
        qCInfo(lcCorrection) << "refused" << status.error().code << status.error().detail;
        const QString message = status.error().userMessage;
        if (status.error().code == QLatin1String("protocol.conflict")) {
            // Someone changed the protocol meanwhile: show what it holds now.
            const QString reason = m_reason->text();
            (void)loadProtocol(id);
            m_reason->setText(reason);
            m_message->showMessage(
                tr("%1 The official figures below are the current ones; enter your correction "
                   "again if it is still needed.")
                    .arg(message));
        } else {
            m_message->showMessage(message);
        }
        return false;
    }
    const QString confirmation =
        tr("Station %1, contest %2: correction recorded (%3).")
            .arg(m_sheet->choice.stationNumber, m_sheet->choice.contestCode,
                 describeChanges(m_rows, before, figures));
    emit corrected(id, confirmation);
    accept();
    return true;
}

QString CorrectionDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString CorrectionDialog::readinessText() const
{
    return m_readiness->text();
}

void CorrectionDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_sheet)
        checkFigures();
}

} // namespace bd
