#pragma once

#include <QList>
#include <QtGlobal>

#include <array>
#include <limits>

namespace bd {

/** Which counts a digit test reads, and how many it needs before it says anything. */
struct DigitTestOptions
{
    qint64 minCount = 10;  ///< 2BL: counts of two digits or more; last digit: 100 suggested
    qint64 minCounts = 30; ///< fewer usable counts: no verdict (electionsbg uses 30)
};

/** The outcome of a digit test: observed and expected digit frequencies and a chi-square. */
struct DigitTestResult
{
    std::array<qint64, 10> observed{}; ///< how many counts have digit d
    std::array<double, 10> expected{}; ///< expected share of digit d (sums to 1)
    qint64 countsUsed = 0;
    qint64 countsSkipped = 0;                               ///< below minCount or negative
    double mean = std::numeric_limits<double>::quiet_NaN(); ///< mean digit of the used counts
    double expectedMean = 0.0;
    double chiSquare = std::numeric_limits<double>::quiet_NaN(); ///< Σ (O − E)² / E
    int degreesOfFreedom = 9;
    double pValue = std::numeric_limits<double>::quiet_NaN(); ///< P(χ²₉ ≥ chiSquare)
    /** Last-digit test: the share of 0s and 5s (0.2 expected); NaN for 2BL. */
    double shareZeroFive = std::numeric_limits<double>::quiet_NaN();
    bool enoughCounts = false; ///< countsUsed ≥ minCounts; otherwise ignore the figures
};

/**
 * Vote-count digit tests: a low-weight indicator only (spec §3–4). Mebane's second-digit
 * Benford test (2BL) and Beber & Scacco's last-digit test.
 */
class DigitTests
{
public:
    DigitTests() = delete;

    /** P(second digit = d) = Σₖ₌₁…₉ log₁₀(1 + 1/(10k + d)); mean 4.1874. */
    static std::array<double, 10> secondDigitFrequencies();
    static double secondDigitMean();
    /** The second digit from the left of @p count (≥ 10). */
    static int secondDigit(qint64 count);

    /** 2BL over @p counts ≥ options.minCount (default 10). */
    static DigitTestResult secondDigitTest(const QList<qint64> &counts,
                                           const DigitTestOptions &options = {});
    /** The last digit against uniform (0.1 each, mean 4.5) over @p counts ≥ options.minCount;
     *  pass minCount = 100 to skip the one- and two-digit counts (spec §4). */
    static DigitTestResult lastDigitTest(const QList<qint64> &counts,
                                         const DigitTestOptions &options = {100, 30});
};

} // namespace bd
