// The shell's records in a real gradebook, headless: a finished practice attempt is recorded for the
// trainee (or the error comes back as text), and loading it for replay re-runs its event log to exactly the
// recorded dots, against the lesson as it was recorded.
#include <catch2/catch.hpp>

#include "academy/gradebook.hpp"
#include "academy/progress.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/scoring.hpp"
#include "sim/model/practice_session.hpp"
#include "sim/model/virtual_scalp.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/flow/history_model.hpp"
#include "sim/flow/lesson_picker_model.hpp"
#include "sim/flow/replay_loader.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

namespace {

Attempt practise(const Lesson& lesson, int dots) {
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession session(lesson, scalp, false, 99);
    const Point start = session_start_mm(lesson);
    double t = 0.0;
    for (int i = 0; i < dots; ++i) {
        const Point at{start.x + 1.2 * (i % 5) - 2.4, start.y + 1.1 * (i / 5) - 1.0};
        t += 0.2;
        session.apply({t, InputEvent::Kind::Move, at, -1.0});
        t += 0.1;
        session.apply({t, InputEvent::Kind::Down, at, -1.0});
        t += 0.12;
        session.apply({t, InputEvent::Kind::Up, at, -1.0});
    }
    return session.to_attempt(std::string("ana"), std::string("2026-11-24T10:00:00Z"), session.input_kind());
}

}  // namespace

TEST_CASE("a finished attempt is recorded for the trainee and replays to exactly its dots") {
    stipple::test::ScratchDir dir;
    Gradebook gradebook = Gradebook::open((dir / "gb.sqlite").string());
    gradebook.add_trainee("ana");
    const Lesson lesson = stipple::test::shipped_lesson("first-dots-depth");
    const Attempt attempt = practise(lesson, 15);
    REQUIRE(attempt.dots.size() == 15);
    const ScoreReport report = score_attempt(lesson, attempt);

    const RecordResult recorded =
        record_finished_attempt(gradebook, lesson, attempt, report, "ana", false, "2026-11-24T10:05:00Z");
    REQUIRE(recorded.error.empty());
    REQUIRE(recorded.attempt_id);

    AttemptFilter mine;
    mine.trainee = "ana";
    const std::vector<AttemptRecord> records = gradebook.attempts(mine);
    REQUIRE(records.size() == 1);
    CHECK(records[0].lesson_id == "first-dots-depth");
    CHECK(records[0].dot_count == 15);
    CHECK(records[0].mode == AttemptMode::Practice);
    CHECK(records[0].total == Approx(report.total).margin(0.05));
    const auto rows = history_rows(records);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].attempt_id == *recorded.attempt_id);
    CHECK(rows[0].when_label == "2026-11-24 10:00");

    const ReplayPlan plan = load_replay(gradebook, *recorded.attempt_id);
    CHECK(plan.from_event_log);
    CHECK(plan.matches_recorded);
    CHECK(same_dots(plan.dots, attempt.dots));
    CHECK(plan.lesson.id == lesson.id);
    REQUIRE(plan.report);
    CHECK(plan.report->total == Approx(report.total).margin(0.05));
    CHECK(plan.record.trainee == "ana");
}

TEST_CASE("the picker's states follow what was recorded") {
    stipple::test::ScratchDir dir;
    Gradebook gradebook = Gradebook::open((dir / "gb.sqlite").string());
    gradebook.add_trainee("ana");
    Curriculum curriculum;
    const Lesson lesson = stipple::test::shipped_lesson("first-dots-depth");
    curriculum.lessons.push_back(CurriculumEntry{"first-dots-depth.json", {}, lesson});
    const Attempt attempt = practise(lesson, 6);
    const ScoreReport report = score_attempt(lesson, attempt);
    REQUIRE(record_finished_attempt(gradebook, lesson, attempt, report, "ana", true, "").attempt_id);
    const auto rows = picker_rows(curriculum, progress_for(gradebook, curriculum, "ana"));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].attempts_label == std::string("1 attempt, ") + (report.passed ? "1" : "0") + " passed");
    const std::vector<AttemptRecord> records = gradebook.attempts();
    REQUIRE(records.size() == 1);
    CHECK(records[0].mode == AttemptMode::Exam);
    CHECK(rows[0].last_label == score_label(records[0].total));
    CHECK(rows[0].best_label == rows[0].last_label);
    CHECK(rows[0].state == (report.passed ? LessonState::Passed : LessonState::Open));
}

TEST_CASE("a gradebook refusal comes back as text, never as an exception - unknown attempts do not replay") {
    stipple::test::ScratchDir dir;
    Gradebook gradebook = Gradebook::open((dir / "gb.sqlite").string());
    const Lesson lesson = stipple::test::shipped_lesson("first-dots-depth");
    const Attempt attempt = practise(lesson, 3);
    const RecordResult r = record_finished_attempt(gradebook, lesson, attempt, score_attempt(lesson, attempt), "nobody",
                                                   false, "");
    CHECK_FALSE(r.attempt_id);
    CHECK_THAT(r.error, Catch::Contains("nobody"));
    CHECK(gradebook.attempts().empty());
    CHECK_THROWS_AS(load_replay(gradebook, 42), InputError);
    CHECK_THROWS_WITH(load_replay(gradebook, 42), Catch::Contains("no attempt 42"));
}

TEST_CASE("an attempt without an event log replays its recorded dots") {
    stipple::test::ScratchDir dir;
    Gradebook gradebook = Gradebook::open((dir / "gb.sqlite").string());
    gradebook.add_trainee("bo");
    const Lesson lesson = stipple::test::shipped_lesson("first-dots-depth");
    Attempt attempt = practise(lesson, 4);
    attempt.events = nullptr;
    attempt.trainee = "bo";
    const RecordResult r =
        record_finished_attempt(gradebook, lesson, attempt, score_attempt(lesson, attempt), "bo", false, "");
    REQUIRE(r.attempt_id);
    const ReplayPlan plan = load_replay(gradebook, *r.attempt_id);
    CHECK_FALSE(plan.from_event_log);
    CHECK(same_dots(plan.dots, attempt.dots));
}
