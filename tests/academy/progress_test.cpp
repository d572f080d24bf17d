// Lesson states from attempts: prerequisites lock, one pass passes, consecutive passes make proficient.
#include <catch2/catch.hpp>

#include "academy/progress.hpp"
#include "academy/progress_table.hpp"
#include "academy_samples.hpp"

using namespace stipple;

namespace {

// A three-lesson chain a -> b -> c, proficiency after 2 consecutive passes.
Curriculum chain() {
    Curriculum c;
    c.title = "Chain";
    c.proficiency.consecutive_passes = 2;
    for (const char* id : {"a", "b", "c"}) {
        CurriculumEntry e;
        e.lesson.id = id;
        e.lesson.title = std::string("Lesson ") + id;
        e.lesson.pass_score = 70;
        if (!c.lessons.empty()) e.requires_ids.push_back(c.lessons.back().lesson.id);
        c.lessons.push_back(e);
    }
    return c;
}

AttemptRecord attempt(const std::string& lesson, double total, bool passed) {
    AttemptRecord r;
    r.lesson_id = lesson;
    r.lesson_title = "Recorded " + lesson;
    r.total = total;
    r.passed = passed;
    return r;
}

}  // namespace

TEST_CASE("with no attempts only the first lesson is open") {
    const auto p = progress_from_attempts({}, chain());
    REQUIRE(p.size() == 3);
    CHECK(p[0].state == LessonState::Open);
    CHECK(p[0].missing_prerequisites.empty());
    CHECK_FALSE(p[0].best_total);
    CHECK(p[1].state == LessonState::Locked);
    CHECK(p[1].missing_prerequisites == std::vector<std::string>{"a"});
    CHECK(p[2].state == LessonState::Locked);
    CHECK(p[2].pass_score == 70);
    CHECK_FALSE(curriculum_complete(p));
}

TEST_CASE("a pass passes, consecutive passes make proficient and unlock the next lesson") {
    SECTION("one pass") {
        const auto p = progress_from_attempts({attempt("a", 60, false), attempt("a", 80, true)}, chain());
        CHECK(p[0].state == LessonState::Passed);
        CHECK(p[0].attempt_count == 2);
        CHECK(p[0].pass_count == 1);
        CHECK(*p[0].best_total == 80);
        CHECK(*p[0].last_total == 80);
        CHECK(p[1].state == LessonState::Locked);
    }
    SECTION("two passes, not consecutive") {
        const auto p = progress_from_attempts(
            {attempt("a", 80, true), attempt("a", 50, false), attempt("a", 75, true)}, chain());
        CHECK(p[0].state == LessonState::Passed);
        CHECK(*p[0].best_total == 80);
        CHECK(*p[0].last_total == 75);
    }
    SECTION("two consecutive passes") {
        const auto p = progress_from_attempts({attempt("a", 80, true), attempt("a", 90, true)}, chain());
        CHECK(p[0].state == LessonState::Proficient);
        CHECK(p[1].state == LessonState::Open);
        CHECK(p[2].state == LessonState::Locked);
        CHECK(p[2].missing_prerequisites == std::vector<std::string>{"b"});
    }
}

TEST_CASE("attempts at a locked lesson still count but do not unlock it") {
    const auto p = progress_from_attempts({attempt("b", 90, true), attempt("b", 95, true)}, chain());
    CHECK(p[1].state == LessonState::Locked);
    CHECK(p[1].attempt_count == 2);
    CHECK(p[2].state == LessonState::Open);  // b itself is proficient, so c's prerequisite is met
}

TEST_CASE("the whole chain proficient completes the curriculum") {
    std::vector<AttemptRecord> all;
    for (const char* id : {"a", "b", "c"}) {
        all.push_back(attempt(id, 80, true));
        all.push_back(attempt(id, 85, true));
    }
    const auto p = progress_from_attempts(all, chain());
    for (const auto& lesson : p) CHECK(lesson.state == LessonState::Proficient);
    CHECK(curriculum_complete(p));
}

TEST_CASE("a lesson the curriculum does not name is listed after it, marked, never locked") {
    const auto p = progress_from_attempts({attempt("retired-lesson", 40, false), attempt("a", 80, true)}, chain());
    REQUIRE(p.size() == 4);
    CHECK(p[3].lesson_id == "retired-lesson");
    CHECK_FALSE(p[3].in_curriculum);
    CHECK(p[3].title == "Recorded retired-lesson");
    CHECK(p[3].state == LessonState::Open);
    CHECK(p[3].attempt_count == 1);
    const std::string table = trainee_progress_table({Trainee{1, "ana", "", false, "", ""}, p});
    CHECK(table.find("retired-lesson *") != std::string::npos);
    CHECK(table.find("not in the curriculum") != std::string::npos);
    CHECK(table.find("0 of 3 curriculum lessons proficient") != std::string::npos);
}

