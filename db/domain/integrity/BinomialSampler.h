#pragma once

#include <QtGlobal>

#include <array>
#include <cstdlib>
#include <random>

namespace bd {

/**
 * Draws binomial counts reproducibly: the same seed gives the same draws on every platform.
 *
 * The engine is std::mt19937_64, whose output the C++ standard fixes exactly. The
 * distributions are our own rather than std::binomial_distribution or
 * std::normal_distribution, whose algorithms differ between standard libraries (libstdc++ on
 * Debian 12 would be stable, but a Windows or macOS build would not be), and are cheaper:
 * - n·p·(1−p) < kNormalThreshold: exact inversion, summing the probabilities from 0 on the
 *   smaller of p and 1−p (on average fewer than 2·kNormalThreshold steps);
 * - otherwise the normal approximation rounded to the nearest count and clamped to 0..n,
 *   N(np, np(1−p)) from Marsaglia & Tsang's ziggurat (one 64-bit draw for most normals). Its error
 * in P(X = k) is of order 1/(n·p·(1−p)) ≤ 1/30, smooth in k, so it keeps the lattice of attainable
 * percentages that the integer-percentage test depends on; tst_integrity checks the simulated mean
 * against the exact binomial expectation.
 */
class BinomialSampler
{
public:
    static constexpr double kNormalThreshold = 30.0;

    explicit BinomialSampler(quint64 seed) : m_engine(seed), m_ziggurat(&ziggurat()) {}
    /** An engine seeded with (seed, stream) through std::seed_seq: independent streams, such
     *  as one per Monte Carlo replicate, that do not depend on the order they run in. */
    BinomialSampler(quint64 seed, quint64 stream);

    /** Bin(n, p) with what a draw needs computed once, for drawing from it many times. */
    struct Parameters
    {
        qint64 n = 0;
        double p = 0.0; ///< ≤ 0.5 when exact and flipped
        double mean = 0.0;
        double sd = 0.0;
        bool exact = false;   ///< by inversion, else the normal approximation
        bool flipped = false; ///< drawn as n − Bin(n, 1 − p)
    };
    /** Parameters of Bin(n, p); p is clamped to 0..1, n ≤ 0 always draws 0. */
    static Parameters prepare(qint64 n, double p);

    /** A draw of Bin(n, p); p is clamped to 0..1, n ≤ 0 gives 0. */
    qint64 draw(qint64 n, double p) { return draw(prepare(n, p)); }
    qint64 draw(const Parameters &binomial)
    {
        if (binomial.exact)
            return drawExact(binomial);
        // Rounded to the nearest count and clamped to 0..n (truncation is the floor for x > 0).
        const double x = binomial.mean + binomial.sd * normal() + 0.5;
        if (x <= 0.0)
            return 0;
        if (x >= static_cast<double>(binomial.n))
            return binomial.n;
        return static_cast<qint64>(x);
    }
    /** A uniform number in (0, 1), 53 random bits. */
    double uniform();
    /** A standard normal number. */
    double normal()
    {
        // One 64-bit draw: the low 7 bits pick the layer, the high 32 the signed position;
        // about 98.8 % of draws fall inside their layer's rectangle and end here.
        const quint64 bits = m_engine();
        const auto layer = static_cast<size_t>(bits & 127u);
        const auto position = static_cast<qint32>(static_cast<quint32>(bits >> 32));
        if (static_cast<quint64>(std::llabs(position)) < m_ziggurat->inner[layer])
            return position * m_ziggurat->width[layer];
        return normalOutside(layer, position);
    }

private:
    struct Ziggurat
    {
        static constexpr double kR = 3.442619855899;      // start of the tail
        static constexpr double kV = 9.91256303526217e-3; // area of each layer
        std::array<quint32, 128> inner{};                 // |position| below: inside the rectangle
        std::array<double, 128> width{};                  // position → x
        std::array<double, 128> height{};                 // the density at each layer's edge
    };
    static const Ziggurat &ziggurat();
    double normalOutside(size_t layer, qint32 position);
    qint64 drawExact(const Parameters &binomial);
    qint64 inversion(qint64 n, double p);

    std::mt19937_64 m_engine;
    const Ziggurat *m_ziggurat;
};

} // namespace bd
