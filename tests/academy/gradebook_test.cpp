// The gradebook: schema on a fresh file, trainees, recording attempts, lesson versions, refusals.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <filesystem>

#include "academy/gradebook_schema.hpp"
#include "academy/lesson_hash.hpp"
#include "academy/sqlite_db.hpp"
#include "academy/uuid.hpp"
#include "academy_samples.hpp"
#include "backends.hpp"
#include "scoring/input_error.hpp"

using namespace stipple;
using stipple::test::ScratchDir;

namespace {

std::string pragma_text(const Gradebook& book, const std::string& pragma) {
    Statement q(book.handle(), "PRAGMA " + pragma);
    REQUIRE(q.step());
    return q.text(0);
}

int64_t count_rows(const Gradebook& book, const std::string& table) { return test::count_rows_in(book, table); }

}  // namespace

TEST_CASE("a fresh gradebook gets the current schema, WAL (SQLite only: PRAGMAs), Stipple's application id and an identity") {
    ScratchDir dir;
    const std::string path = (dir / "new/folders/gradebook.sqlite").string();
    std::string id;
    {
        Gradebook book = Gradebook::open(path);
        CHECK(std::filesystem::exists(path));
        CHECK(book.schema_version() == kGradebookSchemaVersion);
        CHECK(pragma_text(book, "journal_mode") == "wal");
        CHECK(pragma_text(book, "application_id") == std::to_string(kGradebookApplicationId));
        CHECK(pragma_text(book, "busy_timeout") != "0");
        // Every table is there (counting a missing one throws) and a fresh book holds no records, only its identity.
        for (const char* table : {"trainees", "cohorts", "lessons", "attempts"}) CHECK(count_rows(book, table) == 0);
        CHECK(count_rows(book, "meta WHERE key IN ('database_id', 'created', 'academy_home')") == 3);
        id = book.database_id();
        CHECK(is_uuid(id));
        CHECK(book.academy_home() == kDefaultAcademyHome);
        book.set_academy_home("https://academy.example.org/");
        CHECK(book.academy_home() == "https://academy.example.org");
        CHECK_THROWS_AS(book.set_academy_home("not a url"), InputError);
    }
    Gradebook again = Gradebook::open(path);  // an existing current gradebook is opened as it is
    CHECK(again.database_id() == id);
    CHECK(again.academy_home() == "https://academy.example.org");
    CHECK(again.schema_version() == kGradebookSchemaVersion);
}

TEST_CASE("open_existing refuses a missing file and creates nothing") {
    ScratchDir dir;
    try {
        Gradebook::open_existing((dir / "none.sqlite").string());
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).find("no gradebook here") != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(dir / "none.sqlite"));
}

TEST_CASE("trainees are added, listed, renamed, grouped in cohorts and archived") {
    const std::string backend = GENERATE(from_range(test::backends()));
    INFO("backend " << backend);
    test::TestGradebook where(backend);
    Gradebook book = where.open();
    book.add_trainee("ana", "spring-2027");
    book.add_trainee("bob");
    book.add_trainee("Çelik Ayşe", "spring-2027");
    CHECK_THROWS_AS(book.add_trainee("ana"), InputError);
    CHECK_THROWS_AS(book.add_trainee(""), InputError);
    CHECK_THROWS_AS(book.add_trainee(" padded"), InputError);
    CHECK_THROWS_AS(book.add_trainee("tab\there"), InputError);
    CHECK_THROWS_AS(book.add_trainee(std::string(65, 'x')), InputError);

    auto list = book.trainees();
    REQUIRE(list.size() == 3);
    CHECK(list[0].name == "ana");
    CHECK(list[0].cohort == "spring-2027");
    CHECK(list[1].name == "bob");
    CHECK(list[1].cohort.empty());
    CHECK(book.cohorts() == std::vector<std::string>{"spring-2027"});

    book.rename_trainee("bob", "robert");
    CHECK_FALSE(book.find_trainee("bob"));
    CHECK(book.find_trainee("robert"));
    CHECK_THROWS_AS(book.rename_trainee("nobody", "x"), InputError);
    CHECK_THROWS_AS(book.rename_trainee("ana", "robert"), InputError);

    book.set_cohort("robert", "autumn");
    CHECK(book.find_trainee("robert")->cohort == "autumn");
    book.set_cohort("robert", "");
    CHECK(book.find_trainee("robert")->cohort.empty());

    book.archive_trainee("robert");
    CHECK(book.trainees().size() == 2);
    CHECK(book.trainees(true).size() == 3);
    CHECK(book.find_trainee("robert")->archived);
    book.archive_trainee("robert", false);
    CHECK(book.trainees().size() == 3);
}

