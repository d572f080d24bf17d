// Honest exams and the keys a person expects, headless: the work's dialog rules (Esc opens a leave dialog
// that stays, Enter asks before finishing, no finish with no dots, no discard in an exam), the brief's key
// lines, the exam clock in wall time from the start, and abandoned exams finished as they stand and
// recorded failed.
#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>
#include <string>

#include "academy/gradebook.hpp"
#include "academy/user_data.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/iso_time.hpp"
#include "scoring/report_io.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/flow/autosave.hpp"
#include "sim/flow/exam_clock.hpp"
#include "sim/flow/work_dialog.hpp"
#include "sim/model/practice_session.hpp"
#include "sim/model/virtual_scalp.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
namespace fs = std::filesystem;

namespace {

// The work's state after each request in turn, from no dialog.
struct Walk {
    Walk(std::size_t dots, bool exam) : dots(dots), exam(exam) {}
    std::size_t dots;
    bool exam;
    WorkDialog open = WorkDialog::None;
    WorkStep last;
    WorkStep go(WorkRequest r) {
        last = work_step(open, r, dots, exam);
        open = last.dialog;
        return last;
    }
};

void place_dots(PracticeSession& s, int count) {
    const Point start = session_start_mm(test::shipped_lesson("hairline-classic"));
    double t = 0.0;
    for (int i = 0; i < count; ++i) {
        const Point at{start.x + 1.3 * (i % 4) - 2.0, start.y + 1.2 * (i / 4) - 1.0};
        s.apply({t += 0.2, InputEvent::Kind::Move, at});
        s.apply({t += 0.1, InputEvent::Kind::Down, at});
        s.apply({t += 0.15, InputEvent::Kind::Up, at});
    }
}

// hairline-classic as a timed exam (60 s).
Lesson timed_exam() {
    Lesson l = test::shipped_lesson("hairline-classic");
    l.time_limit_s = 60.0;
    return l;
}

}  // namespace

TEST_CASE("Esc opens a leave dialog that stays open until it is answered; Esc again keeps working", "[exam][keys]") {
    Walk w{5, false};
    CHECK(w.go(WorkRequest::EscapeKey).dialog == WorkDialog::Leave);
    CHECK_FALSE(w.last.leave);
    // Enter answers nothing there: "Esc, then Enter" never submits, and the dialog is still up.
    CHECK(w.go(WorkRequest::EnterKey).dialog == WorkDialog::Leave);
    CHECK_FALSE(w.last.finish);
    CHECK_FALSE(w.last.leave);
    CHECK(w.go(WorkRequest::FinishButton).dialog == WorkDialog::Leave);  // the panel under the modal: nothing
    CHECK_FALSE(w.last.finish);
    CHECK(w.go(WorkRequest::EscapeKey).dialog == WorkDialog::None);       // Esc again: keep working
    CHECK_FALSE(w.last.leave);
    CHECK(w.go(WorkRequest::EscapeKey).dialog == WorkDialog::Leave);
    const WorkStep leave = w.go(WorkRequest::LeaveKeep);
    CHECK(leave.leave);
    CHECK_FALSE(leave.discard);
    CHECK(leave.dialog == WorkDialog::None);
}

TEST_CASE("Enter asks \"Finish and score?\", Enter again finishes, Esc or Keep working cancels", "[exam][keys]") {
    for (const bool exam : {false, true}) {
        Walk w{3, exam};
        CHECK(w.go(WorkRequest::EnterKey).dialog == WorkDialog::ConfirmFinish);
        CHECK_FALSE(w.last.finish);
        CHECK(w.go(WorkRequest::EscapeKey).dialog == WorkDialog::None);
        CHECK_FALSE(w.last.finish);
        CHECK_FALSE(w.last.leave);  // Esc closed the question only
        CHECK(w.go(WorkRequest::FinishButton).dialog == WorkDialog::ConfirmFinish);  // the panel's button asks too
        CHECK(w.go(WorkRequest::KeepWorking).dialog == WorkDialog::None);
        CHECK(w.go(WorkRequest::EnterKey).dialog == WorkDialog::ConfirmFinish);
        CHECK(w.go(WorkRequest::EnterKey).finish);
        CHECK(w.last.dialog == WorkDialog::None);
        Walk b{3, exam};
        b.go(WorkRequest::FinishButton);
        CHECK(b.go(WorkRequest::ConfirmFinish).finish);
    }
}

