// `stipple gallery --out DIR`: writes one self-contained page naming every generator, with one picture per
// case and nothing fetched from elsewhere; bad options are refused with exit code 2.
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "scoring/attempt_gallery.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

namespace {
size_t count_of(const std::string& text, const std::string& needle) {
    size_t n = 0;
    for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
    return n;
}
}  // namespace

TEST_CASE("stipple gallery writes a self-contained page with a picture of every case", "[gallery][cli]") {
    test::ScratchDir dir;
    const test::RunResult r =
        test::run_stipple("gallery --out \"" + (dir / "out").string() + "\" --lessons \"" + test::lessons_dir().string() + "\"");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string html = test::read_text(dir / "out" / "index.html");
    REQUIRE(!html.empty());
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("</html>") != std::string::npos);

    std::smatch m;
    REQUIRE(std::regex_search(r.out, m, std::regex("wrote ([0-9]+) cases to")));
    const size_t cases = std::stoul(m[1].str());
    CHECK(cases >= attempt_generators().size());
    CHECK(count_of(html, "<svg") == cases);
    CHECK(count_of(html, "<div class=\"card\"") + count_of(html, "<div class=\"card unmet\"") == cases);
    for (const AttemptGenerator& g : attempt_generators()) {
        INFO(g.name);
        CHECK(html.find(">" + g.name + "<") != std::string::npos);
    }
    // Self-contained: no scripts, no external files (the SVG namespace is the only URL).
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);
    CHECK(count_of(html, "http") == count_of(html, "http://www.w3.org/2000/svg"));
    // An instructor can see the bands, and every card states the expected verdict.
    CHECK(html.find("90 and above") != std::string::npos);
    CHECK(html.find("under 50") != std::string::npos);
    CHECK(count_of(html, "an expert says:") == cases);
}

TEST_CASE("stipple gallery refuses a missing lessons folder with a one-line error", "[gallery][cli]") {
    test::ScratchDir dir;
    const test::RunResult r =
        test::run_stipple("gallery --out \"" + (dir / "out").string() + "\" --lessons \"" + (dir / "nope").string() + "\"");
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("nope") != std::string::npos);
    CHECK(count_of(r.err, "\n") == 1);
}
