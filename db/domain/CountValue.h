#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace bd {

/**
 * One count on the protocol form: not entered, a whole number 0..999,999,999, or invalid.
 *
 * "Not entered" (empty) is different from 0: a protocol with an empty field cannot be accepted.
 * An invalid value keeps the text the operator typed so that it can be shown and corrected.
 */
class CountValue
{
    Q_DECLARE_TR_FUNCTIONS(CountValue)

public:
    /** Why a value is not a valid count. */
    enum class Problem {
        None,         ///< a valid count
        Empty,        ///< not entered
        NotANumber,   ///< text, separators, exponent, sign "+", anything but the digits 0-9
        Negative,     ///< below 0
        NotWhole,     ///< has a fractional part, e.g. "12.5"
        AboveMaximum, ///< above kMaximum
    };

    static constexpr qint64 kMaximum = 999'999'999;

    /** An empty value: the field was not entered. */
    CountValue() = default;

    /** An empty value: the field was not entered. */
    static CountValue empty();

    /** The count @p n; invalid (Negative or AboveMaximum) when it is out of 0..kMaximum. */
    static CountValue of(qint64 n);

    /**
     * Parses what an operator typed or a CSV cell holds, strictly: after trimming white space
     * only the ASCII digits 0-9 are accepted (leading zeros allowed: "007" is 7). No sign, no
     * group separators, no decimals, no exponent. Empty or white space only gives an empty value.
     * text() keeps @p text exactly as given.
     */
    static CountValue parse(QStringView text);

    bool isEmpty() const { return m_problem == Problem::Empty; }
    bool isValid() const { return m_problem == Problem::None; }
    /** True when the value was entered but is not a valid count. */
    bool isInvalid() const { return !isEmpty() && !isValid(); }
    Problem problem() const { return m_problem; }

    /** The count, only when the value is valid. */
    std::optional<qint64> number() const;

    /** The raw text: as given to parse(), the decimal digits for of(), empty for empty(). */
    QString text() const { return m_text; }

    /** The value for people: the locale-formatted count, "empty", or the raw text quoted. */
    QString display() const;

    /** Translated phrase for problem(), e.g. "negative", "not entered"; empty when valid. */
    QString problemText() const;

    /**
     * Equal when both are empty, both valid with the same number (" 12", "012" and "12" are
     * equal), or both invalid with the same trimmed text.
     */
    friend bool operator==(const CountValue &a, const CountValue &b);
    friend bool operator!=(const CountValue &a, const CountValue &b) { return !(a == b); }

private:
    CountValue(Problem problem, qint64 number, QString text);

    Problem m_problem = Problem::Empty;
    qint64 m_number = 0;
    QString m_text;
};

} // namespace bd