TEST_CASE("finishing with no dots is refused with a message, by Enter and by the Finish button", "[exam][keys]") {
    for (const bool exam : {false, true}) {
        for (const WorkRequest r : {WorkRequest::EnterKey, WorkRequest::FinishButton}) {
            const WorkStep s = work_step(WorkDialog::None, r, 0, exam);
            CHECK_FALSE(s.finish);
            CHECK(s.dialog == WorkDialog::None);
            CHECK(s.refusal == kNothingToFinish);
        }
        // Even a confirmation that arrives with no dots (undone meanwhile) finishes nothing.
        const WorkStep late = work_step(WorkDialog::ConfirmFinish, WorkRequest::ConfirmFinish, 0, exam);
        CHECK_FALSE(late.finish);
        CHECK(late.refusal == kNothingToFinish);
    }
}

TEST_CASE("an exam is never discarded, and leaving it always asks; empty practice leaves at once", "[exam][keys]") {
    Walk practice{4, false};
    practice.go(WorkRequest::EscapeKey);
    const WorkStep discard = practice.go(WorkRequest::Discard);
    CHECK(discard.leave);
    CHECK(discard.discard);

    Walk exam{4, true};
    exam.go(WorkRequest::EscapeKey);
    const WorkStep refused = exam.go(WorkRequest::Discard);
    CHECK_FALSE(refused.leave);
    CHECK_FALSE(refused.discard);
    CHECK(refused.dialog == WorkDialog::Leave);
    CHECK(refused.refusal.find("cannot be discarded") != std::string::npos);

    CHECK(work_step(WorkDialog::None, WorkRequest::EscapeKey, 0, false).leave);  // nothing to keep
    const WorkStep exam_empty = work_step(WorkDialog::None, WorkRequest::EscapeKey, 0, true);
    CHECK_FALSE(exam_empty.leave);  // an exam's clock has started: it asks (and leaving keeps it)
    CHECK(exam_empty.dialog == WorkDialog::Leave);
}

TEST_CASE("closing the window asks once when there is work, and closes the second time", "[exam][keys]") {
    Walk w{2, true};
    CHECK(w.go(WorkRequest::CloseWindow).dialog == WorkDialog::Leave);
    CHECK_FALSE(w.last.leave);
    CHECK(w.go(WorkRequest::CloseWindow).leave);
    CHECK_FALSE(w.last.discard);
    CHECK(work_step(WorkDialog::None, WorkRequest::CloseWindow, 0, false).leave);
    CHECK(work_step(WorkDialog::ConfirmFinish, WorkRequest::CloseWindow, 2, false).dialog == WorkDialog::Leave);
}

TEST_CASE("the brief lists only the keys that work: no undo and no guides in an exam", "[exam][keys]") {
    const auto joined = [](bool exam) {
        std::string all;
        for (const std::string& line : work_key_lines(exam)) all += line + "\n";
        return all;
    };
    const std::string exam = joined(true), practice = joined(false);
    CHECK(exam.find("Ctrl+Z") == std::string::npos);
    CHECK(exam.find("G:") == std::string::npos);
    CHECK(exam.find("undo") == std::string::npos);
    CHECK(exam.find("Enter: finish (asks first)") != std::string::npos);
    CHECK(exam.find("Esc: leave (the exam is kept, its clock runs on)") != std::string::npos);
    CHECK(practice.find("Ctrl+Z: undo") != std::string::npos);
    CHECK(practice.find("G: guides") != std::string::npos);
    CHECK(work_dialog_note(WorkDialog::Leave) == "dialog: leave");
    CHECK(work_dialog_note(WorkDialog::ConfirmFinish) == "dialog: finish");
    CHECK(work_dialog_note(WorkDialog::None) == "dialog: none");
}

TEST_CASE("the exam clock counts wall time from the start, time apart included", "[exam][clock]") {
    const Lesson lesson = timed_exam();
    const double start = *parse_iso8601("2026-11-24T10:00:00.000Z");
    CHECK(*exam_seconds_left(lesson, "2026-11-24T10:00:00.000Z", start) == Approx(60.0));
    CHECK(*exam_seconds_left(lesson, "2026-11-24T10:00:00.000Z", start + 45.5) == Approx(14.5));
    // Closed after 20 s, reopened 30 s later: 10 s left, not 40 (the clock ran while it was closed).
    CHECK(*exam_seconds_left(lesson, "2026-11-24T10:00:00.000Z", start + 50.0) == Approx(10.0));
    CHECK(*exam_seconds_left(lesson, "2026-11-24T10:00:00.000Z", start + 3600.0) == Approx(-3540.0));
    CHECK(*exam_seconds_left(lesson, "not a time", start) == Approx(60.0));  // counts from now
    CHECK_FALSE(exam_seconds_left(test::shipped_lesson("hairline-classic"), "2026-11-24T10:00:00.000Z", start));

    Autosave a;
    a.exam = true;
    a.saved_at = "2026-11-24T10:00:30.000Z";
    CHECK(exam_start_of(a) == "2026-11-24T10:00:30.000Z");  // no start kept: from when it was saved
    a.started = "2026-11-24T10:00:00.000Z";
    CHECK(exam_start_of(a) == "2026-11-24T10:00:00.000Z");
    CHECK_FALSE(exam_expired(lesson, a, start + 59.9));
    CHECK(exam_expired(lesson, a, start + 60.0));
    CHECK_FALSE(exam_expired(test::shipped_lesson("hairline-classic"), a, start + 1e6));  // no limit: never
    a.exam = false;
    CHECK_FALSE(exam_expired(lesson, a, start + 1e6));  // practice work has no clock
}

