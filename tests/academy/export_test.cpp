// The exports, field by field: CSV rows and xAPI 1.0.3 statements (the spec's required fields and types).
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <regex>
#include <sstream>

#include "academy/csv_export.hpp"
#include "scoring/iso_time.hpp"
#include "academy/uuid.hpp"
#include "academy/xapi_export.hpp"
#include "academy_samples.hpp"

using namespace stipple;
using nlohmann::json;

namespace {

// Splits RFC 4180 text into rows of cells (quotes, doubled quotes, commas and line breaks inside quotes).
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') cell += '"', ++i;
            else if (c == '"') quoted = false;
            else cell += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(cell);
            cell.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(cell);
            cell.clear();
            rows.emplace_back();
            ++i;
        } else {
            cell += c;
        }
    }
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

struct Recorded {
    test::ScratchDir dir;
    std::vector<AttemptRecord> attempts;
    std::string database_id;
};

void record_two(Recorded& r, const test::AcademySamples& samples, const std::string& name) {
    Gradebook book = Gradebook::open((r.dir / "g.sqlite").string());
    book.add_trainee(name, "spring, 2027");
    book.record_attempt(test::sample_record(samples, name, 0, true));
    book.record_attempt(test::sample_record(samples, name, 1, false, AttemptMode::Exam));
    r.attempts = book.attempts();
    r.database_id = book.database_id();
}

bool is_iri(const json& v) { return v.is_string() && std::regex_match(v.get<std::string>(), std::regex("https?://[^ ]+")); }

}  // namespace

TEST_CASE("CSV: a header and one row per attempt, quoted where needed, formulas defused") {
    const auto samples = test::make_samples();
    Recorded r;
    record_two(r, samples, "=HYPERLINK(\"x\")");
    const auto rows = parse_csv(attempts_csv(r.attempts));
    REQUIRE(rows.size() == 3);
    const auto& h = rows[0];
    REQUIRE(h.size() == 21);
    CHECK(h[0] == "attempt_id");
    CHECK(h[14] == "total");
    CHECK(h[18] == "hairline_score");
    CHECK(h[19] == "verification");
    CHECK(h[20] == "counts");
    for (size_t i = 1; i < rows.size(); ++i) REQUIRE(rows[i].size() == h.size());
    const auto& pass = rows[1];
    CHECK(pass[0] == "1");
    CHECK(pass[1] == r.attempts[0].registration);
    CHECK(pass[2] == "'=HYPERLINK(\"x\")");  // a spreadsheet shows it as text, never runs it
    CHECK(pass[3] == "spring, 2027");
    CHECK(pass[4] == "hairline-classic");
    CHECK(pass[5] == r.attempts[0].lesson_hash);
    CHECK(pass[7] == "practice");
    CHECK(pass[8] == "2026-11-24T09:00:00.000Z");
    CHECK(pass[9] == "2026-11-24T09:05:00.000Z");
    CHECK(std::stod(pass[10]) == Approx(test::last_dot_time(samples.good)));  // the attempt's own clock
    CHECK(pass[13] == std::to_string(samples.good.dots.size()));
    CHECK(std::stod(pass[14]) == Approx(samples.good_report.total).margin(0.05));
    CHECK(pass[15] == "true");
    CHECK(std::stod(pass[16]) == Approx(samples.good_report.spacing.score).margin(0.05));
    CHECK(std::stod(pass[18]) == Approx(samples.good_report.hairline->score).margin(0.05));
    CHECK(pass[19] == "app");
    CHECK(pass[20] == "true");
    const auto& fail = rows[2];
    CHECK(fail[7] == "exam");
    CHECK(fail[15] == "false");
    CHECK(std::stod(fail[14]) == Approx(samples.bad_report.total).margin(0.05));
}

