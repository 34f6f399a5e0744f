#pragma once

#include <cmath>
#include <cstdint>

namespace core {

// A small, fully specified random source for the demo generator: xoshiro256**
// seeded through splitmix64, with our own distributions, so the same seed gives
// the same data with any compiler and standard library (std::*_distribution
// does not promise that).
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
    {
        std::uint64_t x = seed;
        for (auto& s : m_state) {
            s = splitmix(x);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [lo, hi].
    int integer(int lo, int hi) { return lo + static_cast<int>(uniform() * (hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }

    // Standard normal (Box-Muller; one value per call, kept simple and exact to reproduce).
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

    // Poisson counts: Knuth's product method for small means, a rounded normal for large.
    int poisson(double mean)
    {
        if (mean <= 0.0) {
            return 0;
        }
        if (mean < 30.0) {
            const double limit = std::exp(-mean);
            double product = uniform();
            int k = 0;
            while (product > limit) {
                ++k;
                product *= uniform();
            }
            return k;
        }
        const double v = std::round(normal(mean, std::sqrt(mean)));
        return v < 0 ? 0 : static_cast<int>(v);
    }

    // Derives an independent stream (per site, per zone) from this seed and a key.
    static std::uint64_t derive(std::uint64_t seed, std::uint64_t key)
    {
        std::uint64_t x = seed ^ (key * 0x9E3779B97F4A7C15ULL);
        return splitmix(x);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix(std::uint64_t& x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::uint64_t m_state[4];
};

} // namespace core