TEST_CASE("an exam is autosaved from its start, dots or not; practice only once it has dots", "[exam][autosave]") {
    const Lesson lesson = timed_exam();
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession exam(lesson, scalp, true, 5);
    const std::optional<Autosave> a = autosave_of(exam, lesson.id, std::string("ana"), "2026-11-24T10:00:00.000Z",
                                                  true, "2026-11-24T10:00:00.100Z");
    REQUIRE(a);
    CHECK(a->exam);
    CHECK(a->dot_count == 0);
    CHECK(a->started == std::optional<std::string>("2026-11-24T10:00:00.000Z"));
    PracticeSession practice(lesson, scalp, false, 5);
    CHECK_FALSE(autosave_of(practice, lesson.id, std::string("ana"), "2026-11-24T10:00:00.000Z", false,
                            "2026-11-24T10:00:00.100Z"));
}

TEST_CASE("an exam keeps its own autosave file: practice on the same lesson never overwrites it", "[exam][autosave]") {
    const fs::path data = "/data";
    CHECK(exam_autosave_path(data, std::string("Ana"), "crown-fill") == data / "autosave" / "ana-crown-fill.exam.json");
    CHECK(autosave_path(data, std::string("Ana"), "crown-fill") == data / "autosave" / "ana-crown-fill.json");
    CHECK(exam_autosave_path(data, std::nullopt, "crown-fill") == data / "autosave" / "crown-fill.exam.json");
}

TEST_CASE("an abandoned exam is finished as it stands and recorded failed; others are left alone", "[exam][abandoned]") {
    test::ScratchDir dir;
    const Lesson lesson = timed_exam();
    const Lesson other = test::shipped_lesson("first-dots-depth");
    Gradebook book = Gradebook::open((dir / "gradebook.sqlite").string());
    book.ensure_active_trainee("Ana");
    const VirtualScalp scalp = generate_scalp(lesson);

    // Ana left her timed exam after 9 dots at 10:00:40; the limit (60 s) passed at 10:01:00.
    PracticeSession s(lesson, scalp, true, 99);
    place_dots(s, 9);
    REQUIRE(s.dots().size() == 9);
    const std::string exam_path = exam_autosave_path(dir.path(), std::string("Ana"), lesson.id).string();
    save_autosave(exam_path, *autosave_of(s, lesson.id, std::string("Ana"), "2026-11-24T10:00:00.000Z", true,
                                          "2026-11-24T10:00:40.000Z"));
    // Her practice on the same lesson and an exam of another lesson with no limit stay as they are.
    const std::string practice_path = autosave_path(dir.path(), std::string("Ana"), lesson.id).string();
    PracticeSession p(lesson, scalp, false, 3);
    place_dots(p, 2);
    save_autosave(practice_path, *autosave_of(p, lesson.id, std::string("Ana"), "2026-11-24T09:00:00.000Z", false,
                                              "2026-11-24T09:00:10.000Z"));
    const std::string untimed_path = exam_autosave_path(dir.path(), std::string("Ana"), other.id).string();
    const VirtualScalp other_scalp = generate_scalp(other);
    PracticeSession u(other, other_scalp, true, 4);
    save_autosave(untimed_path, *autosave_of(u, other.id, std::string("Ana"), "2026-11-24T08:00:00.000Z", true,
                                             "2026-11-24T08:00:00.000Z"));

    // The picker opens before the limit: nothing happens.
    CHECK(settle_abandoned_exams({&lesson, &other}, book, dir.path(), "Ana", "2026-11-24T10:00:59.000Z").empty());
    CHECK(fs::exists(exam_path));

    // The picker opens at 10:05: the exam is finished as it stands and recorded as failed.
    const std::vector<SettledExam> settled =
        settle_abandoned_exams({&lesson, &other}, book, dir.path(), "Ana", "2026-11-24T10:05:00.000Z");
    REQUIRE(settled.size() == 1);
    const SettledExam& done = settled[0];
    CHECK(done.lesson_id == "hairline-classic");
    CHECK(done.error.empty());
    REQUIRE(done.result.recorded_id);
    REQUIRE(done.result.report);
    CHECK_FALSE(done.result.report->passed);
    CHECK(settled_exam_note(done) == "abandoned exam hairline-classic finished as it stands, recorded failed");
    CHECK_FALSE(fs::exists(exam_path));       // settled once
    CHECK(fs::exists(practice_path));         // practice work untouched
    CHECK(fs::exists(untimed_path));          // an exam with no limit waits to be resumed

    // The attempt file is the app's own: it passes its validator, with the 9 dots as they stood.
    const Attempt saved = load_attempt(done.result.saved_path);
    CHECK(saved.dots.size() == 9);
    CHECK(saved.started == std::optional<std::string>("2026-11-24T10:00:00.000Z"));
    CHECK(saved.dots[8].x == s.dots()[8].x);

    // The gradebook row: an exam, failed, and its report says why.
    const std::optional<AttemptRecord> row = book.attempt(*done.result.recorded_id);
    REQUIRE(row);
    CHECK(row->mode == AttemptMode::Exam);
    CHECK_FALSE(row->passed);
    CHECK(row->dot_count == 9);
    const ScoreReport report = report_from_json(nlohmann::json::parse(row->score_json), "score");
    REQUIRE_FALSE(report.critical_errors.empty());
    CHECK(report.critical_errors.back().code == "abandoned");

    // Opening the picker again records nothing more.
    CHECK(settle_abandoned_exams({&lesson, &other}, book, dir.path(), "Ana", "2026-11-24T11:00:00.000Z").empty());
    CHECK(book.attempts().size() == 1);
}

