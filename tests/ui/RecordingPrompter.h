#pragma once

// A prompter for tests: records what the window said and answers at once.

#include "Prompter.h"

#include <QStringList>

#include <optional>

namespace bd::test {

/** Records what the window said; answers with preset paths, confirmAnswer and textAnswer. */
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

    std::optional<QString> askText(QWidget *, const QString &, const QString &label,
                                   const QString &) override
    {
        textQuestions << label;
        return textAnswer;
    }

    QStringList errorTitles;
    QStringList errors;
    QStringList abouts;
    QString nextOpenPath;
    QString nextSavePath;
    QStringList confirmations;
    bool confirmAnswer = false;
    QStringList textQuestions;
    std::optional<QString> textAnswer; ///< what askText() answers; nothing = cancelled
};

} // namespace bd::test
