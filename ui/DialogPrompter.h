#pragma once

#include "Prompter.h"

namespace bd {

/** The prompter of the application: QMessageBox and QFileDialog. */
class DialogPrompter : public Prompter
{
public:
    void showError(QWidget *parent, const QString &title, const QString &message,
                   const QString &detail) override;
    void showAbout(QWidget *parent, const QString &title, const QString &richText) override;
    QString chooseFileToOpen(QWidget *parent, const QString &title, const QString &directory,
                             const QString &filter) override;
    QString chooseFileToSave(QWidget *parent, const QString &title, const QString &suggestedPath,
                             const QString &filter) override;
    bool confirm(QWidget *parent, const QString &title, const QString &message,
                 const QString &acceptText) override;
    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                   const QString &acceptText) override;
    std::optional<QString> askPassword(QWidget *parent, const QString &title,
                                       const QString &label) override;
    std::optional<ServerConnection> askServerConnection(QWidget *parent,
                                                        const QString &lastUrl) override;
};

} // namespace bd
