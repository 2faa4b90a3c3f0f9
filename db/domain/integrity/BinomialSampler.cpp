#include "BinomialSampler.h"

#include <algorithm>
#include <cmath>

namespace bd {

namespace {

std::mt19937_64 seededEngine(quint64 seed, quint64 stream)
{
    std::seed_seq sequence{static_cast<quint32>(seed), static_cast<quint32>(seed >> 32),
                           static_cast<quint32>(stream), static_cast<quint32>(stream >> 32)};
    return std::mt19937_64(sequence);
}

} // namespace

BinomialSampler::BinomialSampler(quint64 seed, quint64 stream)
    : m_engine(seededEngine(seed, stream)), m_ziggurat(&ziggurat())
{}

double BinomialSampler::uniform()
{
    // 53 bits, offset by half a step so that 0 and 1 never come out.
    return (static_cast<double>(m_engine() >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

double BinomialSampler::normalOutside(size_t layer, qint32 position)
{
    const Ziggurat &z = *m_ziggurat;
    for (;;) {
        const double x = position * z.width[layer];
        if (layer == 0) {
            // The tail beyond r, by Marsaglia's exponential method.
            double tx = 0.0;
            double ty = 0.0;
            do {
                tx = -std::log(uniform()) / Ziggurat::kR;
                ty = -std::log(uniform());
            } while (ty + ty < tx * tx);
            return position > 0 ? Ziggurat::kR + tx : -Ziggurat::kR - tx;
        }
        if (z.height[layer] + uniform() * (z.height[layer - 1] - z.height[layer]) <
            std::exp(-0.5 * x * x))
            return x;
        const quint64 bits = m_engine();
        layer = static_cast<size_t>(bits & 127u);
        position = static_cast<qint32>(static_cast<quint32>(bits >> 32));
        if (static_cast<quint64>(std::llabs(position)) < z.inner[layer])
            return position * z.width[layer];
    }
}

const BinomialSampler::Ziggurat &BinomialSampler::ziggurat()
{
    // Marsaglia & Tsang, "The Ziggurat Method for Generating Random Variables" (2000), 128
    // layers of equal area kV, the last from kR; computed once, thread-safely.
    static const Ziggurat tables = [] {
        Ziggurat t;
        constexpr double m1 = 2147483648.0; // 2^31
        double dn = Ziggurat::kR;
        double tn = dn;
        const double q = Ziggurat::kV / std::exp(-0.5 * dn * dn);
        t.inner[0] = static_cast<quint32>((dn / q) * m1);
        t.inner[1] = 0;
        t.width[0] = q / m1;
        t.width[127] = dn / m1;
        t.height[0] = 1.0;
        t.height[127] = std::exp(-0.5 * dn * dn);
        for (size_t i = 126; i >= 1; --i) {
            dn = std::sqrt(-2.0 * std::log(Ziggurat::kV / dn + std::exp(-0.5 * dn * dn)));
            t.inner[i + 1] = static_cast<quint32>((dn / tn) * m1);
            tn = dn;
            t.height[i] = std::exp(-0.5 * dn * dn);
            t.width[i] = dn / m1;
        }
        return t;
    }();
    return tables;
}

BinomialSampler::Parameters BinomialSampler::prepare(qint64 n, double p)
{
    Parameters b;
    b.n = std::max<qint64>(n, 0);
    b.p = std::isnan(p) ? 0.0 : std::clamp(p, 0.0, 1.0);
    b.mean = static_cast<double>(b.n) * b.p;
    const double variance = b.mean * (1.0 - b.p);
    b.sd = std::sqrt(variance);
    b.exact = variance < kNormalThreshold;
    if (b.exact && b.p > 0.5) {
        b.p = 1.0 - b.p;
        b.flipped = true;
    }
    return b;
}

qint64 BinomialSampler::drawExact(const Parameters &b)
{
    if (b.n == 0 || b.p <= 0.0)
        return b.flipped ? b.n : 0;
    const qint64 k = inversion(b.n, b.p);
    return b.flipped ? b.n - k : k;
}

qint64 BinomialSampler::inversion(qint64 n, double p)
{
    // p ≤ 0.5 and n·p < 2·kNormalThreshold = 60, so (1−p)^n > 2^(−120): no underflow.
    const double ratio = p / (1.0 - p);
    double pmf = std::exp(static_cast<double>(n) * std::log1p(-p));
    double u = uniform();
    qint64 k = 0;
    while (u > pmf && k < n) {
        u -= pmf;
        pmf *= ratio * static_cast<double>(n - k) / static_cast<double>(k + 1);
        ++k;
    }
    return k;
}

} // namespace bd