TEST_CASE("CSV: an attempt that does not count says so, so a spreadsheet never tallies a demo file as a pass") {
    const auto samples = test::make_samples();
    test::ScratchDir dir;
    Gradebook book = Gradebook::open((dir.path() / "g.sqlite").string());
    book.add_trainee("ana");
    RecordInput in = test::sample_record(samples, "ana", 0, true);
    in.verdict = {Verification::Unverified, "made by stipple demo"};
    book.record_attempt(in);
    const auto rows = parse_csv(attempts_csv(book.attempts()));
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][15] == "true");  // it passed as work...
    CHECK(rows[1][19] == "unverified");
    CHECK(rows[1][20] == "false");  // ...but never counts
}

TEST_CASE("xAPI: one statement per attempt with every field the spec requires, in the right form") {
    const auto samples = test::make_samples();
    Recorded r;
    record_two(r, samples, "ana");
    const std::string home = "https://academy.example.org";
    const json all = json::parse(xapi_statements(r.attempts, home).dump());
    REQUIRE(all.is_array());
    REQUIRE(all.size() == 2);

    for (size_t i = 0; i < all.size(); ++i) {
        const json& s = all[i];
        const AttemptRecord& a = r.attempts[i];
        INFO("statement " << i);
        CHECK(is_uuid(s.at("id").get<std::string>()));
        // actor: an Agent identified by exactly one inverse functional identifier, an account of the academy
        const json& actor = s.at("actor");
        CHECK(actor.at("objectType") == "Agent");
        CHECK_FALSE(actor.contains("name"));  // no display name: it changes, the uid does not
        CHECK(actor.at("account").at("homePage") == home);
        CHECK(actor.at("account").at("name") == a.trainee_uid);
        CHECK(is_uuid(a.trainee_uid));
        for (const char* ifi : {"mbox", "mbox_sha1sum", "openid"}) CHECK_FALSE(actor.contains(ifi));
        // verb
        const json& verb = s.at("verb");
        CHECK(verb.at("id") == (a.passed ? kXapiVerbPassed : kXapiVerbFailed));
        CHECK(verb.at("display").at("en-US") == (a.passed ? "passed" : "failed"));
        // object: the lesson version as an activity IRI
        const json& object = s.at("object");
        CHECK(object.at("objectType") == "Activity");
        CHECK(object.at("id") == home + "/lessons/hairline-classic?hash=" + a.lesson_hash.substr(0, 12));
        CHECK(is_iri(object.at("id")));
        CHECK(object.at("definition").at("name").at("en-US") == samples.lesson.title);
        CHECK(is_iri(object.at("definition").at("type")));
        // result
        const json& result = s.at("result");
        const json& score = result.at("score");
        const double raw = score.at("raw").get<double>();
        CHECK(raw == Approx(a.total).margin(0.05));
        CHECK(score.at("min") == 0);
        CHECK(score.at("max") == 100);
        CHECK(score.at("min").get<double>() <= raw);
        CHECK(raw <= score.at("max").get<double>());
        CHECK(score.at("scaled").get<double>() == Approx(raw / 100.0));
        CHECK(score.at("scaled").get<double>() >= -1.0);
        CHECK(score.at("scaled").get<double>() <= 1.0);
        CHECK(result.at("success") == a.passed);
        CHECK(result.at("completion") == true);
        CHECK(result.at("duration") == iso8601_duration(test::last_dot_time(a.passed ? samples.good : samples.bad)));
        const json& ext = result.at("extensions");
        CHECK(ext.at(home + "/xapi/extensions/spacing").get<double>() == Approx(a.spacing_score).margin(0.05));
        CHECK(ext.at(home + "/xapi/extensions/depth").get<double>() == Approx(a.depth_score).margin(0.05));
        CHECK(ext.at(home + "/xapi/extensions/hairline").get<double>() == Approx(*a.hairline_score).margin(0.05));
        for (const auto& [key, value] : ext.items()) CHECK(is_iri(json(key)));
        // context
        const json& context = s.at("context");
        CHECK(context.at("registration") == a.registration);
        CHECK(is_uuid(context.at("registration").get<std::string>()));
        CHECK(context.at("extensions").at(home + "/xapi/extensions/mode") == to_string(a.mode));
        CHECK(context.at("extensions").at(home + "/xapi/extensions/cohort") == "spring, 2027");
        CHECK(s.at("id") == name_based_uuid(a.registration, "statement/2|" + home));
        // timestamp and version
        CHECK(s.at("timestamp") == a.finished);
        CHECK(parse_iso8601(s.at("timestamp").get<std::string>()));
        CHECK(s.at("version") == "1.0.3");
    }
    CHECK(all[0].at("verb").at("id") == kXapiVerbPassed);
    CHECK(all[1].at("verb").at("id") == kXapiVerbFailed);
    CHECK(all[0].at("id") != all[1].at("id"));
    CHECK(all[0].at("context").at("registration") != all[1].at("context").at("registration"));
    // Exporting again gives the very same statements (ids included): an LRS sees no duplicates.
    CHECK(xapi_statements(r.attempts, home).dump() == xapi_statements(r.attempts, home).dump());
}

