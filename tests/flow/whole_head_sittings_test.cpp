// A whole-head lesson worked as in a studio, over several sittings, headless: each sitting ends with the
// autosave written (as on close), the next one resumes it (the same dots, bit for bit, and the same clock),
// and the work finished in the third sitting passes. 10 000+ dots placed by hand events, one a second.
#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <string>

#include "scoring/demo_attempt.hpp"
#include "scoring/scoring.hpp"
#include "sim/flow/autosave.hpp"
#include "sim/model/practice_session.hpp"
#include "sim/model/virtual_scalp.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

namespace {

// Dots [first, end) of `plan` placed by hand from `t_s` on: move there, press, release, one a second.
void place_by_hand(PracticeSession& session, const Attempt& plan, size_t first, size_t end, double t_s) {
    for (size_t i = first; i < end; ++i) {
        const Point at{plan.dots[i].x, plan.dots[i].y};
        session.apply({t_s, InputEvent::Kind::Move, at});
        session.apply({t_s + 0.5, InputEvent::Kind::Down, at});
        session.apply({t_s + 0.8, InputEvent::Kind::Up, at});
        t_s += 1.0;
    }
}

bool same_dots(const std::vector<Dot>& a, const std::vector<Dot>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].x != b[i].x || a[i].y != b[i].y || a[i].depth_mm != b[i].depth_mm || a[i].t != b[i].t) return false;
    return true;
}

}  // namespace

TEST_CASE("a whole-head lesson is worked over three sittings through the autosave, and passes", "[autosave][whole-head]") {
    const Lesson lesson = test::shipped_lesson("whole-head-diffuse");
    const VirtualScalp scalp = generate_scalp(lesson);
    const Attempt plan = demo_attempt(lesson);  // where an expert puts the dots
    REQUIRE(plan.dots.size() >= 10000);
    test::ScratchDir dir;
    const std::string path = (dir / "autosaves" / "ana-whole-head-diffuse.json").string();
    const std::string started = "2026-11-24T09:00:00Z";
    const size_t third = plan.dots.size() / 3;

    auto session = std::make_unique<PracticeSession>(lesson, scalp, false, 77);
    for (size_t sitting = 0; sitting < 3; ++sitting) {
        INFO("sitting " << sitting + 1);
        if (sitting > 0) {  // the window was closed; the lesson is opened again another day
            const OpenedAutosave opened = open_autosave(path, lesson.id, false);
            REQUIRE(opened.pending);
            CHECK(opened.note.empty());
            CHECK(opened.pending->dot_count == sitting * third);
            CHECK(opened.pending->started == std::optional<std::string>(started));
            std::unique_ptr<PracticeSession> resumed = resume_session(lesson, scalp, *opened.pending, path);
            CHECK(same_dots(resumed->dots(), session->dots()));
            CHECK(resumed->time_s() == session->time_s());
            session = std::move(resumed);
        }
        const size_t end = sitting == 2 ? plan.dots.size() : (sitting + 1) * third;
        place_by_hand(*session, plan, sitting * third, end, session->time_s() + 1.0);
        CHECK(session->dots().size() == end);
        const std::optional<Autosave> saved = autosave_of(*session, lesson.id, std::string("ana"), started, false,
                                                          "2026-11-2" + std::to_string(4 + sitting) + "T12:00:00Z");
        REQUIRE(saved);
        save_autosave(path, *saved);
    }

    const Attempt attempt = session->to_attempt(std::string("ana"), started, "mouse");
    REQUIRE(attempt.dots.size() == plan.dots.size());
    // About a second a dot: hours of work, the clock going on across the sittings.
    CHECK(attempt.dots.back().t.value() > static_cast<double>(plan.dots.size()));
    const ScoreReport report = score_attempt(lesson, attempt);
    INFO("total " << report.total << ", spacing " << report.spacing.score << ", depth " << report.depth.score);
    CHECK(report.passed);
    CHECK(report.total >= lesson.pass_score + 10);
}
