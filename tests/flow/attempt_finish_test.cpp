// Finishing an attempt, headless, as `stipple practice` and the app both do it: the file written, the
// autosave dropped, the score, the record for the trainee (or why not, as text); a failed write throws and
// keeps the autosave.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>

#include "academy/attempt_integrity.hpp"
#include "academy/attempt_seal.hpp"
#include "academy/gradebook.hpp"
#include "academy/lesson_hash.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/scoring.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/model/practice_session.hpp"
#include "sim/model/virtual_scalp.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
namespace fs = std::filesystem;

namespace {

// Twelve dots in a small grid, by `trainee` (none: std::nullopt), in an exam session or not.
Attempt practise(const Lesson& lesson, const std::optional<std::string>& trainee, bool exam = false) {
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession session(lesson, scalp, exam, 7);
    const Point start = session_start_mm(lesson);
    double t = 0.0;
    for (int i = 0; i < 12; ++i) {
        const Point at{start.x + 1.2 * (i % 4) - 1.8, start.y + 1.1 * (i / 4) - 1.0};
        session.apply({t += 0.2, InputEvent::Kind::Move, at, -1.0});
        session.apply({t += 0.1, InputEvent::Kind::Down, at, -1.0});
        session.apply({t += 0.12, InputEvent::Kind::Up, at, -1.0});
    }
    return session.to_attempt(trainee, std::string("2026-11-24T10:00:05.250Z"), session.input_kind());
}

}  // namespace

TEST_CASE("finishing writes the attempt, drops the autosave and scores it - nothing recorded without a gradebook") {
    test::ScratchDir dir;
    const Lesson lesson = test::shipped_lesson("first-dots-depth");
    const Attempt attempt = practise(lesson, std::string("ana"));
    REQUIRE(attempt.dots.size() == 12);
    fs::create_directories(dir / "autosave");
    test::write_text(dir / "autosave" / "ana-first-dots-depth.json", "{}");

    FinishPlan plan;
    plan.save_path = dir / "out" / "mine.json";
    plan.data_dir = dir.path();
    plan.autosave_path = (dir / "autosave" / "ana-first-dots-depth.json").string();
    const FinishedAttempt done = finish_attempt(lesson, attempt, plan, "2026-11-24T10:03:00.000Z");

    CHECK(done.saved_path == (dir / "out" / "mine.json").string());
    const Attempt back = load_attempt(done.saved_path);
    REQUIRE(back.dots.size() == 12);
    CHECK(back.dots[11].x == attempt.dots[11].x);
    CHECK(back.trainee == std::optional<std::string>("ana"));
    CHECK_FALSE(fs::exists(plan.autosave_path));
    REQUIRE(done.report);
    CHECK(done.report->total == score_attempt(lesson, attempt).total);
    CHECK(done.score_error.empty());
    CHECK_FALSE(done.record_asked);
    CHECK_FALSE(done.recorded_id);
    std::ostringstream out, err;
    print_record_outcome(out, err, done, "ana", lesson.id);
    CHECK(out.str().empty());
    CHECK(err.str().empty());
}

