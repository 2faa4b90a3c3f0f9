#pragma once

#include "ReportQueries.h"
#include "ReportRequest.h"

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace bd {

/** A region offered by the export dialog: its code and its name in the UI language. */
struct ReportChoice
{
    QString code;
    QString label;
};

/**
 * File › Export PDF…: which report (national summary, one region, one contest result sheet)
 * and in which language. Accepting with "Preview…" or "Export…" tells which was chosen.
 */
class ExportPdfDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Preview, Export };

    ExportPdfDialog(const QList<ReportChoice> &regions, const QList<ReportChoice> &contests,
                    QWidget *parent = nullptr);

    ReportRequest request() const;
    Action action() const { return m_action; }
    void setRequest(const ReportRequest &request);

private:
    void updateEnabled();

    QComboBox *m_kind = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_contest = nullptr;
    QComboBox *m_language = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Action m_action = Action::Export;
};

} // namespace bd
