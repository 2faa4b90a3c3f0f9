#include "DialogSignInPrompter.h"

#include "ChangePasswordDialog.h"
#include "SignInDialog.h"

namespace bd {

std::optional<Session> DialogSignInPrompter::signIn(QWidget *parent, const QString &electionName,
                                                    const Attempt &attempt)
{
    SignInDialog dialog(electionName, attempt, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

bool DialogSignInPrompter::changePassword(QWidget *parent, const QString &login,
                                          const PasswordChange &change)
{
    ChangePasswordDialog dialog(login, change, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace bd