TEST_CASE("an attempt is recorded with its documents, scores and a registration, and twice is once") {
    const auto samples = test::make_samples();
    const std::string backend = GENERATE(from_range(test::backends()));
    INFO("backend " << backend);
    test::TestGradebook where(backend);
    Gradebook book = where.open();
    book.add_trainee("ana", "spring");
    const RecordInput in = test::sample_record(samples, "ana", 0, true, AttemptMode::Exam);
    const int64_t id = book.record_attempt(in);
    CHECK(id == 1);

    const auto all = book.attempts();
    REQUIRE(all.size() == 1);
    const AttemptRecord& a = all[0];
    CHECK(a.trainee == "ana");
    CHECK(a.cohort == "spring");
    CHECK(a.lesson_id == "hairline-classic");
    CHECK(a.lesson_hash == lesson_content_hash(samples.lesson));
    CHECK(a.lesson_title == samples.lesson.title);
    CHECK(a.mode == AttemptMode::Exam);
    CHECK(a.started == "2026-11-24T09:00:00.000Z");
    CHECK(a.finished == "2026-11-24T09:05:00.000Z");
    REQUIRE(a.duration_s);
    CHECK(*a.duration_s == Approx(test::last_dot_time(samples.good)));  // the replay's length, not the 300 s wall time
    CHECK(a.input_device == "generated");
    CHECK(a.total == Approx(samples.good_report.total).margin(0.05));
    CHECK(a.passed);
    CHECK(a.spacing_score == Approx(samples.good_report.spacing.score).margin(0.05));
    CHECK(a.depth_score == Approx(samples.good_report.depth.score).margin(0.05));
    REQUIRE(a.hairline_score);
    CHECK(*a.hairline_score == Approx(samples.good_report.hairline->score).margin(0.05));
    CHECK(a.dot_count == static_cast<int>(samples.good.dots.size()));
    CHECK(a.registration == name_based_uuid(book.database_id(), "attempt/1"));
    CHECK(a.attempt_json.empty());  // documents only on request

    const auto full = book.attempt(id);
    REQUIRE(full);
    CHECK(full->attempt_json == in.attempt_json);
    CHECK(full->score_json == in.score_json);

    CHECK(book.record_attempt(in) == id);
    CHECK(book.attempts().size() == 1);
    CHECK(book.find_attempt("ana", in.attempt_json) == id);
    CHECK_FALSE(book.find_attempt("ana", in.attempt_json + " "));
}

TEST_CASE("a refused record writes nothing") {
    const auto samples = test::make_samples();
    const std::string backend = GENERATE(from_range(test::backends()));
    INFO("backend " << backend);
    test::TestGradebook where(backend);
    Gradebook book = where.open();
    book.add_trainee("ana");
    book.add_trainee("gone");
    book.archive_trainee("gone");

    RecordInput wrong_total = test::sample_record(samples, "ana", 0, true);
    wrong_total.total = 12;
    CHECK_THROWS_AS(book.record_attempt(wrong_total), InputError);
    CHECK_THROWS_AS(book.record_attempt(test::sample_record(samples, "nobody", 0, true)), InputError);
    CHECK_THROWS_AS(book.record_attempt(test::sample_record(samples, "gone", 0, true)), InputError);
    RecordInput bad_time = test::sample_record(samples, "ana", 0, true);
    bad_time.started = "last tuesday";
    CHECK_THROWS_AS(book.record_attempt(bad_time), InputError);
    RecordInput backwards = test::sample_record(samples, "ana", 0, true);
    std::swap(backwards.started, backwards.finished);
    CHECK_THROWS_AS(book.record_attempt(backwards), InputError);
    RecordInput other_lesson = test::sample_record(samples, "ana", 0, true);
    other_lesson.lesson.id = "crown-fill";
    other_lesson.lesson_hash.clear();
    CHECK_THROWS_AS(book.record_attempt(other_lesson), InputError);
    RecordInput wrong_hash = test::sample_record(samples, "ana", 0, true);
    wrong_hash.lesson_hash = std::string(64, '0');
    CHECK_THROWS_AS(book.record_attempt(wrong_hash), InputError);
    RecordInput broken = test::sample_record(samples, "ana", 0, true);
    broken.score_json = "{\"format\": \"stipple-score/1\"}";
    CHECK_THROWS_AS(book.record_attempt(broken), InputError);

    CHECK(count_rows(book, "attempts") == 0);
    CHECK(count_rows(book, "lessons") == 0);
}

