// A fresh practice seed from the system's random device (see practice_seed.hpp).
#include "sim/ui/practice_seed.hpp"

#include <random>

namespace stipple {

uint64_t new_practice_seed() {
    std::random_device rd;
    const uint64_t seed = (uint64_t(rd()) << 20) ^ rd();
    return seed & ((1ull << 52) - 1);
}

}  // namespace stipple
