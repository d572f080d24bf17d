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

TEST_CASE("a design lesson's autosave keeps the line drawn so far, read strictly", "[autosave]") {
    Lesson lesson = test::hairline_lesson();
    lesson.design = DesignBrief{};
    const VirtualScalp scalp = generate_scalp(lesson);
    const PracticeSession s(lesson, scalp, false, 7);
    // No dots and no line: nothing worth keeping in practice.
    CHECK_FALSE(design_autosave_of(s, {}, lesson.id, std::nullopt, "2026-11-26T16:00:00Z", false, "now"));
    const Polyline line{{-60, 70}, {0, 80.25}, {61, 69}};
    const std::optional<Autosave> a =
        design_autosave_of(s, line, lesson.id, std::string("ana"), "2026-11-26T16:00:00Z", false, "now");
    REQUIRE(a);
    REQUIRE(a->design_line);
    CHECK(a->dot_count == 0);
    const nlohmann::json doc = autosave_to_json(*a);
    CHECK(doc["design_line"].dump() == "[[-60.0,70.0],[0.0,80.25],[61.0,69.0]]");
    const Autosave back = autosave_from_json(doc, "a.json");
    REQUIRE(back.design_line);
    REQUIRE(back.design_line->size() == 3);
    CHECK((*back.design_line)[1].y == 80.25);
    CHECK(back.trainee == std::optional<std::string>("ana"));
    // A dot autosave has no line.
    Autosave dots;
    dots.lesson_id = lesson.id;
    CHECK_FALSE(autosave_from_json(autosave_to_json(dots), "b.json").design_line);
    // Damaged: the error names the point.
    nlohmann::json bad = doc;
    bad["design_line"][2] = {-70, 69};
    try {
        autosave_from_json(bad, "bad.json");
        FAIL("a line running back to the left was read");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).find("bad.json") != std::string::npos);
        CHECK(std::string(e.what()).find("/design_line/2") != std::string::npos);
    }
    bad["design_line"][2] = {"x", 69};
    CHECK_THROWS_AS(autosave_from_json(bad, "bad.json"), InputError);
    bad["design_line"] = 3;
    CHECK_THROWS_AS(autosave_from_json(bad, "bad.json"), InputError);
}