TEST_CASE("progress_for reads the gradebook and takes an unnamed lesson's pass mark as recorded") {
    const auto samples = test::make_samples();
    test::ScratchDir dir;
    Gradebook book = Gradebook::open((dir / "g.sqlite").string());
    book.add_trainee("ana");
    book.add_trainee("bob");
    for (auto [name, n, pass] : {std::tuple{"ana", 0, true}, {"ana", 1, true}, {"bob", 0, false}}) {
        RecordInput in = test::sample_record(samples, name, n, pass);
        in.verdict = {Verification::App, ""};  // made at a seat: it counts
        book.record_attempt(in);
    }

    Curriculum only_hairline;
    only_hairline.proficiency.consecutive_passes = 2;
    only_hairline.lessons.push_back(CurriculumEntry{"hairline-classic.json", {}, samples.lesson});
    const auto ana = progress_for(book, only_hairline, "ana");
    REQUIRE(ana.size() == 1);
    CHECK(ana[0].state == LessonState::Proficient);
    CHECK(ana[0].attempt_count == 2);
    CHECK(*ana[0].best_total == Approx(samples.good_report.total).margin(0.05));
    CHECK(curriculum_complete(ana));
    CHECK(progress_for(book, only_hairline, "bob")[0].state == LessonState::Open);

    const auto unnamed = progress_for(book, chain(), "ana");
    REQUIRE(unnamed.size() == 4);
    CHECK_FALSE(unnamed[3].in_curriculum);
    CHECK(unnamed[3].pass_score == samples.lesson.pass_score);

    const std::string table = cohort_progress_table({{*book.find_trainee("ana"), ana}, {*book.find_trainee("bob"),
                                                     progress_for(book, only_hairline, "bob")}}, only_hairline);
    CHECK(table.find("ana      -       *         1/1") != std::string::npos);
    CHECK(table.find("bob      -       o         0/1") != std::string::npos);
}

TEST_CASE("why locked, in words: the prerequisite by title, the run so far, the passes waiting here") {
    Curriculum c = chain();
    c.proficiency.consecutive_passes = 3;
    c.lessons[0].lesson.title = "Hairline basics";
    // a: pass, fail, pass, pass (2 in a row, 3 needed); b: passed 4 times while locked.
    const auto p = progress_from_attempts({attempt("a", 80, true), attempt("a", 50, false), attempt("a", 81, true),
                                           attempt("a", 82, true), attempt("b", 90, true), attempt("b", 91, true),
                                           attempt("b", 92, true), attempt("b", 93, true)},
                                          c);
    REQUIRE(p[1].state == LessonState::Locked);
    CHECK(p[0].passes_in_a_row == 2);
    CHECK(p[1].passes_in_a_row == 4);
    CHECK(lock_reason(p[1], p) ==
          "needs 'Hairline basics' proficient (2 of 3 passes in a row so far); your 4 passes here count once it is");
    CHECK(lock_reason(p[0], p).empty());  // not locked
    const auto fresh = progress_from_attempts({}, chain());
    CHECK(lock_reason(fresh[1], fresh) == "needs 'Lesson a' proficient (0 of 2 passes in a row so far)");
    const std::string table = trainee_progress_table({Trainee{1, "ana", "", false, "", ""}, p});
    CHECK(table.find("\nb locked: needs 'Hairline basics' proficient (2 of 3 passes in a row so far); your 4 passes "
                     "here count once it is\n") != std::string::npos);
    CHECK(table.find("\nc locked") == std::string::npos);  // b's own run made it proficient: c is open

    Curriculum one = chain();
    one.proficiency.consecutive_passes = 1;
    one.lessons[2].requires_ids = {"a", "b"};
    const auto q = progress_from_attempts({attempt("c", 90, true)}, one);
    CHECK(lock_reason(q[2], q) == "needs 'Lesson a' proficient (0 of 1 pass so far) and 'Lesson b' proficient (0 of 1 "
                                  "pass so far); your 1 pass here counts once they are");
}

TEST_CASE("only attempts that count count: unverified and pending ones are skipped, with their reason") {
    AttemptRecord demo = attempt("a", 95, true);
    demo.verification = Verification::Unverified;
    demo.verification_note = "made by stipple demo";
    AttemptRecord pending = attempt("a", 96, true);
    pending.verification = Verification::Pending;
    AttemptRecord sealed = attempt("a", 80, true);
    sealed.verification = Verification::Sealed;
    AttemptRecord legacy = attempt("a", 70, true);
    legacy.verification = Verification::Legacy;
    const auto p = progress_from_attempts({demo, pending, demo, sealed, legacy}, chain());
    CHECK(p[0].attempt_count == 2);
    CHECK(*p[0].best_total == 80);
    CHECK(p[0].state == LessonState::Proficient);  // sealed then legacy: 2 in a row
    CHECK_FALSE(attempt_counts(demo));
    CHECK(not_counted_reason(demo) == "made by stipple demo");
    CHECK(not_counted_reason(pending) == "waiting for an instructor to verify it");
    CHECK(not_counted_reason(sealed).empty());
    const auto only_demo = progress_from_attempts({demo, demo, demo}, chain());
    CHECK(only_demo[0].attempt_count == 0);
    CHECK(only_demo[1].state == LessonState::Locked);
}