TEST_CASE("mark_abandoned fails a report once, whatever it scored", "[exam][abandoned]") {
    ScoreReport r;
    r.total = 95.0;
    r.passed = true;
    mark_abandoned(r);
    mark_abandoned(r);
    CHECK_FALSE(r.passed);
    REQUIRE(r.critical_errors.size() == 1);
    CHECK(r.critical_errors[0].code == kAbandonedCode);
    CHECK(r.total == 95.0);  // the work is scored as it stands; the verdict is what changes
}

TEST_CASE("an exam an older Stipple kept at the practice path is adopted as the exam, once", "[exam][autosave]") {
    test::ScratchDir dir;
    const Lesson lesson = timed_exam();
    const VirtualScalp scalp = generate_scalp(lesson);
    const std::string practice_path = autosave_path(dir.path(), std::string("Ana"), lesson.id).string();
    const std::string exam_path = exam_autosave_path(dir.path(), std::string("Ana"), lesson.id).string();

    CHECK_FALSE(adopt_exam_autosave(practice_path, exam_path, lesson.id));  // nothing there
    PracticeSession practice(lesson, scalp, false, 1);
    place_dots(practice, 2);
    save_autosave(practice_path, *autosave_of(practice, lesson.id, std::string("Ana"), "2026-11-24T09:00:00.000Z",
                                              false, "2026-11-24T09:00:10.000Z"));
    CHECK_FALSE(adopt_exam_autosave(practice_path, exam_path, lesson.id));  // practice work stays practice
    CHECK(fs::exists(practice_path));
    CHECK_FALSE(fs::exists(exam_path));

    PracticeSession exam(lesson, scalp, true, 2);
    place_dots(exam, 3);
    save_autosave(practice_path, *autosave_of(exam, lesson.id, std::string("Ana"), "2026-11-24T10:00:00.000Z", true,
                                              "2026-11-24T10:00:30.000Z"));
    CHECK_FALSE(adopt_exam_autosave(practice_path, exam_path, "crown-fill"));  // another lesson's
    CHECK(adopt_exam_autosave(practice_path, exam_path, lesson.id));
    CHECK_FALSE(fs::exists(practice_path));
    const OpenedAutosave opened = open_autosave(exam_path, lesson.id, true);
    REQUIRE(opened.pending);
    CHECK(opened.pending->dot_count == 3);

    // An exam file already there is never overwritten by an older one.
    save_autosave(practice_path, *autosave_of(exam, lesson.id, std::string("Ana"), "2026-11-24T08:00:00.000Z", true,
                                              "2026-11-24T08:00:30.000Z"));
    CHECK_FALSE(adopt_exam_autosave(practice_path, exam_path, lesson.id));
    CHECK(open_autosave(exam_path, lesson.id, true).pending->started == std::optional<std::string>("2026-11-24T10:00:00.000Z"));
}
