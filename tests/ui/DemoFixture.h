#pragma once

// The demo election built once per test executable, shared by the UI tests.

#include "DemoElection.h"

#include <QLocale>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace bd::test {

/** Creates the demo election in dir; QFAIL()s (returns empty) when it cannot. */
inline QString createDemoFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    const Status status = DemoElection::createFile(path, options, /*overwrite=*/false);
    if (!status) {
        qWarning("demo creation failed: %s (%s)", qPrintable(status.error().userMessage),
                 qPrintable(status.error().detail));
        return {};
    }
    return path;
}

/** Figures are asserted as an English (United States) user sees them: 1,847. */
inline void useEnglishLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace bd::test
