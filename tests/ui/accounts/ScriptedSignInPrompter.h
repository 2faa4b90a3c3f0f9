#pragma once

// A sign-in prompter for tests: tries scripted credentials through the real callbacks.

#include "SignInPrompter.h"

#include <QList>
#include <QStringList>

namespace bd::test {

/**
 * Answers sign-in with the scripted logins and passwords in order, recording each refusal
 * the store gave; cancels when the script runs out. Password changes likewise.
 */
class ScriptedSignInPrompter : public SignInPrompter
{
public:
    struct Credentials
    {
        QString login;
        QString password;
    };
    struct Change
    {
        QString oldPassword;
        QString newPassword;
    };

    std::optional<Session> signIn(QWidget *, const QString &electionName,
                                  const Attempt &attempt) override
    {
        ++signInRequests;
        lastElectionName = electionName;
        while (!signIns.isEmpty()) {
            const Credentials credentials = signIns.takeFirst();
            Outcome<Session> session = attempt(credentials.login, credentials.password);
            if (session)
                return *session;
            messages << session.error().userMessage;
        }
        return std::nullopt;
    }

    bool changePassword(QWidget *, const QString &, const PasswordChange &change) override
    {
        while (!changes.isEmpty()) {
            const Change next = changes.takeFirst();
            const Status status = change(next.oldPassword, next.newPassword);
            if (status)
                return true;
            changeMessages << status.error().userMessage;
        }
        return false;
    }

    QList<Credentials> signIns;
    QList<Change> changes;
    QStringList messages;
    QStringList changeMessages;
    QString lastElectionName;
    int signInRequests = 0;
};

} // namespace bd::test
