#pragma once

#include "SignInPrompter.h"

namespace bd {

/** The sign-in prompter of the application: SignInDialog and ChangePasswordDialog. */
class DialogSignInPrompter : public SignInPrompter
{
public:
    std::optional<Session> signIn(QWidget *parent, const QString &electionName,
                                  const Attempt &attempt) override;
    bool changePassword(QWidget *parent, const QString &login,
                        const PasswordChange &change) override;
};

} // namespace bd
