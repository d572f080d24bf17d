// The history's duration is the replay's: an attempt recorded as the app records it (finish_attempt: started
// when the brief opened, finished when Enter was pressed) lists the time of its last dot, which is where its
// replay ends, not the wall time between opening the brief and finishing (the 4m59s against 3:37).
#include <catch2/catch.hpp>

#include "academy/gradebook.hpp"
#include "scoring/demo_attempt.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/flow/history_model.hpp"
#include "sim/flow/replay_clock.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

TEST_CASE("history lists an attempt's duration as long as its replay lasts", "[history]") {
    test::ScratchDir dir;
    const Lesson lesson = test::shipped_lesson("crown-fill");
    Attempt attempt = demo_attempt(lesson);
    attempt.input = "mouse";
    attempt.trainee = "ana";
    attempt.started = "2026-11-24T10:00:00.000Z";  // the brief opened; the work started 82 s later
    attempt.dots.resize(40);
    for (size_t i = 0; i < attempt.dots.size(); ++i) attempt.dots[i].t = 217.0 * double(i + 1) / 40.0;
    Gradebook book = Gradebook::open((dir / "g.sqlite").string());
    book.add_trainee("ana");
    FinishPlan plan;
    plan.data_dir = dir.path();
    plan.gradebook = &book;
    const FinishedAttempt done = finish_attempt(lesson, attempt, plan, "2026-11-24T10:04:59.000Z");
    REQUIRE(done.recorded_id);
    const std::vector<HistoryRow> rows = history_rows(book.attempts());
    REQUIRE(rows.size() == 1);
    CHECK(replay_end_s(attempt.dots) == Approx(217.0));
    CHECK(rows[0].detail_label == "40 dots, 3m 37s");  // not 4m 59s
}
