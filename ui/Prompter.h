#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace bd {

/** Where File › Connect to Server… connects: an address without password, and the password. */
struct ServerConnection
{
    QString url;
    QString password;
};

/**
 * The questions and messages a window puts to the user, behind one seam.
 *
 * The application uses DialogPrompter (modal dialogs); tests inject a prompter that records
 * what was shown and answers at once, so no test ever blocks on a dialog.
 */
class Prompter
{
public:
    Prompter() = default;
    Prompter(const Prompter &) = delete;
    Prompter &operator=(const Prompter &) = delete;
    virtual ~Prompter();

    /** Says that something failed and the work cannot go on; detail is for the curious. */
    virtual void showError(QWidget *parent, const QString &title, const QString &message,
                           const QString &detail) = 0;
    /** Shows rich text about the product (Help › About). */
    virtual void showAbout(QWidget *parent, const QString &title, const QString &richText) = 0;
    /** Asks for an existing file to open; empty when the user cancels. */
    virtual QString chooseFileToOpen(QWidget *parent, const QString &title,
                                     const QString &directory, const QString &filter) = 0;
    /** Asks for a file to write (confirming a replacement); empty when the user cancels. */
    virtual QString chooseFileToSave(QWidget *parent, const QString &title,
                                     const QString &suggestedPath, const QString &filter) = 0;
    /**
     * Asks whether to go ahead with something that cannot be undone; @p acceptText names the
     * action ("Restore"). By default nothing is confirmed, so a prompter that does not ask
     * never lets such an action through.
     */
    virtual bool confirm(QWidget *parent, const QString &title, const QString &message,
                         const QString &acceptText);
    /**
     * Asks for a short text that an action needs (a remark, a reason); @p acceptText names
     * the action. Nothing when the user cancels; by default nothing is asked and nothing given.
     */
    virtual std::optional<QString> askText(QWidget *parent, const QString &title,
                                           const QString &label, const QString &acceptText);
    /**
     * Asks for a password, hidden as it is typed (a database server's). Nothing when the user
     * cancels; by default nothing is asked and nothing given.
     */
    virtual std::optional<QString> askPassword(QWidget *parent, const QString &title,
                                               const QString &label);
    /**
     * File › Connect to Server…: asks for a server address (postgresql://USER@HOST:PORT/DB,
     * prefilled from @p lastUrl) and its password. Nothing when cancelled; by default nothing.
     */
    virtual std::optional<ServerConnection> askServerConnection(QWidget *parent,
                                                                const QString &lastUrl);
};

} // namespace bd
