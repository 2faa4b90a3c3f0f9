#pragma once

#include <QList>
#include <QtGlobal>

namespace bd {

/**
 * The special functions and small statistics the integrity analytics need: chi-square and
 * normal tails, the normal and binomial quantiles, percentiles, median and MAD, and
 * Benjamini–Hochberg q-values. Written here (no new dependency); see docs/integrity.md.
 */
class StatFunctions
{
public:
    StatFunctions() = delete;

    /**
     * The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a > 0 and
     * x ≥ 0: the power series of P for x < a + 1, else a continued fraction (modified Lentz),
     * each to a relative accuracy of about 1e-14. NaN for arguments outside the domain.
     */
    static double regularizedGammaQ(double a, double x);
    /** P(χ² with @p degreesOfFreedom > @p chiSquare) = Q(df / 2, x / 2). */
    static double chiSquareSurvival(double chiSquare, int degreesOfFreedom);

    /** Φ(z), the standard normal distribution function. */
    static double normalCdf(double z);
    /** 1 − Φ(z), accurate in the upper tail. */
    static double normalSurvival(double z);
    /** Φ⁻¹(p) for 0 < p < 1 (Acklam's rational approximation and one Halley step, ~1e-15). */
    static double normalQuantile(double p);

    /** ln P(X = k) for X ~ Bin(n, p); −∞ outside 0..n. */
    static double binomialLogPmf(qint64 k, qint64 n, double p);
    /**
     * The smallest k with P(X ≤ k) ≥ @p q for X ~ Bin(n, p) (what scipy's binom.ppf returns).
     * Sums about ten standard deviations of terms around the mode, for any n.
     */
    static qint64 binomialQuantile(double q, qint64 n, double p);

    /** The @p q-th quantile (0..1) of @p values, linear between order statistics (numpy's
     *  default); NaN for no values. */
    static double percentile(QList<double> values, double q);
    /** The median of @p values; NaN for no values. */
    static double median(QList<double> values);
    /** The median absolute deviation from @p center (unscaled); NaN for no values. */
    static double medianAbsoluteDeviation(const QList<double> &values, double center);

    /**
     * Benjamini–Hochberg q-values of @p pValues, in the same order: q(i) = min over j with
     * p(j) ≥ p(i) of m·p(j)/rank(j), capped at 1. A station with q ≤ 0.05 is expected to be one
     * of at most 5 % false discoveries among those flagged.
     */
    static QList<double> benjaminiHochberg(const QList<double> &pValues);
};

} // namespace bd