TEST_CASE("xAPI: a lesson without a hairline has no hairline extension, an unknown duration is left out") {
    AttemptRecord a;
    a.registration = "00000000-0000-4000-8000-000000000001";
    a.trainee = "bob";
    a.lesson_id = "crown-fill";
    a.lesson_hash = std::string(64, 'a');
    a.lesson_title = "Crown";
    a.recorded = "2026-11-24T10:00:00.000Z";
    a.total = 42.04;
    const json s = json::parse(xapi_statement(a, "https://x.example").dump());
    CHECK_FALSE(s.at("result").at("extensions").contains("https://x.example/xapi/extensions/hairline"));
    CHECK_FALSE(s.at("result").contains("duration"));
    CHECK(s.at("result").at("score").at("raw") == 42.0);
    CHECK(s.at("timestamp") == a.recorded);
    CHECK_FALSE(s.at("context").at("extensions").contains("https://x.example/xapi/extensions/cohort"));
}

TEST_CASE("CSV: edited rows cannot smuggle formulas or controls; the BOM only when asked", "[csv]") {
    AttemptRecord a;
    a.id = 7;
    a.registration = "00000000-0000-4000-8000-000000000007";
    a.trainee = "\t=cmd|' /C calc'!A0";
    a.cohort = "\r=HYPERLINK(\"http://evil\")";
    a.lesson_id = "crown-fill";
    a.lesson_title = "\xEF\xBC\x9D" "1+1 \x07" "Crown\x1B[31m";
    a.input_device = "@mouse";
    a.total = -std::numeric_limits<double>::infinity();  // no spreadsheet formula from a number either
    const std::string plain = attempts_csv({a});
    CHECK(plain.rfind("attempt_id,", 0) == 0);
    const auto rows = parse_csv(plain);
    REQUIRE(rows.size() == 2);
    REQUIRE(rows[1].size() == 21);
    CHECK(rows[1][2] == "'=cmd|' /C calc'!A0");
    CHECK(rows[1][3] == "'=HYPERLINK(\"http://evil\")");
    CHECK(rows[1][6] == "'\xEF\xBC\x9D" "1+1 Crown[31m");
    CHECK(rows[1][12] == "'@mouse");
    CHECK(rows[1][14] == "");
    for (const char c : plain) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20) CHECK((c == '\r' || c == '\n'));  // only the CRLF row ends
        CHECK(u != 0x7F);
    }
    const std::string with_bom = attempts_csv({a}, CsvOptions{true});
    CHECK(with_bom == std::string("\xEF\xBB\xBF") + plain);
    CHECK(plain.find("\xEF\xBB\xBF") == std::string::npos);
}

