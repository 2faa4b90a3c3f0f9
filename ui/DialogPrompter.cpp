#include "DialogPrompter.h"

#include "ConnectDialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace bd {

void DialogPrompter::showError(QWidget *parent, const QString &title, const QString &message,
                               const QString &detail)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    box.exec();
}

void DialogPrompter::showAbout(QWidget *parent, const QString &title, const QString &richText)
{
    QMessageBox::about(parent, title, richText);
}

QString DialogPrompter::chooseFileToOpen(QWidget *parent, const QString &title,
                                         const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString DialogPrompter::chooseFileToSave(QWidget *parent, const QString &title,
                                         const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

bool DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &message,
                             const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, message, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // Enter must not destroy data by accident: the safe answer is the default.
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<QString> DialogPrompter::askText(QWidget *parent, const QString &title,
                                               const QString &label, const QString &acceptText)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setOkButtonText(acceptText);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

std::optional<QString> DialogPrompter::askPassword(QWidget *parent, const QString &title,
                                                   const QString &label)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

std::optional<ServerConnection> DialogPrompter::askServerConnection(QWidget *parent,
                                                                    const QString &lastUrl)
{
    ConnectDialog dialog(lastUrl, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return ServerConnection{dialog.url(), dialog.password()};
}

} // namespace bd
