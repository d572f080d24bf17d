// The practice screen's autosave decisions, headless: what it offers on opening (same lesson, same kind of
// work), how a damaged file is set aside with a note, and that a practice session without dots is not autosaved.
#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>
#include <string>

#include "sim/flow/autosave.hpp"
#include "sim/model/practice_session.hpp"
#include "sim/model/virtual_scalp.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

namespace {

void place_dots(PracticeSession& s, int count) {
    for (int i = 0; i < count; ++i) {
        const Point at{-10.0 + 3.0 * i, 85.0 + i};
        const double t = i;
        s.apply({t, InputEvent::Kind::Move, at});
        s.apply({t + 0.5, InputEvent::Kind::Down, at});
        s.apply({t + 0.8, InputEvent::Kind::Up, at});
    }
}

}  // namespace

TEST_CASE("a practice session with no dots is not autosaved; one with dots is, with its header", "[autosave]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession practice(lesson, scalp, false, 77);
    CHECK_FALSE(autosave_of(practice, lesson.id, std::string("ana"), "2026-11-24T10:00:00Z", false, "2026-11-24T10:01:00Z"));
    PracticeSession s(lesson, scalp, true, 77);  // an exam is kept from its start (exam_rules_test.cpp)
    place_dots(s, 3);
    const std::optional<Autosave> a =
        autosave_of(s, lesson.id, std::string("ana"), "2026-11-24T10:00:00Z", true, "2026-11-24T10:01:00Z");
    REQUIRE(a);
    CHECK(a->lesson_id == "hairline-classic");
    CHECK(a->trainee == std::optional<std::string>("ana"));
    CHECK(a->started == std::optional<std::string>("2026-11-24T10:00:00Z"));
    CHECK(a->saved_at == "2026-11-24T10:01:00Z");
    CHECK(a->exam);
    CHECK(a->dot_count == 3);
    CHECK(a->events == s.event_log());
}

TEST_CASE("opening offers the same lesson's autosave of the same kind, and leaves the other kind alone", "[autosave]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession s(lesson, scalp, false, 4242);
    place_dots(s, 2);
    test::ScratchDir dir;
    const std::string path = (dir / "autosaves" / "ana-hairline-classic.json").string();

    OpenedAutosave none = open_autosave(path, lesson.id, false);  // no file: nothing to offer, nothing to say
    CHECK_FALSE(none.pending);
    CHECK(none.note.empty());

    save_autosave(path, *autosave_of(s, lesson.id, std::nullopt, "2026-11-24T10:00:00Z", false, "2026-11-24T10:00:05Z"));
    OpenedAutosave practice = open_autosave(path, lesson.id, false);
    REQUIRE(practice.pending);
    CHECK(practice.pending->dot_count == 2);
    CHECK(practice.note.empty());

    OpenedAutosave exam = open_autosave(path, lesson.id, true);  // practice work is not resumed as an exam
    CHECK_FALSE(exam.pending);
    CHECK(exam.note.empty());
    CHECK(std::filesystem::exists(path));  // but it is kept for the next practice

    CHECK_FALSE(open_autosave(path, "crown-fill", false).pending);  // another lesson's work
    CHECK(std::filesystem::exists(path));
}

TEST_CASE("a damaged autosave is set aside as .damaged with a note, never deleted", "[autosave]") {
    test::ScratchDir dir;
    const std::string path = (dir / "auto.json").string();
    const std::string damaged = R"({"format":"stipple-autosave/1","lesson":"hairline-classic","events":{}})";
    test::write_text(dir / "auto.json", damaged);
    const OpenedAutosave opened = open_autosave(path, "hairline-classic", false);
    CHECK_FALSE(opened.pending);
    CHECK(opened.note.rfind("An autosave could not be read and was set aside: " + path + ": /events: ", 0) == 0);
    CHECK_FALSE(std::filesystem::exists(path));
    REQUIRE(std::filesystem::exists(path + ".damaged"));
    CHECK(test::read_text(dir / "auto.json.damaged") == damaged);
}
