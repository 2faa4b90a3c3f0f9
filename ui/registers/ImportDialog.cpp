#include "ImportDialog.h"

#include "CsvReader.h"
#include "Database.h"
#include "Prompter.h"
#include "RegisterCsvFormat.h"
#include "RegisterExporter.h"
#include "RegisterImporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcImport, "ballotdesk.ui.registers.import", QtInfoMsg)

namespace bd {

namespace {

// What the worker hands back.
struct ImportRun
{
    int rows = 0;
    QList<ImportProblem> problems;
    bool cancelled = false;
    QString failure; ///< the import could not run at all
};

} // namespace

ImportDialog::ImportDialog(const QString &databasePath, const std::optional<Session> &session,
                           Prompter *prompter, QWidget *parent)
    : QDialog(parent), m_databasePath(databasePath), m_session(session), m_prompter(prompter),
      m_kind(new QComboBox(this)), m_file(new QLineEdit(this)), m_preview(new QTableWidget(this)),
      m_previewNote(new QLabel(this)), m_problems(new QListWidget(this)),
      m_result(new QLabel(this)), m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import CSV"));
    for (RegisterKind kind : RegisterKinds::all())
        m_kind->addItem(RegisterKinds::label(kind), int(kind));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("The CSV file to import"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::showPreview);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Register:"), m_kind);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_previewNote->setForegroundRole(QPalette::PlaceholderText);
    m_previewNote->setWordWrap(true);

    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->hide();
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setToolTip(tr("Close (Esc); cancels a running import"));
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewNote);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(820, 560);
    m_importButton->setEnabled(false);
}

ImportDialog::~ImportDialog()
{
    // A running worker only touches the shared state (kept alive by its own reference).
    if (m_shared)
        m_shared->cancel = true;
}

std::optional<RegisterKind> ImportDialog::guessKind(const QStringList &header)
{
    std::optional<RegisterKind> best;
    int bestScore = -1;
    for (RegisterKind kind : RegisterKinds::all()) {
        const QStringList required = RegisterCsvFormat::requiredColumns(kind);
        bool complete = true;
        for (const QString &column : required)
            complete = complete && header.contains(column);
        if (!complete)
            continue;
        // The most specific kind wins: observers also have code and full_name, as candidates.
        int score = 0;
        for (const QString &column : RegisterExporter::columns(kind))
            score += header.contains(column) ? 1 : 0;
        score -= int(header.size()) - score; // columns the kind does not know
        if (score > bestScore) {
            bestScore = score;
            best = kind;
        }
    }
    return best;
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    showPreview();
}

