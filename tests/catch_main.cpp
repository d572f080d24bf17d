// The Catch2 v2 main shared by every test executable. Each run gets its own scratch cache folder
// ($XDG_CACHE_HOME), removed at the end, so no test reads or writes the user's baked scalp pictures.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>

#include "tests/test_support.hpp"

int main(int argc, char* argv[]) {
    const stipple::test::ScratchDir cache;
    ::setenv("XDG_CACHE_HOME", cache.path().c_str(), 1);
    return Catch::Session().run(argc, argv);
}
