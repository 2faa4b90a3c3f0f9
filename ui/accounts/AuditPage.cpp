#include "AuditPage.h"

#include "AuditExport.h"
#include "AuditQuery.h"
#include "AuditTableModel.h"
#include "Database.h"
#include "MessageLine.h"
#include "Prompter.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcAuditPage, "ballotdesk.ui.audit", QtWarningMsg)

namespace bd {

namespace {

// What a worker hands back; Outcome has no default state, which QFuture needs.
struct AuditWork
{
    std::optional<AuditReport> report;
    qint64 exported = 0;
    Error error;
};

AuditWork verifyFile(const QString &path)
{
    // A connection belongs to its thread: the worker opens (and closes) its own.
    AuditWork work;
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db) {
        work.error = db.error();
        return work;
    }
    auto report = AuditVerifier::verify(*db);
    if (!report)
        work.error = report.error();
    else
        work.report = *report;
    return work;
}

AuditWork exportFile(const QString &path, const QString &csvPath)
{
    AuditWork work;
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db) {
        work.error = db.error();
        return work;
    }
    auto written = AuditExport::writeCsv(*db, csvPath);
    if (!written)
        work.error = written.error();
    else
        work.exported = *written;
    return work;
}

QDateTimeEdit *boundEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    // The minimum stands for "no bound" and reads as such.
    edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    edit->setSpecialValueText(AuditPage::tr("any time"));
    edit->setDateTime(edit->minimumDateTime());
    return edit;
}

} // namespace

AuditPage::AuditPage(QWidget *parent) : QWidget(parent)
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("auditStatus"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bannerFont = m_banner->font();
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);

    m_verifyButton = new QPushButton(tr("&Verify Again"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyAgainButton"));
    m_verifyButton->setToolTip(tr("Recompute the audit chain and the protocol seals (F5)"));
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportAuditButton"));
    m_exportButton->setToolTip(tr("Write the audit log as CSV for observers (Ctrl+Shift+E)"));
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::verifyInBackground);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);
    auto *verifyShortcut = new QShortcut(QKeySequence(Qt::Key_F5), this);
    verifyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(verifyShortcut, &QShortcut::activated, this, &AuditPage::verifyInBackground);
    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, this, &AuditPage::exportCsv);

    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_verifyButton, 0, Qt::AlignVCenter);
    bannerRow->addWidget(m_exportButton, 0, Qt::AlignVCenter);

    m_exportMessage = new MessageLine(this);
    m_exportMessage->setObjectName(QStringLiteral("exportMessage"));

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->setAccessibleName(tr("User"));
    m_objectType = new QComboBox(this);
    m_objectType->setObjectName(QStringLiteral("auditObjectTypeFilter"));
    m_objectType->setAccessibleName(tr("Object type"));
    m_objectId = new QLineEdit(this);
    m_objectId->setObjectName(QStringLiteral("auditObjectIdFilter"));
    m_objectId->setAccessibleName(tr("Object id"));
    m_objectId->setPlaceholderText(tr("any id"));
    m_objectId->setClearButtonEnabled(true);
    m_objectId->setMaximumWidth(140);
    m_from = boundEdit(QStringLiteral("auditFromFilter"), tr("From"), this);
    m_to = boundEdit(QStringLiteral("auditToFilter"), tr("To"), this);

    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    auto *objectLabel = new QLabel(tr("&Object:"), this);
    objectLabel->setBuddy(m_objectType);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *filters = new QHBoxLayout;
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    filters->addSpacing(12);
    filters->addWidget(objectLabel);
    filters->addWidget(m_objectType);
    filters->addWidget(m_objectId);
    filters->addSpacing(12);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addStretch(1);

    // Typing in the id field filters after a short pause, not on every key.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &AuditPage::applyFilter);
    auto later = [this] {
        m_filterTimer->start();
    };
    connect(m_user, &QComboBox::currentIndexChanged, this, later);
    connect(m_objectType, &QComboBox::currentIndexChanged, this, later);
    connect(m_objectId, &QLineEdit::textChanged, this, later);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, later);

    m_model = new AuditTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(AuditTableModel::Time, 150);
    m_table->setColumnWidth(AuditTableModel::User, 100);
    m_table->setColumnWidth(AuditTableModel::UserRole, 110);
    m_table->setColumnWidth(AuditTableModel::Action, 170);
    m_table->setColumnWidth(AuditTableModel::Object, 110);
    m_table->setColumnWidth(AuditTableModel::OldValues, 200);

    auto *title = new QLabel(tr("Audit log"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Every change of the election, newest first. Each record "
                                   "holds the hash of the one before it."),
                                this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(6);
    layout->addLayout(bannerRow);
    layout->addWidget(m_exportMessage);
    layout->addSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    setElection(nullptr);
}

