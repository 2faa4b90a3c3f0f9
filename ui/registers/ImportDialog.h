#pragma once

#include "ImportProblem.h"
#include "RegisterRecords.h"
#include "Session.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace bd {

class Prompter;

/**
 * File › Import CSV…: the kind and the file, a preview of the first rows, then the import in
 * a worker thread (its own database connection) with progress and Cancel, and at the end
 * either "N rows imported" or the list of problems (FILE:LINE: column NAME: reason) with
 * nothing written.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 10;

    /** databasePath: the open election file; prompter (not owned) chooses files. */
    ImportDialog(const QString &databasePath, const std::optional<Session> &session,
                 Prompter *prompter, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /** The kind whose required columns a header has (the best match), if any. */
    static std::optional<RegisterKind> guessKind(const QStringList &header);

    /** Shows the preview of path and selects the kind its header suggests. */
    void setFile(const QString &path);
    void setKind(RegisterKind kind);
    RegisterKind kind() const;
    QString file() const;

    /** Starts the import (as the Import button does). */
    void startImport();
    bool isRunning() const { return m_running; }

    QTableWidget *previewTable() const { return m_preview; }
    QListWidget *problemList() const { return m_problems; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *importButton() const { return m_importButton; }

signals:
    /** The import ended: rows written (0 when problems stopped it or it was cancelled). */
    void importFinished(bd::RegisterKind kind, int rowsImported, bool ok);

public slots:
    /** Closes the dialog; while an import runs, cancels it first (Esc, Close, Cancel). */
    void reject() override;

private:
    void chooseFile();
    void showPreview();
    void finishImport(int rows, const QList<ImportProblem> &problems, bool cancelled,
                      const QString &failure);

    QString m_databasePath;
    std::optional<Session> m_session;
    Prompter *m_prompter;
    QComboBox *m_kind;
    QLineEdit *m_file;
    QTableWidget *m_preview;
    QLabel *m_previewNote;
    QListWidget *m_problems;
    QLabel *m_result;
    QProgressBar *m_progress;
    QPushButton *m_importButton;
    QPushButton *m_closeButton;
    bool m_running = false;

    struct Shared
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };
    std::shared_ptr<Shared> m_shared;
};

} // namespace bd
