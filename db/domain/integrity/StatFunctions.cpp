#include "StatFunctions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>

namespace bd {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kEpsilon = 1e-15;
constexpr int kMaxIterations = 10000;

// P(a, x) by its power series; converges fast for x < a + 1.
double gammaPSeries(double a, double x)
{
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < kMaxIterations; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::abs(term) < std::abs(sum) * kEpsilon)
            break;
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

// Q(a, x) by its continued fraction (modified Lentz); converges fast for x ≥ a + 1.
double gammaQContinuedFraction(double a, double x)
{
    constexpr double tiny = 1e-300;
    double b = x + 1.0 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < kMaxIterations; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < kEpsilon)
            break;
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

} // namespace

double StatFunctions::regularizedGammaQ(double a, double x)
{
    if (!(a > 0.0) || !(x >= 0.0) || std::isinf(a))
        return kNaN;
    if (x == 0.0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    if (x < a + 1.0)
        return 1.0 - gammaPSeries(a, x);
    return gammaQContinuedFraction(a, x);
}

double StatFunctions::chiSquareSurvival(double chiSquare, int degreesOfFreedom)
{
    if (degreesOfFreedom < 1 || std::isnan(chiSquare))
        return kNaN;
    if (chiSquare <= 0.0)
        return 1.0;
    return regularizedGammaQ(degreesOfFreedom / 2.0, chiSquare / 2.0);
}

double StatFunctions::normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double StatFunctions::normalSurvival(double z)
{
    return 0.5 * std::erfc(z / std::sqrt(2.0));
}

double StatFunctions::normalQuantile(double p)
{
    if (!(p > 0.0) || !(p < 1.0)) {
        if (p == 0.0)
            return -std::numeric_limits<double>::infinity();
        if (p == 1.0)
            return std::numeric_limits<double>::infinity();
        return kNaN;
    }
    // P. J. Acklam's rational approximation (relative error 1.15e-9), then one Halley step on
    // erfc, which brings it to full double precision.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;
    double x = 0.0;
    if (p < low) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (p <= 1.0 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    const double e = normalCdf(x) - p;
    const double u = e * std::sqrt(2.0 * std::numbers::pi) * std::exp(x * x / 2.0);
    return x - u / (1.0 + x * u / 2.0);
}

double StatFunctions::binomialLogPmf(qint64 k, qint64 n, double p)
{
    if (k < 0 || k > n || n < 0)
        return -std::numeric_limits<double>::infinity();
    const auto kd = static_cast<double>(k);
    const auto nd = static_cast<double>(n);
    if (p <= 0.0)
        return k == 0 ? 0.0 : -std::numeric_limits<double>::infinity();
    if (p >= 1.0)
        return k == n ? 0.0 : -std::numeric_limits<double>::infinity();
    return std::lgamma(nd + 1.0) - std::lgamma(kd + 1.0) - std::lgamma(nd - kd + 1.0) +
           kd * std::log(p) + (nd - kd) * std::log1p(-p);
}

qint64 StatFunctions::binomialQuantile(double q, qint64 n, double p)
{
    if (n <= 0 || p <= 0.0 || q <= 0.0)
        return 0;
    if (p >= 1.0 || q >= 1.0)
        return n;
    // P(X ≤ mode) summed downwards from the mode, where P(X = k) is largest and cannot
    // underflow, until the terms no longer change the sum; then step from the mode to the
    // quantile. About 10 standard deviations of terms, whatever n.
    const qint64 mode =
        std::clamp<qint64>(static_cast<qint64>(std::floor(static_cast<double>(n + 1) * p)), 0, n);
    const double pmfMode = std::exp(binomialLogPmf(mode, n, p));
    const double up = p / (1.0 - p); // P(k + 1) / P(k) = up · (n − k) / (k + 1)
    double term = pmfMode;
    double cumulative = pmfMode;
    for (qint64 k = mode; k > 0; --k) {
        term *= static_cast<double>(k) / (up * static_cast<double>(n - k + 1));
        cumulative += term;
        if (term < cumulative * 1e-17)
            break;
    }
    qint64 k = mode;
    double pmf = pmfMode;
    if (cumulative >= q) {
        while (k > 0 && cumulative - pmf >= q) {
            cumulative -= pmf;
            pmf *= static_cast<double>(k) / (up * static_cast<double>(n - k + 1));
            --k;
        }
        return k;
    }
    while (cumulative < q && k < n) {
        pmf *= up * static_cast<double>(n - k) / static_cast<double>(k + 1);
        ++k;
        cumulative += pmf;
    }
    return k;
}

double StatFunctions::percentile(QList<double> values, double q)
{
    if (values.isEmpty())
        return kNaN;
    std::sort(values.begin(), values.end());
    const double position = std::clamp(q, 0.0, 1.0) * static_cast<double>(values.size() - 1);
    const auto lower = static_cast<qsizetype>(std::floor(position));
    const qsizetype upper = std::min(lower + 1, values.size() - 1);
    const double fraction = position - static_cast<double>(lower);
    return values.at(lower) + (values.at(upper) - values.at(lower)) * fraction;
}

double StatFunctions::median(QList<double> values)
{
    if (values.isEmpty())
        return kNaN;
    const qsizetype half = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + half, values.end());
    const double upper = values.at(half);
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + half);
    return (lower + upper) / 2.0;
}

double StatFunctions::medianAbsoluteDeviation(const QList<double> &values, double center)
{
    QList<double> deviations;
    deviations.reserve(values.size());
    for (double v : values)
        deviations.append(std::abs(v - center));
    return median(std::move(deviations));
}

QList<double> StatFunctions::benjaminiHochberg(const QList<double> &pValues)
{
    const qsizetype m = pValues.size();
    QList<qsizetype> order(m);
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&pValues](qsizetype a, qsizetype b) {
        return pValues.at(a) < pValues.at(b);
    });
    QList<double> q(m, 1.0);
    double running = 1.0;
    for (qsizetype rank = m; rank >= 1; --rank) {
        const qsizetype i = order.at(rank - 1);
        const double raw = pValues.at(i) * static_cast<double>(m) / static_cast<double>(rank);
        running = std::min(running, raw);
        q[i] = std::clamp(running, 0.0, 1.0);
    }
    return q;
}

} // namespace bd
