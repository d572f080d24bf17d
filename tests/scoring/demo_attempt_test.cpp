// The expert model attempt: passes every lesson in lessons/ with every component at 85 or more, is
// deterministic, keeps off the forehead, fills between existing marks and keeps depth in the window.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "metric_test_patterns.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/existing_marks.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/lesson_regions.hpp"
#include "scoring/scoring.hpp"
#include "scoring/spatial_index.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

namespace {
// Every stipple-lesson/1 file in lessons/ (other JSON there, such as the curriculum or schema, is skipped).
std::vector<std::filesystem::path> lesson_files() {
    std::vector<std::filesystem::path> out;
    for (const auto& entry : std::filesystem::directory_iterator(test::lessons_dir())) {
        if (entry.path().extension() != ".json") continue;
        std::ifstream in(entry.path());
        const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
        if (doc.is_object() && doc.value("format", "") == kLessonFormat) out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}
}  // namespace

TEST_CASE("the demo attempt passes every lesson with every component at 85 or more", "[demo]") {
    const auto files = lesson_files();
    REQUIRE(files.size() >= 2);
    for (const auto& file : files) {
        INFO(file.filename().string());
        const Lesson lesson = load_lesson(file.string());
        const Attempt demo = demo_attempt(lesson);
        CHECK(demo.lesson == lesson.id);
        CHECK(demo.input == "generated");
        if (lesson.design) {  // a design lesson: the expert's line, no dots
            REQUIRE(demo.design_line);
            CHECK(demo.dots.empty());
            const ScoreReport r = score_attempt(lesson, demo);
            CHECK(r.passed);
            REQUIRE(r.design);
            CHECK(r.design->score >= 85.0);
            continue;
        }
        REQUIRE_FALSE(demo.dots.empty());
        const ScoreReport r = score_attempt(lesson, demo);
        CHECK(r.passed);
        CHECK(r.spacing.score >= 85.0);
        CHECK(r.depth.score >= 85.0);
        if (lesson.hairline) {
            REQUIRE(r.hairline);
            CHECK(r.hairline->score >= 85.0);
        }
    }
}

TEST_CASE("the demo attempt is deterministic and survives a trip through a file", "[demo]") {
    const test::ScratchDir dir;
    for (const auto& file : lesson_files()) {
        INFO(file.filename().string());
        const Lesson lesson = load_lesson(file.string());
        const Attempt a = demo_attempt(lesson);
        const Attempt b = demo_attempt(lesson);
        REQUIRE(a.dots.size() == b.dots.size());
        bool same = true;
        for (size_t i = 0; i < a.dots.size(); ++i)
            same = same && a.dots[i].x == b.dots[i].x && a.dots[i].y == b.dots[i].y && a.dots[i].depth_mm == b.dots[i].depth_mm;
        CHECK(same);
        CHECK(a.design_line == b.design_line);
        const std::string path = (dir / (lesson.id + ".json")).string();
        save_attempt(path, a);
        const Attempt loaded = load_attempt(path);
        CHECK(attempt_to_json(loaded).dump() == attempt_to_json(a).dump());
    }
}

TEST_CASE("the demo stays in the zone, off the forehead, between existing marks, inside the depth window", "[demo]") {
    for (const auto& file : lesson_files()) {
        INFO(file.filename().string());
        const Lesson lesson = load_lesson(file.string());
        const Attempt demo = demo_attempt(lesson);
        const std::vector<Point> existing = existing_marks(lesson);
        const SpatialIndex marks(existing);
        size_t outside = 0, forehead = 0, on_marks = 0, bad_depth = 0;
        for (const Dot& d : demo.dots) {
            const Point p{d.x, d.y};
            outside += !contains(lesson.zone, p);
            forehead += is_forehead(lesson, p);
            if (const auto nn = marks.nearest(p); nn && nn->distance_mm < 0.5 * lesson.targets.spacing_mm) ++on_marks;
            bad_depth += d.depth_mm < lesson.targets.depth_min_mm || d.depth_mm > lesson.targets.depth_max_mm;
        }
        CHECK(outside == 0);
        CHECK(forehead == 0);
        CHECK(on_marks == 0);
        CHECK(bad_depth == 0);
    }
}

TEST_CASE("the demo handles sessions, existing hair, scars and a missing hairline", "[demo]") {
    Lesson l = test::patch_lesson();
    l.session = Session{1, 0.3};
    const ScoreReport first = score_attempt(l, demo_attempt(l));
    CHECK(first.spacing.score >= 85.0);
    CHECK(test::metric(first.spacing, "expected_nn_mm") == Approx(1.2 / std::sqrt(0.3)));

    l.session = Session{2, 1.0};
    l.existing = Existing{"hair", 0.4, 5};
    l.scalp.scars.push_back(Scar{"strip", {{5, 20}, {35, 22}}, 4.0, {}, 0, 0.0});
    const Attempt demo = demo_attempt(l);
    const ScoreReport second = score_attempt(l, demo);
    CHECK(second.passed);
    CHECK(second.spacing.score >= 85.0);
    CHECK(demo.dots.size() < test::blue_noise_patch(1.2, 1).size());  // fills only the gaps
}
