#pragma once

// Runs ballotdesk-cli as a user would, for the tests in this folder.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace bd::test {

/** What one run of ballotdesk-cli returned and printed. */
struct CliRun
{
    int exitCode = -1; ///< -1: did not start or finish in time, -2: crashed
    QString out;
    QString err;
};

/**
 * Runs ballotdesk-cli with @p arguments, writing @p input to its standard input. Passwords are
 * hashed at test cost, and the caller's password variables are never inherited.
 */
inline CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
                     const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BALLOTDESK_ARGON2_TEST_COST"), QStringLiteral("1"));
    environment.remove(QStringLiteral("BALLOTDESK_PASSWORD"));
    environment.remove(QStringLiteral("BALLOTDESK_NEW_PASSWORD"));
    const QStringList keys = extra.keys();
    for (const QString &key : keys)
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BD_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(30000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace bd::test