TEST_CASE("without --save the attempt gets a new name in the data folder's attempts, never overwriting") {
    test::ScratchDir dir;
    const Lesson lesson = test::shipped_lesson("first-dots-depth");
    FinishPlan plan;
    plan.data_dir = dir.path();
    const FinishedAttempt first = finish_attempt(lesson, practise(lesson, std::string("Ana M")), plan, "2026-11-24T10:03:00.000Z");
    CHECK(first.saved_path == (dir / "attempts" / "ana-m-first-dots-depth-20261124T100005250Z.json").string());
    const FinishedAttempt second = finish_attempt(lesson, practise(lesson, std::string("Ana M")), plan, "2026-11-24T10:04:00.000Z");
    CHECK(second.saved_path == (dir / "attempts" / "ana-m-first-dots-depth-20261124T100005250Z-2.json").string());
    const FinishedAttempt anonymous = finish_attempt(lesson, practise(lesson, std::nullopt), plan, "2026-11-24T10:05:00.000Z");
    CHECK(anonymous.saved_path == (dir / "attempts" / "first-dots-depth-20261124T100005250Z.json").string());
    CHECK(fs::exists(first.saved_path));
    CHECK(fs::exists(second.saved_path));
    // private: the attempts folder is made 0700 and each attempt is 0600
    CHECK((fs::status(dir / "attempts").permissions() & fs::perms::all) == fs::perms::owner_all);
    CHECK((fs::status(first.saved_path).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
}

TEST_CASE("with a gradebook and a trainee the finished attempt is recorded, in the mode it was made") {
    test::ScratchDir dir;
    Gradebook gradebook = Gradebook::open((dir / "gb.sqlite").string());
    gradebook.add_trainee("ana");
    const Lesson lesson = test::shipped_lesson("first-dots-depth");
    const Attempt attempt = practise(lesson, std::string("ana"), true);
    FinishPlan plan;
    plan.data_dir = dir.path();
    plan.gradebook = &gradebook;
    plan.exam = true;
    const FinishedAttempt done = finish_attempt(lesson, attempt, plan, "2026-11-24T10:03:00.000Z");

    REQUIRE(done.record_asked);
    REQUIRE(done.recorded_id);
    CHECK(done.record_error.empty());
    const std::vector<AttemptRecord> records = gradebook.attempts();
    REQUIRE(records.size() == 1);
    CHECK(records[0].id == *done.recorded_id);
    CHECK(records[0].trainee == "ana");
    CHECK(records[0].lesson_id == "first-dots-depth");
    CHECK(records[0].mode == AttemptMode::Exam);
    CHECK(records[0].dot_count == 12);
    CHECK(records[0].started == "2026-11-24T10:00:05.250Z");
    CHECK(records[0].total == Approx(done.report->total).margin(0.005));

    std::ostringstream out, err;
    print_record_outcome(out, err, done, "ana", lesson.id);
    char total[16];
    std::snprintf(total, sizeof total, "%.1f", done.report->total);
    CHECK(out.str() == "recorded attempt " + std::to_string(*done.recorded_id) + " for ana: first-dots-depth " +
                           total + (done.report->passed ? " (passed)\n" : " (not passed)\n"));
    CHECK(err.str().empty());
}

TEST_CASE("at a seat with a gradebook the attempt file is sealed with its mode and finish time; edits break it") {
    test::ScratchDir dir;
    Gradebook gradebook = Gradebook::open((dir / "gb.sqlite").string());
    const Trainee ana = gradebook.add_trainee("ana");
    const Lesson lesson = test::shipped_lesson("first-dots-depth");
    FinishPlan plan;
    plan.data_dir = dir.path();
    plan.gradebook = &gradebook;
    const FinishedAttempt done =
        finish_attempt(lesson, practise(lesson, std::string("ana"), true), plan, "2026-11-24T10:03:00.000Z");
    REQUIRE(done.recorded_id);
    CHECK(done.sealed);
    const Attempt back = load_attempt(done.saved_path);
    CHECK(back.mode == std::optional<std::string>("exam"));  // the session's, though the plan says practice
    CHECK(back.finished == std::optional<std::string>("2026-11-24T10:03:00.000Z"));
    REQUIRE(back.seal.is_object());
    CHECK(back.seal["gradebook"] == gradebook.database_id());
    const std::optional<std::string> key = seal_key_from_hex(gradebook.seal_key());
    REQUIRE(key);
    const IntegrityContext context{gradebook.database_id(), *key, ana.uid, lesson_content_hash(lesson), ""};
    CHECK(judge_attempt(back, context).verification == Verification::Sealed);
    Attempt practice = back;
    practice.mode = "practice";
    CHECK(judge_attempt(practice, context).note == "integrity record does not match (changed after it was sealed)");
    const std::optional<AttemptRecord> record = gradebook.attempt(*done.recorded_id);
    REQUIRE(record);
    CHECK(record->mode == AttemptMode::Exam);
    CHECK(record->verification == Verification::App);
    CHECK(nlohmann::json::parse(record->attempt_json).at("seal") == back.seal);  // the stored text is the sealed file

    plan.gradebook = nullptr;  // no gradebook: finished and moded, but nothing to seal with
    const FinishedAttempt alone = finish_attempt(lesson, practise(lesson, std::string("ana")), plan, "2026-11-24T10:09:00.000Z");
    CHECK_FALSE(alone.sealed);
    CHECK(load_attempt(alone.saved_path).seal.is_null());
    CHECK(load_attempt(alone.saved_path).mode == std::optional<std::string>("practice"));
}

TEST_CASE("a gradebook refusal comes back as text and keeps the attempt file; no trainee, no record") {
    test::ScratchDir dir;
    Gradebook gradebook = Gradebook::open((dir / "gb.sqlite").string());
    gradebook.add_trainee("ana");
    gradebook.archive_trainee("ana");
    const Lesson lesson = test::shipped_lesson("first-dots-depth");
    FinishPlan plan;
    plan.data_dir = dir.path();
    plan.gradebook = &gradebook;
    const FinishedAttempt refused = finish_attempt(lesson, practise(lesson, std::string("ana")), plan, "2026-11-24T10:03:00.000Z");
    CHECK(refused.record_asked);
    CHECK_FALSE(refused.recorded_id);
    CHECK_THAT(refused.record_error, Catch::Contains("ana"));
    CHECK(fs::exists(refused.saved_path));
    std::ostringstream out, err;
    print_record_outcome(out, err, refused, "ana", lesson.id);
    CHECK(out.str().empty());
    CHECK(err.str() == "stipple: not recorded in the gradebook: " + refused.record_error + " (attempt kept in " +
                           refused.saved_path + ")\n");

    const FinishedAttempt anonymous = finish_attempt(lesson, practise(lesson, std::nullopt), plan, "2026-11-24T10:04:00.000Z");
    CHECK_FALSE(anonymous.record_asked);
    CHECK(gradebook.attempts().empty());
}

TEST_CASE("a write that fails throws and keeps the autosave") {
    test::ScratchDir dir;
    const Lesson lesson = test::shipped_lesson("first-dots-depth");
    test::write_text(dir / "autosave.json", "{}");
    test::write_text(dir / "blocker", "a file where the folder would be");
    FinishPlan plan;
    plan.save_path = dir / "blocker" / "attempt.json";
    plan.data_dir = dir.path();
    plan.autosave_path = (dir / "autosave.json").string();
    CHECK_THROWS(finish_attempt(lesson, practise(lesson, std::string("ana")), plan, "2026-11-24T10:03:00.000Z"));
    CHECK(fs::exists(dir / "autosave.json"));
    CHECK_FALSE(fs::exists(dir / "blocker" / "attempt.json"));
}
