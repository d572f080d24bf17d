// The shell's record keeping, headless: where lessons and the font are found, the history panel's rows and
// labels, and the sign-in screen's offered trainee
// (what Enter does there: signin_model_test.cpp).
#include <catch2/catch.hpp>

#include "sim/flow/history_model.hpp"
#include "sim/flow/signin_model.hpp"
#include "sim/resource_paths.hpp"

using namespace stipple;

TEST_CASE("the lessons folder: --lessons, then STIPPLE_DATA_DIR, then ../share/stipple next to the program") {
    CHECK(resource_dir_for("/env", "/opt/st/bin/stipple") == "/env");
    CHECK(resource_dir_for("", "/opt/st/bin/stipple") == "/opt/st/share/stipple");
    CHECK(resource_dir_for(nullptr, "/usr/bin/stipple") == "/usr/share/stipple");
    CHECK(resource_dir_for(nullptr, "/work/build/bin/stipple") == "/work/build/share/stipple");
    CHECK(lessons_dir_for(std::string("/my/lessons"), "/res") == "/my/lessons");
    CHECK(lessons_dir_for(std::nullopt, "/res") == "/res/lessons");
    CHECK(lessons_dir_for(std::string(""), "/res") == "/res/lessons");
}

TEST_CASE("the font: STIPPLE_FONT, else Debian's DejaVu Sans from fonts-dejavu-core") {
    CHECK(font_file_for("/my/font.ttf") == "/my/font.ttf");
    CHECK(font_file_for("") == "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    CHECK(font_file_for(nullptr) == "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
}

namespace {
AttemptRecord record(int64_t id, const std::string& trainee, const std::string& started) {
    AttemptRecord a;
    a.id = id;
    a.trainee = trainee;
    a.lesson_id = "crown-fill";
    a.lesson_title = "Crown fill";
    a.started = started;
    a.recorded = "2026-11-24T12:00:00.000Z";
    a.total = 77.25;
    a.passed = true;
    a.dot_count = 412;
    a.duration_s = 185.2;
    return a;
}
Trainee trainee(int64_t id, const std::string& name, const std::string& created, bool archived = false) {
    Trainee t;
    t.id = id;
    t.name = name;
    t.created = created;
    t.archived = archived;
    return t;
}
}  // namespace

TEST_CASE("history rows are newest first with readable labels") {
    std::vector<AttemptRecord> log = {record(1, "ana", "2026-11-24T10:00:05.000Z"), record(2, "ana", "")};
    log[1].passed = false;
    log[1].total = 12.0;
    log[1].dot_count = 1;
    log[1].duration_s.reset();
    log[1].mode = AttemptMode::Exam;
    const auto rows = history_rows(log);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].attempt_id == 2);
    CHECK(rows[0].when_label == "2026-11-24 12:00");  // no start time: when it was recorded
    CHECK(rows[0].result_label == "failed");
    CHECK(rows[0].mode_label == "exam");
    CHECK(rows[0].detail_label == "1 dot");
    CHECK(rows[1].attempt_id == 1);
    CHECK(rows[1].when_label == "2026-11-24 10:00");
    CHECK(rows[1].lesson_title == "Crown fill");
    CHECK(rows[1].score_label == "77.2");  // 77.25 is exact in binary; printf rounds half to even
    CHECK(rows[1].result_label == "passed");
    CHECK(rows[1].detail_label == "412 dots, 3m 05s");
    CHECK(rows[1].not_counted_label.empty());  // a legacy attempt counts
    log[0].verification = Verification::Unverified;
    log[0].verification_note = "made by stipple demo";
    CHECK(history_rows(log)[1].not_counted_label == "not counted: made by stipple demo");  // passed, yet it never counts
    CHECK(history_rows(log, 1).size() == 1);
    CHECK(duration_label(42) == "42s");
    CHECK(duration_label(3725) == "1h 02m 05s");
    CHECK(when_label("yesterday") == "yesterday");
}

TEST_CASE("sign-in offers the trainee who recorded last, else the newest - never an archived one") {
    const std::vector<Trainee> people = {trainee(1, "ana", "2026-11-20T00:00:00.000Z"),
                                         trainee(2, "bo", "2026-11-21T00:00:00.000Z"),
                                         trainee(3, "cy", "2026-11-22T00:00:00.000Z", true)};
    CHECK(offered_trainee(people, {}) == std::optional<std::string>("bo"));
    CHECK(offered_trainee(people, {record(5, "ana", ""), record(4, "bo", "")}) == std::optional<std::string>("ana"));
    CHECK(offered_trainee(people, {record(9, "cy", ""), record(4, "bo", "")}) == std::optional<std::string>("bo"));
    CHECK(offered_trainee({}, {}) == std::nullopt);
}