TEST_CASE("an edited lesson is recorded as a new version, earlier attempts keep theirs") {
    const auto samples = test::make_samples();
    const std::string backend = GENERATE(from_range(test::backends()));
    INFO("backend " << backend);
    test::TestGradebook where(backend);
    Gradebook book = where.open();
    book.add_trainee("ana");
    book.record_attempt(test::sample_record(samples, "ana", 0, true));
    book.record_attempt(test::sample_record(samples, "ana", 1, false));  // same lesson version
    RecordInput edited = test::sample_record(samples, "ana", 2, true);
    edited.lesson.pass_score = 60;
    edited.lesson.title = "Classic adult hairline (revised)";
    edited.lesson_hash.clear();
    book.record_attempt(edited);

    CHECK(count_rows(book, "lessons") == 2);
    const auto all = book.attempts();
    REQUIRE(all.size() == 3);
    CHECK(all[0].lesson_hash == all[1].lesson_hash);
    CHECK(all[2].lesson_hash != all[0].lesson_hash);
    CHECK(all[2].lesson_title == "Classic adult hairline (revised)");
    CHECK(book.lesson_as_recorded(all[0].lesson_hash).pass_score == samples.lesson.pass_score);
    CHECK(book.lesson_as_recorded(all[2].lesson_hash).pass_score == 60);
    CHECK(lesson_content_hash(book.lesson_as_recorded(all[0].lesson_hash)) == all[0].lesson_hash);
    CHECK_THROWS_AS(book.lesson_as_recorded("feed"), InputError);
}

TEST_CASE("attempts are filtered by trainee, lesson and mode, in time order") {
    const auto samples = test::make_samples();
    const std::string backend = GENERATE(from_range(test::backends()));
    INFO("backend " << backend);
    test::TestGradebook where(backend);
    Gradebook book = where.open();
    book.add_trainee("ana");
    book.add_trainee("bob");
    book.record_attempt(test::sample_record(samples, "bob", 5, true));
    book.record_attempt(test::sample_record(samples, "ana", 9, false, AttemptMode::Exam));
    book.record_attempt(test::sample_record(samples, "ana", 1, true));  // recorded later, started earlier

    AttemptFilter ana;
    ana.trainee = "ana";
    const auto list = book.attempts(ana);
    REQUIRE(list.size() == 2);
    CHECK(list[0].started < list[1].started);
    CHECK(list[0].passed);
    CHECK_FALSE(list[1].passed);

    AttemptFilter exams;
    exams.mode = AttemptMode::Exam;
    CHECK(book.attempts(exams).size() == 1);
    AttemptFilter other;
    other.lesson_id = "crown-fill";
    CHECK(book.attempts(other).empty());

    book.archive_trainee("bob");
    AttemptFilter active;
    active.include_archived = false;
    CHECK(book.attempts(active).size() == 2);
    CHECK(book.attempts().size() == 3);

    book.set_cohort("ana", "spring");
    AttemptFilter spring;
    spring.cohort = "spring";
    CHECK(book.attempts(spring).size() == 2);
    AttemptFilter window;  // half open: from <= started < to
    window.from = "2026-11-24T09:02:00.000Z";
    window.to = "2026-11-24T09:09:00.000Z";
    const auto in_window = book.attempts(window);
    REQUIRE(in_window.size() == 1);
    CHECK(in_window[0].trainee == "bob");
    window.to = "2026-11-24T09:09:00.001Z";
    CHECK(book.attempts(window).size() == 2);
}

TEST_CASE("a fresh gradebook on either backend has its identity, and a second open finds it") {
    const std::string backend = GENERATE(from_range(test::backends()));
    INFO("backend " << backend);
    test::TestGradebook where(backend);
    std::string id;
    {
        Gradebook book = where.open();
        CHECK(book.schema_version() == kGradebookSchemaVersion);
        CHECK(book.sql().backend() == (where.postgresql() ? "postgresql" : "sqlite"));
        for (const char* table : {"trainees", "cohorts", "lessons", "attempts"}) CHECK(count_rows(book, table) == 0);
        CHECK(count_rows(book, "meta WHERE key IN ('database_id', 'created', 'academy_home')") == 3);
        id = book.database_id();
        CHECK(is_uuid(id));
    }
    Gradebook again = where.open();
    CHECK(again.database_id() == id);
    CHECK(again.path().find("password") == std::string::npos);
}
