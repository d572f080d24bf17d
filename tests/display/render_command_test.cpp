// `stipple render` run as a program under Xvfb: bad options and files are refused with one line naming the
// option or the file and field (exit 2) and write nothing; good ones write a PNG of the asked size, whose
// front view shows the head (not only the backdrop) and whose healed attempt differs from the fresh one.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <SFML/Graphics/Image.hpp>

#include "model_display_guard.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

namespace {

std::string lesson_arg(const std::string& id) { return "--lesson \"" + (test::lessons_dir() / (id + ".json")).string() + "\""; }

int line_count(const std::string& text) {
    int n = 0;
    for (char c : text) n += c == '\n';
    return n;
}

// How many pixels differ between two pictures of the same size.
std::size_t changed_pixels(const sf::Image& a, const sf::Image& b) {
    std::size_t changed = 0;
    for (unsigned y = 0; y < a.getSize().y; ++y)
        for (unsigned x = 0; x < a.getSize().x; ++x) {
            const sf::Color p = a.getPixel(x, y), q = b.getPixel(x, y);
            changed += std::abs(int(p.r) - int(q.r)) + std::abs(int(p.g) - int(q.g)) + std::abs(int(p.b) - int(q.b)) > 12;
        }
    return changed;
}

}  // namespace

TEST_CASE("render: bad options and files are refused with one line naming what is wrong", "[render]") {
    const test::ScratchDir dir;
    const std::string out = "--out \"" + (dir.path() / "head.png").string() + "\"";
    struct Case {
        std::string args, names;
    };
    const Case cases[] = {
        {lesson_arg("hairline-classic") + " --view sideways " + out, "--view"},
        {lesson_arg("hairline-classic") + " --distance-m 9 " + out, "--distance-m"},
        {lesson_arg("hairline-classic") + " --view map --distance-m 1 " + out, "--distance-m"},
        {lesson_arg("hairline-classic") + " --healed-days -3 " + out, "--healed-days"},
        {lesson_arg("hairline-classic") + " --size 12x5000 " + out, "--size"},
        {lesson_arg("hairline-classic") + " --out \"" + (dir.path() / "head.jpg").string() + "\"", "--out"},
        {"--lesson \"" + (dir.path() / "missing.json").string() + "\" " + out, "missing.json"},
        {lesson_arg("hairline-classic") + " --out \"" + (dir.path() / "no-such-folder" / "head.png").string() + "\"",
         "--out"},
    };
    for (const Case& c : cases) {
        const test::RunResult r = test::run_stipple("render " + c.args);
        INFO(c.args << "\n" << r.err);
        CHECK(r.exit_code == 2);
        CHECK(line_count(r.err) == 1);
        CHECK(r.err.find(c.names) != std::string::npos);
    }
    // An attempt for another lesson: the file and its field.
    const std::filesystem::path attempt = dir.path() / "other.json";
    REQUIRE(test::run_stipple("demo " + lesson_arg("crown-fill") + " --out \"" + attempt.string() + "\"").exit_code == 0);
    const test::RunResult r = test::run_stipple("render " + lesson_arg("hairline-classic") + " --attempt \"" +
                                                attempt.string() + "\" " + out);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("other.json") != std::string::npos);
    CHECK(r.err.find("/lesson") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "head.png"));
}

TEST_CASE("render: writes the head at the asked size, and the healed attempt differs from the fresh one",
          "[render]") {
    const test::ModelDisplayGuard display;
    const test::ScratchDir dir;
    const std::filesystem::path attempt = dir.path() / "demo.json";
    REQUIRE(test::run_stipple("demo " + lesson_arg("crown-fill") + " --out \"" + attempt.string() + "\"").exit_code == 0);
    const std::string common = "render " + lesson_arg("crown-fill") + " --attempt \"" + attempt.string() +
                               "\" --view top --distance-m 0.3 --size 320x240 --out ";
    const std::filesystem::path fresh = dir.path() / "fresh.png", healed = dir.path() / "healed.png";
    const test::RunResult a = test::run_stipple(common + "\"" + fresh.string() + "\"");
    INFO(a.err);
    REQUIRE(a.exit_code == 0);
    CHECK(a.out.find("wrote ") != std::string::npos);
    const test::RunResult b = test::run_stipple(common + "\"" + healed.string() + "\" --healed-days 1460 --sun");
    REQUIRE(b.exit_code == 0);
    sf::Image fresh_image, healed_image;
    REQUIRE(fresh_image.loadFromFile(fresh.string()));
    REQUIRE(healed_image.loadFromFile(healed.string()));
    CHECK(fresh_image.getSize() == sf::Vector2u(320, 240));
    // The demo's 400 dots are sparse (about 80 pixels change here: tests/display/head_view_test holds the look
    // itself); the healed days and the sun reach the picture.
    CHECK(changed_pixels(fresh_image, healed_image) > 20);
    // The head fills the middle: the centre is not the backdrop's corner colour.
    CHECK(fresh_image.getPixel(160, 120) != fresh_image.getPixel(1, 1));
    CHECK_FALSE(std::filesystem::exists(fresh.string() + ".partial.png"));
    // The flat map: the scalp fitted in the middle (skin, not the backdrop), the sides left as backdrop.
    const std::filesystem::path map = dir.path() / "map.png";
    const test::RunResult refused = test::run_stipple("render " + lesson_arg("crown-fill") + " --view map --distance-m 1 "
                                                      "--out \"" + map.string() + "\"");
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("--distance-m") != std::string::npos);
    const test::RunResult m = test::run_stipple("render " + lesson_arg("crown-fill") + " --attempt \"" +
                                                attempt.string() + "\" --view map --size 400x300 --out \"" +
                                                map.string() + "\"");
    REQUIRE(m.exit_code == 0);
    sf::Image map_image;
    REQUIRE(map_image.loadFromFile(map.string()));
    CHECK(map_image.getSize() == sf::Vector2u(400, 300));
    const sf::Color middle = map_image.getPixel(200, 150), side = map_image.getPixel(2, 150);
    CHECK(middle.r > middle.b);  // skin
    CHECK(side == sf::Color(40, 40, 46));  // the backdrop beside the tall map
}
