#pragma once

#include <QByteArray>

#include <cmath>
#include <cstdint>
#include <vector>

// The demo's random numbers: xoshiro256** seeded through splitmix64. Our own generator and
// distributions (not <random>'s, whose distributions differ between standard libraries) so a
// seed gives the same county everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
    {
        std::uint64_t x = seed;
        for (auto &s : m_s)
            s = splitmix(x);
    }

    // An independent stream for one part of the county (so changing one part leaves the
    // others as they were).
    DemoRandom fork(std::uint64_t tag) const
    {
        return DemoRandom(m_s[0] ^ (tag * 0x9E3779B97F4A7C15ull) ^ (m_s[2] << 1));
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n).
    std::uint64_t below(std::uint64_t n) { return n ? std::uint64_t(uniform() * double(n)) : 0; }
    // Uniform integer in [lo, hi].
    int range(int lo, int hi) { return lo + int(below(std::uint64_t(hi - lo + 1))); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        double u = uniform();
        while (u <= 1e-300)
            u = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * uniform());
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    // Index drawn with the given (non-negative) weights.
    template <typename Weights>
    int weighted(const Weights &w)
    {
        double total = 0;
        for (double x : w)
            total += x;
        double r = uniform() * total;
        int i = 0;
        for (double x : w) {
            if (r < x)
                return i;
            r -= x;
            ++i;
        }
        return i - 1;
    }
    // A version-4 UUID as lower-case text (36 characters).
    QByteArray uuid() { return uuid(next()); }
    // The same with the first 32 bits given (the rest random): ids that sort in the order
    // they were made, so bulk loads append to the key indexes instead of splitting pages all
    // over them.
    QByteArray orderedUuid(std::uint32_t order) { return uuid((std::uint64_t(order) << 32) | (next() >> 32)); }

private:
    QByteArray uuid(std::uint64_t a)
    {
        std::uint64_t b = next();
        a = (a & 0xFFFFFFFFFFFF0FFFull) | 0x0000000000004000ull;
        b = (b & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
        static const char hex[] = "0123456789abcdef";
        QByteArray out(36, '-');
        int pos = 0;
        auto put = [&](std::uint64_t v, int nibbles) {
            for (int k = nibbles - 1; k >= 0; --k) {
                if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
                    ++pos;
                out[pos++] = hex[(v >> (4 * k)) & 0xF];
            }
        };
        put(a, 16);
        put(b, 16);
        return out;
    }

    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix(std::uint64_t &x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    std::uint64_t m_s[4];
};

// Draws indices in proportion to fixed weights in O(log n) (cumulative sums, binary search).
class DemoWeightedIndex
{
public:
    DemoWeightedIndex() = default;
    explicit DemoWeightedIndex(const std::vector<double> &weights) { reset(weights); }
    void reset(const std::vector<double> &weights)
    {
        m_cum.resize(weights.size());
        double total = 0;
        for (size_t i = 0; i < weights.size(); ++i) {
            total += weights[i];
            m_cum[i] = total;
        }
    }
    bool empty() const { return m_cum.empty() || m_cum.back() <= 0; }
    int draw(DemoRandom &rng) const
    {
        const double r = rng.uniform() * m_cum.back();
        size_t lo = 0, hi = m_cum.size() - 1;
        while (lo < hi) {
            const size_t mid = (lo + hi) / 2;
            if (m_cum[mid] > r)
                hi = mid;
            else
                lo = mid + 1;
        }
        return int(lo);
    }

private:
    std::vector<double> m_cum;
};
