#pragma once

// A prompter for tests: records what the window said and answers at once.

#include "Prompter.h"

#include <QStringList>

namespace bd::test {

/** Records errors, questions and about texts; answers with preset paths and confirmAnswer. */
class RecordingPrompter : public Prompter
{
public:
    void showError(QWidget *, const QString &title, const QString &message,
                   const QString &) override
    {
        errorTitles << title;
        errors << message;
    }
    void showAbout(QWidget *, const QString &, const QString &richText) override
    {
        abouts << richText;
    }
    QString chooseFileToOpen(QWidget *, const QString &, const QString &, const QString &) override
    {
        return nextOpenPath;
    }
    QString chooseFileToSave(QWidget *, const QString &, const QString &, const QString &) override
    {
        return nextSavePath;
    }

    bool confirm(QWidget *, const QString &, const QString &message, const QString &) override
    {
        confirmations << message;
        return confirmAnswer;
    }

    QStringList errorTitles;
    QStringList errors;
    QStringList abouts;
    QString nextOpenPath;
    QString nextSavePath;
    QStringList confirmations;
    bool confirmAnswer = false;
};

} // namespace bd::test