AuditPage::~AuditPage() = default;

void AuditPage::setElection(const ElectionContext *context)
{
    m_context = context;
    const QString path = context != nullptr ? context->path : QString();
    const bool enabled = context != nullptr && context->database != nullptr;
    m_verifyButton->setEnabled(enabled);
    m_exportButton->setEnabled(enabled);
    const QString login =
        context != nullptr && context->session ? context->session->login : QString();
    if (path == m_path && enabled) {
        // A sign-in appends audit records: show them, and verify what is shown.
        if (login != m_login) {
            m_login = login;
            verifyInBackground();
        }
        return;
    }
    m_path = path;
    m_login = login;
    ++m_generation;
    m_report.reset();
    m_exportMessage->clearMessage();
    m_model->setDatabase(enabled ? context->database : nullptr);
    reloadFilterChoices();
    if (enabled) {
        verifyInBackground();
    } else {
        m_verifying = false;
        m_bannerState = BannerState::Neutral;
        m_banner->setText(tr("No election file is open."));
        updateBannerPalette();
    }
}

void AuditPage::prepareForScreenshot()
{
    if (m_context == nullptr || m_context->database == nullptr)
        return;
    ++m_generation; // a background run still going is no longer wanted
    m_verifying = false;
    auto report = AuditVerifier::verify(*m_context->database);
    if (report)
        showReport(*report);
    else
        showVerifyFailure(report.error().userMessage);
}

void AuditPage::reloadFilterChoices()
{
    const QSignalBlocker blockUser(m_user);
    const QSignalBlocker blockType(m_objectType);
    m_user->clear();
    m_objectType->clear();
    m_user->addItem(tr("All users"), QString());
    m_objectType->addItem(tr("All objects"), QString());
    if (m_context == nullptr || m_context->database == nullptr)
        return;
    if (auto logins = AuditQuery::logins(*m_context->database)) {
        for (const QString &login : *logins)
            m_user->addItem(login, login);
    } else {
        qCWarning(lcAuditPage) << logins.error().userMessage << logins.error().detail;
    }
    if (auto types = AuditQuery::objectTypes(*m_context->database)) {
        for (const QString &type : *types)
            m_objectType->addItem(type, type);
    } else {
        qCWarning(lcAuditPage) << types.error().userMessage << types.error().detail;
    }
}

void AuditPage::applyFilter()
{
    AuditFilter filter;
    filter.userLogin = m_user->currentData().toString();
    filter.objectType = m_objectType->currentData().toString();
    filter.objectId = m_objectId->text().trimmed();
    // The edits show local time; the log stores UTC.
    if (m_from->dateTime() != m_from->minimumDateTime())
        filter.from = m_from->dateTime();
    if (m_to->dateTime() != m_to->minimumDateTime())
        filter.to = m_to->dateTime().addSecs(59);
    m_model->setFilter(filter);
}

void AuditPage::verifyInBackground()
{
    if (m_path.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_verifying = true;
    showVerifying();
    auto *watcher = new QFutureWatcher<AuditWork>(this);
    connect(watcher, &QFutureWatcher<AuditWork>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another file, or a newer run
        m_verifying = false;
        const AuditWork work = watcher->result();
        if (work.report)
            showReport(*work.report);
        else
            showVerifyFailure(work.error.userMessage);
        // New records (a sign-in, say) may have been appended since the table was read.
        m_model->reload();
        emit verified();
    });
    watcher->setFuture(QtConcurrent::run(&m_workers, verifyFile, m_path));
}

