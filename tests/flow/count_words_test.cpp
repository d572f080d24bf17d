// Dots counted in words, one rule for the history, the panels and the lines scripts read.
#include <catch2/catch.hpp>

#include "sim/flow/count_words.hpp"

using namespace stipple;

TEST_CASE("one dot, two dots, no dots", "[words]") {
    CHECK(dots_text(1) == "1 dot");
    CHECK(dots_text(2) == "2 dots");
    CHECK(dots_text(0) == "0 dots");
    CHECK(std::string(dots_word(1)) == "dot");
}