void ImportDialog::setKind(RegisterKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

RegisterKind ImportDialog::kind() const
{
    return static_cast<RegisterKind>(m_kind->currentData().toInt());
}

QString ImportDialog::file() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void ImportDialog::chooseFile()
{
    if (m_prompter == nullptr)
        return;
    const QString path = m_prompter->chooseFileToOpen(this, tr("Import CSV"),
                                                      QFileInfo(m_databasePath).absolutePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::showPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_problems->clear();
    m_problems->hide();
    m_result->clear();
    const QString path = file();
    if (path.isEmpty()) {
        m_importButton->setEnabled(false);
        return;
    }
    auto preview = CsvReader::preview(path, PreviewRows);
    if (!preview) {
        m_previewNote->setText(preview.error().userMessage);
        m_importButton->setEnabled(false);
        return;
    }
    m_preview->setColumnCount(int(preview->header.size()));
    m_preview->setHorizontalHeaderLabels(preview->header);
    m_preview->setRowCount(int(preview->rows.size()));
    for (int row = 0; row < preview->rows.size(); ++row) {
        const QStringList &fields = preview->rows.at(row);
        for (int column = 0; column < fields.size() && column < preview->header.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(fields.at(column)));
    }
    m_preview->resizeColumnsToContents();
    const std::optional<RegisterKind> guessed = guessKind(preview->header);
    if (guessed)
        setKind(*guessed);
    m_previewNote->setText(
        guessed ? tr("The first rows of %1. Its columns are those of %2: check the register "
                     "below before importing.")
                      .arg(QFileInfo(path).fileName(), RegisterKinds::label(*guessed))
                : tr("The first rows of %1. Its columns match no register: choose one below; "
                     "the import will list what is missing.")
                      .arg(QFileInfo(path).fileName()));
    for (const ImportProblem &problem : std::as_const(preview->problems))
        m_problems->addItem(problem.text());
    m_problems->setVisible(m_problems->count() > 0);
    m_importButton->setEnabled(true);
}

void ImportDialog::startImport()
{
    if (m_running)
        return;
    const QString path = file();
    if (path.isEmpty())
        return;
    if (!m_session) {
        finishImport(0, {}, false, tr("Sign in to import registers."));
        return;
    }
    m_running = true;
    m_shared = std::make_shared<Shared>();
    m_importButton->setEnabled(false);
    m_kind->setEnabled(false);
    m_file->setEnabled(false);
    m_problems->clear();
    m_problems->hide();
    m_result->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_progress->setValue(0);
    m_progress->show();
    m_closeButton->setText(tr("Cancel"));

    auto shared = m_shared;
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, shared] {
        const qint64 total = shared->total.load();
        if (total > 0)
            m_progress->setValue(int(1000 * shared->done.load() / total));
    });
    poll->start(100);

    const QString databasePath = m_databasePath;
    const Session session = *m_session;
    const RegisterKind kind = this->kind();
    auto run = [databasePath, session, kind, path, shared]() -> ImportRun {
        // The worker's own connection: a connection belongs to the thread that opened it.
        auto db = Database::open(databasePath, Database::OpenMode::ExistingOnly);
        if (!db)
            return {0, {}, false, db.error().userMessage};
        ImportOptions options;
        options.progress = [shared](qint64 done, qint64 total) {
            shared->done = done;
            shared->total = total;
            return !shared->cancel.load();
        };
        auto report = RegisterImporter::importFile(*db, session, kind, path, options);
        if (!report)
            return {0, {}, false, report.error().userMessage};
        return {report->rowsImported, report->problems, report->cancelled, {}};
    };
    auto *watcher = new QFutureWatcher<ImportRun>(this);
    connect(watcher, &QFutureWatcher<ImportRun>::finished, this, [this, watcher, poll] {
        watcher->deleteLater();
        poll->deleteLater();
        const ImportRun result = watcher->result();
        finishImport(result.rows, result.problems, result.cancelled, result.failure);
    });
    watcher->setFuture(QtConcurrent::run(run));
}

void ImportDialog::finishImport(int rows, const QList<ImportProblem> &problems, bool cancelled,
                                const QString &failure)
{
    m_running = false;
    m_shared.reset();
    m_progress->hide();
    m_kind->setEnabled(true);
    m_file->setEnabled(true);
    m_importButton->setEnabled(true);
    m_closeButton->setText(tr("Close"));
    m_problems->clear();
    bool ok = false;
    if (!failure.isEmpty()) {
        m_result->setText(tr("The import could not run: %1").arg(failure));
    } else if (cancelled) {
        m_result->setText(tr("The import was cancelled; nothing was written."));
    } else if (!problems.isEmpty()) {
        m_result->setText(tr("%n problem(s) found; nothing was written. Correct the file and "
                             "import it again.",
                             nullptr, int(problems.size())));
        for (const ImportProblem &problem : problems)
            m_problems->addItem(problem.text());
    } else {
        ok = true;
        m_result->setText(tr("%Ln row(s) imported.", nullptr, rows));
        m_importButton->setEnabled(false);
    }
    m_problems->setVisible(m_problems->count() > 0);
    qCInfo(lcImport) << RegisterKinds::key(kind()) << "rows" << rows << "problems"
                     << problems.size() << "cancelled" << cancelled << failure;
    emit importFinished(kind(), ok ? rows : 0, ok);
}

void ImportDialog::reject()
{
    if (m_running && m_shared) {
        // Cancel first; the dialog closes when the worker has rolled back.
        m_shared->cancel = true;
        m_result->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace bd
