// Every file the app writes passes the app's own validator: attempts (finish_attempt, then load_attempt,
// `stipple score`'s reader, and the gradebook's record), autosaves (save_autosave, then load_autosave and an
// exact resume) and lessons (save_lesson, then load_lesson), including the inputs that once wrote files the
// program then refused: a tap inside one frame (depth 0) and a pen touching with no pressure.
#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>
#include <string>

#include "academy/gradebook.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/curriculum.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/flow/autosave.hpp"
#include "sim/model/depth_model.hpp"
#include "sim/model/practice_session.hpp"
#include "sim/model/virtual_scalp.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
using Kind = InputEvent::Kind;

namespace {

// A session with the awkward inputs: a settled dot, a tap with press and release at the same instant, a
// 1 ms tap, a pen that touches with pressure 0 and one that presses.
PracticeSession& awkward_work(PracticeSession& s, const Lesson& lesson) {
    const Point start = session_start_mm(lesson);
    double t = 0.0;
    auto at = [&](int i) { return Point{start.x + 1.3 * i - 3.0, start.y + 0.4 * (i % 2)}; };
    s.apply({t += 0.6, Kind::Move, at(0), -1.0});
    s.apply({t += 0.4, Kind::Down, at(0), -1.0});
    s.apply({t += 0.35, Kind::Up, at(0), -1.0});
    s.apply({t += 0.6, Kind::Move, at(1), -1.0});
    s.apply({t += 0.4, Kind::Down, at(1), -1.0});
    s.apply({t, Kind::Up, at(1), -1.0});  // press and release handled at one instant
    s.apply({t += 0.6, Kind::Move, at(2), -1.0});
    s.apply({t += 0.4, Kind::Down, at(2), -1.0});
    s.apply({t += 0.001, Kind::Up, at(2), -1.0});
    s.apply({t += 0.6, Kind::Move, at(3), -1.0});
    s.apply({t += 0.4, Kind::Down, at(3), 0.0});  // a pen touching with no pressure
    s.apply({t += 0.1, Kind::Up, at(3), 0.0});
    s.apply({t += 0.6, Kind::Move, at(4), -1.0});
    s.apply({t += 0.4, Kind::Down, at(4), 0.2});
    s.apply({t += 0.05, Kind::Pressure, at(4), 0.5});
    s.apply({t += 0.1, Kind::Up, at(4), 0.0});
    return s;
}

}  // namespace

TEST_CASE("a tap or a pressureless touch deposits the minimum, never 0", "[writers]") {
    const Lesson lesson = test::hairline_lesson();
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession s(lesson, scalp, false, 11);
    awkward_work(s, lesson);
    REQUIRE(s.dots().size() == 5);
    CHECK(s.dots()[0].depth_mm > 0.3);
    for (int i : {1, 2, 3}) CHECK(s.dots()[i].depth_mm == Approx(kMinDepositMm).margin(1e-12));
    CHECK(s.dots()[4].depth_mm > kMinDepositMm);
    // The minimum is a real, shallow deposit: in the epidermis, above the lesson's window.
    CHECK(kMinDepositMm > 0.0);
    CHECK(kMinDepositMm < lesson.targets.depth_min_mm);
}

TEST_CASE("the attempt finish_attempt writes is read back, scored and recorded", "[writers]") {
    const test::ScratchDir dir;
    const Lesson lesson = test::hairline_lesson();
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession s(lesson, scalp, false, 11);
    awkward_work(s, lesson);
    const Attempt attempt = s.to_attempt(std::string("Ana Lima"), std::string("2026-11-26T07:00:00Z"), s.input_kind());
    Gradebook book = Gradebook::open((dir / "gradebook.sqlite").string());
    book.ensure_active_trainee("Ana Lima");
    FinishPlan plan;
    plan.data_dir = dir.path();
    plan.gradebook = &book;
    const FinishedAttempt done = finish_attempt(lesson, attempt, plan, "2026-11-26T07:05:00Z");
    INFO(done.score_error << done.record_error);
    CHECK(done.score_error.empty());
    CHECK(done.record_error.empty());
    CHECK(done.recorded_id.has_value());
    const Attempt back = load_attempt(done.saved_path);  // throws InputError if the file is refused
    REQUIRE(back.dots.size() == attempt.dots.size());
    for (size_t i = 0; i < back.dots.size(); ++i) CHECK(back.dots[i].depth_mm == attempt.dots[i].depth_mm);
    CHECK(replay_dots(lesson, back.events, done.saved_path).size() == back.dots.size());
    CHECK(book.attempts().size() == 1);
}

TEST_CASE("the autosave save_autosave writes is read back and resumes to the same dots", "[writers]") {
    const test::ScratchDir dir;
    const Lesson lesson = test::hairline_lesson();
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession s(lesson, scalp, false, 11);
    awkward_work(s, lesson);
    const std::optional<Autosave> a =
        autosave_of(s, lesson.id, std::string("Ana Lima"), std::string("2026-11-26T07:00:00Z"), false, "2026-11-26T07:01:00Z");
    REQUIRE(a.has_value());
    const std::string path = (dir / "autosave.json").string();
    save_autosave(path, *a);
    const std::optional<Autosave> back = load_autosave(path, lesson.id);
    REQUIRE(back.has_value());
    const auto resumed = resume_session(lesson, scalp, *back, path);
    REQUIRE(resumed->dots().size() == s.dots().size());
    for (size_t i = 0; i < s.dots().size(); ++i) CHECK(resumed->dots()[i].depth_mm == s.dots()[i].depth_mm);
}

TEST_CASE("every shipped lesson save_lesson writes is read back equal", "[writers]") {
    const test::ScratchDir dir;
    for (const auto& entry : std::filesystem::directory_iterator(test::lessons_dir())) {
        if (entry.path().extension() != ".json" || entry.path().filename() == kCurriculumFileName ||
            entry.path().filename().string().find(".schema.") != std::string::npos)
            continue;
        const Lesson lesson = load_lesson(entry.path().string());
        const std::string path = (dir / entry.path().filename().string()).string();
        save_lesson(path, lesson);
        const Lesson back = load_lesson(path);
        INFO(entry.path().filename().string());
        CHECK(lesson_to_json(back) == lesson_to_json(lesson));
    }
}