TEST_CASE("xAPI statements are immutable: a rename and a cohort move re-export byte-identical", "[xapi]") {
    const auto samples = test::make_samples();
    test::ScratchDir dir;
    Gradebook book = Gradebook::open((dir / "g.sqlite").string());
    book.add_trainee("ana", "spring");
    book.record_attempt(test::sample_record(samples, "ana", 0, true));
    book.record_attempt(test::sample_record(samples, "ana", 1, false, AttemptMode::Exam));
    const std::string home = "https://academy.example.org";
    const std::string before = xapi_statements(book.attempts(), home).dump(2);
    const std::string uid = book.find_trainee("ana")->uid;
    REQUIRE(is_uuid(uid));
    book.rename_trainee("ana", "Ana Lima");
    book.set_cohort("Ana Lima", "autumn");
    book.add_trainee("ana", "spring");  // a new person with the old name is someone else
    book.record_attempt(test::sample_record(samples, "ana", 5, true));
    AttemptFilter first_two;
    first_two.trainee = "Ana Lima";
    const std::vector<AttemptRecord> after = book.attempts(first_two);
    REQUIRE(after.size() == 2);
    CHECK(after[0].cohort == "autumn");          // today's cohort, for reports
    CHECK(after[0].cohort_at_record == "spring");  // the one the statement carries
    CHECK(xapi_statements(after, home).dump(2) == before);
    AttemptFilter newcomer;
    newcomer.trainee = "ana";
    const json other = json::parse(xapi_statements(book.attempts(newcomer), home).dump());
    CHECK(other[0].at("actor").at("account").at("name") != uid);
    // Another academy home is another set of statement ids.
    CHECK(json::parse(xapi_statements(after, "https://b.example").dump())[0].at("id") !=
          json::parse(before)[0].at("id"));
}

TEST_CASE("xAPI: edited and extreme rows still give valid statements; unverified ones are voided", "[xapi]") {
    AttemptRecord a;
    a.registration = "00000000-0000-4000-8000-000000000002";
    a.trainee_uid = "00000000-0000-8000-8000-0000000000aa";
    a.trainee = "whatever the name is now";
    a.lesson_id = "crown fill/\xFF";
    a.lesson_hash = std::string(64, 'b');
    a.lesson_title = "Crown \xC3\x28 fill";   // invalid UTF-8 in an old row
    a.cohort_at_record = "spring \xFF";
    a.recorded = "2026-11-24T10:00:00.000Z";
    a.duration_s = 1e20;
    a.dot_count = 0;
    const auto statement = [&](double total) {
        a.total = total;
        a.spacing_score = total;
        return json::parse(xapi_statement(a, "https://x.example").dump());
    };
    for (const auto& [total, raw] : std::vector<std::pair<double, double>>{
             {250.0, 100.0}, {-3.0, 0.0}, {100.0, 100.0}, {0.0, 0.0}, {std::nan(""), 0.0},
             {std::numeric_limits<double>::infinity(), 100.0}}) {
        INFO("total " << total);
        const json s = statement(total);
        CHECK(s.at("result").at("score").at("raw") == raw);
        CHECK(s.at("result").at("score").at("scaled") == raw / 100.0);
        CHECK(s.at("result").at("extensions").at("https://x.example/xapi/extensions/spacing") == raw);
    }
    const json s = statement(50);
    CHECK(s.at("result").at("duration") == "PT27777777777777776H");
    CHECK(s.at("object").at("id") == "https://x.example/lessons/crown%20fill%2F%FF?hash=bbbbbbbbbbbb");
    CHECK(s.at("object").at("definition").at("name").at("en-US") == "Crown \xEF\xBF\xBD( fill");
    CHECK(s.at("context").at("extensions").at("https://x.example/xapi/extensions/cohort") == "spring \xEF\xBF\xBD");
    CHECK(s.at("actor").at("account").at("name") == a.trainee_uid);

    CHECK(xapi_statements({a}, "https://x.example").size() == 1);
    a.verification = Verification::Unverified;
    const json both = json::parse(xapi_statements({a}, "https://x.example").dump());
    REQUIRE(both.size() == 2);
    CHECK(both[0].at("id") == xapi_statement_id(a, "https://x.example"));
    CHECK(both[1].at("verb").at("id") == kXapiVerbVoided);
    CHECK(both[1].at("object") == json{{"objectType", "StatementRef"}, {"id", both[0].at("id")}});
    CHECK(both[1].at("actor") == both[0].at("actor"));
    CHECK(is_uuid(both[1].at("id").get<std::string>()));
    CHECK(both[1].at("id") != both[0].at("id"));
}
