#pragma once

#include "Outcome.h"
#include "Session.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace bd {

/**
 * The sign-in and password-change questions, behind one seam.
 *
 * The application uses DialogSignInPrompter; tests inject one that answers from a script, so
 * no test blocks on exec(). The prompter only collects input: every check is done by the
 * callbacks, which call UserStore.
 */
class SignInPrompter
{
public:
    /** Tries a login and password; the Session, or the Error to show and ask again. */
    using Attempt = std::function<Outcome<Session>(const QString &login, const QString &password)>;
    /** Tries to change the password from the old one to the new one; ok, or what to show. */
    using PasswordChange =
        std::function<Status(const QString &oldPassword, const QString &newPassword)>;

    SignInPrompter() = default;
    SignInPrompter(const SignInPrompter &) = delete;
    SignInPrompter &operator=(const SignInPrompter &) = delete;
    virtual ~SignInPrompter();

    /** Asks until @p attempt succeeds; nothing when the user cancels. */
    virtual std::optional<Session> signIn(QWidget *parent, const QString &electionName,
                                          const Attempt &attempt) = 0;
    /** Asks until @p change succeeds; false when the user cancels. */
    virtual bool changePassword(QWidget *parent, const QString &login,
                                const PasswordChange &change) = 0;
};

} // namespace bd
