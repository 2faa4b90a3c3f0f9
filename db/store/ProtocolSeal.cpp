#include "ProtocolSeal.h"

#include <QCryptographicHash>

#include <algorithm>

namespace bd {

QString ProtocolSeal::canonicalText(const QString &stationCode, const QString &contestCode,
                                    const QList<std::optional<qint64>> &figuresInOrderABCC2DEE2FH,
                                    const QList<QPair<QString, qint64>> &votes)
{
    static const char *const letters[] = {"A", "B", "C", "C2", "D", "E", "E2", "F", "H"};
    QString text;
    text.reserve(160 + 40 * votes.size());
    text += QLatin1String("station=") + stationCode + QLatin1Char('\n');
    text += QLatin1String("contest=") + contestCode + QLatin1Char('\n');
    for (qsizetype i = 0; i < 9; ++i) {
        text += QLatin1String(letters[i]) + QLatin1Char('=');
        if (i < figuresInOrderABCC2DEE2FH.size() && figuresInOrderABCC2DEE2FH.at(i).has_value())
            text += QString::number(*figuresInOrderABCC2DEE2FH.at(i));
        text += QLatin1Char('\n');
    }
    QList<QPair<QString, qint64>> sorted = votes;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return QString::compare(a.first, b.first, Qt::CaseSensitive) < 0;
    });
    for (const auto &[code, count] : std::as_const(sorted))
        text += QLatin1String("G:") + code + QLatin1Char('=') + QString::number(count) +
                QLatin1Char('\n');
    return text;
}

QString ProtocolSeal::hash(const QString &stationCode, const QString &contestCode,
                           const QList<std::optional<qint64>> &figuresInOrderABCC2DEE2FH,
                           const QList<QPair<QString, qint64>> &votes)
{
    const QByteArray text =
        canonicalText(stationCode, contestCode, figuresInOrderABCC2DEE2FH, votes).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace bd