void AuditPage::exportCsv()
{
    if (m_path.isEmpty() || m_exporting)
        return;
    const QString suggested =
        QDir(QFileInfo(m_path).absolutePath())
            .filePath(QFileInfo(m_path).completeBaseName() + QLatin1String("-audit.csv"));
    const QString filter = tr("CSV files (*.csv);;All files (*)");
    const QString csvPath =
        m_prompter != nullptr
            ? m_prompter->chooseFileToSave(this, tr("Export Audit Log"), suggested, filter)
            : QFileDialog::getSaveFileName(this, tr("Export Audit Log"), suggested, filter);
    if (csvPath.isEmpty())
        return;
    m_exporting = true;
    m_exportButton->setEnabled(false);
    m_exportMessage->showMessage(tr("Exporting the audit log…"), MessageLine::Kind::Information);
    auto *watcher = new QFutureWatcher<AuditWork>(this);
    connect(watcher, &QFutureWatcher<AuditWork>::finished, this, [this, watcher, csvPath] {
        watcher->deleteLater();
        m_exporting = false;
        m_exportButton->setEnabled(!m_path.isEmpty());
        const AuditWork work = watcher->result();
        if (!work.error.code.isEmpty()) {
            qCWarning(lcAuditPage) << work.error.code << work.error.detail;
            m_exportMessage->showMessage(work.error.userMessage);
        } else {
            m_exportMessage->showMessage(
                tr("%Ln audit record(s) written to %1.", nullptr, int(work.exported))
                    .arg(QDir::toNativeSeparators(csvPath)),
                MessageLine::Kind::Information);
        }
        emit exported();
    });
    watcher->setFuture(QtConcurrent::run(&m_workers, exportFile, m_path, csvPath));
}

QString AuditPage::statusText() const
{
    return m_banner->text();
}

QString AuditPage::exportMessage() const
{
    return m_exportMessage->isHidden() ? QString() : m_exportMessage->text();
}

void AuditPage::showVerifying()
{
    m_bannerState = BannerState::Neutral;
    m_banner->setText(tr("Verifying the audit chain and the protocol seals…"));
    updateBannerPalette();
}

void AuditPage::showReport(const AuditReport &report)
{
    m_report = report;
    if (report.intact()) {
        m_bannerState = BannerState::Intact;
        m_banner->setText(
            tr("Audit chain intact: %1, %2.")
                .arg(tr("%Ln record(s)", nullptr, int(report.records)),
                     tr("%Ln protocol(s) sealed", nullptr, int(report.sealedProtocols))));
    } else {
        m_bannerState = BannerState::Broken;
        m_banner->setText(tr("The election file was changed outside BallotDesk.\n%1")
                              .arg(AuditVerifier::describe(report)));
    }
    updateBannerPalette();
}

void AuditPage::showVerifyFailure(const QString &message)
{
    m_bannerState = BannerState::Broken;
    m_banner->setText(tr("The audit log could not be verified: %1").arg(message));
    updateBannerPalette();
}

void AuditPage::updateBannerPalette()
{
    QPalette palette = this->palette();
    // Like the demo banner, a verdict reads the same in every palette: green intact, red broken.
    switch (m_bannerState) {
    case BannerState::Intact:
        palette.setColor(QPalette::Window, QColor(0xd4, 0xed, 0xda));
        palette.setColor(QPalette::WindowText, QColor(0x15, 0x57, 0x24));
        break;
    case BannerState::Broken:
        palette.setColor(QPalette::Window, QColor(0xf8, 0xd7, 0xda));
        palette.setColor(QPalette::WindowText, QColor(0x72, 0x1c, 0x24));
        break;
    case BannerState::Neutral:
        palette.setColor(QPalette::Window, palette.color(QPalette::AlternateBase));
        break;
    }
    m_banner->setPalette(palette);
}

void AuditPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_banner != nullptr)
        updateBannerPalette();
}

} // namespace bd
