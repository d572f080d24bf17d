// Work in progress kept safe, headless: an autosave written atomically, read strictly (another lesson's
// work is not offered, damaged files are refused by name), replayed to exactly the same dots; and when one
// is due; and private (0600 in a 0700 folder).
#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <sys/stat.h>

#include "scoring/input_error.hpp"
#include "sim/flow/autosave.hpp"
#include "sim/model/practice_session.hpp"
#include "sim/model/virtual_scalp.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

TEST_CASE("an autosave resumes to exactly the same dots", "[autosave]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession s(lesson, scalp, false, 4242);
    double t = 0.0;
    for (int i = 0; i < 6; ++i) {
        const Point at{-10.0 + 3.0 * i, 85.0 + i};
        s.apply({t, InputEvent::Kind::Move, at});
        s.apply({t + 0.5, InputEvent::Kind::Down, at});
        s.apply({t + 0.8, InputEvent::Kind::Up, at});
        t += 1.0;
    }
    test::ScratchDir dir;
    const std::string path = (dir / "auto" / "hairline-classic.json").string();
    Autosave a;
    a.lesson_id = lesson.id;
    a.saved_at = "2026-11-24T10:00:00Z";
    a.trainee = "ana";
    a.dot_count = s.dots().size();
    a.events = s.event_log();
    save_autosave(path, a);
    const std::optional<Autosave> loaded = load_autosave(path, lesson.id);
    REQUIRE(loaded);
    CHECK(loaded->trainee == std::optional<std::string>("ana"));
    CHECK(loaded->dot_count == 6);
    const auto resumed = resume_session(lesson, scalp, *loaded, path);
    REQUIRE(resumed->dots().size() == 6);
    for (size_t i = 0; i < 6; ++i) {
        CHECK(resumed->dots()[i].x == s.dots()[i].x);
        CHECK(resumed->dots()[i].depth_mm == s.dots()[i].depth_mm);
    }
    CHECK(resumed->time_s() == s.time_s());
    CHECK_FALSE(load_autosave(path, "crown-fill"));             // another lesson's work is not offered
    CHECK_FALSE(load_autosave((dir / "none.json").string(), lesson.id));
    remove_autosave(path);
    CHECK_FALSE(std::filesystem::exists(path));

    test::write_text(dir / "bad.json", R"({"format":"stipple-autosave/1","lesson":"hairline-classic","events":[{"kind":"session"},{"t":1,"kind":"fly","x":0,"y":0}]})");
    const std::optional<Autosave> bad = load_autosave((dir / "bad.json").string(), lesson.id);
    REQUIRE(bad);
    try {
        resume_session(lesson, scalp, *bad, "bad.json");
        FAIL("a damaged event must be refused");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) == "bad.json: /events/1/kind: expected one of move, down, up, pressure, undo");
    }
    test::write_text(dir / "worse.json", R"({"format":"stipple-autosave/1","lesson":"hairline-classic","events":{}})");
    CHECK_THROWS_AS(load_autosave((dir / "worse.json").string(), lesson.id), InputError);
    CHECK(autosave_due(5, 3, 20.0, 9.0));
    CHECK_FALSE(autosave_due(5, 3, 12.0, 9.0));   // not yet: every 10 s
    CHECK_FALSE(autosave_due(5, 5, 60.0, 9.0));   // nothing new
}

TEST_CASE("resuming tells its progress as it replays, and the window's line says how far it is", "[autosave]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession s(lesson, scalp, false, 4242);
    double t = 0.0;
    for (int i = 0; i < 400; ++i) {  // 400 dots: 1 200 events and the session header
        const Point at{-20.0 + 0.1 * i, 85.0 + 0.02 * i};
        s.apply({t, InputEvent::Kind::Move, at});
        s.apply({t + 0.1, InputEvent::Kind::Down, at});
        s.apply({t + 0.2, InputEvent::Kind::Up, at});
        t += 0.3;
    }
    Autosave a;
    a.lesson_id = lesson.id;
    a.dot_count = s.dots().size();
    a.events = s.event_log();
    const std::size_t total = a.events.size();
    REQUIRE(total > 2 * kResumeProgressEvents);
    std::vector<std::pair<std::size_t, std::size_t>> told;
    const auto resumed = resume_session(lesson, scalp, a, "auto.json",
                                        [&told](std::size_t done, std::size_t all) { told.emplace_back(done, all); });
    CHECK(resumed->dots().size() == s.dots().size());
    // Every kResumeProgressEvents events, then once at the end: 500, 1000, total.
    REQUIRE(told.size() == total / kResumeProgressEvents + 1);
    CHECK(told.front() == std::make_pair(kResumeProgressEvents, total));
    CHECK(told[1].first == 2 * kResumeProgressEvents);
    CHECK(told.back() == std::make_pair(total, total));

    CHECK(resume_progress_text(0, total, 400) == "Resuming your work... 0% (400 dots)");
    CHECK(resume_progress_text(600, 1200, 400) == "Resuming your work... 50% (400 dots)");
    CHECK(resume_progress_text(total, total, 400) == "Resuming your work... 100% (400 dots)");
    CHECK(resume_progress_text(0, 0, 1) == "Resuming your work... 100% (1 dot)");
}

TEST_CASE("an autosave is private: its folder is made 0700 and the file is 0600") {
    test::ScratchDir dir;
    std::filesystem::permissions(dir.path(), std::filesystem::perms(0755));
    const std::filesystem::path path = dir / "data" / "autosave" / "ana-first-dots-depth.json";
    Autosave a;
    a.lesson_id = "first-dots-depth";
    a.saved_at = "2026-11-24T10:00:00.000Z";
    a.trainee = "ana";
    save_autosave(path.string(), a);
    auto mode_of = [](const std::filesystem::path& p) {
        struct stat st {};
        REQUIRE(::stat(p.c_str(), &st) == 0);
        return st.st_mode & 07777;
    };
    CHECK(mode_of(path) == 0600);
    CHECK(mode_of(path.parent_path()) == 0700);
    CHECK(mode_of(dir / "data") == 0700);
    CHECK(load_autosave(path.string(), "first-dots-depth"));
}
