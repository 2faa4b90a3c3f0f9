#pragma once

#include "AuditVerifier.h"
#include "ElectionView.h"

#include <QThreadPool>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace bd {

class AuditTableModel;
class MessageLine;
class Prompter;

/**
 * The audit log of the open election: a lazily loaded table, newest first, filtered by user,
 * object and time; above it the verification of the hash chain and the protocol seals, run in
 * a worker thread on its own connection, with "Verify Again" and "Export CSV…".
 *
 * Verifying and exporting read the file only and need no sign-in, as on the command line
 * (docs/roles.md).
 */
class AuditPage : public QWidget, public ElectionView
{
    Q_OBJECT

public:
    explicit AuditPage(QWidget *parent = nullptr);
    ~AuditPage() override;

    /** Where the export asks for its file and reports errors; must outlive the page. */
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

    void setElection(const ElectionContext *context) override;
    void prepareForScreenshot() override;

    /** Verifies the open file again in a worker thread. */
    void verifyInBackground();
    /** Asks for a file and writes the audit log to it as CSV (in a worker thread). */
    void exportCsv();

    bool isVerifying() const { return m_verifying; }
    /** The verification banner's text. */
    QString statusText() const;
    /** The last verification's report, once one finished. */
    const std::optional<AuditReport> &report() const { return m_report; }
    AuditTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /** The export's result message (empty: none yet). */
    QString exportMessage() const;
    bool isExporting() const { return m_exporting; }

signals:
    void verified();
    void exported();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadFilterChoices();
    void applyFilter();
    void showVerifying();
    void showReport(const AuditReport &report);
    void showVerifyFailure(const QString &message);
    void updateBannerPalette();

    enum class BannerState { Neutral, Intact, Broken };

    Prompter *m_prompter = nullptr;
    const ElectionContext *m_context = nullptr;
    QString m_path;
    QString m_login; ///< who is signed in, to verify again when that changes
    quint64 m_generation = 0;
    bool m_verifying = false;
    bool m_exporting = false;
    std::optional<AuditReport> m_report;
    BannerState m_bannerState = BannerState::Neutral;

    QLabel *m_banner;
    QPushButton *m_verifyButton;
    QPushButton *m_exportButton;
    QComboBox *m_user;
    QComboBox *m_objectType;
    QLineEdit *m_objectId;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QTimer *m_filterTimer;
    QTableView *m_table;
    AuditTableModel *m_model;
    MessageLine *m_exportMessage;
    // Declared last, so destroyed first: waits for this object's background work, so no task
    // outlives it and none is left holding the application's thread pool at exit.
    QThreadPool m_workers;
};

} // namespace bd
