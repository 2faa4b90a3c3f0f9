#include "ExportPdfDialog.h"

#include "ReportGenerator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

ExportPdfDialog::ExportPdfDialog(const QList<ReportChoice> &regions,
                                 const QList<ReportChoice> &contests, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export PDF"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("National summary"), int(ReportKind::Summary));
    m_kind->addItem(tr("Regional report"), int(ReportKind::Region));
    m_kind->addItem(tr("Contest result sheet"), int(ReportKind::Contest));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("reportRegion"));
    for (const ReportChoice &r : regions)
        m_region->addItem(r.label, r.code);
    m_contest = new QComboBox(this);
    m_contest->setObjectName(QStringLiteral("reportContest"));
    // Hundreds of contests: typing the code finds one faster than scrolling.
    m_contest->setEditable(true);
    m_contest->setInsertPolicy(QComboBox::NoInsert);
    for (const ReportChoice &c : contests)
        m_contest->addItem(c.label, c.code);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(ReportGenerator::languageOf(QLocale())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("Re&gion:"), m_region);
    form->addRow(tr("&Contest:"), m_contest);
    form->addRow(tr("&Language:"), m_language);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *preview = m_buttons->addButton(tr("&Preview…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("previewButton"));
    preview->setToolTip(tr("Show the pages, and print them"));
    QPushButton *exportButton = m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(preview, &QPushButton::clicked, this, [this] {
        m_action = Action::Preview;
        accept();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        m_action = Action::Export;
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportPdfDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateEnabled();
}

ReportRequest ExportPdfDialog::request() const
{
    ReportRequest request;
    request.kind = ReportKind(m_kind->currentData().toInt());
    request.regionCode = m_region->currentData().toString();
    // An edited contest box holds what was typed: a code, or a label picked from the list.
    const int index = m_contest->findText(m_contest->currentText());
    request.contestCode =
        index >= 0 ? m_contest->itemData(index).toString() : m_contest->currentText().trimmed();
    request.language = m_language->currentData().toString();
    return request;
}

void ExportPdfDialog::setRequest(const ReportRequest &request)
{
    m_kind->setCurrentIndex(m_kind->findData(int(request.kind)));
    if (const int i = m_region->findData(request.regionCode); i >= 0)
        m_region->setCurrentIndex(i);
    if (const int i = m_contest->findData(request.contestCode); i >= 0)
        m_contest->setCurrentIndex(i);
    if (const int i = m_language->findData(request.language); i >= 0)
        m_language->setCurrentIndex(i);
}

void ExportPdfDialog::updateEnabled()
{
    const auto kind = ReportKind(m_kind->currentData().toInt());
    m_region->setEnabled(kind == ReportKind::Region);
    m_contest->setEnabled(kind == ReportKind::Contest);
}

} // namespace bd
