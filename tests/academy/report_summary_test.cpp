// The report's summary: exact pass rates, medians, weakest components and fault counts for 3 lessons x 4
// trainees (plus one lesson the curriculum no longer names).
#include <catch2/catch.hpp>

#include "academy/report_summary.hpp"

using namespace stipple;

namespace {

Curriculum abc() {
    Curriculum c;
    c.title = "ABC";
    for (const char* id : {"a", "b", "c"}) {
        CurriculumEntry e;
        e.lesson.id = id;
        e.lesson.title = std::string("Lesson ") + id;
        c.lessons.push_back(e);
    }
    return c;
}

AttemptRecord rec(const std::string& trainee, const std::string& lesson, double total, bool passed, double spacing,
                  double depth, std::optional<double> hairline = std::nullopt,
                  const std::vector<std::string>& codes = {}) {
    AttemptRecord r;
    r.trainee = trainee;
    r.lesson_id = lesson;
    r.lesson_title = "Recorded " + lesson;
    r.total = total;
    r.passed = passed;
    r.spacing_score = spacing;
    r.depth_score = depth;
    r.hairline_score = hairline;
    std::string errors;
    for (const std::string& c : codes) errors += (errors.empty() ? "" : ",") + ("{\"code\":\"" + c + "\",\"message\":\"m\"}");
    r.score_json = "{\"format\":\"stipple-score/1\",\"critical_errors\":[" + errors + "]}";
    return r;
}

std::vector<AttemptRecord> four_trainees() {
    return {
        rec("t1", "a", 60, false, 40, 70, std::nullopt, {"blowout"}),
        rec("t2", "a", 85, true, 85, 90),
        rec("t3", "a", 50, false, 60, 45, std::nullopt, {"unfinished"}),
        rec("t1", "a", 80, true, 80, 85),
        rec("t4", "a", 90, true, 90, 95),
        rec("t3", "a", 55, false, 50, 65),
        rec("t4", "a", 92, true, 92, 97),
        rec("t1", "b", 78, true, 80, 82, 75.0),
        rec("t2", "b", 70, false, 80, 75, 55.0, {"forehead_spill", "blowout"}),
        rec("t4", "x", 88, true, 88, 88),
    };
}

}  // namespace

TEST_CASE("the summary counts trainees, attempts and failures over the counted attempts") {
    const ReportSummary s = summarize_attempts(four_trainees(), 3, abc(), "spring", "2026-03-01 to 2026-03-31");
    CHECK(s.cohort == "spring");
    CHECK(s.range == "2026-03-01 to 2026-03-31");
    CHECK(s.active_trainees == 4);
    CHECK(s.counted_attempts == 10);
    CHECK(s.unverified_attempts == 3);
    CHECK(s.failed_attempts == 4);
}

TEST_CASE("per lesson: attempts, trainees, first-attempt and overall pass rates, median best, weakest component") {
    const ReportSummary s = summarize_attempts(four_trainees(), 0, abc(), "", "all dates");
    REQUIRE(s.lessons.size() == 4);
    const LessonSummary& a = s.lessons[0];
    CHECK(a.lesson_id == "a");
    CHECK(a.title == "Lesson a");
    CHECK(a.attempts == 7);
    CHECK(a.passes == 4);
    CHECK(a.trainees == 4);
    CHECK(*a.pass_rate == Approx(4.0 / 7.0));
    CHECK(a.first_attempt_passes == 2);  // t2 and t4; t1 and t3 failed their first
    CHECK(*a.first_attempt_pass_rate == 0.5);
    CHECK(*a.median_best == 82.5);  // bests 55, 80, 85, 92
    CHECK(a.weakest_component == "spacing");
    CHECK(*a.weakest_mean == Approx(71.0));  // 497 / 7 (depth: 547 / 7)

    const LessonSummary& b = s.lessons[1];
    CHECK(b.attempts == 2);
    CHECK(b.trainees == 2);
    CHECK(*b.pass_rate == 0.5);
    CHECK(*b.first_attempt_pass_rate == 0.5);
    CHECK(*b.median_best == 74.0);
    CHECK(b.weakest_component == "hairline");
    CHECK(*b.weakest_mean == 65.0);

    const LessonSummary& c = s.lessons[2];  // in the curriculum, never attempted
    CHECK(c.lesson_id == "c");
    CHECK(c.attempts == 0);
    CHECK_FALSE(c.pass_rate);
    CHECK_FALSE(c.median_best);
    CHECK(c.weakest_component.empty());

    const LessonSummary& x = s.lessons[3];  // recorded, no longer in the curriculum
    CHECK(x.lesson_id == "x");
    CHECK_FALSE(x.in_curriculum);
    CHECK(x.title == "Recorded x");
    CHECK(*x.pass_rate == 1.0);
}

TEST_CASE("the most common faults: critical codes and the lowest component of each failed attempt") {
    const ReportSummary s = summarize_attempts(four_trainees(), 0, abc(), "", "all dates");
    REQUIRE(s.faults.size() == 6);
    CHECK(s.faults[0].fault == "blowout");
    CHECK(s.faults[0].count == 2);
    CHECK(s.faults[0].share == 0.5);
    CHECK(s.faults[1].fault == "low spacing");
    CHECK(s.faults[1].count == 2);
    CHECK(s.faults[2].fault == "forehead_spill");
    CHECK(s.faults[2].count == 1);
    CHECK(s.faults[2].share == 0.25);
    CHECK(s.faults[3].fault == "low depth");
    CHECK(s.faults[4].fault == "low hairline");
    CHECK(s.faults[5].fault == "unfinished");
    CHECK(summarize_attempts(four_trainees(), 0, abc(), "", "", 2).faults.size() == 2);
    CHECK(fault_words("blowout") == "blow-out (dots too deep)");
    CHECK(fault_words("low hairline") == "hairline the weakest component");
    CHECK(fault_words("new_code") == "new_code");
}

TEST_CASE("no attempts: zero counts and no rates; unreadable score text gives no codes") {
    const ReportSummary s = summarize_attempts({}, 0, abc(), "", "all dates");
    CHECK(s.active_trainees == 0);
    CHECK(s.lessons.size() == 3);
    CHECK(s.faults.empty());
    CHECK(critical_codes("").empty());
    CHECK(critical_codes("{not json").empty());
    CHECK(critical_codes("{\"critical_errors\":[{\"code\":7},{\"code\":\"blowout\"}]}") ==
          std::vector<std::string>{"blowout"});
}
