#include "CountValue.h"

#include <QLocale>

#include <utility>

namespace bd {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// Only to tell the operator *why* a value is refused; parse() accepts nothing but digits.
CountValue::Problem classifyNonDigits(QStringView trimmed)
{
    if (trimmed.startsWith(u'-')) {
        const QStringView rest = trimmed.mid(1);
        const qsizetype point = rest.indexOf(u'.');
        const QStringView whole = point < 0 ? rest : rest.left(point);
        const QStringView fraction = point < 0 ? QStringView() : rest.mid(point + 1);
        if (allAsciiDigits(whole) && (point < 0 || allAsciiDigits(fraction)))
            return CountValue::Problem::Negative;
        return CountValue::Problem::NotANumber;
    }
    const qsizetype point = trimmed.indexOf(u'.');
    if (point > 0 && allAsciiDigits(trimmed.left(point)) && allAsciiDigits(trimmed.mid(point + 1)))
        return CountValue::Problem::NotWhole;
    return CountValue::Problem::NotANumber;
}

} // namespace

CountValue::CountValue(Problem problem, qint64 number, QString text)
    : m_problem(problem), m_number(number), m_text(std::move(text))
{}

CountValue CountValue::empty()
{
    return {};
}

CountValue CountValue::of(qint64 n)
{
    if (n < 0)
        return {Problem::Negative, 0, QString::number(n)};
    if (n > kMaximum)
        return {Problem::AboveMaximum, 0, QString::number(n)};
    return {Problem::None, n, QString::number(n)};
}

CountValue CountValue::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {Problem::Empty, 0, text.toString()};
    if (!allAsciiDigits(trimmed))
        return {classifyNonDigits(trimmed), 0, text.toString()};

    // Skip leading zeros first so that the length check cannot be fooled and the
    // accumulation below cannot overflow.
    qsizetype first = 0;
    while (first < trimmed.size() - 1 && trimmed.at(first) == u'0')
        ++first;
    const QStringView digits = trimmed.mid(first);
    constexpr qsizetype kSafeDigits = 18; // any 18-digit number fits in qint64
    if (digits.size() > kSafeDigits)
        return {Problem::AboveMaximum, 0, text.toString()};
    qint64 n = 0;
    for (const QChar c : digits)
        n = n * 10 + (c.unicode() - u'0');
    if (n > kMaximum)
        return {Problem::AboveMaximum, 0, text.toString()};
    return {Problem::None, n, text.toString()};
}

std::optional<qint64> CountValue::number() const
{
    if (!isValid())
        return std::nullopt;
    return m_number;
}

QString CountValue::display() const
{
    switch (m_problem) {
    case Problem::None:
        return QLocale().toString(m_number);
    case Problem::Empty:
        return tr("empty");
    case Problem::NotANumber:
    case Problem::Negative:
    case Problem::NotWhole:
    case Problem::AboveMaximum:
        //: An invalid count shown as typed, in quotes
        return tr("“%1”").arg(m_text.trimmed());
    }
    Q_UNREACHABLE();
    return {};
}

QString CountValue::problemText() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("not entered");
    case Problem::NotANumber:
        return tr("not a number (only the digits 0–9, without spaces or separators)");
    case Problem::Negative:
        return tr("negative");
    case Problem::NotWhole:
        return tr("not a whole number");
    case Problem::AboveMaximum:
        return tr("above %1").arg(QLocale().toString(kMaximum));
    }
    Q_UNREACHABLE();
    return {};
}

bool operator==(const CountValue &a, const CountValue &b)
{
    if (a.m_problem == CountValue::Problem::Empty || b.m_problem == CountValue::Problem::Empty)
        return a.m_problem == b.m_problem;
    if (a.isValid() || b.isValid())
        return a.isValid() && b.isValid() && a.m_number == b.m_number;
    return QStringView(a.m_text).trimmed() == QStringView(b.m_text).trimmed();
}

} // namespace bd
